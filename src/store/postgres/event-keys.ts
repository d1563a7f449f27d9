/**
 * Migration 4 of the PostgreSQL store: each event row's cross-article key and outlet
 * (../event-key.ts), as the SQLite store's migration 5 (../sqlite/event-keys.ts).
 */
import type pg from 'pg';
import { EventRecord } from '../../query/results.js';
import { eventKey, eventOutlet } from '../event-key.js';

export const eventKeysSql = (s: string): string => `
  ALTER TABLE ${s}.events ADD COLUMN event_key text COLLATE "C" NOT NULL DEFAULT '';
  ALTER TABLE ${s}.events ADD COLUMN outlet text COLLATE "C" NOT NULL DEFAULT '';
  -- Covering what a merge counts (articles, outlets), so grouping reads the index alone.
  CREATE INDEX events_key ON ${s}.events (event_key, doc_seq, outlet);
  -- The event-type filters' indexes carry the key, so counting the merged events a
  -- filter matches reads one index.
  DROP INDEX ${s}.events_cameo;
  DROP INDEX ${s}.events_plover;
  CREATE INDEX events_cameo ON ${s}.events (cameo, event_key);
  CREATE INDEX events_plover ON ${s}.events (plover, event_key);
`;

/** Keys the event rows stored before migration 4 (those with an empty key), from their records, a page at a time. */
export async function backfillEventKeys(client: pg.ClientBase, s: string): Promise<void> {
  for (let after = 0; ; ) {
    const { rows } = await client.query<{ id: string; record: unknown }>(`SELECT id, record FROM ${s}.events WHERE id > $1 AND event_key = '' ORDER BY id LIMIT 1000`, [after]);
    if (rows.length === 0) return;
    const keyed = rows.map((row) => ({ id: row.id, record: EventRecord.parse(row.record) }));
    await client.query(
      `UPDATE ${s}.events e SET event_key = t.event_key, outlet = t.outlet
       FROM unnest($1::bigint[], $2::text[], $3::text[]) AS t (id, event_key, outlet) WHERE e.id = t.id`,
      [keyed.map((k) => k.id), keyed.map((k) => eventKey(k.record)), keyed.map((k) => eventOutlet(k.record))],
    );
    after = Number(rows[rows.length - 1]!.id);
  }
}
