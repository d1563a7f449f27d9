/**
 * The document's own publication time as a time expression: the timestamp line
 * of a scraped text ("2020-09-30 06:49") or the page's metadata value. It is not
 * part of Document.text (extraction cut it from the body), so its span is empty
 * and `origin` says where it came from.
 */
import type { TimeExpression } from '../../model/schema.js';
import type { WorkingDocument } from '../../model/working-document.js';
import { parseTimestampLine } from '../extract/timestamp.js';
import { parseAnchor } from './anchor.js';
import { formatCalendar } from './timex-value.js';

/** A header is short: the timestamp line is among the first lines before the body. */
const MAX_HEADER_LINES = 12;
const OFFSET = /([+-]\d{2}:\d{2}|Z)$/;

/**
 * The raw line the publication time was read from: the first header line (before
 * the body starts) that reads as the same local time. Undefined when none does.
 */
export function timestampLine(rawText: string, bodyStart: string, local: string, reference: Date): string | undefined {
  const end = bodyStart ? rawText.indexOf(bodyStart) : -1;
  const header = (end > 0 ? rawText.slice(0, end) : rawText).split('\n').slice(0, MAX_HEADER_LINES * 4);
  let seen = 0;
  for (const raw of header) {
    const line = raw.trim();
    if (!line) continue;
    if (++seen > MAX_HEADER_LINES) break;
    // Only lines with the year in them can state this date (and chrono is slow on others).
    if (!line.includes(local.slice(2, 4))) continue;
    if (parseTimestampLine(line, reference)?.local === local) return line;
  }
  return undefined;
}

/** The publication-time expression, or undefined when the document has no publication time. */
export function publicationTime(doc: WorkingDocument, reference: Date): TimeExpression | undefined {
  const published = doc.published;
  const anchor = parseAnchor(published);
  if (!published || !anchor) return undefined;
  const local = doc.publishedLocal ?? published.replace(OFFSET, '');
  const line = doc.mediaType === 'text/plain' && doc.rawText && doc.text ? timestampLine(doc.rawText, doc.text.slice(0, 40), local, reference) : undefined;
  const value = formatCalendar(anchor.hour === undefined ? { year: anchor.year, month: anchor.month, day: anchor.day } : { ...anchor, hour: anchor.hour, minute: anchor.minute ?? 0 });
  const offset = OFFSET.exec(published)?.[1];
  return {
    start: 0, end: 0, text: line ?? local, value,
    type: anchor.hour === undefined ? 'DATE' : 'TIME',
    anchor: 'absolute', origin: 'published',
    ...(offset ? { offset: offset === 'Z' ? '+00:00' : offset } : {}),
  };
}
