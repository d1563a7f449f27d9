/**
 * Inline highlighting without HTML: annotations are character spans into one text
 * (STYLE.md 1), possibly overlapping (an entity inside a quote inside an event's
 * evidence). `segment` cuts a range of the text at every span boundary, so each piece
 * carries the set of annotations covering it and can be rendered as a plain text node
 * inside one element, never as markup.
 */

export type MarkKind = 'entity' | 'quote' | 'speaker' | 'time' | 'event' | 'place';

export interface Mark {
  /** Unique within the document, e.g. `entity:e3:0`. */
  key: string;
  kind: MarkKind;
  start: number;
  end: number;
  /** A subtype for colour (PERSON, ORG, direct, background, …). */
  tone?: string;
  /** A short description for the accessible label. */
  label: string;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** The marks covering this piece, widest first (so the innermost is last). */
  marks: Mark[];
}

/**
 * The pieces of `text.slice(from, to)` cut at every mark boundary inside it.
 * @example segment('Sadr said no', [{key:'e',kind:'entity',start:0,end:4,label:'Sadr'}], 0, 12)
 *   → [{text:'Sadr', marks:[e]}, {text:' said no', marks:[]}]
 */
export function segment(text: string, marks: readonly Mark[], from = 0, to = text.length): Segment[] {
  const inside = marks.filter((m) => m.end > from && m.start < to && m.end > m.start);
  const cuts = new Set<number>([from, to]);
  for (const m of inside) {
    cuts.add(Math.max(from, m.start));
    cuts.add(Math.min(to, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  // Sorted by start, so a sweep keeps the open marks without rescanning every mark per piece.
  const byStart = [...inside].sort((a, b) => a.start - b.start || b.end - a.end);
  const open: Mark[] = [];
  let next = 0;
  const pieces: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    while (next < byStart.length && byStart[next]!.start <= start) open.push(byStart[next++]!);
    for (let j = open.length - 1; j >= 0; j--) if (open[j]!.end <= start) open.splice(j, 1);
    const covering = open.filter((m) => m.start <= start && m.end >= end);
    covering.sort((a, b) => b.end - b.start - (a.end - a.start));
    pieces.push({ start, end, text: text.slice(start, end), marks: covering });
  }
  return pieces;
}

/** The mark a click on a piece means: the innermost (shortest) one. */
export function innermost(piece: Segment): Mark | undefined {
  return piece.marks[piece.marks.length - 1];
}
