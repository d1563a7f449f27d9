/**
 * Migration 5 of the PostgreSQL store: each event row's confidence, as the SQLite
 * store's migration 6 (../sqlite/event-confidence.ts).
 */
import type pg from 'pg';

export const eventConfidenceSql = (s: string): string => `
  ALTER TABLE ${s}.events ADD COLUMN confidence double precision NULL;
  -- Carries the key, as the event-type indexes do, so counting the merged events above a
  -- confidence reads one index.
  CREATE INDEX events_confidence ON ${s}.events (confidence, event_key);
`;

/** Fills the confidence of the event rows stored before migration 5 from their records, where the analysis gave one. */
export async function backfillEventConfidence(client: pg.ClientBase, s: string): Promise<void> {
  await client.query(
    `UPDATE ${s}.events SET confidence = (record #>> '{event,confidence}')::float8
     WHERE confidence IS NULL AND jsonb_typeof(record #> '{event,confidence}') = 'number'`,
  );
}
