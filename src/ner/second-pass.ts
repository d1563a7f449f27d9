/**
 * Features of a second tagging pass over the first pass's labels (stacking: Krishnan and
 * Manning 2006; Ratinov and Roth 2009's "prediction history"). The first pass tags the whole
 * document; the second sees, besides the first pass's own features, what the first pass said:
 *
 *  - the first-pass tag of the token, crossed with its capitalisation;
 *  - for the same word (lower case) elsewhere in the document, the share of its other
 *    occurrences the first pass tagged PER, ORG or LOC (bucketed), or that it tagged none
 *    (for a capitalised token only);
 *  - for the same capitalised run of two or more words elsewhere in the document, the share of
 *    its other occurrences tagged as one span of each type, partly, or not at all;
 *  - for a word that is part of a longer first-pass name elsewhere ("Sadr" after "Muqtada
 *    al-Sadr"), that name's type and the word's position in it.
 *
 * "Elsewhere" leaves the token's own occurrence out, so a feature never restates the token's
 * own first-pass tag. Training needs first-pass tags that are not in-sample: train-ner.ts
 * tags each fold of the training data with a first pass trained on the other folds.
 */
import type { FeatureBuffer, WordInfo } from './features.js';
import { mixInt } from './hashing.js';

/** Template ids, apart from features.ts's (below 50): part of the model format. */
const P = { label: 60, wordShare: 61, runShare: 62, inLonger: 63 } as const;

/** Type of a BILOU tag id: 0 for O, 1.. for NER_TYPES (tags.ts numbers them type by type, B I L U). */
const typeOf = (tag: number): number => (tag === 0 ? 0 : 1 + ((tag - 1) >> 2));
/** Prefix of a BILOU tag id: 0 B, 1 I, 2 L, 3 U (tags.ts order). */
const prefixOf = (tag: number): number => (tag - 1) & 3;
const TYPES = 3;
/** A run's label elsewhere beyond the types: tagged, but not as one span over exactly the run. */
const PARTLY = TYPES + 1;

/** A share of occurrences as 1 (up to a third), 2 (up to two thirds), 3 (more, not all) or 4 (all). */
function bucket(count: number, of: number): number {
  return count >= of ? 4 : Math.ceil((3 * count) / of);
}

/**
 * Counters keyed by a hash, `width` counts each: the document-level aggregates. Rows of one array, a map from key to
 * row (an Int32Array per key was some thousand typed arrays per document).
 */
class Counts {
  private readonly rows = new Map<number, number>();
  private data: Int32Array;
  private used = 0;
  constructor(private readonly width: number) {
    this.data = new Int32Array(width * 64);
  }

  add(key: number, slot: number, by: number): void {
    let row = this.rows.get(key);
    if (row === undefined) {
      row = this.used++;
      if (this.used * this.width > this.data.length) {
        const grown = new Int32Array(this.data.length * 2);
        grown.set(this.data);
        this.data = grown;
      }
      this.rows.set(key, row);
    }
    this.data[row * this.width + slot]! += by;
  }

  /** Where a key's counts start in `counts`, or −1 for a key never added. */
  at(key: number): number {
    const row = this.rows.get(key);
    return row === undefined ? -1 : row * this.width;
  }

  /** The counts, a row of `width` per key (read after the adds: adding may move them). */
  get counts(): Int32Array {
    return this.data;
  }
}

/** Capitalised runs of two or more tokens in one sentence: [start, end) pairs, flat. */
function capitalisedRuns(words: readonly WordInfo[]): number[] {
  const runs: number[] = [];
  let i = 0;
  while (i < words.length) {
    if (!words[i]!.capitalised) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < words.length && words[end]!.capitalised) end++;
    if (end - i >= 2) runs.push(i, end);
    i = end;
  }
  return runs;
}

/** Phrase key of a run of words (their lower-case hashes, folded). */
function runKey(words: readonly WordInfo[], start: number, end: number): number {
  let h = 0x2545f491;
  for (let k = start; k < end; k++) h = mixInt(h, words[k]!.lowerHash);
  return h;
}

/** The first pass's label of the run [start, end): its type when one span covers exactly it, PARTLY when tagged otherwise, 0 when untagged. */
function runLabel(tags: Uint8Array, start: number, end: number): number {
  const first = tags[start]!;
  const type = typeOf(first);
  if (end - start >= 2 && prefixOf(first) === 0 && prefixOf(tags[end - 1]!) === 2) {
    let one = true;
    for (let k = start + 1; k < end - 1; k++) if (prefixOf(tags[k]!) !== 1) one = false;
    if (one) return type;
  }
  for (let k = start; k < end; k++) if (tags[k] !== 0) return PARTLY;
  return 0;
}

/** What the first pass said about one document, gathered for the second pass's features. */
export class DocumentPredictions {
  /** lower hash → [occurrences, tagged PER, ORG, LOC]. */
  private readonly words = new Counts(1 + TYPES);
  /** run key → [occurrences, then by label 0 .. PARTLY]. */
  private readonly runs = new Counts(2 + PARTLY);
  /** lower hash → occurrences inside a first-pass span of 2+ tokens, by (type − 1) × 3 + position (first, inside, last). */
  private readonly inSpans = new Counts(3 * TYPES);
  /** Per sentence, its capitalised runs: [start, end, label, key] quadruples. */
  private readonly sentenceRuns: number[][];

  /**
   * @param words the document's words (features.ts documentWords)
   * @param tags the first pass's BILOU tags of each sentence
   */
  constructor(readonly documentWords: readonly (readonly WordInfo[])[], readonly tags: readonly Uint8Array[]) {
    this.sentenceRuns = documentWords.map((words, s) => {
      const sentenceTags = tags[s]!;
      for (let i = 0; i < words.length; i++) {
        const h = words[i]!.lowerHash;
        const tag = sentenceTags[i]!;
        this.words.add(h, 0, 1);
        if (tag !== 0) this.words.add(h, typeOf(tag), 1);
        const position = spanPosition(tag);
        if (position >= 0) this.inSpans.add(h, (typeOf(tag) - 1) * 3 + position, 1);
      }
      const found = capitalisedRuns(words);
      const out: number[] = [];
      for (let r = 0; r < found.length; r += 2) {
        const start = found[r]!;
        const end = found[r + 1]!;
        const key = runKey(words, start, end);
        const label = runLabel(sentenceTags, start, end);
        this.runs.add(key, 0, 1);
        this.runs.add(key, 1 + label, 1);
        out.push(start, end, label, key);
      }
      return out;
    });
  }

  /**
   * Writes into `out` the features of sentence `s`: each token's features in `base` (the first
   * pass's, from extractFeatures) followed by its prediction features.
   */
  stackFeatures(s: number, base: { hashes: Uint32Array; offsets: Int32Array }, out: FeatureBuffer): void {
    const words = this.documentWords[s]!;
    const tags = this.tags[s]!;
    const n = words.length;
    const runs = this.sentenceRuns[s]!;
    out.reset(n);
    // Each token's features open with the first pass's, and so with its word's leading ones.
    out.words = words;
    let run = 0;
    for (let i = 0; i < n; i++) {
      out.offsets[i] = out.length;
      const from = base.offsets[i]!;
      const to = base.offsets[i + 1]!;
      out.reserve(to - from + 1 + TYPES + 2 + 3 * TYPES);
      // Copied by hand: a subarray per token was a view object each.
      const hashes = out.hashes;
      let at = out.length;
      for (let f = from; f < to; f++) hashes[at++] = base.hashes[f]!;
      out.length = at;
      const word = words[i]!;
      const cap = word.capitalised;
      const tag = tags[i]!;
      // The first pass's own tag, with the case of the word: its neighbours' tags did not help (models/NER.md).
      out.push(mixInt(mixInt(P.label, 2), tag * 2 + cap));
      // The same word elsewhere.
      const counts = this.words.counts;
      const w = this.words.at(word.lowerHash);
      const others = counts[w]! - 1;
      if (others > 0) {
        let any = false;
        for (let t = 1; t <= TYPES; t++) {
          const c = counts[w + t]! - (typeOf(tag) === t ? 1 : 0);
          if (c === 0) continue;
          any = true;
          out.push(mixInt(mixInt(P.wordShare, t * 8 + bucket(c, others)), cap));
        }
        if (!any && cap) out.push(mixInt(P.wordShare, 1));
      }
      // The same capitalised run elsewhere.
      while (run < runs.length && runs[run + 1]! <= i) run += 4;
      if (run < runs.length && runs[run]! <= i) {
        const start = runs[run]!;
        const end = runs[run + 1]!;
        const runCounts = this.runs.counts;
        const r = this.runs.at(runs[run + 3]!);
        const runOthers = runCounts[r]! - 1;
        if (runOthers > 0) {
          const position = i === start ? 0 : i === end - 1 ? 2 : 1;
          for (let label = 0; label <= PARTLY; label++) {
            const c = runCounts[r + 1 + label]! - (runs[run + 2] === label ? 1 : 0);
            if (c > 0) out.push(mixInt(mixInt(P.runShare, label * 8 + bucket(c, runOthers)), position));
          }
        }
      }
      // Part of a longer name elsewhere.
      const spanRow = this.inSpans.at(word.lowerHash);
      if (spanRow >= 0) {
        const inSpans = this.inSpans.counts;
        const own = spanPosition(tag) < 0 ? -1 : (typeOf(tag) - 1) * 3 + spanPosition(tag);
        for (let k = 0; k < 3 * TYPES; k++) {
          if (inSpans[spanRow + k]! - (k === own ? 1 : 0) > 0) out.push(mixInt(mixInt(P.inLonger, k), cap));
        }
      }
    }
    out.offsets[n] = out.length;
  }
}

/** A tag's position in a span of two or more tokens: 0 first, 1 inside, 2 last; −1 for O and one-token spans. */
function spanPosition(tag: number): number {
  if (tag === 0) return -1;
  const prefix = prefixOf(tag);
  return prefix === 0 ? 0 : prefix === 1 ? 1 : prefix === 2 ? 2 : -1;
}
