/**
 * Emission weights packed for fast tagging: an open-addressing table of 16-byte
 * slots, each a 32-bit feature hash and the int8 weights of the 12 entity tags.
 * One probe touches one cache line, where a hash index plus a separate weight
 * matrix touches three; tagging is memory-bound, so this is most of its speed.
 *
 * The 'O' tag's weight is folded away: subtracting a feature's O weight from all
 * its tags shifts every tag of a token by the same amount, which changes no
 * Viterbi path, so O scores 0 and 12 weights fit beside the key.
 */
import { homeSlots, probeSlot } from './hashing.js';
import { TAG_COUNT } from './tags.js';

const SLOT_BYTES = 16;
const WEIGHTS_AT = 4;
export const PACKED_TAGS = TAG_COUNT - 1;

export class PackedWeights {
  private readonly keys: Uint32Array;
  private readonly mask: number;
  /** Per feature of the sentence being scored: its slot, or −1 − home slot when not at home. */
  private found = new Int32Array(1024);
  /** The weight each int8 code stands for (companded: see foldAndQuantise). */
  private readonly values = new Float64Array(256);

  /**
   * @param hashes feature hashes (non-zero), one per row
   * @param quantised rows × (PACKED_TAGS) int8 weights, O already folded away
   * @param scale the largest |weight| (code ±127)
   */
  constructor(hashes: Uint32Array, quantised: Int8Array, readonly scale: number) {
    for (let q = -128; q < 128; q++) this.values[q + 128] = dequantise(q, scale);
    // scoreSentence sums the 12 weights of a slot unrolled.
    if (PACKED_TAGS !== 12 || WEIGHTS_AT !== 4 || SLOT_BYTES !== 16) throw new Error('scoreSentence reads 12 weights after a 4-byte key in 16-byte slots');
    let slots = 1024;
    // Load ≤ 0.7: probes stay within a cache line or two, and a smaller table stays in cache.
    while (slots * 0.7 < hashes.length) slots *= 2;
    const buffer = new ArrayBuffer(slots * SLOT_BYTES);
    this.keys = new Uint32Array(buffer);
    const weights = new Int8Array(buffer);
    this.mask = slots - 1;
    for (let r = 0; r < hashes.length; r++) {
      const key = hashes[r]!;
      let slot = (key ^ (key >>> 15)) & this.mask;
      while (this.keys[slot * 4] !== 0 && this.keys[slot * 4] !== key) slot = (slot + 1) & this.mask;
      this.keys[slot * 4] = key;
      weights.set(quantised.subarray(r * PACKED_TAGS, (r + 1) * PACKED_TAGS), slot * SLOT_BYTES + WEIGHTS_AT);
    }
  }

  /**
   * Scores of the 13 tags of every token of a sentence: token i's features are
   * hashes[offsets[i] .. offsets[i + 1]); its scores go to out[i × 13 ..], O first (always 0).
   */
  scoreSentence(hashes: Uint32Array, offsets: Int32Array, tokens: number, out: Float32Array): void {
    const keys = this.keys;
    const mask = this.mask;
    const values = this.values;
    const count = offsets[tokens]!;
    if (this.found.length < count) this.found = new Int32Array(count * 2);
    const found = this.found;
    // First every feature's home slot is read, loads that do not depend on each other, so the
    // processor overlaps their cache misses; then collisions are resolved and weights summed.
    homeSlots(keys, 4, mask, 15, hashes, count, found);
    for (let i = 0; i < tokens; i++) {
      // The 12 sums in locals (registers), each weight's byte taken from the slot's three 32-bit words
      // (little-endian: byte t of a word is bits 8t..8t+7; code q is at values[q + 128], i.e. [byte ^ 0x80]).
      let a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0, a8 = 0, a9 = 0, a10 = 0, a11 = 0;
      const to = offsets[i + 1]!;
      for (let f = offsets[i]!; f < to; f++) {
        let slot = found[f]!;
        if (slot < 0) {
          // Not at home: probe on, unless the home slot was empty.
          slot = probeSlot(keys, 4, mask, hashes[f]! | 0, -1 - slot);
          if (slot < 0) continue;
        }
        const x = keys[slot * 4 + 1]!, y = keys[slot * 4 + 2]!, z = keys[slot * 4 + 3]!;
        // One line per 32-bit word of 4 weights.
        a0 += values[(x & 0xff) ^ 0x80]!; a1 += values[((x >>> 8) & 0xff) ^ 0x80]!; a2 += values[((x >>> 16) & 0xff) ^ 0x80]!; a3 += values[(x >>> 24) ^ 0x80]!;
        a4 += values[(y & 0xff) ^ 0x80]!; a5 += values[((y >>> 8) & 0xff) ^ 0x80]!; a6 += values[((y >>> 16) & 0xff) ^ 0x80]!; a7 += values[(y >>> 24) ^ 0x80]!;
        a8 += values[(z & 0xff) ^ 0x80]!; a9 += values[((z >>> 8) & 0xff) ^ 0x80]!; a10 += values[((z >>> 16) & 0xff) ^ 0x80]!; a11 += values[(z >>> 24) ^ 0x80]!;
      }
      const base = i * (PACKED_TAGS + 1);
      out[base] = 0;
      out[base + 1] = a0; out[base + 2] = a1; out[base + 3] = a2; out[base + 4] = a3; out[base + 5] = a4; out[base + 6] = a5;
      out[base + 7] = a6; out[base + 8] = a7; out[base + 9] = a8; out[base + 10] = a9; out[base + 11] = a10; out[base + 12] = a11;
    }
  }
}

/**
 * Companding: code q stands for sign(q)·(|q|/127)²·max. Most weights are small,
 * and a square law gives them finer steps than a linear scale would (a linear
 * int8 scale cost about a point of F1 on the development sets).
 */
export function dequantise(q: number, scale: number): number {
  return Math.sign(q) * (q / 127) ** 2 * scale;
}

/** Folds the O weight away (see above) and quantises to companded int8; `scale` is the largest |weight|. */
export function foldAndQuantise(emissions: Float32Array): { quantised: Int8Array; scale: number } {
  const rows = emissions.length / TAG_COUNT;
  const folded = new Float32Array(rows * PACKED_TAGS);
  let max = 0;
  for (let r = 0; r < rows; r++) {
    const o = emissions[r * TAG_COUNT]!;
    for (let t = 1; t < TAG_COUNT; t++) {
      const w = emissions[r * TAG_COUNT + t]! - o;
      folded[r * PACKED_TAGS + t - 1] = w;
      max = Math.max(max, Math.abs(w));
    }
  }
  const scale = max === 0 ? 1 : max;
  const quantised = new Int8Array(folded.length);
  for (let i = 0; i < folded.length; i++) quantised[i] = Math.sign(folded[i]!) * Math.round(Math.sqrt(Math.abs(folded[i]!) / scale) * 127);
  return { quantised, scale };
}
