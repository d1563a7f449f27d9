/** Sorting and filtering the events table's loaded rows (the server filters by query; these refine what is on screen). */
import type { EventRecord } from '../../query/results.js';
import { actorLabel } from './network.js';
import { eventDay } from './series.js';

export const EVENT_COLUMNS = ['day', 'type', 'source', 'target', 'location', 'kind', 'goldstein', 'confidence'] as const;
export type EventColumn = (typeof EVENT_COLUMNS)[number];

export function cell(record: EventRecord, column: EventColumn): string | number {
  switch (column) {
    // As precise as the text is: 2020-01 for "January 2020".
    case 'day': return record.day ?? record.event.date ?? eventDay(record) ?? '';
    case 'type': return `${record.event.plover ?? ''} ${record.event.cameo}`.trim();
    case 'source': return actorLabel(record.source) ?? '';
    case 'target': return actorLabel(record.target) ?? '';
    case 'location': return record.location?.name ?? record.location?.text ?? '';
    case 'kind': return record.event.kind;
    case 'goldstein': return record.event.goldstein ?? Number.NaN;
    // The probability that a reader judges the event right; none for events analysed before the model.
    case 'confidence': return record.event.confidence ?? Number.NaN;
  }
}

/** Rows ordered by one column; empty values last in either direction. */
export function sortEvents(rows: readonly EventRecord[], column: EventColumn, descending: boolean): EventRecord[] {
  const empty = (v: string | number) => v === '' || (typeof v === 'number' && Number.isNaN(v));
  return [...rows].sort((a, b) => {
    const x = cell(a, column);
    const y = cell(b, column);
    if (empty(x) || empty(y)) return empty(x) === empty(y) ? 0 : empty(x) ? 1 : -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return descending ? -order : order;
  });
}

/** The kinds present, for the kind filter's options. */
export function kindsOf(rows: readonly EventRecord[]): string[] {
  return [...new Set(rows.map((r) => r.event.kind))].sort();
}
