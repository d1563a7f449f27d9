/**
 * TempEval-3's time-expression scores (UzZaman et al. 2013): strict span match
 * (same start and end), relaxed span match (any overlap), and the value attribute,
 * which counts only for a system expression whose span matches a gold one
 * (relaxed). Value accuracy is over the matched pairs; value precision and recall
 * divide the correct values by all system and all gold expressions.
 */
import { f1 } from '../task.js';

export interface ScoredSpan {
  start: number;
  end: number;
  value: string;
}

/** Counts over one document or summed over many. */
export interface TimexCounts {
  gold: number;
  system: number;
  strictSystem: number;
  strictGold: number;
  relaxedSystem: number;
  relaxedGold: number;
  /** System expressions paired with a gold one (relaxed), and how many of those have the gold value. */
  matched: number;
  valueCorrect: number;
}

export const emptyCounts = (): TimexCounts => ({ gold: 0, system: 0, strictSystem: 0, strictGold: 0, relaxedSystem: 0, relaxedGold: 0, matched: 0, valueCorrect: 0 });

export function addCounts(a: TimexCounts, b: TimexCounts): TimexCounts {
  const out = emptyCounts();
  for (const key of Object.keys(out) as (keyof TimexCounts)[]) out[key] = a[key] + b[key];
  return out;
}

const overlap = (a: ScoredSpan, b: ScoredSpan): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** The gold expression a system one is scored against: the one it overlaps most (the first on a tie). */
export function bestGold(system: ScoredSpan, gold: readonly ScoredSpan[]): ScoredSpan | undefined {
  let best: ScoredSpan | undefined;
  let bestOverlap = 0;
  for (const g of gold) {
    const o = overlap(system, g);
    if (o > bestOverlap) {
      best = g;
      bestOverlap = o;
    }
  }
  return best;
}

export function countTimexes(gold: readonly ScoredSpan[], system: readonly ScoredSpan[]): TimexCounts {
  const counts = emptyCounts();
  counts.gold = gold.length;
  counts.system = system.length;
  for (const s of system) {
    if (gold.some((g) => g.start === s.start && g.end === s.end)) counts.strictSystem++;
    const g = bestGold(s, gold);
    if (!g) continue;
    counts.relaxedSystem++;
    counts.matched++;
    if (g.value === s.value) counts.valueCorrect++;
  }
  for (const g of gold) {
    if (system.some((s) => s.start === g.start && s.end === g.end)) counts.strictGold++;
    if (system.some((s) => overlap(s, g) > 0)) counts.relaxedGold++;
  }
  return counts;
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const prf = (precision: number, recall: number): PRF => ({ precision, recall, f1: f1(precision, recall) });

export interface TimexScores {
  strict: PRF;
  relaxed: PRF;
  /** Correct values over the matched pairs. */
  valueAccuracy: number;
  /** Correct values over all system (precision) and all gold (recall) expressions. */
  value: PRF;
}

export function scoreTimexes(c: TimexCounts): TimexScores {
  return {
    strict: prf(ratio(c.strictSystem, c.system), ratio(c.strictGold, c.gold)),
    relaxed: prf(ratio(c.relaxedSystem, c.system), ratio(c.relaxedGold, c.gold)),
    valueAccuracy: ratio(c.valueCorrect, c.matched),
    value: prf(ratio(c.valueCorrect, c.system), ratio(c.valueCorrect, c.gold)),
  };
}
