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
/** Word types whose leading sums one set of weights keeps (at most ~10 MB): a news page has ~1,000, a day of news ~100,000. */
const LEADING_SUMS_WORDS = 100_000;

/**
 * A token's word type as scoreSentence may reuse it: every token of the type starts with the same `leadingFeatures`
 * features (features.ts: the bias and the word's own, hashed once per type). Two sets of weights (the recogniser's
 * two passes) keep their sums for it: set A's at `sumsAtA` while `ownerA` and `epochA` say these are that set's
 * current ones, and likewise B.
 */
export interface LeadingFeatures {
  leadingFeatures: number;
  ownerA: PackedWeights | undefined;
  epochA: number;
  sumsAtA: number;
  ownerB: PackedWeights | undefined;
  epochB: number;
  sumsAtB: number;
}

export class PackedWeights {
  private readonly keys: Uint32Array;
  private readonly mask: number;
  /** Per feature of the sentence being scored: its slot, or −1 − home slot when not at home. */
  private found = new Int32Array(1024);
  /** The weight each int8 code stands for (companded: see foldAndQuantise). */
  private readonly values = new Float64Array(256);
  /** The leading features' sums of the word types met (LeadingFeatures), 12 each; grown to a bound, then refilled from 0. */
  private sums = new Float64Array(1024 * PACKED_TAGS);
  private sumsUsed = 0;
  /** Counts the refills, so a word's place from before one is known stale. */
  private epoch = 0;

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
   *
   * With `words` (one per token), token i's first words[i].leadingFeatures features are those of its word type
   * (the bias and the word's own: features.ts), the same for every token of the type: their sums are taken once per
   * type and these weights (kept on the word) and each token starts from them. The sums are float64 in the same
   * order as below, so every score is the same number either way; a fifth to a quarter of the probes go.
   */
  scoreSentence(hashes: Uint32Array, offsets: Int32Array, tokens: number, out: Float32Array, words?: readonly LeadingFeatures[]): void {
    const keys = this.keys;
    const mask = this.mask;
    const values = this.values;
    const count = offsets[tokens]!;
    if (this.found.length < count) this.found = new Int32Array(count * 2);
    const found = this.found;
    // First every feature's home slot is read, loads that do not depend on each other, so the
    // processor overlaps their cache misses; then collisions are resolved and weights summed.
    if (words) {
      for (let i = 0; i < tokens; i++) homeSlots(keys, 4, mask, 15, hashes, offsets[i + 1]!, found, offsets[i]! + words[i]!.leadingFeatures);
    } else {
      homeSlots(keys, 4, mask, 15, hashes, count, found);
    }
    for (let i = 0; i < tokens; i++) {
      // The 12 sums in locals (registers), each weight's byte taken from the slot's three 32-bit words
      // (little-endian: byte t of a word is bits 8t..8t+7; code q is at values[q + 128], i.e. [byte ^ 0x80]).
      let a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0, a8 = 0, a9 = 0, a10 = 0, a11 = 0;
      let f = offsets[i]!;
      if (words) {
        const word = words[i]!;
        const leading = this.leadingSums(word, hashes, f);
        const sums = this.sums;
        a0 = sums[leading]!; a1 = sums[leading + 1]!; a2 = sums[leading + 2]!; a3 = sums[leading + 3]!; a4 = sums[leading + 4]!; a5 = sums[leading + 5]!;
        a6 = sums[leading + 6]!; a7 = sums[leading + 7]!; a8 = sums[leading + 8]!; a9 = sums[leading + 9]!; a10 = sums[leading + 10]!; a11 = sums[leading + 11]!;
        f += word.leadingFeatures;
      }
      const to = offsets[i + 1]!;
      for (; f < to; f++) {
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

  /**
   * Where in this.sums the sums of a word type's leading features (hashes[from .. from + leadingFeatures)) are, summed
   * as scoreSentence sums (float64, in feature order, absent features skipped) the first time these weights meet the word.
   */
  private leadingSums(word: LeadingFeatures, hashes: Uint32Array, from: number): number {
    if (word.ownerA === this && word.epochA === this.epoch) return word.sumsAtA;
    if (word.ownerB === this && word.epochB === this.epoch) return word.sumsAtB;
    if (this.sumsUsed + PACKED_TAGS > this.sums.length) {
      if (this.sums.length < LEADING_SUMS_WORDS * PACKED_TAGS) {
        const grown = new Float64Array(Math.min(this.sums.length * 2, LEADING_SUMS_WORDS * PACKED_TAGS));
        grown.set(this.sums);
        this.sums = grown;
      } else {
        // Full: start afresh (a word whose place was taken sums again; the epoch tells stale places apart).
        this.sumsUsed = 0;
        this.epoch++;
      }
    }
    const at = this.sumsUsed;
    this.sumsUsed += PACKED_TAGS;
    const keys = this.keys;
    const values = this.values;
    const sums = this.sums;
    for (let t = 0; t < PACKED_TAGS; t++) sums[at + t] = 0;
    for (let f = from; f < from + word.leadingFeatures; f++) {
      const key = hashes[f]! | 0;
      const slot = probeSlot(keys, 4, this.mask, key, (key ^ (key >>> 15)) & this.mask);
      if (slot < 0) continue;
      for (let w = 0; w < 3; w++) {
        const x = keys[slot * 4 + 1 + w]!;
        sums[at + 4 * w] += values[(x & 0xff) ^ 0x80]!; sums[at + 4 * w + 1] += values[((x >>> 8) & 0xff) ^ 0x80]!;
        sums[at + 4 * w + 2] += values[((x >>> 16) & 0xff) ^ 0x80]!; sums[at + 4 * w + 3] += values[(x >>> 24) ^ 0x80]!;
      }
    }
    // The first set of weights to meet the word keeps place A, any other place B.
    if (word.ownerA === undefined || word.ownerA === this) {
      word.ownerA = this;
      word.epochA = this.epoch;
      word.sumsAtA = at;
    } else {
      word.ownerB = this;
      word.epochB = this.epoch;
      word.sumsAtB = at;
    }
    return at;
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
