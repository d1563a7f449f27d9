/**
 * First-order Viterbi decoding over emission and transition scores, with the
 * tag set's forbidden transitions (tags.ts) excluded, so every output is a
 * well-formed BILOU sequence.
 */
import { allowedTransition, TAG_COUNT } from './tags.js';

/** allowed[(prev + 1) * TAG_COUNT + next], prev = -1 the sentence start; allowedEnd[prev]. */
const ALLOWED = new Uint8Array((TAG_COUNT + 1) * TAG_COUNT);
const ALLOWED_END = new Uint8Array(TAG_COUNT);
for (let prev = -1; prev < TAG_COUNT; prev++) {
  for (let next = 0; next < TAG_COUNT; next++) ALLOWED[(prev + 1) * TAG_COUNT + next] = allowedTransition(prev, next) ? 1 : 0;
  if (prev >= 0) ALLOWED_END[prev] = allowedTransition(prev, -1) ? 1 : 0;
}

/** For each tag, the tags that may precede it, ascending: PREDECESSORS[PREDECESSORS_START[t] .. PREDECESSORS_START[t + 1]). */
const PREDECESSORS_START = new Uint8Array(TAG_COUNT + 1);
const PREDECESSORS = new Uint8Array(TAG_COUNT * TAG_COUNT);
for (let next = 0, k = 0; next < TAG_COUNT; next++) {
  for (let prev = 0; prev < TAG_COUNT; prev++) if (ALLOWED[(prev + 1) * TAG_COUNT + next]) PREDECESSORS[k++] = prev;
  PREDECESSORS_START[next + 1] = k;
}

/** Scratch space reused across sentences (one sentence at a time: no await inside). */
let scoreScratch = new Float64Array(64 * TAG_COUNT);
let backScratch = new Uint8Array(64 * TAG_COUNT);

/**
 * The best tag sequence. `emissions[i * TAG_COUNT + t]` scores tag t at token i;
 * `transitions[(prev + 1) * TAG_COUNT + next]` scores a transition (row 0: from the start).
 * Writes into `out` (length ≥ n) and returns it.
 */
export function viterbi(emissions: Float32Array, n: number, transitions: Float32Array, out: Uint8Array): Uint8Array {
  const K = TAG_COUNT;
  if (n === 0) return out;
  if (scoreScratch.length < n * K) {
    scoreScratch = new Float64Array(n * K * 2);
    backScratch = new Uint8Array(n * K * 2);
  }
  // Every cell read below is written first (back at token 0 is never followed).
  const score = scoreScratch;
  const back = backScratch;
  for (let t = 0; t < K; t++) score[t] = ALLOWED[t] ? emissions[t]! + transitions[t]! : -Infinity;
  for (let i = 1; i < n; i++) {
    const base = i * K;
    const prevBase = base - K;
    for (let t = 0; t < K; t++) {
      let best = -Infinity;
      let arg = 0;
      // The allowed predecessors only, in the same ascending order (ties go to the first).
      for (let q = PREDECESSORS_START[t]!, end = PREDECESSORS_START[t + 1]!; q < end; q++) {
        const p = PREDECESSORS[q]!;
        const cell = (p + 1) * K + t;
        const s = score[prevBase + p]! + transitions[cell]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[base + t] = best + emissions[base + t]!;
      back[base + t] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const lastBase = (n - 1) * K;
  for (let t = 0; t < K; t++) {
    if (!ALLOWED_END[t]) continue;
    if (score[lastBase + t]! > best) {
      best = score[lastBase + t]!;
      arg = t;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * K + arg]!;
  }
  return out;
}
