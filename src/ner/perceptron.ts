/**
 * A linear-chain tagger: emission weights per (feature, tag) and transition
 * weights per (tag, tag), decoded with Viterbi. Trained as an averaged structured
 * perceptron (Collins 2002): tag a sentence with the current weights, and where
 * the best sequence differs from the gold one, add the gold features and
 * transitions and subtract the predicted ones. The averaged weights generalise
 * far better than the last ones.
 */
import { FeatureBuffer } from './features.js';
import type { PackedWeights } from './packed-weights.js';
import { TAG_COUNT } from './tags.js';
import { viterbi } from './viterbi.js';

export const TRANSITION_COUNT = (TAG_COUNT + 1) * TAG_COUNT;

/** Weights ready to tag with. */
export interface TaggerWeights {
  emissions: PackedWeights;
  transitions: Float32Array;
  /**
   * Added to every token's score for each tag (0 for most): a bonus on a type's B- and U- tags
   * is a bonus per span of that type, which trades its precision for recall.
   */
  tagBias?: Float32Array;
}

/** Emission scores of one sentence's features. */
export function scoreEmissions(weights: TaggerWeights, features: FeatureBuffer, out: Float32Array): Float32Array {
  weights.emissions.scoreSentence(features.hashes, features.offsets, features.tokens, out, features.words);
  return out;
}

/** Reusable scratch space for tagging (grows as needed). */
export class TagScratch {
  emissions = new Float32Array(256 * TAG_COUNT);
  tags = new Uint8Array(256);

  ensure(n: number): void {
    if (this.tags.length >= n) return;
    this.emissions = new Float32Array(n * 2 * TAG_COUNT);
    this.tags = new Uint8Array(n * 2);
  }
}

/** Best tags for one sentence's features (a view into scratch.tags of length features.tokens). */
export function tagFeatures(weights: TaggerWeights, features: FeatureBuffer, scratch: TagScratch): Uint8Array {
  scratch.ensure(features.tokens);
  scoreEmissions(weights, features, scratch.emissions);
  const bias = weights.tagBias;
  if (bias) {
    for (let i = 0; i < features.tokens; i++) for (let t = 0; t < TAG_COUNT; t++) scratch.emissions[i * TAG_COUNT + t]! += bias[t]!;
  }
  return viterbi(scratch.emissions, features.tokens, weights.transitions, scratch.tags).subarray(0, features.tokens);
}

/** A training sentence: its features resolved to rows, and gold BILOU tags. */
export interface TrainingSentence {
  /** Rows of each token's features: rows[offsets[i] .. offsets[i + 1]). */
  rows: Int32Array;
  offsets: Int32Array;
  gold: Uint8Array;
  /** How much a mistake on this sentence moves the weights (1 by default): a weight for data further from news. */
  weight?: number;
  /** 1 where the gold tag is unknown (corpus.ts TaggedSentence.unknown): any tag the model prefers counts as gold there. */
  unknown?: Uint8Array;
}

/**
 * The averaged perceptron's training state. Averaging uses the usual trick:
 * alongside w keep u = Σ step·Δ; the average after `step` steps is w − u/step.
 */
export class PerceptronTrainer {
  // Float64: the sums reach step × updates, beyond float32's 24-bit mantissa.
  readonly emissions: Float64Array;
  readonly transitions = new Float64Array(TRANSITION_COUNT);
  private readonly emissionSums: Float64Array;
  private readonly transitionSums = new Float64Array(TRANSITION_COUNT);
  private readonly transitionScores = new Float32Array(TRANSITION_COUNT);
  private step = 1;
  private scores = new Float32Array(256 * TAG_COUNT);
  private predicted = new Uint8Array(256);
  private constrained = new Float32Array(256 * TAG_COUNT);
  private latentGold = new Uint8Array(256);

  constructor(readonly rows: number) {
    this.emissions = new Float64Array(rows * TAG_COUNT);
    this.emissionSums = new Float64Array(rows * TAG_COUNT);
  }

  /** One perceptron step on one sentence; returns the number of mistagged tokens. */
  train(sentence: TrainingSentence): number {
    const K = TAG_COUNT;
    const n = sentence.gold.length;
    if (this.predicted.length < n) {
      this.scores = new Float32Array(n * 2 * K);
      this.predicted = new Uint8Array(n * 2);
      this.constrained = new Float32Array(n * 2 * K);
      this.latentGold = new Uint8Array(n * 2);
    }
    const scores = this.scores;
    scores.fill(0, 0, n * K);
    for (let i = 0; i < n; i++) {
      for (let f = sentence.offsets[i]!; f < sentence.offsets[i + 1]!; f++) {
        const w = sentence.rows[f]! * K;
        for (let t = 0; t < K; t++) scores[i * K + t]! += this.emissions[w + t]!;
      }
    }
    this.transitionScores.set(this.transitions);
    const predicted = viterbi(scores, n, this.transitionScores, this.predicted);
    const gold = sentence.unknown ? this.completeGold(sentence, n) : sentence.gold;
    let errors = 0;
    const weight = sentence.weight ?? 1;
    for (let i = 0; i < n; i++) {
      const g = gold[i]!;
      const p = predicted[i]!;
      const gPrev = i === 0 ? -1 : gold[i - 1]!;
      const pPrev = i === 0 ? -1 : predicted[i - 1]!;
      if (g !== p) {
        errors++;
        for (let f = sentence.offsets[i]!; f < sentence.offsets[i + 1]!; f++) {
          const w = sentence.rows[f]! * K;
          this.update(this.emissions, this.emissionSums, w + g, weight);
          this.update(this.emissions, this.emissionSums, w + p, -weight);
        }
      }
      if (g !== p || gPrev !== pPrev) {
        this.update(this.transitions, this.transitionSums, (gPrev + 1) * K + g, weight);
        this.update(this.transitions, this.transitionSums, (pPrev + 1) * K + p, -weight);
      }
    }
    this.step++;
    return errors;
  }

  /**
   * The gold tags with the unknown ones filled in: the best path under the current weights among
   * those that keep every known tag (a latent-variable perceptron's gold). Uses this.scores.
   */
  private completeGold(sentence: TrainingSentence, n: number): Uint8Array {
    const K = TAG_COUNT;
    const constrained = this.constrained;
    for (let i = 0; i < n; i++) {
      for (let t = 0; t < K; t++) {
        const allowed = sentence.unknown![i] === 1 || t === sentence.gold[i];
        constrained[i * K + t] = allowed ? this.scores[i * K + t]! : -Infinity;
      }
    }
    return viterbi(constrained, n, this.transitionScores, this.latentGold);
  }

  /** The averaged weights. */
  averaged(): { emissions: Float32Array; transitions: Float32Array } {
    const average = (w: Float64Array, u: Float64Array): Float32Array => {
      const out = new Float32Array(w.length);
      for (let i = 0; i < w.length; i++) out[i] = w[i]! - u[i]! / this.step;
      return out;
    };
    return { emissions: average(this.emissions, this.emissionSums), transitions: average(this.transitions, this.transitionSums) };
  }

  private update(w: Float64Array, u: Float64Array, i: number, delta: number): void {
    w[i]! += delta;
    u[i]! += this.step * delta;
  }
}
