/**
 * What the tagger knows about words beyond its training data, all keyed by 32-bit
 * hashes of lower-cased text (hashing.ts) so the model file carries no word lists:
 *
 * - word classes: how a word is written in unlabelled news (how often capitalised
 *   away from a sentence start, how frequent) and its distributional cluster;
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

export interface Lexicon {
  /** Writing class of a lower-cased word (0: unseen); see scripts/build-ner-lexicon.ts. */
  readonly wordClasses: ReadonlyMap<number, number>;
  /** Distributional cluster of a lower-cased word (0: none). */
  readonly clusters: ReadonlyMap<number, number>;
  /** Gazetteer bits of a phrase of lower-cased tokens (phraseHash over tokenHash); CONTINUES_BIT on proper prefixes. */
  readonly phrases: ReadonlyMap<number, number>;
  /** The longest phrase, in tokens: how far a match is tried. */
  readonly maxPhraseTokens: number;
}

export const EMPTY_LEXICON: Lexicon = { wordClasses: new Map(), clusters: new Map(), phrases: new Map(), maxPhraseTokens: 0 };

/** The hash a lexicon keys a lower-cased word by. */
export const tokenHash = (lower: string): number => hashString(lower);

/** The hash of a phrase of lower-cased words. */
export function phraseKey(lowerTokens: readonly string[]): number {
  let h = EMPTY_PHRASE_HASH;
  for (const t of lowerTokens) h = extendPhraseHash(h, tokenHash(t));
  return h;
}
