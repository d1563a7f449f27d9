/**
 * Timeline series from events: counts per period by QuadClass and the mean Goldstein
 * score ("tone": −10 conflict … +10 cooperation) per period, on one shared x axis of
 * days, as uPlot wants its data (columns of equal length, x in seconds).
 */
import type { EventRecord } from '../../query/results.js';

export const QUAD_NAMES = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'] as const;

export interface EventSeries {
  /** Days (YYYY-MM-DD), ascending. */
  days: string[];
  /** Per QuadClass 1–4: events per day. */
  byQuad: number[][];
  /** Mean Goldstein per day; null when no event that day has one. */
  tone: (number | null)[];
}

/**
 * The day an event is counted on in a chart: its own date (the API's `day`), a month or year
 * counted on its first day (a background event of "January 2020" is not an event of the day
 * it was reported), else its document's publication day.
 */
export function eventDay(record: EventRecord): string | undefined {
  const own = record.day ?? record.event.date;
  const m = own ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(own) : null;
  if (m) return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`;
  return record.document.published?.slice(0, 10);
}

export function eventSeries(events: readonly EventRecord[]): EventSeries {
  const perDay = new Map<string, { quads: number[]; toneSum: number; toneCount: number }>();
  for (const record of events) {
    const day = eventDay(record);
    if (!day) continue;
    let row = perDay.get(day);
    if (!row) perDay.set(day, (row = { quads: [0, 0, 0, 0], toneSum: 0, toneCount: 0 }));
    const quad = record.event.quadClass;
    if (quad && quad >= 1 && quad <= 4) row.quads[quad - 1]!++;
    if (record.event.goldstein !== undefined) {
      row.toneSum += record.event.goldstein;
      row.toneCount++;
    }
  }
  const days = [...perDay.keys()].sort();
  return {
    days,
    byQuad: [0, 1, 2, 3].map((q) => days.map((d) => perDay.get(d)!.quads[q]!)),
    tone: days.map((d) => {
      const row = perDay.get(d)!;
      return row.toneCount > 0 ? Math.round((row.toneSum / row.toneCount) * 100) / 100 : null;
    }),
  };
}

/** A day or ISO week (2020-W40, its Monday) as seconds since the epoch (UTC), for uPlot's x axis. */
export function periodSeconds(period: string): number | undefined {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(period);
  if (day) return Date.UTC(+day[1]!, +day[2]! - 1, +day[3]!) / 1000;
  const week = /^(\d{4})-W(\d{2})$/.exec(period);
  if (!week) return undefined;
  // ISO week 1 holds 4 January; step back to its Monday, then forward.
  const jan4 = Date.UTC(+week[1]!, 0, 4);
  const monday = jan4 - (((new Date(jan4).getUTCDay() + 6) % 7) * 86400000);
  return (monday + (+week[2]! - 1) * 7 * 86400000) / 1000;
}
