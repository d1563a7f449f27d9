/**
 * The learned filter over the attribution patterns' candidates: two logistic
 * regressions over the closed-class features of quote-features.ts, trained on
 * PolNeAR train by scripts/train-quote-filter.ts (models/QUOTES.md).
 *
 * - content: is the candidate's content an attribution at all? Below its
 *   threshold the quote is dropped.
 * - speaker: is the chosen speaker the attribution's source? Below its threshold
 *   the quote is kept with no speaker named ("speaker not named" beats a wrong name).
 *
 * The model file is gzip-compressed JSON (feature key → weight; `zcat` shows it): it
 * holds no text of the articles, only weights of our own categories.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { sigmoid } from '../../nlp/logistic-regression.js';
import { packageRoot } from '../../ner/package-root.js';
import type { CandidateOrigin } from './quote-stage.js';
import { hashKey } from './feature-keys.js';

export const QUOTE_FILTER_FILE = join(packageRoot(), 'models', 'quote-filter.json.gz');
export const QUOTE_FILTER_FORMAT = 1;

/** One logistic regression: a weight per feature key (absent keys weigh 0). */
export interface LogisticWeights {
  [key: string]: number;
}

export interface QuoteFilterModel {
  format: number;
  kind: 'quote-filter';
  thresholds: FilterThresholds;
  content: LogisticWeights;
  speaker: LogisticWeights;
  /** What the training script records (data, settings, scores); informational. */
  training: Record<string, unknown>;
}

/**
 * Probability thresholds: drop a quote when P(content right) is below `dropQuote`; drop its speaker
 * when P(speaker right) is below `dropSpeaker`; take a nested candidate when P(speaker right) is at least `acceptNested`.
 */
export interface FilterThresholds {
  dropQuote: number;
  dropSpeaker: number;
  acceptNested: number;
  /** Take a fallback candidate when both P(speaker right) and P(content right) are at least this. */
  acceptFallback: number;
}

export type FilterDecision = 'keep' | 'drop-speaker' | 'drop';

/** A model as the stage uses it: both weights of a feature under one key, one lookup per feature. */
export interface QuoteFilter {
  thresholds: FilterThresholds;
  /** Feature key, as its number (feature-keys.ts hashKey) → [content weight, speaker weight]. */
  weights: Map<number, readonly [number, number]>;
}

export function compileQuoteFilter(model: Pick<QuoteFilterModel, 'thresholds' | 'content' | 'speaker'>): QuoteFilter {
  const weights = new Map<number, [number, number]>();
  for (const [key, w] of Object.entries(model.content)) weights.set(hashKey(key), [w, 0]);
  for (const [key, w] of Object.entries(model.speaker)) {
    const pair = weights.get(hashKey(key));
    if (pair) pair[1] = w;
    else weights.set(hashKey(key), [0, w]);
  }
  return { thresholds: model.thresholds, weights };
}

/** P(content right) and P(speaker right) of a candidate with these features (keys, or their numbers: feature-keys.ts). */
export function probabilities(filter: QuoteFilter, features: readonly string[] | readonly number[]): { content: number; speaker: number } {
  let content = 0;
  let speaker = 0;
  for (const key of features) {
    const pair = filter.weights.get(typeof key === 'number' ? key : hashKey(key));
    if (!pair) continue;
    content += pair[0];
    speaker += pair[1];
  }
  return { content: sigmoid(content), speaker: sigmoid(speaker) };
}

/**
 * What a candidate's speaker is, for the decision: none; the named speaker of a quotation
 * ("“…,” Sanders said"), which the filter never takes away (a reader sees the name beside
 * the quotation; on the halves of PolNeAR train source F1 is the same to 4 decimals with or without it); or another.
 */
export type SpeakerKind = 'none' | 'named-quotation' | 'other';

/** The decision for one candidate: keep it, keep it without its speaker, or drop it. */
export function decide(filter: QuoteFilter, features: readonly string[] | readonly number[], speaker: SpeakerKind, origin: CandidateOrigin): FilterDecision {
  const p = probabilities(filter, features);
  return decideFrom(filter.thresholds, p.content, p.speaker, speaker, origin);
}

/**
 * The decision from the two probabilities. A candidate the rules leave out (nested, fallback)
 * is taken only with its speaker, when that is likely enough right: without one it adds
 * nothing the rules' own quotes do not already say.
 */
export function decideFrom(thresholds: FilterThresholds, pContent: number, pSpeaker: number, speaker: SpeakerKind, origin: CandidateOrigin): FilterDecision {
  const hasSpeaker = speaker !== 'none';
  if (origin === 'nested') return hasSpeaker && pContent >= thresholds.dropQuote && pSpeaker >= thresholds.acceptNested ? 'keep' : 'drop';
  if (origin === 'fallback') return hasSpeaker && pSpeaker >= thresholds.acceptFallback && pContent >= thresholds.acceptFallback ? 'keep' : 'drop';
  if (speaker === 'named-quotation') return 'keep';
  if (pContent < thresholds.dropQuote) return 'drop';
  if (hasSpeaker && pSpeaker < thresholds.dropSpeaker) return 'drop-speaker';
  return 'keep';
}

/** Reads a filter model file; a wrong file is an Error that says why. */
export function readQuoteFilter(path: string): QuoteFilterModel {
  const model = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as QuoteFilterModel;
  if (model.kind !== 'quote-filter') throw new Error(`${path}: not a quote filter model`);
  if (model.format !== QUOTE_FILTER_FORMAT) throw new Error(`${path}: quote filter format ${model.format}; this code reads ${QUOTE_FILTER_FORMAT}`);
  return model;
}

let shipped: QuoteFilter | undefined;

/** The shipped filter (models/quote-filter.json.gz), read once. */
export function loadQuoteFilter(): QuoteFilter {
  shipped ??= compileQuoteFilter(readQuoteFilter(QUOTE_FILTER_FILE));
  return shipped;
}
