/**
 * The weights of a multiclass linear model (the tagger's and the parser's),
 * stored sparsely: most features matter for a few classes only ("the" for DT,
 * "-ing" for VBG/NN/JJ), so each feature keeps just its non-zero (class, weight)
 * pairs. Scoring a feature costs a hash probe and a walk over its few pairs,
 * and the file holds no zeros.
 *
 * Layout in memory: an open-addressing table from feature hash to row, and the
 * rows' pairs back to back (row r's pairs are [rowStart[r], rowStart[r + 1])).
 */
import { homeSlots, probeSlot } from '../ner/hashing.js';

export class SparseWeights {
  /** Per slot: the feature hash, then (first pair << 8 | pair count); 0 hash = empty slot. */
  private readonly slots: Uint32Array;
  private readonly mask: number;
  /** Per feature being scored: its slot, or −1 − home slot when it is not there. */
  private found = new Int32Array(256);

  /**
   * @param hashes feature hashes (non-zero, distinct), one per row
   * @param rowStart rows + 1 offsets into `classes`/`values`
   * @param classes the class of each pair
   * @param values the weight of each pair
   */
  constructor(
    readonly classCount: number,
    readonly hashes: Uint32Array,
    readonly rowStart: Uint32Array,
    readonly classes: Uint8Array,
    readonly values: Float32Array,
  ) {
    if (classCount > 256) throw new Error(`${classCount} classes do not fit the 8-bit class ids`);
    if (values.length >= 1 << 24) throw new Error(`${values.length} weights do not fit the 24-bit pair offsets`);
    let slots = 1024;
    // Load ≤ 0.5: a probe rarely goes past its home slot.
    while (slots < hashes.length * 2) slots *= 2;
    this.slots = new Uint32Array(slots * 2);
    this.mask = slots - 1;
    for (let r = 0; r < hashes.length; r++) {
      const key = hashes[r]!;
      if (key === 0) throw new Error('feature hash 0 is reserved');
      let slot = (key ^ (key >>> 16)) & this.mask;
      while (this.slots[slot * 2] !== 0) slot = (slot + 1) & this.mask;
      const count = rowStart[r + 1]! - rowStart[r]!;
      if (count > 255) throw new Error('a feature with more than 255 weights');
      this.slots[slot * 2] = key;
      this.slots[slot * 2 + 1] = ((rowStart[r]! << 8) | count) >>> 0;
    }
  }

  get pairCount(): number {
    return this.values.length;
  }

  /**
   * Adds the weights of features[from .. count) to scores (one per class; not cleared here). Two
   * passes: the first reads every feature's home slot, loads that do not depend on each other,
   * so the processor overlaps their cache misses; the second resolves collisions and adds the
   * pairs in feature order (so every score is the same float32 sum as in one pass).
   */
  addScores(features: Uint32Array, count: number, scores: Float32Array, from = 0): void {
    const slots = this.slots;
    const mask = this.mask;
    const classes = this.classes;
    const values = this.values;
    if (this.found.length < count) this.found = new Int32Array(count * 2);
    const found = this.found;
    homeSlots(slots, 2, mask, 16, features, count, found, from);
    for (let f = from; f < count; f++) {
      let slot = found[f]!;
      if (slot < 0) {
        // Not at home: probe on, unless the home slot was empty.
        slot = probeSlot(slots, 2, mask, features[f]! | 0, -1 - slot);
        if (slot < 0) continue;
      }
      const packed = slots[slot * 2 + 1]!;
      const first = packed >>> 8;
      const end = first + (packed & 0xff);
      // Classes (1 byte) and weights in arrays of their own: faster here than both in one 8-byte cell.
      for (let p = first; p < end; p++) scores[classes[p]!]! += values[p]!;
    }
  }
}

/**
 * The weights without those whose magnitude is at most `share` of the largest
 * (a feature left with none is dropped): most of a perceptron's features are
 * rare and tiny, fill memory and slow every lookup, and change almost no decision.
 */
export function pruneWeights(weights: SparseWeights, share: number): SparseWeights {
  let largest = 0;
  for (const v of weights.values) largest = Math.max(largest, Math.abs(v));
  const threshold = largest * share;
  const hashes: number[] = [];
  const rowStart: number[] = [0];
  const classes: number[] = [];
  const values: number[] = [];
  for (let r = 0; r < weights.hashes.length; r++) {
    for (let p = weights.rowStart[r]!; p < weights.rowStart[r + 1]!; p++) {
      if (Math.abs(weights.values[p]!) <= threshold) continue;
      classes.push(weights.classes[p]!);
      values.push(weights.values[p]!);
    }
    if (classes.length > rowStart.at(-1)!) {
      hashes.push(weights.hashes[r]!);
      rowStart.push(classes.length);
    }
  }
  return new SparseWeights(weights.classCount, Uint32Array.from(hashes), Uint32Array.from(rowStart), Uint8Array.from(classes), Float32Array.from(values));
}

/** Index of the highest score among the classes allowed by `allowed` (all when undefined); −1 if none. */
export function argmax(scores: Float32Array, count: number, allowed?: (c: number) => boolean): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let c = 0; c < count; c++) {
    if (allowed && !allowed(c)) continue;
    if (scores[c]! > bestScore) {
      bestScore = scores[c]!;
      best = c;
    }
  }
  return best;
}

/**
 * The same weights for a model of at most 3 classes (the parser's moves), laid
 * out for speed: each slot of the hash table holds the feature hash and its 3
 * weights in 16 bytes, so a feature costs one cache line instead of two (the
 * slot, then its pairs), and the table is filled up to 0.7 instead of 0.5. The
 * parser spends most of its time waiting for these lines.
 */
export class InlineWeights {
  static readonly MAX_CLASSES = 3;
  private readonly keys: Uint32Array;
  private readonly weights: Float32Array;
  private readonly mask: number;
  /** Per feature being scored: its slot, or −1 − home slot when it is not there. */
  private found = new Int32Array(256);

  constructor(readonly source: SparseWeights) {
    if (source.classCount > InlineWeights.MAX_CLASSES) throw new Error(`${source.classCount} classes do not fit inline`);
    let slots = 1024;
    while (slots * 0.7 < source.hashes.length) slots *= 2;
    const cells = new ArrayBuffer(slots * 16);
    this.keys = new Uint32Array(cells);
    this.weights = new Float32Array(cells);
    this.mask = slots - 1;
    for (let r = 0; r < source.hashes.length; r++) {
      const key = source.hashes[r]!;
      let slot = (key ^ (key >>> 16)) & this.mask;
      while (this.keys[slot * 4] !== 0) slot = (slot + 1) & this.mask;
      this.keys[slot * 4] = key;
      for (let p = source.rowStart[r]!; p < source.rowStart[r + 1]!; p++) this.weights[slot * 4 + 1 + source.classes[p]!] = source.values[p]!;
    }
  }

  get classCount(): number {
    return this.source.classCount;
  }

  /**
   * Adds the weights of features[0 .. count) to scores[0 .. 3) (not cleared here). Two passes:
   * the first reads every feature's home slot, loads that do not depend on each other, so the
   * processor overlaps their cache misses; the second resolves collisions and sums in feature order.
   */
  addScores(features: Uint32Array, count: number, scores: Float32Array): void {
    const keys = this.keys;
    const weights = this.weights;
    const mask = this.mask;
    if (this.found.length < count) this.found = new Int32Array(count * 2);
    const found = this.found;
    homeSlots(keys, 4, mask, 16, features, count, found);
    let a = 0;
    let b = 0;
    let c = 0;
    for (let f = 0; f < count; f++) {
      let slot = found[f]!;
      if (slot < 0) {
        // Not at home: probe on, unless the home slot was empty.
        slot = probeSlot(keys, 4, mask, features[f]! | 0, -1 - slot);
        if (slot < 0) continue;
      }
      a += weights[slot * 4 + 1]!;
      b += weights[slot * 4 + 2]!;
      c += weights[slot * 4 + 3]!;
    }
    scores[0]! += a;
    scores[1]! += b;
    scores[2]! += c;
  }
}
