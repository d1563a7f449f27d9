/**
 * The document's own publication time as a time expression: the timestamp line
 * of a scraped text ("2020-09-30 06:49") or the page's metadata value. It is not
 * part of Document.text (extraction cut it from the body), so its span is empty
 * and `origin` says where it came from.
 */
import type { TimeExpression } from '../../model/schema.js';
import type { WorkingDocument } from '../../model/working-document.js';
import { lookup, MONTHS } from './lexicon.js';
import { parseAnchor } from './anchor.js';
import { formatCalendar } from './timex-value.js';

/** A header is short: the timestamp line is among the first lines before the body. */
const MAX_HEADER_LINES = 12;
const OFFSET = /([+-]\d{2}:\d{2}|Z)$/;
/** Timestamp lines are short ("Published: Sep 30, 2020 at 6:49 am GMT+3"). */
const MAX_LINE_CHARS = 100;

/** Whether `n` occurs in the line as a number of its own (with or without a leading zero). */
const hasNumber = (line: string, n: number): boolean => new RegExp(`(?<!\\d)0?${n}(?!\\d)`).test(line);

/**
 * The raw line the publication time was read from: the first short header line
 * (before the body starts, not the title) that has the date's year, day and month (as a number or
 * an English name) and, for a time, its minutes. The extractor already read the
 * date; this only finds its words again, without a second parse.
 */
export function timestampLine(rawText: string, bodyStart: string, local: string, title?: string): string | undefined {
  const anchor = parseAnchor(local);
  if (!anchor) return undefined;
  const end = bodyStart ? rawText.indexOf(bodyStart) : -1;
  const header = (end > 0 ? rawText.slice(0, end) : rawText).split('\n').slice(0, MAX_HEADER_LINES * 4);
  let seen = 0;
  for (const raw of header) {
    const line = raw.trim();
    if (!line) continue;
    if (++seen > MAX_HEADER_LINES) break;
    if (line === title) continue;
    if (line.length > MAX_LINE_CHARS || !line.includes(String(anchor.year).slice(2)) || !hasNumber(line, anchor.day)) continue;
    if (!hasNumber(line, anchor.month) && !hasMonthName(line, anchor.month)) continue;
    if (anchor.minute !== undefined && !line.includes(`:${String(anchor.minute).padStart(2, '0')}`) && !line.includes(`.${String(anchor.minute).padStart(2, '0')}`)) continue;
    return line;
  }
  return undefined;
}

const hasMonthName = (line: string, month: number): boolean => {
  const words = line.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.some((w) => lookup(MONTHS, w) === month);
};

/** The publication-time expression, or undefined when the document has no publication time. */
export function publicationTime(doc: WorkingDocument): TimeExpression | undefined {
  const published = doc.published;
  const anchor = parseAnchor(published);
  if (!published || !anchor) return undefined;
  const local = doc.publishedLocal ?? published.replace(OFFSET, '');
  const line = doc.mediaType === 'text/plain' && doc.rawText && doc.text ? timestampLine(doc.rawText, doc.text.slice(0, 40), local, doc.title) : undefined;
  const value = formatCalendar(anchor.hour === undefined ? { year: anchor.year, month: anchor.month, day: anchor.day } : { ...anchor, hour: anchor.hour, minute: anchor.minute ?? 0 });
  const offset = OFFSET.exec(published)?.[1];
  return {
    start: 0, end: 0, text: line ?? local, value,
    type: anchor.hour === undefined ? 'DATE' : 'TIME',
    anchor: 'absolute', origin: 'published',
    ...(offset ? { offset: offset === 'Z' ? '+00:00' : offset } : {}),
  };
}
