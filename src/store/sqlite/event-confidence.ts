/**
 * Migration 6 of the SQLite store: each event row's confidence (the probability that a
 * reader judges the event right, src/stages/events/event-confidence.ts), so that
 * `confidence:` is a column predicate rather than a parse of every record.
 */
import type Database from 'better-sqlite3';

export const EVENT_CONFIDENCE_SQL = `
  ALTER TABLE events ADD COLUMN confidence REAL NULL;
  -- Carries the key, as the event-type indexes do, so counting the merged events above a
  -- confidence reads one index.
  CREATE INDEX events_confidence ON events (confidence, event_key);
`;

/**
 * Fills the confidence of the event rows stored before migration 6 from their records,
 * where the analysis gave one (events analysed before the model existed stay NULL).
 * One statement: the value is a field of the stored JSON, nothing to compute.
 */
export function backfillEventConfidence(db: Database.Database): void {
  db.exec("UPDATE events SET confidence = json_extract(record, '$.event.confidence') WHERE confidence IS NULL AND json_type(record, '$.event.confidence') IN ('real', 'integer')");
}
