/**
 * An event's confidence: the probability that a person reading its sentence judges it
 * right, from a logistic regression over what the event record itself says (its CAMEO
 * root and code, whether its sides are coded actors or entities, whether it has a
 * target, its kind, how long its source text is). Trained by scripts/train-event-confidence.ts
 * on the judged events of real pages (eval/events-judged.json), development half only,
 * so `eval events --format judged` measures it on the held-out half: there events with
 * confidence ≥ 0.5 are right nearly twice as often as all events. The record keeps every
 * event; a consumer filters by confidence (the CSV and PLOVER exports carry it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Event } from '../../model/schema.js';
import { sigmoid, trainLogistic, type LogisticSettings } from '../../nlp/logistic-regression.js';
import { EVENT_RESOURCES_DIR } from './event-resources.js';

export const CONFIDENCE_MODEL_FILE = 'confidence.json';

/**
 * The confidence at and above which an event is more likely right than wrong: what the judged evaluation counts as
 * kept, what the training script reports, what `show` and `events` mark "unsure" below (the dashboard's toggle,
 * src/shells/web/query-text.ts, says the same in the search language).
 */
export const LIKELY_RIGHT = 0.5;

export interface ConfidenceModel {
  about: string;
  bias: number;
  weights: Record<string, number>;
}

/** The features of an event, as the model's weights name them. */
export function confidenceFeatures(event: Pick<Event, 'cameo' | 'cameoRoot' | 'kind' | 'source' | 'target'>): string[] {
  const root = event.cameoRoot;
  const source = event.source;
  const target = event.target;
  return [
    `root=${root}`,
    `cameo=${event.cameo}`,
    `source=${source ? 'yes' : 'no'}`,
    `source-code=${source?.code ? 'yes' : 'no'}/${root}`,
    `source-entity=${source?.entityId ? 'yes' : 'no'}/${root}`,
    `source-words=${Math.min(5, source ? source.text.split(/\s+/u).filter(Boolean).length : 0)}`,
    `target=${target ? 'yes' : 'no'}/${root}`,
    `target-entity=${target?.entityId ? 'yes' : 'no'}`,
    `target-code=${target?.code ? 'yes' : 'no'}`,
    `kind=${event.kind}`,
  ];
}

/** The model's probability for these features, to two decimals. */
export function scoreConfidence(model: ConfidenceModel, features: readonly string[]): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return Math.round(sigmoid(z) * 100) / 100;
}

let cached: ConfidenceModel | undefined;

/** The committed model (read once). */
export function loadConfidenceModel(dir = EVENT_RESOURCES_DIR): ConfidenceModel {
  if (cached && dir === EVENT_RESOURCES_DIR) return cached;
  const model = JSON.parse(readFileSync(join(dir, CONFIDENCE_MODEL_FILE), 'utf8')) as ConfidenceModel;
  if (dir === EVENT_RESOURCES_DIR) cached = model;
  return model;
}

/** The training settings (src/nlp/logistic-regression.ts), set once and not tuned: many passes over a few hundred events, features seen at least twice. */
export const CONFIDENCE_TRAINING: LogisticSettings = { epochs: 30, learningRate: 0.1, l2: 0.001, seed: 7, decimals: 4, minCount: 2 };

/** A feature every event has: the model's intercept. */
const BIAS = 'bias';

/** Trains the model on judged events, deterministically (a seeded order). */
export function trainConfidenceModel(examples: readonly { features: readonly string[]; right: boolean }[], about: string, settings = CONFIDENCE_TRAINING): ConfidenceModel {
  const weights = trainLogistic(examples.map((e) => ({ features: [...e.features, BIAS], label: e.right })), settings);
  const { [BIAS]: bias = 0, ...rest } = weights;
  return { about, bias, weights: rest };
}
