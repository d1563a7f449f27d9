/**
 * Training state of an averaged multiclass perceptron over hashed features
 * (Collins 2002; Honnibal's "A good part-of-speech tagger in about 200 lines of
 * Python" is the recipe): predict, and on a mistake add the features to the
 * right class and subtract them from the predicted one. The averaged weights
 * generalise far better than the last ones.
 *
 * Averaging uses the usual trick: beside each weight w keep u = Σ step·Δ; after
 * `step` steps the average is w − u/step. Weights are kept sparsely, as the
 * model file keeps them: each feature's (class, w, u) triples lie side by side
 * in a pool, in a block that moves to the pool's end, twice as large, when full.
 */
import { SparseWeights } from './sparse-weights.js';

export class SparsePerceptron {
  /** Open addressing: feature hash → row (hash 0 = empty slot). */
  private slotKeys = new Uint32Array(1 << 16);
  private slotRows = new Int32Array(1 << 16);
  private rowCount = 0;
  /** Per row: where its block starts in the pool, how many triples it holds, how many fit. */
  private blockStart = new Int32Array(1 << 15);
  private blockLength = new Int32Array(1 << 15);
  private blockCapacity = new Int32Array(1 << 15);
  private rowKey = new Uint32Array(1 << 15);
  private poolClass = new Int32Array(1 << 18);
  private poolW = new Float64Array(1 << 18);
  private poolU = new Float64Array(1 << 18);
  private poolEnd = 0;
  private step = 1;

  constructor(readonly classCount: number) {
    if (classCount > 256) throw new Error(`${classCount} classes do not fit the 8-bit class ids`);
  }

  get rows(): number {
    return this.rowCount;
  }

  /** Adds the current (not averaged) weights of features[0 .. count) to scores. */
  addScores(features: Uint32Array, count: number, scores: Float32Array): void {
    const { poolClass, poolW, blockStart, blockLength } = this;
    for (let f = 0; f < count; f++) {
      const r = this.find(features[f]!);
      if (r < 0) continue;
      const end = blockStart[r]! + blockLength[r]!;
      for (let p = blockStart[r]!; p < end; p++) scores[poolClass[p]!]! += poolW[p]!;
    }
  }

  /** Adds `delta` to the weight of every feature of features[0 .. count) for class `cls`. */
  update(features: Uint32Array, count: number, cls: number, delta: number): void {
    const credit = this.step * delta;
    for (let f = 0; f < count; f++) {
      const p = this.triple(features[f]!, cls);
      this.poolW[p]! += delta;
      this.poolU[p]! += credit;
    }
  }

  /** One training example seen: moves the averaging clock. */
  tick(): void {
    this.step++;
  }

  /**
   * The averaged weights as a model, without the ones whose magnitude is at most
   * `minWeight` (they change almost no decision and fill the file).
   */
  averaged(minWeight = 0): SparseWeights {
    const order = Array.from({ length: this.rowCount }, (_, r) => r).sort((a, b) => this.rowKey[a]! - this.rowKey[b]!);
    const hashes: number[] = [];
    const rowStart: number[] = [0];
    const classes: number[] = [];
    const values: number[] = [];
    const row: { cls: number; value: number }[] = [];
    for (const r of order) {
      row.length = 0;
      const end = this.blockStart[r]! + this.blockLength[r]!;
      for (let p = this.blockStart[r]!; p < end; p++) {
        const value = this.poolW[p]! - this.poolU[p]! / this.step;
        if (Math.abs(value) > minWeight) row.push({ cls: this.poolClass[p]!, value });
      }
      if (row.length === 0) continue;
      row.sort((a, b) => a.cls - b.cls);
      hashes.push(this.rowKey[r]!);
      for (const { cls, value } of row) {
        classes.push(cls);
        values.push(value);
      }
      rowStart.push(classes.length);
    }
    return new SparseWeights(this.classCount, Uint32Array.from(hashes), Uint32Array.from(rowStart), Uint8Array.from(classes), Float32Array.from(values));
  }

  /** The row of a feature hash, or −1. */
  private find(key: number): number {
    const mask = this.slotKeys.length - 1;
    let slot = (key ^ (key >>> 16)) & mask;
    for (;;) {
      const k = this.slotKeys[slot]!;
      if (k === key) return this.slotRows[slot]!;
      if (k === 0) return -1;
      slot = (slot + 1) & mask;
    }
  }

  /** The triple of (feature, class), created when new. */
  private triple(key: number, cls: number): number {
    let r = this.find(key);
    if (r < 0) r = this.addRow(key);
    const start = this.blockStart[r]!;
    const length = this.blockLength[r]!;
    for (let p = start; p < start + length; p++) if (this.poolClass[p] === cls) return p;
    if (length === this.blockCapacity[r]) this.moveBlock(r, Math.max(2, length * 2));
    const p = this.blockStart[r]! + this.blockLength[r]!++;
    this.poolClass[p] = cls;
    this.poolW[p] = 0;
    this.poolU[p] = 0;
    return p;
  }

  private addRow(key: number): number {
    if (key === 0) throw new Error('feature hash 0 is reserved');
    if ((this.rowCount + 1) * 2 > this.slotKeys.length) this.rehash();
    const r = this.rowCount++;
    if (r >= this.rowKey.length) {
      this.blockStart = grow(this.blockStart);
      this.blockLength = grow(this.blockLength);
      this.blockCapacity = grow(this.blockCapacity);
      this.rowKey = grow(this.rowKey);
    }
    this.rowKey[r] = key;
    this.insert(key, r);
    return r;
  }

  private insert(key: number, row: number): void {
    const mask = this.slotKeys.length - 1;
    let slot = (key ^ (key >>> 16)) & mask;
    while (this.slotKeys[slot] !== 0) slot = (slot + 1) & mask;
    this.slotKeys[slot] = key;
    this.slotRows[slot] = row;
  }

  private rehash(): void {
    this.slotKeys = new Uint32Array(this.slotKeys.length * 2);
    this.slotRows = new Int32Array(this.slotRows.length * 2);
    for (let r = 0; r < this.rowCount; r++) this.insert(this.rowKey[r]!, r);
  }

  /** Moves a row's block to the pool's end with room for `capacity` triples (the old space is left unused). */
  private moveBlock(r: number, capacity: number): void {
    while (this.poolEnd + capacity > this.poolW.length) {
      this.poolClass = grow(this.poolClass);
      this.poolW = grow(this.poolW);
      this.poolU = grow(this.poolU);
    }
    const from = this.blockStart[r]!;
    const length = this.blockLength[r]!;
    this.poolClass.copyWithin(this.poolEnd, from, from + length);
    this.poolW.copyWithin(this.poolEnd, from, from + length);
    this.poolU.copyWithin(this.poolEnd, from, from + length);
    this.blockStart[r] = this.poolEnd;
    this.blockCapacity[r] = capacity;
    this.poolEnd += capacity;
  }
}

type Growable = Int32Array | Uint32Array | Float64Array;

function grow<A extends Growable>(array: A): A {
  const bigger = new (array.constructor as new (n: number) => A)(array.length * 2);
  bigger.set(array as never);
  return bigger;
}

/** A deterministic shuffle (xorshift32 seeded), so training runs give the same model. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
