/**
 * The PostgreSQL store's schema, as append-only migrations (a released one is never
 * edited; a change is a new entry). Everything lives in one schema (the location's
 * `?schema=`, default `wirewatch`); `wirewatch_meta.store_version` holds the last
 * migration applied. Migrations run in one transaction under an advisory lock, so
 * two workers starting at once against a new database cannot both apply them.
 */
import type pg from 'pg';
import { StoreError } from '../store.js';
import { backfillEventConfidence, eventConfidenceSql } from './event-confidence.js';
import { backfillEventKeys, eventKeysSql } from './event-keys.js';
import { nearDuplicatesSql } from './near-duplicates.js';
import { backfillQueryIndex, queryIndexSql } from './query-index.js';

/** Names spliced into DDL: the store's schema and the schemas holding the extensions it uses. */
export interface SchemaNames {
  /** The store's schema, quoted. */
  schema: string;
  /** The unaccent dictionary, qualified and quoted. */
  unaccent: string;
  /** pg_trgm's GIN operator class, qualified and quoted. */
  trigramOps: string;
}

export interface PostgresMigration {
  version: number;
  name: string;
  sql: (names: SchemaNames) => string;
  /** Fills new tables or columns of existing rows from code (what SQL cannot compute), in the migration's transaction. */
  backfill?: (client: pg.ClientBase, names: SchemaNames) => Promise<void>;
}

/** The table whose presence (with created_by = 'wirewatch') marks a schema as ours. */
const MARKER_TABLE = 'wirewatch_meta';

/** The text search configuration: PostgreSQL's `simple` (no stemming, no stop words, as FTS5's unicode61) with diacritics removed. */
export const TEXT_SEARCH_CONFIG = 'wirewatch_text';

/** Serialises every Wirewatch migration in a database (any schema): extensions are per database. */
const MIGRATION_LOCK = 'wirewatch:migrate';

export const migrations: readonly PostgresMigration[] = [
  {
    version: 1,
    name: 'documents, entities, inputs, full-text and trigram indexes',
    sql: ({ schema: s, unaccent, trigramOps }) => `
      CREATE TEXT SEARCH CONFIGURATION ${s}.${TEXT_SEARCH_CONFIG} (COPY = pg_catalog.simple);
      ALTER TEXT SEARCH CONFIGURATION ${s}.${TEXT_SEARCH_CONFIG}
        ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
        WITH ${unaccent}, pg_catalog.simple;

      -- seq orders equal-ranked results as SQLite's rowid does; id is the document's content id.
      CREATE TABLE ${s}.documents (
        seq              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id               text UNIQUE NOT NULL,
        title            text NOT NULL,
        published        text NULL,
        source_name      text NOT NULL,
        source_url       text NULL,
        language         text NOT NULL,
        text             text NOT NULL,
        json             jsonb NOT NULL,
        analysis_version text NOT NULL,
        ingested_at      text NOT NULL,
        updated_at       text NOT NULL,
        -- title (A), entity names and aliases (B), body (D): ranked by ts_rank with weights.
        search           tsvector NOT NULL
      );
      CREATE INDEX documents_newest ON ${s}.documents (published DESC NULLS LAST, ingested_at DESC, seq DESC);
      CREATE INDEX documents_search ON ${s}.documents USING gin (search);

      CREATE TABLE ${s}.entities (
        doc_id      text NOT NULL REFERENCES ${s}.documents (id) ON DELETE CASCADE,
        entity_id   text NOT NULL,
        ordinal     integer NOT NULL,
        name        text NOT NULL,
        name_folded text NOT NULL,
        type        text NOT NULL,
        country     text NULL,
        actor_code  text NULL,
        mentions    integer NOT NULL,
        PRIMARY KEY (doc_id, entity_id)
      );
      CREATE INDEX entities_name_trigram ON ${s}.entities USING gin (name_folded ${trigramOps});
      CREATE INDEX entities_type ON ${s}.entities (type);

      CREATE TABLE ${s}.inputs (
        input_id          text PRIMARY KEY,
        analysis_version  text NOT NULL,
        doc_id            text NULL,
        rejection_code    text NULL,
        rejection_message text NULL,
        recorded_at       text NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'near-duplicate records and LSH bands',
    sql: ({ schema }) => nearDuplicatesSql(schema),
  },
  {
    version: 3,
    name: 'query index: publication day, outlet words, entity names, quotes, events, countries',
    sql: ({ schema, trigramOps }) => queryIndexSql(schema, trigramOps),
    backfill: (client, { schema }) => backfillQueryIndex(client, schema, `${schema}.${TEXT_SEARCH_CONFIG}`),
  },
  {
    version: 4,
    name: 'event keys and outlets: reports of one event across articles merge by key',
    sql: ({ schema }) => eventKeysSql(schema),
    backfill: (client, { schema }) => backfillEventKeys(client, schema),
  },
  {
    version: 5,
    name: 'event confidence: confidence: filters events by the probability they are right',
    sql: ({ schema }) => eventConfidenceSql(schema),
    backfill: (client, { schema }) => backfillEventConfidence(client, schema),
  },
];

export const LATEST_STORE_VERSION = migrations[migrations.length - 1].version;

/**
 * Creates the schema and applies pending migrations; returns the store version.
 * Throws StoreError when the schema holds something else or a newer store.
 */
export async function migrate(client: pg.ClientBase, schemaName: string): Promise<number> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [MIGRATION_LOCK]);
    const current = await readStoreVersion(client, schemaName);
    if (current < LATEST_STORE_VERSION) {
      const names = await prepareSchema(client, schemaName);
      // Every pending migration's SQL before any backfill: a backfill is today's code, writing
      // rows as the store writes them now, so it needs today's tables (migration 3's backfill
      // writes event rows with migration 4's columns).
      const pending = migrations.filter((migration) => migration.version > current);
      for (const migration of pending) await client.query(migration.sql(names));
      for (const migration of pending) await migration.backfill?.(client, names);
      await client.query(
        `INSERT INTO ${names.schema}.${MARKER_TABLE} (key, value) VALUES ('store_version', $1)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
        [String(LATEST_STORE_VERSION)],
      );
    }
    await client.query('COMMIT');
    return LATEST_STORE_VERSION;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/**
 * The store version of `schemaName`: 0 when the schema is missing or empty; throws
 * StoreError when it holds another application's tables or a newer store.
 */
export async function readStoreVersion(client: pg.ClientBase, schemaName: string): Promise<number> {
  const tables = await client.query<{ table_name: string }>(
    'SELECT table_name FROM information_schema.tables WHERE table_schema = $1',
    [schemaName],
  );
  if (tables.rowCount === 0) return 0;
  const quoted = client.escapeIdentifier(schemaName);
  const isOurs =
    tables.rows.some((row) => row.table_name === MARKER_TABLE) &&
    (await client.query(`SELECT 1 FROM ${quoted}.${MARKER_TABLE} WHERE key = 'created_by' AND value = 'wirewatch'`))
      .rowCount === 1;
  if (!isOurs) {
    throw new StoreError('store.not-wirewatch', `schema ${schemaName} is not a Wirewatch store`);
  }
  const result = await client.query<{ value: string }>(
    `SELECT value FROM ${quoted}.${MARKER_TABLE} WHERE key = 'store_version'`,
  );
  const version = Number(result.rows[0]?.value ?? 0);
  if (version > LATEST_STORE_VERSION) {
    throw new StoreError(
      'store.newer-schema',
      `schema ${schemaName} has store version ${version}, this Wirewatch knows up to ${LATEST_STORE_VERSION}: upgrade Wirewatch`,
    );
  }
  return version;
}

/** The schema with its marker table, and the extensions (trusted: a database owner may create them). */
async function prepareSchema(client: pg.ClientBase, schemaName: string): Promise<SchemaNames> {
  const schema = client.escapeIdentifier(schemaName);
  await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  await client.query(`CREATE TABLE IF NOT EXISTS ${schema}.${MARKER_TABLE} (key text PRIMARY KEY, value text NOT NULL)`);
  await client.query(
    `INSERT INTO ${schema}.${MARKER_TABLE} (key, value) VALUES ('created_by', 'wirewatch') ON CONFLICT (key) DO NOTHING`,
  );
  await client.query('CREATE EXTENSION IF NOT EXISTS unaccent');
  await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
  const found = await client.query<{ extname: string; nspname: string }>(
    `SELECT e.extname, n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
     WHERE e.extname IN ('unaccent', 'pg_trgm')`,
  );
  const schemaOf = (extension: string): string =>
    client.escapeIdentifier(found.rows.find((row) => row.extname === extension)?.nspname ?? 'public');
  return { schema, unaccent: `${schemaOf('unaccent')}.unaccent`, trigramOps: `${schemaOf('pg_trgm')}.gin_trgm_ops` };
}
