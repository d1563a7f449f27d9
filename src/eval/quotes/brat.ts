/**
 * brat standoff annotations (.ann beside .txt): text-bound annotations
 * (`T1\tType 10 20;25 30\ttext`) and events (`E1\tType:T5 Role:T4 …`).
 * Offsets are Unicode code points, as brat (Python) counts them; they are
 * converted to UTF-16 offsets, as JavaScript strings index. Lines of other
 * kinds (notes, attributes, stray lines) are skipped.
 */
import type { Span } from '../../model/schema.js';

export interface BratSpan {
  id: string;
  type: string;
  fragments: Span[];
}

export interface BratEvent {
  id: string;
  type: string;
  /** The trigger annotation's id. */
  trigger: string;
  /** Role → annotation ids; numbered roles ("Content2") are folded into their base role. */
  args: Map<string, string[]>;
}

export interface BratDocument {
  spans: Map<string, BratSpan>;
  events: BratEvent[];
  /** Lines that looked like annotations but could not be read. */
  skipped: number;
}

const TEXT_BOUND = /^(T\d+)\t(\S+) ([\d ;]+)\t/u;

/** Maps code-point offsets to UTF-16 offsets; the identity when the text has no astral characters. */
export function codePointToUtf16(text: string): (offset: number) => number {
  // Without the u flag the class tests UTF-16 code units, so it sees the high half of every pair.
  if (!/[\uD800-\uDBFF]/.test(text)) return (offset) => offset;
  const map: number[] = [];
  let unit = 0;
  for (const char of text) {
    map.push(unit);
    unit += char.length;
  }
  map.push(unit);
  return (offset) => map[Math.min(offset, map.length - 1)]!;
}

export function parseBrat(ann: string, text: string): BratDocument {
  const toUtf16 = codePointToUtf16(text);
  const spans = new Map<string, BratSpan>();
  const events: BratEvent[] = [];
  let skipped = 0;
  for (const line of ann.split('\n')) {
    const trimmed = line.replace(/\r$/u, '');
    if (trimmed.trim() === '') continue;
    const t = TEXT_BOUND.exec(trimmed);
    if (t) {
      const fragments = t[3]!.split(';').map((f) => f.trim().split(/\s+/u).map(Number));
      if (fragments.some((f) => f.length !== 2 || f.some((x) => !Number.isInteger(x)) || f[0]! > f[1]!)) {
        skipped++;
        continue;
      }
      spans.set(t[1]!, { id: t[1]!, type: t[2]!, fragments: fragments.map(([s, e]) => ({ start: toUtf16(s!), end: toUtf16(e!) })) });
      continue;
    }
    const [id, rest] = trimmed.split('\t');
    if (id?.startsWith('E') && rest !== undefined) {
      const parts = rest.trim().split(/\s+/u);
      const [typeAndTrigger, ...args] = parts;
      const [type, trigger] = (typeAndTrigger ?? '').split(':');
      if (!type || !trigger) {
        skipped++;
        continue;
      }
      const roles = new Map<string, string[]>();
      for (const arg of args) {
        const [role, ref] = arg.split(':');
        if (!role || !ref) continue;
        const base = role.replace(/\d+$/u, '');
        roles.set(base, [...(roles.get(base) ?? []), ref]);
      }
      events.push({ id, type, trigger, args: roles });
      continue;
    }
    if (/^[TE]\d/u.test(trimmed)) skipped++;
  }
  return { spans, events, skipped };
}
