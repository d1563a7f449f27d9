/**
 * Migration 5 of the SQLite store: each event row's cross-article key and outlet
 * (../event-key.ts), so that merging reports of one event is a GROUP BY on an index.
 */
import type Database from 'better-sqlite3';
import { EventRecord } from '../../query/results.js';
import { eventKey, eventOutlet } from '../event-key.js';

export const EVENT_KEYS_SQL = `
  ALTER TABLE events ADD COLUMN event_key TEXT NOT NULL DEFAULT '';
  ALTER TABLE events ADD COLUMN outlet TEXT NOT NULL DEFAULT '';
  -- Covering what a merge counts (articles, outlets), so grouping reads the index alone.
  CREATE INDEX events_key ON events (event_key, doc_seq, outlet);
  -- The event-type and day filters' indexes carry the key, so counting the merged events
  -- a filter matches reads one index.
  DROP INDEX events_cameo;
  DROP INDEX events_plover;
  CREATE INDEX events_cameo ON events (cameo, event_key);
  CREATE INDEX events_plover ON events (plover, event_key);
`;

/** Keys the event rows stored before migration 5 (those with an empty key), from their records, a page at a time. */
export function backfillEventKeys(db: Database.Database): void {
  const page = db.prepare<[number], { id: number; record: string }>("SELECT id, record FROM events WHERE id > ? AND event_key = '' ORDER BY id LIMIT 1000");
  const update = db.prepare<[string, string, number]>('UPDATE events SET event_key = ?, outlet = ? WHERE id = ?');
  for (let after = 0; ; ) {
    const rows = page.all(after);
    if (rows.length === 0) return;
    for (const row of rows) {
      const record = EventRecord.parse(JSON.parse(row.record));
      update.run(eventKey(record), eventOutlet(record), row.id);
    }
    after = rows[rows.length - 1]!.id;
  }
}
