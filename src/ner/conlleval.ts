/**
 * Exact-span precision, recall and F1 with conlleval's semantics: spans are read
 * from BIO tags (an I-X that does not continue an X span starts one), and a
 * predicted span counts only if its start, end and type all equal a gold span's.
 */
import { spansFromBio } from './corpus.js';

export interface SpanCounts {
  /** Predicted spans that match a gold span exactly. */
  correct: number;
  predicted: number;
  gold: number;
}

export interface SpanScores extends SpanCounts {
  precision: number;
  recall: number;
  f1: number;
}

export interface ConllEvalResult {
  micro: SpanScores;
  byType: Record<string, SpanScores>;
}

/** Accumulates counts over sentences; `types` restricts scoring (others are ignored on both sides). */
export class SpanScorer {
  private readonly counts = new Map<string, SpanCounts>();

  constructor(private readonly types?: readonly string[]) {
    for (const type of types ?? []) this.counts.set(type, { correct: 0, predicted: 0, gold: 0 });
  }

  add(goldTags: readonly string[], predictedTags: readonly string[]): void {
    if (goldTags.length !== predictedTags.length) throw new Error(`tag sequences differ in length: ${goldTags.length} vs ${predictedTags.length}`);
    const gold = spansFromBio(goldTags).filter((s) => this.scored(s.type));
    const predicted = spansFromBio(predictedTags).filter((s) => this.scored(s.type));
    const goldKeys = new Set(gold.map((s) => `${s.start}:${s.end}:${s.type}`));
    for (const span of gold) this.countsOf(span.type).gold++;
    for (const span of predicted) {
      const counts = this.countsOf(span.type);
      counts.predicted++;
      if (goldKeys.has(`${span.start}:${span.end}:${span.type}`)) counts.correct++;
    }
  }

  result(): ConllEvalResult {
    const byType: Record<string, SpanScores> = {};
    const total: SpanCounts = { correct: 0, predicted: 0, gold: 0 };
    for (const [type, counts] of [...this.counts].sort(([a], [b]) => a.localeCompare(b))) {
      byType[type] = scores(counts);
      total.correct += counts.correct;
      total.predicted += counts.predicted;
      total.gold += counts.gold;
    }
    return { micro: scores(total), byType };
  }

  private scored(type: string): boolean {
    return this.types === undefined || this.types.includes(type);
  }

  private countsOf(type: string): SpanCounts {
    let counts = this.counts.get(type);
    if (!counts) {
      counts = { correct: 0, predicted: 0, gold: 0 };
      this.counts.set(type, counts);
    }
    return counts;
  }
}

export function scores(counts: SpanCounts): SpanScores {
  const precision = counts.predicted === 0 ? 0 : counts.correct / counts.predicted;
  const recall = counts.gold === 0 ? 0 : counts.correct / counts.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...counts, precision, recall, f1 };
}

/**
 * Scores whole corpora of parallel tag sequences.
 *
 * @example
 * conllEval([['B-PER', 'I-PER', 'O']], [['B-PER', 'O', 'O']]).micro.f1; // → 0
 */
export function conllEval(gold: readonly (readonly string[])[], predicted: readonly (readonly string[])[], types?: readonly string[]): ConllEvalResult {
  if (gold.length !== predicted.length) throw new Error(`corpora differ in sentence count: ${gold.length} vs ${predicted.length}`);
  const scorer = new SpanScorer(types);
  gold.forEach((tags, i) => scorer.add(tags, predicted[i]!));
  return scorer.result();
}
