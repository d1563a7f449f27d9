/**
 * What the tagger and parser see of a word: a normalised form, its shape and its
 * affixes, each as a 32-bit hash. A feature is the mix of a template id with one
 * or more such values (see `feature`), never a string, which keeps tagging fast.
 */
import { hashString, mixInt } from '../ner/hashing.js';

/**
 * The word as the models know it: lower case, typographic apostrophes and quotes
 * as ASCII, every digit as 0 ("1990s" → "0000s", "3.5" → "0.0"): numbers share
 * their statistics by shape, and "Iraq’s" and "Iraq's" are one word.
 */
export function normaliseWord(form: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    let d = c;
    if (c >= 0x41 && c <= 0x5a) d = c + 32;
    else if (c >= 0x30 && c <= 0x39) d = 0x30;
    else if (c === 0x2019 || c === 0x2018) d = 0x27; // ’ ‘ → '
    else if (c === 0x201c || c === 0x201d) d = 0x22; // “ ” → "
    else if (c > 0x7f) {
      const lower = form[i]!.toLowerCase();
      if (lower.length === 1) d = lower.charCodeAt(0);
    }
    if (d !== c) changed = true;
    out += String.fromCharCode(d);
  }
  return changed ? out : form;
}

/**
 * The word's shape: upper-case letters as X, lower-case as x, digits as d, other
 * characters kept, runs longer than three cut to three ("Baghdad" → "Xxxx",
 * "COVID-19" → "XXX-dd", "U.S." → "X.X."). It carries capitalisation, which the
 * normalised word drops.
 */
export function wordShape(form: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (let i = 0; i < form.length && out.length < 16; i++) {
    const ch = form[i]!;
    let s: string;
    if (ch >= '0' && ch <= '9') s = 'd';
    else if (ch >= 'a' && ch <= 'z') s = 'x';
    else if (ch >= 'A' && ch <= 'Z') s = 'X';
    else if (ch.toLowerCase() !== ch) s = 'X';
    else if (ch.toUpperCase() !== ch) s = 'x';
    else s = ch;
    run = s === last ? run + 1 : 1;
    last = s;
    if (run <= 3) out += s;
  }
  return out;
}

/** Hash of a string value (a word, a shape, an affix). */
export const valueHash = hashString;

/** The hash of the last `k` characters of a normalised word (the whole word when shorter). */
export function suffixHash(word: string, k: number): number {
  return hashString(word.length <= k ? word : word.slice(word.length - k));
}

/** The hash of the first `k` characters of a normalised word. */
export function prefixHash(word: string, k: number): number {
  return hashString(word.length <= k ? word : word.slice(0, k));
}

/*
 * Features are signed 32-bit integers here (mixInt: the bits of ner/hashing.ts's mix),
 * stored in Uint32Arrays all the same: V8 would allocate a heap number for an unsigned
 * value above 2^31 at every call that is not inlined (the parser's extract makes a hundred).
 */

/** A feature: a template id with one value; never 0 (reserved for empty slots). */
export function feature(template: number, a: number): number {
  return mixInt(template, a) || 1;
}

/** A feature: a template id with two values. */
export function feature2(template: number, a: number, b: number): number {
  return mixInt(mixInt(template, a), b) || 1;
}

/** A feature: a template id with three values. */
export function feature3(template: number, a: number, b: number, c: number): number {
  return mixInt(mixInt(mixInt(template, a), b), c) || 1;
}
