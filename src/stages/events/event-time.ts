/**
 * When an event happened and what kind of report it is. The date is the event's
 * own: the time expression nearest its verb in the sentence (inside the verb's
 * phrase first), else the dateline's day or the publication day for a reported event. The kind:
 * `negated` ("did not attack"), `future` (will, going to), `hypothetical` (other
 * modals, "if" clauses), `background` (dated more than a week before publication,
 * or recalled in a "since"/"after" clause in the past), else `reported`.
 */
import type { TimeExpression } from '../../model/schema.js';

export type EventKind = 'reported' | 'background' | 'future' | 'hypothetical' | 'negated';

/** Older than this before publication, a dated event is recalled background, not news. */
export const BACKGROUND_DAYS = 7;

/** Words that introduce a clause recalling an earlier event ("Since America assassinated …"). */
const RECALL_MARKERS: ReadonlySet<string> = new Set(['since', 'after', 'before', 'when', 'ago']);

export interface TimingInput {
  /** Character range of the verb and of its clause (the verb's phrase). */
  verb: { start: number; end: number };
  clause: { start: number; end: number };
  sentence: { start: number; end: number };
  /** The document's time expressions (any order). */
  times: readonly TimeExpression[];
  /** Publication day, YYYY-MM-DD, when known. */
  published?: string;
  negated: boolean;
  modal?: string;
  future: boolean;
  /** The subordinator that introduces the verb's clause ("since", "if"), lower-cased. */
  marker?: string;
  /** The verb's Penn tag (VBD past, VBN participle, …). */
  tag?: string;
}

/** A calendar value we can date an event with: YYYY, YYYY-MM or YYYY-MM-DD (times keep their day). */
const datePart = (value: string): string | undefined => /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.exec(value)?.[0];

export function eventDate(input: TimingInput): string | undefined {
  const inSentence = input.times.filter((t) => (t.origin ?? 'text') === 'text' && t.start >= input.sentence.start && t.end <= input.sentence.end && (t.type === 'DATE' || t.type === 'TIME') && datePart(t.value));
  const distance = (t: TimeExpression): number => (t.end <= input.verb.start ? input.verb.start - t.end : Math.max(0, t.start - input.verb.end));
  const inClause = inSentence.filter((t) => t.start >= input.clause.start && t.end <= input.clause.end);
  const pool = inClause.length > 0 ? inClause : inSentence;
  const nearest = [...pool].sort((a, b) => distance(a) - distance(b))[0];
  // An undated report happened on the day its dateline was filed, else (nothing better known) the publication day.
  const filed = input.times.find((t) => t.origin === 'dateline');
  const reportDay = (filed && datePart(filed.value)) ?? input.published;
  // "(a day) after X" without a date of its own: the sentence's date is the main clause's, X is that less the distance.
  if (inClause.length === 0 && input.marker && SEQUENCE_MARKERS.has(input.marker)) {
    const reference = nearest ? datePart(nearest.value) : reportDay;
    return reference && shiftedDate(reference, distanceBefore(input), input.marker === 'after' ? -1 : 1);
  }
  if (nearest) return datePart(nearest.value);
  return input.future || input.modal ? undefined : reportDay;
}

/** Subordinators that put their clause's event before or after the main clause's ("a day after Iraq condemned Turkey"). */
const SEQUENCE_MARKERS: ReadonlySet<string> = new Set(['after', 'before']);

/** The duration ("a day", "two weeks") just before the marker of the verb's clause, or at its very start. */
function distanceBefore(input: TimingInput): string | undefined {
  const gap = (input.marker?.length ?? 0) + 2;
  const d = input.times.find((t) => t.type === 'DURATION' && t.end <= input.verb.start && t.start >= input.sentence.start
    && (t.start === input.clause.start || (t.end <= input.clause.start && input.clause.start - t.end <= gap)));
  return d?.value;
}

/**
 * `date` moved by a duration (P2D, P1W, P3M, P1Y) in `sign`'s direction, at the precision both allow (a day count
 * needs a day); undefined without a duration or with a vague one ("days after": PXD): the event is then unknown in time.
 */
function shiftedDate(date: string, duration: string | undefined, sign: number): string | undefined {
  const m = /^P(\d+)([DWMY])$/.exec(duration ?? '');
  if (!m) return undefined;
  const n = Number(m[1]) * sign;
  const unit = m[2];
  const [y, mo, d] = date.split('-').map(Number);
  if (unit === 'Y') return String(y! + n).padStart(4, '0') + date.slice(4);
  if (mo === undefined || (unit !== 'M' && d === undefined)) return undefined;
  const days = unit === 'D' ? n : unit === 'W' ? 7 * n : 0;
  const shifted = new Date(Date.UTC(y!, mo - 1 + (unit === 'M' ? n : 0), (d ?? 1) + days)).toISOString();
  return shifted.slice(0, d === undefined ? 7 : 10);
}

/** Days from a (possibly partial) date's last day to the publication day; negative when the date is later. */
function daysBefore(date: string, published: string): number {
  const [y, m, d] = date.split('-').map(Number);
  // A partial date ends at the end of its month or year: "2020-01" is before 2020-09-30 by the days after January 31.
  const end = d ? Date.UTC(y!, m! - 1, d) : m ? Date.UTC(y!, m!, 0) : Date.UTC(y!, 11, 31);
  const [py, pm, pd] = published.split('-').map(Number);
  return (Date.UTC(py!, pm! - 1, pd!) - end) / 86_400_000;
}

export function eventKind(input: TimingInput, date: string | undefined): EventKind {
  if (input.negated) return 'negated';
  if (input.future) return 'future';
  if (input.modal || input.marker === 'if' || input.marker === 'unless') return 'hypothetical';
  if (date && input.published && daysBefore(date, input.published) > BACKGROUND_DAYS) return 'background';
  if (input.marker && RECALL_MARKERS.has(input.marker) && (input.tag === 'VBD' || input.tag === 'VBN') && (!date || date !== input.published)) return 'background';
  return 'reported';
}
