/**
 * What the tagger knows about words beyond its training data, all keyed by 32-bit
 * hashes of lower-cased text (hashing.ts) so the model file carries no word lists:
 *
 * - word classes: how a word is written in unlabelled news (how often capitalised
 *   away from a sentence start, how frequent);
 * - embedding clusters: the word's path in a hierarchical clustering of GloVe
 *   vectors (scripts/build-embedding-clusters.ts), whose prefixes are clusters
 *   of several granularities;
 * - phrases: gazetteer entries (names of countries, cities, people, companies,
 *   political actors) with a bit per list they come from.
 *
 * Built by scripts/build-ner-lexicon.ts; stored inside the model file, so a model
 * and the lexicon it was trained with never part.
 */
import { EMPTY_PHRASE_HASH, extendPhraseHash, hashString } from './hashing.js';

/** One bit per gazetteer list. The order is part of the model format: append only. */
export const GAZETTEER_KINDS = ['country', 'city', 'person-name', 'company', 'actor-person', 'actor-org', 'actor-place', 'demonym'] as const;
export type GazetteerKind = (typeof GAZETTEER_KINDS)[number];

/** Set on a phrase hash that is the beginning of a longer listed phrase, so matching stops early when it is absent. */
export const CONTINUES_BIT = 1 << 30;

export function kindBit(kind: GazetteerKind): number {
  return 1 << GAZETTEER_KINDS.indexOf(kind);
}

/** Children per node of the embedding cluster tree, and its depth: paths of 6 base-4 digits, 4096 leaves. */
export const EMBEDDING_BITS_PER_LEVEL = 2;
export const EMBEDDING_BRANCHING = 1 << EMBEDDING_BITS_PER_LEVEL;
export const EMBEDDING_DEPTH = 6;

export interface Lexicon {
  /** Writing class of a lower-cased word (0: unseen); see scripts/build-ner-lexicon.ts. */
  readonly wordClasses: ReadonlyMap<number, number>;
  /** Embedding cluster path of a lower-cased word plus one (0: not in the vocabulary); see EMBEDDING_DEPTH. */
  readonly embeddings: ReadonlyMap<number, number>;
  /** Gazetteer bits of a phrase of lower-cased tokens (phraseHash over tokenHash); CONTINUES_BIT on proper prefixes. */
  readonly phrases: ReadonlyMap<number, number>;
  /** The longest phrase, in tokens: how far a match is tried. */
  readonly maxPhraseTokens: number;
}

export const EMPTY_LEXICON: Lexicon = { wordClasses: new Map(), embeddings: new Map(), phrases: new Map(), maxPhraseTokens: 0 };

/** The hash a lexicon keys a lower-cased word by. */
export const tokenHash = (lower: string): number => hashString(lower);

/** The hash of a phrase of lower-cased words. */
export function phraseKey(lowerTokens: readonly string[]): number {
  let h = EMPTY_PHRASE_HASH;
  for (const t of lowerTokens) h = extendPhraseHash(h, tokenHash(t));
  return h;
}
