/**
 * The date of the article's dateline ("Baghdad, August 12 - …", "WASHINGTON, Sept 30 (Reuters) - …"): extraction
 * cuts the dateline from the body (its place is `dateline`, never an actor of the first sentence), so its date is
 * read here from the raw text just before the body, resolved like any date against the publication time. It is
 * the day the story was filed, which dates its undated events better than the publication time of a story
 * published the next morning. In a page's markup the dateline opens the element of the body's first words.
 */
import type { TimeExpression } from '../../model/schema.js';
import type { WorkingDocument } from '../../model/working-document.js';
import type { AnchorTime } from './resolution.js';
import { tagTimes } from './tag-times.js';

/** A dateline is short: its place, date and agency fit in this many characters before the body. */
const MAX_DATELINE_CHARS = 100;
/** Enough of the body's start to find it in the raw text. */
const BODY_PROBE_CHARS = 40;

/** The dateline's date as an expression with an empty span, or undefined without a dated dateline. */
export function datelineTime(doc: WorkingDocument, anchor: AnchorTime | undefined): TimeExpression | undefined {
  if (!doc.dateline || !doc.rawText || !doc.text) return undefined;
  const bodyAt = doc.rawText.indexOf(doc.text.slice(0, BODY_PROBE_CHARS));
  if (bodyAt < 0) return undefined;
  const before = doc.rawText.slice(Math.max(0, bodyAt - MAX_DATELINE_CHARS), bodyAt);
  const line = before.slice(Math.max(before.lastIndexOf('\n'), before.lastIndexOf('>')) + 1).trimStart();
  if (!line.startsWith(doc.dateline)) return undefined;
  const date = tagTimes(line.slice(doc.dateline.length), anchor ? { anchor } : {}).find((t) => t.type === 'DATE');
  if (!date) return undefined;
  return { start: 0, end: 0, text: date.text, value: date.value, type: 'DATE', anchor: date.anchor, origin: 'dateline', rule: date.rule };
}
