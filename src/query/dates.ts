/**
 * Date values of `date:` and `published:`: a year, month or day (`2020`, `2020-09`,
 * `2020-09-30`), a range `a..b` (both ends included, either may be left open), or a
 * comparison `>=a`, `>a`, `<=a`, `<a`. Each becomes [from, before) over day strings,
 * so `2020-09` means every day of September 2020.
 */
import { QueryError } from './errors.js';

export interface DayRange {
  from?: string;
  before?: string;
}

const PERIOD = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u;

/**
 * @example parseDateValue('2020-09-01..2020-09-30', 5) // → { from: '2020-09-01', before: '2020-10-01' }
 * @param offset where the value starts in the query, for error positions
 */
export function parseDateValue(value: string, offset: number): DayRange {
  const comparison = /^(>=|<=|>|<)(.*)$/u.exec(value);
  if (comparison) {
    const [, operator, rest] = comparison;
    const at = offset + operator!.length;
    const period = checkPeriod(rest!, at);
    switch (operator) {
      case '>=': return { from: period };
      case '>': return { from: nextPeriod(period) };
      case '<=': return { before: nextPeriod(period) };
      default: return { before: period };
    }
  }
  const dots = value.indexOf('..');
  if (dots >= 0) {
    const first = value.slice(0, dots);
    const last = value.slice(dots + 2);
    if (first === '' && last === '') throw new QueryError('query.bad-value', 'a date range needs at least one end: 2020-09-01..2020-09-30, 2020-09.., ..2020-09-30', { start: offset, end: offset + value.length });
    const range: DayRange = {};
    if (first !== '') range.from = checkPeriod(first, offset);
    if (last !== '') range.before = nextPeriod(checkPeriod(last, offset + dots + 2));
    if (range.from !== undefined && range.before !== undefined && range.from >= range.before) {
      throw new QueryError('query.bad-value', `the date range ${value} ends before it starts`, { start: offset, end: offset + value.length });
    }
    return range;
  }
  const period = checkPeriod(value, offset);
  return { from: period, before: nextPeriod(period) };
}

/** A valid year, month or day, as given; else a QueryError pointing at it. */
function checkPeriod(text: string, offset: number): string {
  const match = PERIOD.exec(text);
  const bad = (why: string): QueryError => new QueryError('query.bad-value', `${JSON.stringify(text)} is not a date: ${why}`, { start: offset, end: offset + Math.max(1, text.length) });
  if (!match) throw bad('write a year, month or day as 2020, 2020-09 or 2020-09-30');
  const [, , month, day] = match;
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) throw bad('months run from 01 to 12');
  if (day !== undefined) {
    const date = new Date(`${text}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) throw bad('no such day');
  }
  return text;
}

/** The period right after a year, month or day, in the same precision: 2020 → 2021, 2020-12 → 2021-01, 2020-02-29 → 2020-03-01. */
export function nextPeriod(period: string): string {
  const [year, month, day] = period.split('-').map(Number) as [number, number?, number?];
  if (month === undefined) return String(year + 1).padStart(4, '0');
  if (day === undefined) return month === 12 ? `${String(year + 1).padStart(4, '0')}-01` : `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}`;
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return next.toISOString().slice(0, 10);
}

/**
 * The day (or month, or year) an ISO 8601 timestamp or date names, as written — the
 * local date of its own offset, which is the date the article states: '2020-09-30T06:49:00+03:00' → '2020-09-30'.
 * Undefined for text that does not start with a year.
 */
export function dayOf(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/u.exec(iso.trim());
  return match ? match[0] : undefined;
}
