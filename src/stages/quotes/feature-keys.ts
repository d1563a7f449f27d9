/**
 * Where quote-features.ts writes a candidate's feature keys: as strings (training, and
 * the model file, which `zcat` shows) or as numbers (the stage, which only looks keys up).
 *
 * Why numbers: a key such as "quote-then-cue|cb=Xx" is a new string each time, and the
 * weight lookup then flattens and hashes it; with about 180 keys a candidate this was half
 * of the filter's time. The hashing sink folds the same characters into two 32-bit hashes
 * as it goes, without making the string, and the model's string keys are hashed the same
 * way once at load: `hashKey(key)` equals what `HashedKeys` gives for the parts of that key.
 * Two independent hashes make 53 bits: with ten thousand keys a false match is about one in
 * 10^12 lookups (one 32-bit hash would give one per hundred pages).
 */

/** A piece of a key: text, a count or a yes/no (written as String writes it). */
export type KeyPart = string | number | boolean;

/** Receives the keys of one candidate. A key is given in parts, which it joins. */
export interface FeatureSink {
  /** Starts a candidate's keys; `prefix` is what `withPrefix` keys are joined to ("quote-then-cue"). */
  begin(prefix: string): void;
  /** The key of these parts. */
  key(...parts: KeyPart[]): void;
  /** The key of these parts, and the same joined after the prefix: "prefix|key". */
  withPrefix(...parts: KeyPart[]): void;
}

/** Keys as strings, one list per candidate. */
export class StringKeys implements FeatureSink {
  keys: string[] = [];
  private prefix = '';

  begin(prefix: string): void {
    this.keys = [];
    this.prefix = `${prefix}|`;
  }

  key(...parts: KeyPart[]): void {
    this.keys.push(parts.join(''));
  }

  withPrefix(...parts: KeyPart[]): void {
    const key = parts.join('');
    this.keys.push(key, this.prefix + key);
  }
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
/** The second hash: another start and an odd multiplier (MurmurHash2's), so that its collisions are not FNV's. */
const SECOND_OFFSET = 0x9e3779b9 | 0;
const SECOND_PRIME = 0x5bd1e995;
/** 2^21: the second hash gives its top 21 bits below the first's 32. */
const LOW_BITS = 2097152;

const combine = (first: number, second: number): number => (first >>> 0) * LOW_BITS + (second >>> 11);

/** The number of a key given as one string (for the model's keys). */
export function hashKey(key: string): number {
  let a = FNV_OFFSET;
  let b = SECOND_OFFSET;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, FNV_PRIME);
    b = Math.imul(b ^ c, SECOND_PRIME);
  }
  return combine(a, b);
}

/** Keys as numbers (hashKey of the joined string), one list per candidate. */
export class HashedKeys implements FeatureSink {
  keys: number[] = [];
  /** Both hashes' states after "prefix|". */
  private prefixA = FNV_OFFSET;
  private prefixB = SECOND_OFFSET;

  begin(prefix: string): void {
    this.keys = [];
    let a = FNV_OFFSET;
    let b = SECOND_OFFSET;
    for (const part of [prefix, '|']) {
      for (let i = 0; i < part.length; i++) {
        const c = part.charCodeAt(i);
        a = Math.imul(a ^ c, FNV_PRIME);
        b = Math.imul(b ^ c, SECOND_PRIME);
      }
    }
    this.prefixA = a;
    this.prefixB = b;
  }

  key(...parts: KeyPart[]): void {
    this.keys.push(this.fold(parts, FNV_OFFSET, SECOND_OFFSET));
  }

  withPrefix(...parts: KeyPart[]): void {
    this.keys.push(this.fold(parts, FNV_OFFSET, SECOND_OFFSET), this.fold(parts, this.prefixA, this.prefixB));
  }

  private fold(parts: readonly KeyPart[], a: number, b: number): number {
    for (const piece of parts) {
      const part = typeof piece === 'string' ? piece : String(piece);
      for (let i = 0; i < part.length; i++) {
        const c = part.charCodeAt(i);
        a = Math.imul(a ^ c, FNV_PRIME);
        b = Math.imul(b ^ c, SECOND_PRIME);
      }
    }
    return combine(a, b);
  }
}
