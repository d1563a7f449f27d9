/**
 * How predicted quotes are matched to gold attributions, stated once:
 *
 * - Overlap: two span lists overlap when some fragment of one and some fragment of
 *   the other share at least one letter or digit (sharing only a space, a comma or
 *   a quotation mark does not count).
 * - Exact: two span lists are equal after each fragment is trimmed of surrounding
 *   whitespace, punctuation and quotation marks, and of a leading complementizer
 *   "that" (PolNeAR's content includes it, ours does not), and adjacent fragments
 *   are joined.
 */
import type { Span } from '../../model/schema.js';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const TRIMMABLE = /[\s\p{P}\p{S}]/u;
const LEADING_THAT = /^that\s+/iu;

export function spansOverlap(text: string, a: readonly Span[], b: readonly Span[]): boolean {
  for (const x of a) {
    for (const y of b) {
      const start = Math.max(x.start, y.start);
      const end = Math.min(x.end, y.end);
      if (end > start && LETTER_OR_DIGIT.test(text.slice(start, end))) return true;
    }
  }
  return false;
}

/** A fragment without surrounding punctuation, space and a leading "that". */
export function trimSpan(text: string, span: Span): Span {
  let start = span.start;
  let end = span.end;
  while (start < end && TRIMMABLE.test(text[start]!)) start++;
  while (end > start && TRIMMABLE.test(text[end - 1]!)) end--;
  const that = LEADING_THAT.exec(text.slice(start, end));
  if (that && end - start > that[0].length) {
    start += that[0].length;
    while (start < end && TRIMMABLE.test(text[start]!)) start++;
  }
  return { start, end };
}

/** Trimmed fragments, empty ones dropped, fragments separated only by punctuation or space joined. */
export function normalisedSpans(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const t = trimSpan(text, span);
    if (t.end <= t.start) continue;
    const last = out[out.length - 1];
    if (last && !LETTER_OR_DIGIT.test(text.slice(last.end, t.start))) last.end = Math.max(last.end, t.end);
    else out.push(t);
  }
  return out;
}

export function spansEqual(text: string, a: readonly Span[], b: readonly Span[]): boolean {
  const x = normalisedSpans(text, a);
  const y = normalisedSpans(text, b);
  return x.length === y.length && x.every((s, i) => s.start === y[i]!.start && s.end === y[i]!.end);
}

/** The union of a set of spans, as a sorted list of disjoint ranges. */
export function coverage(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** Letters and digits of `text` inside the disjoint ranges. */
export function countLetters(text: string, ranges: readonly Span[]): number {
  let n = 0;
  for (const r of ranges) for (let i = r.start; i < r.end; i++) if (LETTER_OR_DIGIT.test(text[i]!)) n++;
  return n;
}

/** The intersection of two sorted lists of disjoint ranges. */
export function intersect(a: readonly Span[], b: readonly Span[]): Span[] {
  const out: Span[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i]!.start, b[j]!.start);
    const end = Math.min(a[i]!.end, b[j]!.end);
    if (end > start) out.push({ start, end });
    if (a[i]!.end < b[j]!.end) i++;
    else j++;
  }
  return out;
}
