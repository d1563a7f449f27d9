import type Database from 'better-sqlite3';
import { foldName } from '../fold.js';
import { StoreError } from '../store.js';
import { backfillEventConfidence, EVENT_CONFIDENCE_SQL } from './event-confidence.js';
import { backfillEventKeys, EVENT_KEYS_SQL } from './event-keys.js';
import { NEAR_DUPLICATES_SQL } from './near-duplicates.js';
import { backfillQueryIndex, QUERY_INDEX_SQL } from './query-index.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Fills new columns of existing rows from code (what SQL cannot compute), in the migration's transaction. */
  backfill?: (db: Database.Database) => void;
}

/** The table whose presence (with created_by = 'wirewatch') marks a database as ours. */
const MARKER_TABLE = 'wirewatch_meta';

/**
 * Append only: a released migration is never edited, a change is a new entry.
 * Versions are consecutive from 1; PRAGMA user_version holds the last one applied.
 */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'documents, entities, full-text index',
    sql: `
      CREATE TABLE wirewatch_meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
      INSERT INTO wirewatch_meta (key, value) VALUES ('created_by', 'wirewatch');

      -- seq is an explicit INTEGER PRIMARY KEY (a rowid alias) so that it survives VACUUM:
      -- documents_fts rows are keyed by it.
      CREATE TABLE documents (
        seq              INTEGER PRIMARY KEY,
        id               TEXT UNIQUE NOT NULL,
        title            TEXT NOT NULL,
        published        TEXT NULL,
        source_name      TEXT NOT NULL,
        source_url       TEXT NULL,
        language         TEXT NOT NULL,
        text             TEXT NOT NULL,
        json             TEXT NOT NULL,
        analysis_version TEXT NOT NULL,
        ingested_at      TEXT NOT NULL,
        updated_at       TEXT NOT NULL
      );
      CREATE INDEX documents_newest ON documents (published DESC, ingested_at DESC);

      CREATE TABLE entities (
        doc_id     TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        entity_id  TEXT NOT NULL,
        name       TEXT NOT NULL,
        type       TEXT NOT NULL,
        country    TEXT NULL,
        actor_code TEXT NULL,
        mentions   INTEGER NOT NULL,
        PRIMARY KEY (doc_id, entity_id)
      );
      CREATE INDEX entities_name ON entities (lower(name));
      CREATE INDEX entities_type ON entities (type);

      -- Standalone (not external-content) so the store code owns its rows: rowid = documents.seq.
      CREATE VIRTUAL TABLE documents_fts USING fts5 (
        title, text, entity_names,
        tokenize = 'unicode61 remove_diacritics 2'
      );
    `,
  },
  {
    version: 2,
    name: 'processed inputs; folded entity names',
    sql: `
      -- One row per raw input under the analysis that last processed it: an interrupted
      -- ingest skips what is here. doc_id is not a foreign key: a rejected input has none.
      CREATE TABLE inputs (
        input_id           TEXT PRIMARY KEY,
        analysis_version   TEXT NOT NULL,
        doc_id             TEXT NULL,
        rejection_code     TEXT NULL,
        rejection_message  TEXT NULL,
        recorded_at        TEXT NOT NULL
      ) WITHOUT ROWID;

      -- Lower case without diacritics (fold.ts), for findEntities.
      ALTER TABLE entities ADD COLUMN name_folded TEXT NOT NULL DEFAULT '';
    `,
    backfill: (db) => {
      const rows = db.prepare<[], { name: string }>('SELECT DISTINCT name FROM entities').all();
      const update = db.prepare<[string, string]>('UPDATE entities SET name_folded = ? WHERE name = ?');
      for (const { name } of rows) update.run(foldName(name), name);
    },
  },
  {
    version: 3,
    name: 'near-duplicate records and LSH bands',
    sql: NEAR_DUPLICATES_SQL,
  },
  {
    version: 4,
    name: 'query index: publication day, outlet words, entity names, quotes, events, countries',
    sql: QUERY_INDEX_SQL,
    backfill: backfillQueryIndex,
  },
  {
    version: 5,
    name: 'event keys and outlets: reports of one event across articles merge by key',
    sql: EVENT_KEYS_SQL,
    backfill: backfillEventKeys,
  },
  {
    version: 6,
    name: 'event confidence: confidence: filters events by the probability they are right',
    sql: EVENT_CONFIDENCE_SQL,
    backfill: backfillEventConfidence,
  },
];

export const LATEST_STORE_VERSION = migrations[migrations.length - 1].version;

/**
 * Checks that `db` is a Wirewatch database this code can read (or an empty one)
 * and returns its store version: 0 for an empty database.
 */
export function readStoreVersion(db: Database.Database): number {
  try {
    const version = userVersion(db);
    if (!hasWirewatchMarker(db)) {
      if (version === 0 && isEmpty(db)) return 0;
      throw notWirewatch(db);
    }
    if (version > LATEST_STORE_VERSION) {
      throw new StoreError(
        'store.newer-schema',
        `${db.name} has store version ${version}, this Wirewatch knows up to ${LATEST_STORE_VERSION}: upgrade Wirewatch`,
      );
    }
    return version;
  } catch (error) {
    if (sqliteErrorCode(error) === 'SQLITE_NOTADB') throw notWirewatch(db);
    throw error;
  }
}

/**
 * Applies the pending migrations in one transaction; returns the resulting store version.
 * Every pending migration's SQL runs before any backfill: a backfill is today's code
 * (it writes rows as the store writes them now), so it needs today's tables — migration
 * 4's backfill writes event rows with migration 5's columns.
 */
export function migrate(db: Database.Database): number {
  readStoreVersion(db);
  // IMMEDIATE takes the write lock before re-reading the version, so two processes
  // opening the same new database cannot both apply a migration.
  const apply = db.transaction(() => {
    const pending = migrations.filter((migration) => migration.version > userVersion(db));
    if (pending.length === 0) return;
    for (const migration of pending) db.exec(migration.sql);
    for (const migration of pending) migration.backfill?.(db);
    db.pragma(`user_version = ${pending[pending.length - 1]!.version}`);
  });
  apply.immediate();
  return userVersion(db);
}

/** The code of a better-sqlite3 error (`SQLITE_NOTADB`, `SQLITE_BUSY`, …), if `error` is one. */
export function sqliteErrorCode(error: unknown): string | undefined {
  if (!(error instanceof Error) || error.name !== 'SqliteError') return undefined;
  const code: unknown = (error as Error & { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

function userVersion(db: Database.Database): number {
  const version: unknown = db.pragma('user_version', { simple: true });
  return typeof version === 'number' ? version : 0;
}

function isEmpty(db: Database.Database): boolean {
  return db.prepare('SELECT 1 FROM sqlite_master LIMIT 1').get() === undefined;
}

function hasWirewatchMarker(db: Database.Database): boolean {
  const table = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
    .get(MARKER_TABLE);
  if (table === undefined) return false;
  const createdBy: unknown = db
    .prepare(`SELECT value FROM ${MARKER_TABLE} WHERE key = 'created_by'`)
    .pluck()
    .get();
  return createdBy === 'wirewatch';
}

function notWirewatch(db: Database.Database): StoreError {
  return new StoreError('store.not-wirewatch', `${db.name} is not a Wirewatch database`);
}
