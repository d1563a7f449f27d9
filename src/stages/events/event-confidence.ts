/**
 * An event's confidence: the probability that a person reading its sentence judges it
 * right, from a logistic regression over what the event record itself says (its CAMEO
 * root and code, whether its sides are coded actors or entities, whether it has a
 * target, its kind, how long its source text is). Trained by scripts/train-event-confidence.ts
 * on the judged events of real pages (eval/events-judged.json), development half only,
 * so `eval events --format judged` measures it on the held-out half: there events with
 * confidence ≥ 0.5 are right about twice as often as all events. The record keeps every
 * event; a consumer filters by confidence (the CSV and PLOVER exports carry it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Event } from '../../model/schema.js';
import { EVENT_RESOURCES_DIR } from './event-resources.js';

export const CONFIDENCE_MODEL_FILE = 'confidence.json';

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
  return Math.round((1 / (1 + Math.exp(-z))) * 100) / 100;
}

let cached: ConfidenceModel | undefined;

/** The committed model (read once). */
export function loadConfidenceModel(dir = EVENT_RESOURCES_DIR): ConfidenceModel {
  if (cached && dir === EVENT_RESOURCES_DIR) return cached;
  const model = JSON.parse(readFileSync(join(dir, CONFIDENCE_MODEL_FILE), 'utf8')) as ConfidenceModel;
  if (dir === EVENT_RESOURCES_DIR) cached = model;
  return model;
}

/**
 * Trains the model: logistic regression by stochastic gradient descent, in the order given (deterministic), with L2
 * shrinkage so that a feature seen on few events keeps a small weight.
 */
export function trainConfidenceModel(examples: readonly { features: readonly string[]; right: boolean }[], about: string, options: { epochs?: number; rate?: number; l2?: number } = {}): ConfidenceModel {
  const epochs = options.epochs ?? 30;
  const rate = options.rate ?? 0.1;
  const l2 = options.l2 ?? 0.01;
  const weights = new Map<string, number>();
  let bias = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const { features, right } of examples) {
      let z = bias;
      for (const f of features) z += weights.get(f) ?? 0;
      const gradient = (right ? 1 : 0) - 1 / (1 + Math.exp(-z));
      for (const f of features) {
        const w = weights.get(f) ?? 0;
        weights.set(f, w + rate * (gradient - l2 * w));
      }
      bias += rate * (gradient - l2 * bias);
    }
  }
  const round = (x: number): number => Math.round(x * 10000) / 10000;
  return { about, bias: round(bias), weights: Object.fromEntries([...weights].sort(([a], [b]) => a.localeCompare(b)).map(([f, w]) => [f, round(w)])) };
}
