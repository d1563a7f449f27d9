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
import type { LeadingFeatures } from './packed-weights.js';
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
  info: readonly WordInfo[];
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

/** What document evidence needs of a token as written (not quote-normalised, unlike the features). */
interface EvidenceWord {
  /** Hash of the written word in lower case: the key of DocumentEvidence's maps. */
  writtenLowerHash: number;
  /** EVIDENCE_LOWER when the first character is a lower-case letter, EVIDENCE_CAPITAL when a capital. */
  caseBits: number;
}

const EVIDENCE_LOWER = 1;
const EVIDENCE_CAPITAL = 2;

function evidenceWord(word: string): EvidenceWord {
  return { writtenLowerHash: hashString(word.toLowerCase()), caseBits: caseBits(word) };
}

function caseBits(word: string): number {
  const first = word[0] ?? '';
  const upper = first.toUpperCase();
  const lower = first.toLowerCase();
  // A letter has two cases; digits and punctuation have one.
  return (first !== upper && first === lower ? EVIDENCE_LOWER : 0) | (first !== lower && first === upper ? EVIDENCE_CAPITAL : 0);
}

/** Gathers document evidence from all sentences of a document (tokens as written). */
export function documentEvidence(sentences: readonly (readonly string[])[]): DocumentEvidence {
  return evidenceOfWords(sentences.map((tokens) => tokens.map(evidenceWord)));
}

/** documentEvidence from the words of documentWords, which carry what it needs (looked up once per word type). */
export function evidenceOfWords(sentences: readonly (readonly EvidenceWord[])[]): DocumentEvidence {
  const evidence: DocumentEvidence = { capitalisedInside: new Map(), lowerCase: new Map(), inRun: new Map() };
  const add = (map: Map<number, number>, key: number, value: number): void => {
    map.set(key, (map.get(key) ?? 0) + value);
  };
  for (const words of sentences) {
    let runStart = -1;
    for (let i = 0; i <= words.length; i++) {
      const word = words[i];
      const caseBits = word?.caseBits ?? 0;
      const cap = (caseBits & EVIDENCE_CAPITAL) !== 0;
      if ((caseBits & EVIDENCE_LOWER) !== 0) add(evidence.lowerCase, word!.writtenLowerHash, 1);
      if (cap && i > 0) add(evidence.capitalisedInside, word!.writtenLowerHash, 1);
      if (cap) {
        if (runStart < 0) runStart = i;
        continue;
      }
      if (runStart >= 0 && i - runStart >= 2) {
        for (let k = runStart; k < i; k++) {
          const bit = k === runStart ? 1 : k === i - 1 ? 4 : 2;
          const h = words[k]!.writtenLowerHash;
          evidence.inRun.set(h, (evidence.inRun.get(h) ?? 0) | bit);
        }
      }
      runStart = -1;
    }
  }
  return evidence;
}

/**
 * What features need of a word type, computed once per distinct word (word types repeat: Zipf). As LeadingFeatures,
 * it tells the weights that a token's features open with the bias and the word's own (`leadingFeatures` of them).
 */
export interface WordInfo extends EvidenceWord, LeadingFeatures {
  wordHash: number;
  lowerHash: number;
  shapeHash: number;
  shortShapeHash: number;
  wordClass: number;
  /** Embedding cluster path + 1, 0 when the word is not in the vocabulary (lexicon.ts). */
  embedding: number;
  capitalised: number;
  /**
   * The features of the word alone, hashed once per word type: features[featuresAt ..] holds
   * `ownFeatures` (WORD_ROWS, then the prefix and suffix pairs), then one per EMBEDDING_WORD_LEVELS.
   */
  features: Uint32Array;
  featuresAt: number;
  ownFeatures: number;
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
  const info: WordInfo = {
    writtenLowerHash: hashString(written.toLowerCase()),
    caseBits: caseBits(written),
    wordHash: hashString(word),
    lowerHash,
    shapeHash: hashString(wordShape(word, 4)),
    shortShapeHash: hashString(wordShape(word, 1)),
    wordClass: lexicon.wordClasses.get(lowerHash) ?? 0,
    embedding: lexicon.embeddings.get(lowerHash) ?? 0,
    capitalised: isCapitalised(word) ? 1 : 0,
    features: NO_FEATURES,
    featuresAt: 0,
    ownFeatures: 0,
    leadingFeatures: 0,
    ownerA: undefined,
    epochA: 0,
    sumsAtA: 0,
    ownerB: undefined,
    epochB: 0,
    sumsAtB: 0,
    strippedBits: ARABIC_ARTICLE.test(lower) ? (lexicon.phrases.get(phraseKey([lower.replace(ARABIC_ARTICLE, '')])) ?? 0) & ~CONTINUES_BIT : 0,
  };
  wordFeatures(info, lower);
  cache.set(written, info);
  return info;
}

/** The word cache of a lexicon. */
function wordCache(lexicon: Lexicon): Map<string, WordInfo> {
  let cache = WORD_CACHES.get(lexicon);
  if (!cache) WORD_CACHES.set(lexicon, (cache = new Map()));
  return cache;
}

/**
 * The words of each sentence of a document, looked up once for both documentEvidence
 * (evidenceOfWords) and extractFeatures.
 */
export function documentWords(sentences: readonly (readonly string[])[], lexicon: Lexicon): WordInfo[][] {
  const cache = wordCache(lexicon);
  return sentences.map((tokens) => tokens.map((token) => wordInfo(token, lexicon, cache)));
}

/** The one TokenView, reused sentence after sentence (its arrays grow, and hold n tokens at the front). */
const VIEW: TokenView = sizedView(256);

function sizedView(size: number): TokenView {
  return {
    n: 0,
    info: [],
    lowerHash: new Uint32Array(size),
    shortShapeHash: new Uint32Array(size),
    wordClass: new Uint32Array(size),
    embedding: new Uint32Array(size),
    capitalised: new Uint8Array(size),
    gazetteer: [],
  };
}

function view(tokens: readonly string[], lexicon: Lexicon, words: readonly WordInfo[] | undefined): TokenView {
  const n = tokens.length;
  const cache = wordCache(lexicon);
  if (VIEW.lowerHash.length < n) Object.assign(VIEW, sizedView(n * 2));
  const v = VIEW;
  v.n = n;
  const info = words ?? tokens.map((token) => wordInfo(token, lexicon, cache));
  v.info = info;
  v.gazetteer.length = n;
  for (let i = 0; i < n; i++) {
    const word = info[i]!;
    v.lowerHash[i] = word.lowerHash;
    v.shortShapeHash[i] = word.shortShapeHash;
    v.wordClass[i] = word.wordClass;
    v.embedding[i] = word.embedding;
    v.capitalised[i] = word.capitalised;
    v.gazetteer[i] = NO_MATCHES;
  }
  if (lexicon.maxPhraseTokens > 0) matchGazetteer(v, lexicon);
  return v;
}

/** Shared empty list for tokens without gazetteer matches (replaced, never mutated). */
const NO_MATCHES: number[] = [];

/** matchGazetteer's (end, bits) pairs of one start, reused. */
const LONGEST: number[] = [];

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
    const longest = LONGEST;
    longest.length = 0;
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
  /**
   * The word type of each token, when each token's features open with its type's leading ones (LeadingFeatures):
   * set by extractFeatures and stackFeatures, which write them so; the weights then sum those once per type.
   */
  words: readonly LeadingFeatures[] | undefined = undefined;

  reset(tokens: number): void {
    this.length = 0;
    this.tokens = tokens;
    this.words = undefined;
    if (this.offsets.length < tokens + 1) this.offsets = new Int32Array(tokens * 2 + 1);
  }

  push(h: number): void {
    if (this.length === this.hashes.length) this.reserve(1);
    this.hashes[this.length++] = h;
  }

  /** Room for `more` hashes after `length`, so they can be written straight into `hashes`. */
  reserve(more: number): void {
    if (this.length + more <= this.hashes.length) return;
    let size = this.hashes.length * 2;
    while (size < this.length + more) size *= 2;
    const grown = new Uint32Array(size);
    grown.set(this.hashes.subarray(0, this.length));
    this.hashes = grown;
  }
}

/**
 * Slots of a token's feature values (filled per token in extractFeatures, the constants once):
 * the template rows below name their values by slot.
 */
const V = {
  word: 0, lower: 1, shape: 2, shortShape: 3, lowerPrev1: 4, lowerNext1: 5, lowerPrev2: 6, lowerNext2: 7,
  shortPrev: 8, shortNext: 9, classHere: 10, capPosition: 11, classPrev: 12, cap: 13, classNext: 14, position: 15,
  level2: 16, level3: 17, level4: 18, level5: 19, level6: 20,
  embedding2: 21, embedding3: 22, embedding4: 23, embedding5: 24, embedding6: 25,
  /** The neighbours' clusters at EMBEDDING_NEIGHBOUR_LEVELS[k]: previous at neighbours + 2k, next one after. */
  neighbours: 26,
} as const;
const VALUE_SLOTS = V.neighbours + 2 * EMBEDDING_NEIGHBOUR_LEVELS.length;

/**
 * The fixed features of a token as data, in the order they are hashed (which is part of the
 * model's scores: weights are summed in this order): a template id and the slots of its one to
 * three values, hashed in one loop (hashRows). Written as some forty calls of small closures,
 * V8 inlined too few of them and each cost a call. Between the groups come the features a token
 * has or lacks (affixes, the first word's shape, a stripped Arabic article).
 */
const WORD_ROWS = rowTable([[T.word, V.word], [T.lower, V.lower], [T.shape, V.shape], [T.shortShape, V.shortShape]]);
const CONTEXT_ROWS = rowTable([
  [T.prev1, V.lowerPrev1], [T.next1, V.lowerNext1], [T.prev2, V.lowerPrev2], [T.next2, V.lowerNext2],
  [T.shapeTri, V.shortPrev, V.shortShape, V.shortNext], [T.bigramPrev, V.lowerPrev1, V.lower], [T.bigramNext, V.lower, V.lowerNext1],
  [T.prevShapeWord, V.lowerPrev1, V.shape], [T.nextShapeWord, V.shape, V.lowerNext1],
]);
const CLASS_ROWS = rowTable([[T.wordClass, V.classHere, V.capPosition], [T.classPrev, V.classPrev, V.cap], [T.classNext, V.classNext, V.cap]]);
const EMBEDDING_WORD_ROWS = rowTable(EMBEDDING_WORD_LEVELS.map((level) => [T.embedding, V.level2 + level - 2, V.embedding2 + level - 2]));
const EMBEDDING_ROWS = rowTable([
  [T.embeddingCap, V.embedding2 + EMBEDDING_CAP_LEVEL - 2, V.cap, V.position],
  ...EMBEDDING_NEIGHBOUR_LEVELS.flatMap((level, k) => [
    [T.embeddingPrev, V.level2 + level - 2, V.neighbours + 2 * k, V.cap],
    [T.embeddingNext, V.level2 + level - 2, V.neighbours + 2 * k + 1, V.cap],
  ]),
]);
/** Most hashes one token's fixed features and affixes write, besides its gazetteer and document features. */
// Bias, rows, 3 affix pairs, initial shape, stripped article, run head and first.
const MAX_FIXED_FEATURES = 1 + (WORD_ROWS.length + CONTEXT_ROWS.length + CLASS_ROWS.length + EMBEDDING_WORD_ROWS.length + EMBEDDING_ROWS.length) / 4 + 6 + 1 + 1 + 2;

/** Rows of [template, value slot, value slot or −1, value slot or −1], flat. */
function rowTable(rows: readonly (readonly number[])[]): Int32Array {
  const table = new Int32Array(rows.length * 4).fill(-1);
  rows.forEach((row, i) => table.set(row, i * 4));
  return table;
}

/** Hashes each row of `table` with its values into `out` from `at` (as mixInt folded left); returns the new end. */
function hashRows(table: Int32Array, values: Int32Array, out: Uint32Array, at: number): number {
  for (let r = 0; r < table.length; r += 4) {
    let h = mixInt(table[r]!, values[table[r + 1]!]!);
    const b = table[r + 2]!;
    if (b >= 0) {
      h = mixInt(h, values[b]!);
      const c = table[r + 3]!;
      if (c >= 0) h = mixInt(h, values[c]!);
    }
    out[at++] = h;
  }
  return at;
}

/** Storage of the words' own features (WordInfo.features), in chunks: a word keeps its chunk when the cache is cleared. */
const FEATURE_CHUNK_SIZE = 65_536;
const NO_FEATURES = new Uint32Array(0);
let featureChunk = new Uint32Array(FEATURE_CHUNK_SIZE);
let featureChunkUsed = 0;
/** Most features of a word alone: WORD_ROWS, 3 affix pairs, EMBEDDING_WORD_ROWS. */
const MAX_WORD_FEATURES = WORD_ROWS.length / 4 + 6 + EMBEDDING_WORD_LEVELS.length;
const WORD_VALUES = new Int32Array(VALUE_SLOTS);

/** Hashes the features of `info`'s word alone into a feature chunk (`lower`: the word in lower case, quotes normalised). */
function wordFeatures(info: WordInfo, lower: string): void {
  if (featureChunkUsed + MAX_WORD_FEATURES > featureChunk.length) {
    featureChunk = new Uint32Array(FEATURE_CHUNK_SIZE);
    featureChunkUsed = 0;
  }
  const out = featureChunk;
  const from = featureChunkUsed;
  const values = WORD_VALUES;
  values[V.word] = info.wordHash;
  values[V.lower] = info.lowerHash;
  values[V.shape] = info.shapeHash;
  values[V.shortShape] = info.shortShapeHash;
  let at = hashRows(WORD_ROWS, values, out, from);
  // Affixes of 2 to 4 characters: one character says little a shape does not (and each feature costs a memory probe).
  let p = hashString('');
  let s = p;
  for (let k = 1; k <= 4 && k <= lower.length; k++) {
    p = extendHash(p, lower.charCodeAt(k - 1));
    s = extendHash(s, lower.charCodeAt(lower.length - k));
    if (k === 1) continue;
    out[at++] = mixInt(mixInt(T.prefix, k), p);
    out[at++] = mixInt(mixInt(T.suffix, k), s);
  }
  const own = at - from;
  // GloVe cluster paths at several granularities: coarse ones generalise, fine ones discriminate.
  for (const level of EMBEDDING_WORD_LEVELS) {
    values[V.level2 + level - 2] = level;
    values[V.embedding2 + level - 2] = embeddingPrefix(info.embedding, level);
  }
  at = hashRows(EMBEDDING_WORD_ROWS, values, out, at);
  info.features = out;
  info.featuresAt = from;
  info.ownFeatures = own;
  // extractFeatures writes the bias, then these.
  info.leadingFeatures = 1 + own;
  featureChunkUsed = at;
}

const VALUES = new Int32Array(VALUE_SLOTS);
for (const level of EMBEDDING_WORD_LEVELS) VALUES[V.level2 + level - 2] = level;

/**
 * Fills `out` with the features of every token of one sentence:
 * features of token i are out.hashes[out.offsets[i] .. out.offsets[i + 1]).
 * `words`: the sentence's words from documentWords, when the caller has them.
 */
export function extractFeatures(tokens: readonly string[], lexicon: Lexicon, evidence: DocumentEvidence | undefined, out: FeatureBuffer, words?: readonly WordInfo[]): void {
  const v = view(tokens, lexicon, words);
  const n = v.n;
  out.reset(n);
  // Hashes as int32 (mixInt, the same bits): see mixInt on why.
  const lowerAt = (i: number): number => (i < 0 ? BOUNDARY : i >= n ? BOUNDARY_END : v.lowerHash[i]! | 0);
  const shortAt = (i: number): number => (i < 0 ? BOUNDARY : i >= n ? BOUNDARY_END : v.shortShapeHash[i]! | 0);
  const classAt = (i: number): number => (i < 0 || i >= n ? 0xffff : v.wordClass[i]!);
  const runs = capitalisedRuns(tokens, v);
  const values = VALUES;
  // Every token's features open with the bias and its word's own (below).
  out.words = v.info;

  for (let i = 0; i < n; i++) {
    out.offsets[i] = out.length;
    const info = v.info[i]!;
    const cap = info.capitalised;
    const position = i === 0 ? 1 : 0;
    const gazetteer = v.gazetteer[i]!;
    const gazetteerPrev = i > 0 ? v.gazetteer[i - 1]! : NO_MATCHES;
    const gazetteerNext = i + 1 < n ? v.gazetteer[i + 1]! : NO_MATCHES;
    out.reserve(MAX_FIXED_FEATURES + 2 * gazetteer.length + gazetteerPrev.length + gazetteerNext.length);
    values[V.word] = info.wordHash;
    values[V.lower] = info.lowerHash;
    values[V.shape] = info.shapeHash;
    values[V.shortShape] = info.shortShapeHash;
    values[V.lowerPrev1] = lowerAt(i - 1);
    values[V.lowerNext1] = lowerAt(i + 1);
    values[V.lowerPrev2] = lowerAt(i - 2);
    values[V.lowerNext2] = lowerAt(i + 2);
    values[V.shortPrev] = shortAt(i - 1);
    values[V.shortNext] = shortAt(i + 1);
    values[V.classHere] = classAt(i);
    values[V.capPosition] = cap * 2 + position;
    values[V.classPrev] = classAt(i - 1);
    values[V.cap] = cap;
    values[V.classNext] = classAt(i + 1);
    values[V.position] = position;
    values[V.embedding2 + EMBEDDING_CAP_LEVEL - 2] = embeddingPrefix(v.embedding[i]!, EMBEDDING_CAP_LEVEL);
    for (let k = 0; k < EMBEDDING_NEIGHBOUR_LEVELS.length; k++) {
      const level = EMBEDDING_NEIGHBOUR_LEVELS[k]!;
      values[V.neighbours + 2 * k] = i > 0 ? embeddingPrefix(v.embedding[i - 1]!, level) : BOUNDARY;
      values[V.neighbours + 2 * k + 1] = i + 1 < n ? embeddingPrefix(v.embedding[i + 1]!, level) : BOUNDARY_END;
    }

    const hashes = out.hashes;
    let at = out.length;
    hashes[at++] = T.bias;
    // The word as written ("US" is not "us", "May" not "may"), lower case, shapes, affixes: hashed once per word type.
    const own = info.features;
    let f = info.featuresAt;
    for (const end = f + info.ownFeatures; f < end; f++) hashes[at++] = own[f]!;
    at = hashRows(CONTEXT_ROWS, values, hashes, at);
    if (i === 0) hashes[at++] = mixInt(T.initialShape, info.shapeHash);
    at = hashRows(CLASS_ROWS, values, hashes, at);
    if (info.strippedBits !== 0) hashes[at++] = mixInt(mixInt(T.articleStripped, info.strippedBits), cap);
    // (Clusters from the news text of build-word-classes.ts were features here; beside the GloVe
    // clusters they cost 1.1 F1 on the development sets, so they went.)
    // GloVe cluster paths at several granularities: coarse ones generalise, fine ones discriminate.
    for (let k = 0; k < EMBEDDING_WORD_LEVELS.length; k++) hashes[at++] = own[f++]!;
    at = hashRows(EMBEDDING_ROWS, values, hashes, at);
    for (const code of gazetteer) {
      hashes[at++] = mixInt(T.gazetteer, code);
      hashes[at++] = mixInt(mixInt(T.gazetteerShape, code), info.shortShapeHash);
    }
    for (const code of gazetteerPrev) hashes[at++] = mixInt(mixInt(T.gazetteerPrev, code), cap);
    for (const code of gazetteerNext) hashes[at++] = mixInt(mixInt(T.gazetteerNext, code), cap);
    const runAt = runs[i]!;
    if (runAt >= 0) {
      // The head (last word) and first word of the capitalised name this token is in: "Ministry",
      // "Party", "Airport" type a whole name, and a title first ("President …") marks a person.
      const runEnd = runs[n + runAt]!;
      const positionCode = i === runAt ? 0 : i === runEnd - 1 ? 2 : 1;
      hashes[at++] = mixInt(mixInt(T.runHead, v.lowerHash[runEnd - 1]!), positionCode);
      hashes[at++] = mixInt(mixInt(T.runFirst, v.lowerHash[runAt]!), positionCode);
    }
    out.length = at;
    if (evidence) documentFeatures(evidence, v, i, position, out);
  }
  out.offsets[n] = out.length;
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
