import * as chrono from 'chrono-node';

/** A publication time read from a header line of the article. */
export interface Timestamp {
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS`, local to the source, without offset. */
  local: string;
  /** Minutes east of UTC when the line states a zone ("GMT+3", "BST"). */
  offsetMinutes?: number;
}

/** A header line is a timestamp when the date covers at least this share of its letters and digits (the rest: labels like "Published:"). */
const MIN_COVERAGE = 0.5;
/** Header timestamps are short lines; longer ones are sentences that mention a date. */
const MAX_WORDS = 14;

const LABEL = /^(?:published|posted|updated|last updated|date|created|first published|modified)(?:\s+on)?\s*[:\-–]?\s*/i;
const pad = (n: number): string => String(n).padStart(2, '0');
const significant = (s: string): number => (s.match(/[\p{L}\p{N}]/gu) ?? []).length;

/**
 * Reads a line like "2020-09-30 06:49", "Published: Sep 30, 2020 at 6:49 am GMT+3"
 * or "Updated 30.09.2020 | 06:49" with chrono-node; undefined when the line is
 * not mainly a date or lacks a certain day, month and year.
 */
export function parseTimestampLine(line: string, reference: Date): Timestamp | undefined {
  const text = line.trim();
  if (text.split(/\s+/).length > MAX_WORDS) return undefined;
  const results = chrono.parse(text, reference);
  const date = results.find((r) => r.start.isCertain('year') && r.start.isCertain('month') && r.start.isCertain('day'));
  if (!date) return undefined;
  // A time on its own right after the date ("30.09.2020 | 06:49") belongs to it.
  const time = date.start.isCertain('hour') ? date : results.find((r) => r.index > date.index && r.start.isCertain('hour') && !r.start.isCertain('day'));
  const covered = significant(date.text) + (time && time !== date ? significant(time.text) : 0);
  if (covered / Math.max(1, significant(text.replace(LABEL, ''))) < MIN_COVERAGE) return undefined;
  const s = date.start;
  let local = `${s.get('year')}-${pad(s.get('month') ?? 1)}-${pad(s.get('day') ?? 1)}`;
  if (time) {
    const t = time.start;
    local += `T${pad(t.get('hour') ?? 0)}:${pad(t.get('minute') ?? 0)}:${pad(t.get('second') ?? 0)}`;
  }
  const zoneSource = time && time.start.isCertain('timezoneOffset') ? time.start : s.isCertain('timezoneOffset') ? s : undefined;
  const offset = zoneSource?.get('timezoneOffset');
  return offset === null || offset === undefined ? { local } : { local, offsetMinutes: offset };
}
