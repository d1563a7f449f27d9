/**
 * MinHash over word shingles, with LSH banding: the fingerprint that finds
 * near-copies of an article (the same wire story re-posted by ten sites with
 * another headline, a cut last paragraph, an outlet's dateline) among millions
 * without comparing every pair.
 *
 * A document's text becomes the set of its k-word shingles (lower case, words
 * and numbers only, so punctuation and spacing differences do not count). The
 * signature keeps, for each of NUM_HASHES hash functions, the smallest hash of
 * any shingle: two signatures agree in a position with probability equal to
 * the Jaccard similarity of the shingle sets. LSH cuts the signature into
 * bands; documents that agree on a whole band are candidates, verified on the
 * full signature.
 */
import { hashString } from '../ner/hashing.js';

/**
 * Words per shingle. Chosen on the development set of scripts/measure-dedup.ts (examples/*.txt and copies):
 * 5 missed 2 of 4 copies with one word in twenty replaced, 4 missed 1, 3 missed none, with no false link
 * at any size; a replaced word breaks k shingles, so smaller k keeps lightly edited copies above the
 * Jaccard bar, while different stories stay far below it (the rules ask for half the shingles shared).
 */
export const SHINGLE_WORDS = 3;
/** Signature length: the Jaccard estimate's standard error is √(J(1−J)/128) ≈ 0.044 at J = 0.5 (0.0625 with 64, measured too noisy). */
export const NUM_HASHES = 128;
/**
 * Rows per band: a pair at Jaccard s becomes a candidate with probability 1 − (1 − s^4)^32
 * (s=0.5: 0.87, s=0.6: 0.99, s=0.3: 0.23, s=0.1: 0.003). 16 bands (the first 64 hashes) missed half of
 * the development set's copies at s≈0.6 that the rules accept (scripts/measure-dedup.ts).
 */
export const BAND_ROWS = 4;
/** 32 index rows per document. */
export const NUM_BANDS = NUM_HASHES / BAND_ROWS;
/** Texts with fewer words than this are not fingerprinted: a short notice matches too many others by chance. */
export const MIN_WORDS = 40;

/**
 * A word, or one character of a script written without spaces (Chinese, Japanese, Thai, …): there a
 * shingle of characters stands in for a shingle of words, as no word list is at hand to segment them.
 */
const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]|[\p{L}\p{M}]+(?:['’][\p{L}]+)*|\p{N}+(?:[.,]\p{N}+)*/gu;

/** The words of a text as dedup compares them: NFKC, lower case, letters and digits only. */
export function dedupWords(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(WORD) ?? [];
}

/** MurmurHash3's finaliser: a bijection on 32 bits that mixes every input bit into every output bit. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** One fixed 32-bit salt per hash function (from a fixed seed: signatures must be comparable across runs and machines). */
const SALTS: readonly number[] = Array.from({ length: NUM_HASHES }, (_, i) => fmix32(0x9e3779b9 ^ Math.imul(i + 1, 0x632be5ab)));

/** The distinct shingle hashes of a text. */
export function shingleHashes(words: readonly string[], k = SHINGLE_WORDS): Set<number> {
  const hashes = new Set<number>();
  if (words.length === 0) return hashes;
  if (words.length < k) {
    hashes.add(hashString(words.join(' ')));
    return hashes;
  }
  for (let i = 0; i + k <= words.length; i++) hashes.add(hashString(words.slice(i, i + k).join(' ')));
  return hashes;
}

export interface Fingerprint {
  /** NUM_HASHES unsigned 32-bit minima. */
  signature: number[];
  /** Distinct shingles in the text: with two signatures' Jaccard, gives how much of the shorter one the longer contains. */
  shingles: number;
  /** NUM_BANDS LSH keys, integers below 2^53 (a band number and a 32-bit hash of its rows). */
  bands: number[];
}

/**
 * The MinHash fingerprint of a text, or undefined when it is too short to judge.
 *
 * @example
 *   const a = fingerprint(storyFromReuters), b = fingerprint(sameStoryOnABlog);
 *   if (a && b) estimateJaccard(a.signature, b.signature) // ≈ 0.8
 */
export function fingerprint(text: string): Fingerprint | undefined {
  const words = dedupWords(text);
  if (words.length < MIN_WORDS) return undefined;
  const shingles = shingleHashes(words);
  const signature = new Array<number>(NUM_HASHES).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let i = 0; i < NUM_HASHES; i++) {
      const h = fmix32(shingle ^ SALTS[i]!);
      if (h < signature[i]!) signature[i] = h;
    }
  }
  return { signature, shingles: shingles.size, bands: bandKeys(signature) };
}

/** The LSH band keys of a signature: band b's key is b·2^32 + a hash of its BAND_ROWS values. */
export function bandKeys(signature: readonly number[]): number[] {
  const keys: number[] = [];
  for (let band = 0; band < NUM_BANDS; band++) {
    let h = 0x811c9dc5 ^ band;
    for (let row = 0; row < BAND_ROWS; row++) h = fmix32(Math.imul(h ^ signature[band * BAND_ROWS + row]!, 0x01000193));
    keys.push(band * 2 ** 32 + h);
  }
  return keys;
}

/** The share of positions where two signatures agree: an unbiased estimate of the shingle sets' Jaccard similarity. */
export function estimateJaccard(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}

/**
 * How much of the smaller shingle set lies in the larger, from the Jaccard
 * estimate and the set sizes: |A∩B| = J·(|A|+|B|)/(1+J). A wire story cut to
 * its first half has Jaccard 0.5 with the full one but containment 1.
 */
export function estimateContainment(jaccard: number, shinglesA: number, shinglesB: number): number {
  const smaller = Math.min(shinglesA, shinglesB);
  if (smaller === 0) return 0;
  return Math.min(1, (jaccard * (shinglesA + shinglesB)) / (1 + jaccard) / smaller);
}
