/**
 * Binary logistic regression over string feature keys, trained by AdaGrad
 * stochastic gradient descent with L2 shrinkage, in a seeded order: the same
 * examples and settings give the same weights, bit for bit. Small data (tens
 * of thousands of examples, a few thousand features) trains in a second.
 */
import { shuffled } from './sparse-perceptron.js';

export interface LabelledExample {
  features: readonly string[];
  label: boolean;
}

export interface LogisticSettings {
  epochs: number;
  /** AdaGrad's base step. */
  learningRate: number;
  /** L2 penalty per example seen (weights shrink toward 0 by rate × l2 × w). */
  l2: number;
  seed: number;
  /** Weights are rounded to this many decimals and those that round to 0 are left out: a smaller file, the same decisions. */
  decimals: number;
  /** Features seen in fewer examples are left out: rare keys mostly learn their few examples by heart. */
  minCount: number;
}

export const DEFAULT_LOGISTIC: LogisticSettings = { epochs: 3, learningRate: 0.1, l2: 1e-5, seed: 17, decimals: 4, minCount: 10 };

/** The logistic function: a sum of weights to a probability (training here, and every model that reads these weights). */
export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Trains and returns weight by feature key, keys in sorted order (a stable file). */
export function trainLogistic(examples: readonly LabelledExample[], settings: LogisticSettings = DEFAULT_LOGISTIC): Record<string, number> {
  const counts = new Map<string, number>();
  for (const e of examples) for (const k of new Set(e.features)) counts.set(k, (counts.get(k) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [k, n] of counts) if (n >= settings.minCount) index.set(k, index.size);
  const encoded = examples.map((e) => ({
    ids: Int32Array.from([...new Set(e.features)].filter((k) => index.has(k)), (k) => index.get(k)!),
    y: e.label ? 1 : 0,
  }));
  const w = new Float64Array(index.size);
  const g2 = new Float64Array(index.size).fill(1e-8);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    for (const { ids, y } of shuffled(encoded, settings.seed + epoch)) {
      let z = 0;
      for (const id of ids) z += w[id]!;
      const gradient = sigmoid(z) - y;
      for (const id of ids) {
        const g = gradient + settings.l2 * w[id]!;
        g2[id]! += g * g;
        w[id]! -= (settings.learningRate * g) / Math.sqrt(g2[id]!);
      }
    }
  }
  const scale = 10 ** settings.decimals;
  const weights: Record<string, number> = {};
  for (const key of [...index.keys()].sort()) {
    const value = Math.round(w[index.get(key)!]! * scale) / scale;
    if (value !== 0) weights[key] = value;
  }
  return weights;
}
