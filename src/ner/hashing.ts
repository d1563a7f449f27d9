/**
 * 32-bit hashing for feature ids, gazetteer phrases and lexicon keys. Features are
 * never built as strings: a feature is the mix of its template id and the hash of
 * its value, which keeps tagging fast and the model free of raw text.
 * With a few hundred thousand features, 32-bit collisions are a handful: harmless.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units. */
export function hashString(text: string, seed: number = FNV_OFFSET): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** One more FNV-1a step: extends a hash by one code unit (for prefixes and suffixes). */
export function extendHash(h: number, codeUnit: number): number {
  return Math.imul((h ^ codeUnit) >>> 0, FNV_PRIME) >>> 0;
}

/** Combines two hashes, order-sensitive (murmur3's finaliser over a mixed pair). */
export function mix(a: number, b: number): number {
  let h = (Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * mix with the same bits as a signed 32-bit integer, for features written straight into
 * Uint32Arrays: V8 keeps an int32 as a small integer, where a uint32 above 2^31 is a heap
 * number, allocated each time one is returned or passed by a call that is not inlined.
 */
export function mixInt(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Hash of a phrase of tokens, given the hashes of its lower-cased tokens, folded left to right. */
export function phraseHash(tokenHashes: readonly number[]): number {
  let h = 0x2545f491;
  for (const t of tokenHashes) h = mix(h, t);
  return h;
}

/** The phrase hash one token longer. */
export const extendPhraseHash = mix;
export const EMPTY_PHRASE_HASH = 0x2545f491;

/**
 * The first pass of looking up many keys in an open-addressing table (`stride` 32-bit
 * words per slot, the key first; home slot (key ^ key >>> shift) & mask): found[f] is
 * key f's home slot (f from `from` to `count`) when the key is there, else −1 − the home slot (probeSlot goes on
 * from it). The loads do not depend on each other, so the processor overlaps their
 * cache misses, where a probe per key waits for each in turn.
 */
export function homeSlots(keys: Uint32Array, stride: number, mask: number, shift: number, features: Uint32Array, count: number, found: Int32Array, from = 0): void {
  for (let f = from; f < count; f++) {
    const key = features[f]!;
    const slot = (key ^ (key >>> shift)) & mask;
    found[f] = keys[slot * stride] === key ? slot : -1 - slot;
  }
}

/**
 * The slot of `key` in an open-addressing table with linear probing, `stride` 32-bit
 * words per slot with the key first (0 = an empty slot), searching on from `slot`; −1
 * when absent. The key is passed as a signed 32-bit integer (`key | 0`): V8 passes an
 * int32 unboxed, where an unsigned key above 2^31 would be a heap number allocated per call.
 */
export function probeSlot(keys: Uint32Array, stride: number, mask: number, key: number, slot: number): number {
  for (;;) {
    const k = keys[slot * stride]! | 0;
    if (k === key) return slot;
    if (k === 0) return -1;
    slot = (slot + 1) & mask;
  }
}

/**
 * Open-addressing map from non-zero 32-bit keys to row numbers (linear probing).
 * Used both while training (it grows) and in a loaded model (built once).
 */
export class HashIndex {
  private keys: Uint32Array;
  private rows: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1024) {
    let slots = 1024;
    while (slots < capacity * 2) slots *= 2;
    this.keys = new Uint32Array(slots);
    this.rows = new Int32Array(slots);
    this.mask = slots - 1;
  }

  /** The row of `key`, or -1. Key 0 is reserved (treated as absent). */
  get(key: number): number {
    const keys = this.keys;
    let slot = (key ^ (key >>> 15)) & this.mask;
    for (;;) {
      const k = keys[slot]!;
      if (k === key) return this.rows[slot]!;
      if (k === 0) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Sets the row of a key (key ≠ 0). */
  set(key: number, row: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    let slot = (key ^ (key >>> 15)) & this.mask;
    for (;;) {
      const k = this.keys[slot]!;
      if (k === key) {
        this.rows[slot] = row;
        return;
      }
      if (k === 0) {
        this.keys[slot] = key;
        this.rows[slot] = row;
        this.size++;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldRows = this.rows;
    this.keys = new Uint32Array(oldKeys.length * 2);
    this.rows = new Int32Array(oldKeys.length * 2);
    this.mask = this.keys.length - 1;
    this.size = 0;
    for (let i = 0; i < oldKeys.length; i++) if (oldKeys[i] !== 0) this.set(oldKeys[i]!, oldRows[i]!);
  }
}
