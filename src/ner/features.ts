/**
 * Feature extraction for the entity tagger. A feature is a 32-bit hash of a
 * template id and its values (hashing.ts): no strings are built per feature,
 * which keeps tagging at hundreds of thousands of tokens a second.
 *
 * Per token: the word, its lower case, shapes, affixes, a ±2 window, shape and
 * word bigrams, sentence position, writing class from unlabelled news (itself and
 * neighbours), GloVe embedding clusters at several granularities (itself and neighbours), gazetteer matches with the token's position in them,
 * and document evidence that needs no labels: whether the same word is written
 * capitalised or lower-case elsewhere in the document, and whether it is part of
 * a longer capitalised name there ("Sadr" after "Muqtada al-Sadr").
 */
import { extendHash, hashString, mixInt } from './hashing.js';
import { EMPTY_PHRASE_HASH, extendPhraseHash } from './hashing.js';
import { CONTINUES_BIT, EMBEDDING_BITS_PER_LEVEL, EMBEDDING_DEPTH, phraseKey, type Lexicon } from './lexicon.js';

/** Template ids: part of the model format (changing one changes every hash). */
const T = {
  bias: 1, word: 2, lower: 3, shape: 4, shortShape: 5, prefix: 6, suffix: 7,
  prev1: 8, next1: 9, prev2: 10, next2: 11, shapeTri: 12, bigramPrev: 13, bigramNext: 14,
  initialShape: 15, wordClass: 16, classPrev: 17, classNext: 18, gazetteer: 19, gazetteerPrev: 20, gazetteerNext: 21,
  docCase: 25, docRun: 26, prevShapeWord: 27, nextShapeWord: 28, gazetteerShape: 30, runHead: 34, runFirst: 35, articleStripped: 38,
  embedding: 40, embeddingCap: 41, embeddingPrev: 42, embeddingNext: 43,
} as const;

/**
 * Granularities (levels of the embedding cluster tree: 2 → 16 clusters, 4 → 256, 6 → 4096) used
 * for the word itself and for its neighbours. Each is one more feature per token, and each
 * feature is a memory probe at tagging time: measured in models/NER.md.
 */
const EMBEDDING_WORD_LEVELS = [2, 3, 4, 5, 6] as const;
const EMBEDDING_CAP_LEVEL = 4;
const EMBEDDING_NEIGHBOUR_LEVELS = [3, 5] as const;


/** Token-level values computed once per sentence, shared by the token's neighbours' features. */
interface TokenView {
  n: number;
  info: WordInfo[];
  lowerHash: Uint32Array;
  shortShapeHash: Uint32Array;
  wordClass: Uint32Array;
  embedding: Uint32Array;
  capitalised: Uint8Array;
  /** Gazetteer bits with position: for each token, a list of (kind bit, position) codes. */
  gazetteer: number[][];
}

const BOUNDARY = hashString('<s>') | 0;
const BOUNDARY_END = hashString('</s>') | 0;

/** "Muqtada" → "Xxxxx" (runs capped at 4), "U.S." → "X.X.", "2020" → "dddd". */
export function wordShape(word: string, maxRun: number): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of word) {
    let c: string;
    if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch !== ch.toLowerCase()) c = 'X';
    else if (ch !== ch.toUpperCase()) c = 'x';
    else c = ch;
    if (c === last) {
      run++;
      if (run >= maxRun) continue;
    } else {
      run = 0;
      last = c;
    }
    out += c;
  }
  return out;
}

export function isCapitalised(word: string): boolean {
  const first = word[0];
  return first !== undefined && first !== first.toLowerCase();
}

/** Counts of how a lower-cased word is written across one document, for document features. */
export interface DocumentEvidence {
  /** lower hash → occurrences capitalised away from a sentence start. */
  capitalisedInside: Map<number, number>;
  /** lower hash → occurrences written lower-case. */
  lowerCase: Map<number, number>;
  /** lower hash → bits: 1 first word of a capitalised run of 2+, 2 inside one, 4 last word of one. */
  inRun: Map<number, number>;
}

/** Gathers document evidence from all sentences of a document (tokens as written). */
export function documentEvidence(sentences: readonly (readonly string[])[]): DocumentEvidence {
  const evidence: DocumentEvidence = { capitalisedInside: new Map(), lowerCase: new Map(), inRun: new Map() };
  const add = (map: Map<number, number>, key: number, value: number): void => {
    map.set(key, (map.get(key) ?? 0) + value);
  };
  for (const tokens of sentences) {
    let runStart = -1;
    const hashes = tokens.map((t) => hashString(t.toLowerCase()));
    for (let i = 0; i <= tokens.length; i++) {
      const word = tokens[i];
      const first = word?.[0] ?? '';
      const upper = first.toUpperCase();
      const lower = first.toLowerCase();
      // A letter has two cases; digits and punctuation have one.
      const cap = first !== lower && first === upper;
      if (first !== upper && first === lower) add(evidence.lowerCase, hashes[i]!, 1);
      if (cap && i > 0) add(evidence.capitalisedInside, hashes[i]!, 1);
      if (cap) {
        if (runStart < 0) runStart = i;
        continue;
      }
      if (runStart >= 0 && i - runStart >= 2) {
        for (let k = runStart; k < i; k++) {
          const bit = k === runStart ? 1 : k === i - 1 ? 4 : 2;
          evidence.inRun.set(hashes[k]!, (evidence.inRun.get(hashes[k]!) ?? 0) | bit);
        }
      }
      runStart = -1;
    }
  }
  return evidence;
}

/** What features need of a word type, computed once per distinct word (word types repeat: Zipf). */
interface WordInfo {
  wordHash: number;
  lowerHash: number;
  shapeHash: number;
  shortShapeHash: number;
  wordClass: number;
  /** Embedding cluster path + 1, 0 when the word is not in the vocabulary (lexicon.ts). */
  embedding: number;
  capitalised: number;
  /** Prefix and suffix hashes of the lower-cased word, lengths 1..4 (fewer for short words). */
  prefixes: number[];
  suffixes: number[];
  /**
   * Gazetteer bits of the word without an Arabic article ("al-Kazemi" → "kazemi", a listed
   * surname), 0 when it has none: transliterated surnames carry the article, name lists do not.
   */
  strippedBits: number;
}

const ARABIC_ARTICLE = /^(?:al|el|ad|an|ar|as|at|az|ash)-(?=\p{L})/u;

/** Word-type caches per lexicon; cleared when large so memory stays bounded on any input. */
const WORD_CACHES = new WeakMap<Lexicon, Map<string, WordInfo>>();
const WORD_CACHE_LIMIT = 200_000;

/**
 * Typographic quotes and apostrophes read as ASCII ones: the training corpora write
 * `"` and `'`, news pages write “ ” ‘ ’, and a quote mark means the same either way.
 */
export function normaliseQuotes(word: string): string {
  return word.replace(/[“”„«»″]/g, '"').replace(/[‘’‚′]/g, "'");
}

function wordInfo(written: string, lexicon: Lexicon, cache: Map<string, WordInfo>): WordInfo {
  const cached = cache.get(written);
  if (cached) return cached;
  if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
  const word = normaliseQuotes(written);
  const lower = word.toLowerCase();
  const lowerHash = hashString(lower);
  const prefixes: number[] = [];
  const suffixes: number[] = [];
  let p = hashString('');
  let s = p;
  for (let k = 1; k <= 4 && k <= lower.length; k++) {
    p = extendHash(p, lower.charCodeAt(k - 1));
    s = extendHash(s, lower.charCodeAt(lower.length - k));
    prefixes.push(p);
    suffixes.push(s);
  }
  const info: WordInfo = {
    wordHash: hashString(word),
    lowerHash,
    shapeHash: hashString(wordShape(word, 4)),
    shortShapeHash: hashString(wordShape(word, 1)),
    wordClass: lexicon.wordClasses.get(lowerHash) ?? 0,
    embedding: lexicon.embeddings.get(lowerHash) ?? 0,
    capitalised: isCapitalised(word) ? 1 : 0,
    prefixes,
    suffixes,
    strippedBits: ARABIC_ARTICLE.test(lower) ? (lexicon.phrases.get(phraseKey([lower.replace(ARABIC_ARTICLE, '')])) ?? 0) & ~CONTINUES_BIT : 0,
  };
  cache.set(written, info);
  return info;
}

function view(tokens: readonly string[], lexicon: Lexicon): TokenView {
  const n = tokens.length;
  let cache = WORD_CACHES.get(lexicon);
  if (!cache) WORD_CACHES.set(lexicon, (cache = new Map()));
  const v: TokenView = {
    n,
    info: new Array<WordInfo>(n),
    lowerHash: new Uint32Array(n),
    shortShapeHash: new Uint32Array(n),
    wordClass: new Uint32Array(n),
    embedding: new Uint32Array(n),
    capitalised: new Uint8Array(n),
    gazetteer: new Array<number[]>(n),
  };
  for (let i = 0; i < n; i++) {
    const info = wordInfo(tokens[i]!, lexicon, cache);
    v.info[i] = info;
    v.lowerHash[i] = info.lowerHash;
    v.shortShapeHash[i] = info.shortShapeHash;
    v.wordClass[i] = info.wordClass;
    v.embedding[i] = info.embedding;
    v.capitalised[i] = info.capitalised;
    v.gazetteer[i] = NO_MATCHES;
  }
  if (lexicon.maxPhraseTokens > 0) matchGazetteer(v, lexicon);
  return v;
}

/** Shared empty list for tokens without gazetteer matches (replaced, never mutated). */
const NO_MATCHES: number[] = [];

/**
 * Every gazetteer phrase over the sentence, longest per start and kind; each token
 * in a match gets (kind bit × 4 + position B/I/L/U). A phrase must start with a
 * capitalised word, so "may" and "will" in lower case match no first-name list.
 */
function matchGazetteer(v: TokenView, lexicon: Lexicon): void {
  for (let i = 0; i < v.n; i++) {
    if (!v.capitalised[i]) continue;
    let h = EMPTY_PHRASE_HASH;
    let seen = 0;
    const max = Math.min(v.n, i + lexicon.maxPhraseTokens);
    const longest: number[] = [];
    for (let j = i; j < max; j++) {
      h = extendPhraseHash(h, v.lowerHash[j]!);
      const found = lexicon.phrases.get(h);
      if (found === undefined) break;
      const bits = found & ~CONTINUES_BIT;
      if (bits !== 0) {
        longest.push(j, bits);
        seen |= bits;
      }
      if ((found & CONTINUES_BIT) === 0) break;
    }
    if (seen === 0) continue;
    // Longest match per kind: walk from the longest down, claiming kinds not yet claimed.
    let claimed = 0;
    for (let m = longest.length - 2; m >= 0; m -= 2) {
      const end = longest[m]!;
      const bits = longest[m + 1]! & ~claimed;
      if (bits === 0) continue;
      claimed |= bits;
      for (let bit = 0; bit < 31; bit++) {
        if ((bits & (1 << bit)) === 0) continue;
        if (end === i) addMatch(v, i, bit * 4 + 3);
        else {
          addMatch(v, i, bit * 4);
          for (let k = i + 1; k < end; k++) addMatch(v, k, bit * 4 + 1);
          addMatch(v, end, bit * 4 + 2);
        }
      }
    }
  }
}

function addMatch(v: TokenView, i: number, code: number): void {
  if (v.gazetteer[i] === NO_MATCHES) v.gazetteer[i] = [];
  v.gazetteer[i]!.push(code);
}

/** A growable buffer of feature hashes with per-token offsets. */
export class FeatureBuffer {
  hashes = new Uint32Array(4096);
  offsets = new Int32Array(257);
  length = 0;
  tokens = 0;

  reset(tokens: number): void {
    this.length = 0;
    this.tokens = tokens;
    if (this.offsets.length < tokens + 1) this.offsets = new Int32Array(tokens * 2 + 1);
  }

  push(h: number): void {
    if (this.length === this.hashes.length) {
      const grown = new Uint32Array(this.hashes.length * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[this.length++] = h;
  }
}

/**
 * Fills `out` with the features of every token of one sentence:
 * features of token i are out.hashes[out.offsets[i] .. out.offsets[i + 1]).
 */
export function extractFeatures(tokens: readonly string[], lexicon: Lexicon, evidence: DocumentEvidence | undefined, out: FeatureBuffer): void {
  const v = view(tokens, lexicon);
  out.reset(v.n);
  // Hashes as int32 (mixInt, the same bits): see mixInt on why.
  const f1 = (t: number, a: number): void => out.push(mixInt(t, a));
  const f2 = (t: number, a: number, b: number): void => out.push(mixInt(mixInt(t, a), b));
  const f3 = (t: number, a: number, b: number, c: number): void => out.push(mixInt(mixInt(mixInt(t, a), b), c));
  const lowerAt = (i: number): number => (i < 0 ? BOUNDARY : i >= v.n ? BOUNDARY_END : v.lowerHash[i]! | 0);
  const shortAt = (i: number): number => (i < 0 ? BOUNDARY : i >= v.n ? BOUNDARY_END : v.shortShapeHash[i]! | 0);
  const classAt = (i: number): number => (i < 0 || i >= v.n ? 0xffff : v.wordClass[i]!);
  const runs = capitalisedRuns(tokens, v);

  for (let i = 0; i < v.n; i++) {
    out.offsets[i] = out.length;
    const info = v.info[i]!;
    const shape = info.shapeHash;
    const cap = info.capitalised;
    out.push(T.bias);
    // The word as written: "US" is not "us", "May" not "may".
    f1(T.word, info.wordHash);
    f1(T.lower, info.lowerHash);
    f1(T.shape, shape);
    f1(T.shortShape, info.shortShapeHash);
    // Affixes of 2 to 4 characters: one character says little a shape does not (and each feature costs a memory probe).
    for (let k = 1; k < info.prefixes.length; k++) {
      f2(T.prefix, k + 1, info.prefixes[k]!);
      f2(T.suffix, k + 1, info.suffixes[k]!);
    }
    f1(T.prev1, lowerAt(i - 1));
    f1(T.next1, lowerAt(i + 1));
    f1(T.prev2, lowerAt(i - 2));
    f1(T.next2, lowerAt(i + 2));
    f3(T.shapeTri, shortAt(i - 1), shortAt(i), shortAt(i + 1));
    f2(T.bigramPrev, lowerAt(i - 1), v.lowerHash[i]!);
    f2(T.bigramNext, v.lowerHash[i]!, lowerAt(i + 1));
    f2(T.prevShapeWord, lowerAt(i - 1), shape);
    f2(T.nextShapeWord, shape, lowerAt(i + 1));
    if (i === 0) f1(T.initialShape, shape);
    const position = i === 0 ? 1 : 0;
    f2(T.wordClass, classAt(i), cap * 2 + position);
    f2(T.classPrev, classAt(i - 1), cap);
    f2(T.classNext, classAt(i + 1), cap);
    if (info.strippedBits !== 0) f2(T.articleStripped, info.strippedBits, cap);
    // (Clusters from the news text of build-word-classes.ts were features here; beside the GloVe
    // clusters they cost 1.1 F1 on the development sets, so they went.)
    // GloVe cluster paths at several granularities: coarse ones generalise, fine ones discriminate.
    const embedding = v.embedding[i]!;
    for (const level of EMBEDDING_WORD_LEVELS) f2(T.embedding, level, embeddingPrefix(embedding, level));
    f3(T.embeddingCap, embeddingPrefix(embedding, EMBEDDING_CAP_LEVEL), cap, position);
    for (const level of EMBEDDING_NEIGHBOUR_LEVELS) {
      f3(T.embeddingPrev, level, i > 0 ? embeddingPrefix(v.embedding[i - 1]!, level) : BOUNDARY, cap);
      f3(T.embeddingNext, level, i + 1 < v.n ? embeddingPrefix(v.embedding[i + 1]!, level) : BOUNDARY_END, cap);
    }
    for (const code of v.gazetteer[i]!) {
      f1(T.gazetteer, code);
      f2(T.gazetteerShape, code, v.shortShapeHash[i]!);
    }
    if (i > 0) for (const code of v.gazetteer[i - 1]!) f2(T.gazetteerPrev, code, cap);
    if (i + 1 < v.n) for (const code of v.gazetteer[i + 1]!) f2(T.gazetteerNext, code, cap);
    const runAt = runs[i]!;
    if (runAt >= 0) {
      // The head (last word) and first word of the capitalised name this token is in: "Ministry",
      // "Party", "Airport" type a whole name, and a title first ("President …") marks a person.
      const runEnd = runs[v.n + runAt]!;
      const positionCode = i === runAt ? 0 : i === runEnd - 1 ? 2 : 1;
      f2(T.runHead, v.lowerHash[runEnd - 1]!, positionCode);
      f2(T.runFirst, v.lowerHash[runAt]!, positionCode);
    }
    if (evidence) documentFeatures(evidence, v, i, position, out);
  }
  out.offsets[v.n] = out.length;
}

/** The cluster at `level` of a path + 1 (lexicon.ts), as the prefix plus one; 0 for a word without a path. */
function embeddingPrefix(pathPlusOne: number, level: number): number {
  if (pathPlusOne === 0) return 0;
  return ((pathPlusOne - 1) >>> (EMBEDDING_BITS_PER_LEVEL * (EMBEDDING_DEPTH - level))) + 1;
}

/** Lower-case words that may sit inside a name between capitalised words ("Bank of England", "Osama bin Laden"). */
const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'da', 'del', 'la', 'le', 'al', 'bin', 'von', 'van', 'der', '&']);

/**
 * Capitalised runs of two or more words (connectors inside allowed): an Int32Array
 * of 2n where [i] is the start of token i's run (−1 if none) and [n + start] its end.
 */
function capitalisedRuns(tokens: readonly string[], v: TokenView): Int32Array {
  const n = v.n;
  const runs = new Int32Array(2 * n).fill(-1);
  let i = 0;
  while (i < n) {
    if (!v.capitalised[i]) {
      i++;
      continue;
    }
    let end = i + 1;
    for (;;) {
      if (end < n && v.capitalised[end]) end++;
      else if (end + 1 < n && NAME_CONNECTORS.has(tokens[end]!) && v.capitalised[end + 1]) end += 2;
      else break;
    }
    if (end - i >= 2) {
      runs.fill(i, i, end);
      runs[n + i] = end;
    }
    i = end;
  }
  return runs;
}

function documentFeatures(evidence: DocumentEvidence, v: TokenView, i: number, position: number, out: FeatureBuffer): void {
  const h = v.lowerHash[i]!;
  const cap = v.capitalised[i]!;
  // Capitalised occurrences besides this one, if this one is capitalised away from the start.
  const capInside = (evidence.capitalisedInside.get(h) ?? 0) - (cap && position === 0 ? 1 : 0);
  const lowerCase = (evidence.lowerCase.get(h) ?? 0) - (cap ? 0 : 1);
  const caseCode = (capInside > 0 ? 1 : 0) + (lowerCase > 0 ? 2 : 0);
  out.push(mixInt(mixInt(T.docCase, caseCode), cap * 2 + position));
  const run = evidence.inRun.get(h) ?? 0;
  if (run !== 0) out.push(mixInt(mixInt(T.docRun, run), cap));
}
