/**
 * The anchor of a document's relative times: its publication time as the source
 * gives it, read as local calendar fields (the offset is dropped on purpose: "yesterday"
 * in a Baghdad paper is the day before in Baghdad).
 */
import { isValidDay } from './calendar.js';
import type { AnchorTime } from './resolution.js';

const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?/;

/**
 * The calendar fields of an ISO 8601 date or date-time; undefined when the text is not one.
 *
 * @example parseAnchor('2020-09-30T06:49:00+03:00') // → { year: 2020, month: 9, day: 30, hour: 6, minute: 49 }
 */
export function parseAnchor(iso: string | undefined): AnchorTime | undefined {
  if (!iso) return undefined;
  const m = ISO_LOCAL.exec(iso.trim());
  if (!m) return undefined;
  const day = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (!isValidDay(day)) return undefined;
  return m[4] === undefined ? day : { ...day, hour: Number(m[4]), minute: Number(m[5]) };
}
