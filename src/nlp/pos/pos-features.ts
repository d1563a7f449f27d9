/**
 * The tagger's features: Honnibal's set ("A good part-of-speech tagger in about
 * 200 lines of Python", after Collins 2002) — the word, its neighbours up to two
 * away, suffixes and a prefix, the two previous tags — plus the word's shape
 * (capitalisation, digits, which the lower-cased word drops), more affixes, and
 * distributional word clusters from unlabelled news for the word and its
 * neighbours (they help the words the treebank never saw: +0.9 UPOS on dev).
 *
 * Everything that does not depend on the previous tags is computed once per
 * sentence (`prepare`); `extract` then fills one token's features.
 */
import { feature, feature2, normaliseWord, prefixHash, suffixHash, valueHash, wordShape } from '../word-features.js';

/** Template ids: part of each feature's hash, so never renumber one a trained model uses. */
const T = {
  bias: 1, word: 2, suffix3: 3, prefix1: 4, tag1: 5, tag2: 6, tag12: 7, tag1Word: 8, word1: 9, suffix3Before: 10,
  word2: 11, wordAfter: 12, suffix3After: 13, wordAfter2: 14, shape: 15, suffix2: 16, suffix4: 17, prefix3: 18,
  shapeBefore: 19, shapeAfter: 20, cluster: 21, clusterBefore: 22, clusterAfter: 23, firstShape: 24, wordWordAfter: 25,
  tag1Suffix3: 26, suffix1: 27,
} as const;

/** The most features one token can have. */
export const MAX_POS_FEATURES = 32;

/** The "tag" before the sentence's first word. */
export const START_TAG = 255;

/** A hash standing for "no word here" (before the start or after the end). */
const NONE = valueHash('<none>');

/**
 * What is cached of each word form, as offsets into its block: raw values for
 * the features that pair them with something else, then the finished hashes of
 * every feature that depends on the word alone (as itself, or as a neighbour).
 */
const C = {
  form: 0, word: 1, suffix3: 2, shape: 3,
  // Own features, emitted as they stand from ownWord to ownShape (ownCluster only when the model has clusters).
  ownWord: 4, ownSuffix1: 5, ownSuffix2: 6, ownSuffix3: 7, ownSuffix4: 8, ownPrefix1: 9, ownPrefix3: 10, ownShape: 11,
  ownCluster: 12,
  // As a neighbour of the word being tagged.
  asBefore: 13, asBefore2: 14, asAfter: 15, asAfter2: 16, suffix3Before: 17, suffix3After: 18, shapeBefore: 19, shapeAfter: 20,
  clusterBefore: 21, clusterAfter: 22,
} as const;
const STRIDE = 23;
/**
 * How many of extract's features come first and depend on the word form alone (the bias and
 * the word's own: word, affixes, shape): their summed scores can be kept per form.
 */
export const FORM_ONLY_FEATURES = 1 + C.ownShape - C.ownWord + 1;
/** Forms cached before the cache starts over (a few MB; news vocabulary repeats). */
const CACHE_LIMIT = 100_000;

export class PosFeatures {
  private n = 0;
  /** Per word of the sentence: the offset of its form's block in `cache`. */
  private at = new Int32Array(64);
  private readonly blockOf = new Map<string, number>();
  private cache = new Uint32Array(STRIDE * 1024);
  /** Counts the times the form cache started over: form ids (formId) of different generations differ in meaning. */
  generation = 0;
  private readonly boundary = { before: 0, before2: 0, after: 0, after2: 0, suffix3Before: 0, suffix3After: 0, shapeBefore: 0, shapeAfter: 0, clusterBefore: 0, clusterAfter: 0 };

  /** @param clusters normalised-word hash → cluster id (absent: no cluster features) */
  constructor(private readonly clusters?: ReadonlyMap<number, number>) {
    const b = this.boundary;
    b.before = feature(T.word1, NONE);
    b.before2 = feature(T.word2, NONE);
    b.after = feature(T.wordAfter, NONE);
    b.after2 = feature(T.wordAfter2, NONE);
    b.suffix3Before = feature(T.suffix3Before, NONE);
    b.suffix3After = feature(T.suffix3After, NONE);
    b.shapeBefore = feature(T.shapeBefore, NONE);
    b.shapeAfter = feature(T.shapeAfter, NONE);
    b.clusterBefore = feature(T.clusterBefore, NONE);
    b.clusterAfter = feature(T.clusterAfter, NONE);
  }

  /** Looks up (or computes) the tag-independent values of a sentence's words. */
  prepare(forms: readonly string[]): void {
    const n = forms.length;
    if (this.at.length < n) this.at = new Int32Array(n * 2);
    this.n = n;
    // Starting over only between sentences: the blocks of the sentence in hand stay valid.
    if (this.blockOf.size + n > CACHE_LIMIT) {
      this.blockOf.clear();
      this.generation++;
    }
    for (let i = 0; i < n; i++) {
      const form = forms[i]!;
      let block = this.blockOf.get(form);
      if (block === undefined) block = this.addForm(form);
      this.at[i] = block;
    }
  }

  /** The hash of word i as written (the tag dictionary's key). */
  formHash(i: number): number {
    return this.cache[this.at[i]! + C.form]!;
  }

  /** A number for word i's form, dense from 0, the same for the same form until the cache starts over (`generation`). */
  formId(i: number): number {
    return this.at[i]! / STRIDE;
  }

  /** Fills `out` with word i's features given the two previous tags; returns how many. */
  extract(i: number, tag1: number, tag2: number, out: Uint32Array): number {
    const n = this.n;
    const c = this.cache;
    const at = this.at;
    const b = this.boundary;
    const self = at[i]!;
    const before = i > 0 ? at[i - 1]! : -1;
    const after = i + 1 < n ? at[i + 1]! : -1;
    let k = 0;
    // The FORM_ONLY_FEATURES first.
    out[k++] = T.bias;
    for (let f = C.ownWord; f <= C.ownShape; f++) out[k++] = c[self + f]!;
    const wi = c[self + C.word]!;
    out[k++] = feature(T.tag1, tag1);
    out[k++] = feature(T.tag2, tag2);
    out[k++] = feature2(T.tag12, tag1, tag2);
    out[k++] = feature2(T.tag1Word, tag1, wi);
    out[k++] = feature2(T.tag1Suffix3, tag1, c[self + C.suffix3]!);
    out[k++] = before >= 0 ? c[before + C.asBefore]! : b.before;
    out[k++] = i > 1 ? c[at[i - 2]! + C.asBefore2]! : b.before2;
    out[k++] = after >= 0 ? c[after + C.asAfter]! : b.after;
    out[k++] = i + 2 < n ? c[at[i + 2]! + C.asAfter2]! : b.after2;
    out[k++] = feature2(T.wordWordAfter, wi, after >= 0 ? c[after + C.word]! : NONE);
    out[k++] = before >= 0 ? c[before + C.suffix3Before]! : b.suffix3Before;
    out[k++] = after >= 0 ? c[after + C.suffix3After]! : b.suffix3After;
    out[k++] = before >= 0 ? c[before + C.shapeBefore]! : b.shapeBefore;
    out[k++] = after >= 0 ? c[after + C.shapeAfter]! : b.shapeAfter;
    if (i === 0) out[k++] = feature(T.firstShape, c[self + C.shape]!);
    if (this.clusters) {
      out[k++] = c[self + C.ownCluster]!;
      out[k++] = before >= 0 ? c[before + C.clusterBefore]! : b.clusterBefore;
      out[k++] = after >= 0 ? c[after + C.clusterAfter]! : b.clusterAfter;
    }
    if (k > out.length) throw new Error(`${k} features overflow a buffer of ${out.length}`);
    return k;
  }

  /** Computes a form's block; returns its offset. */
  private addForm(form: string): number {
    const block = this.blockOf.size * STRIDE;
    if (block + STRIDE > this.cache.length) {
      const bigger = new Uint32Array(this.cache.length * 2);
      bigger.set(this.cache);
      this.cache = bigger;
    }
    const c = this.cache;
    const word = normaliseWord(form);
    const wordHash = valueHash(word);
    const suffix3 = suffixHash(word, 3);
    const shape = valueHash(wordShape(form));
    const cluster = this.clusters?.get(wordHash) ?? 0;
    c[block + C.form] = valueHash(form);
    c[block + C.word] = wordHash;
    c[block + C.suffix3] = suffix3;
    c[block + C.shape] = shape;
    c[block + C.ownWord] = feature(T.word, wordHash);
    c[block + C.ownSuffix1] = feature(T.suffix1, suffixHash(word, 1));
    c[block + C.ownSuffix2] = feature(T.suffix2, suffixHash(word, 2));
    c[block + C.ownSuffix3] = feature(T.suffix3, suffix3);
    c[block + C.ownSuffix4] = feature(T.suffix4, suffixHash(word, 4));
    c[block + C.ownPrefix1] = feature(T.prefix1, prefixHash(word, 1));
    c[block + C.ownPrefix3] = feature(T.prefix3, prefixHash(word, 3));
    c[block + C.ownShape] = feature(T.shape, shape);
    c[block + C.ownCluster] = feature(T.cluster, cluster);
    c[block + C.asBefore] = feature(T.word1, wordHash);
    c[block + C.asBefore2] = feature(T.word2, wordHash);
    c[block + C.asAfter] = feature(T.wordAfter, wordHash);
    c[block + C.asAfter2] = feature(T.wordAfter2, wordHash);
    c[block + C.suffix3Before] = feature(T.suffix3Before, suffix3);
    c[block + C.suffix3After] = feature(T.suffix3After, suffix3);
    c[block + C.shapeBefore] = feature(T.shapeBefore, shape);
    c[block + C.shapeAfter] = feature(T.shapeAfter, shape);
    c[block + C.clusterBefore] = feature(T.clusterBefore, cluster);
    c[block + C.clusterAfter] = feature(T.clusterAfter, cluster);
    this.blockOf.set(form, block);
    return block;
  }
}
