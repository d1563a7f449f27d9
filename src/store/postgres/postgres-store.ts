import pg from 'pg';
import { AnalysedDocument, EntityType } from '../../model/schema.js';
import { assertStorable, clampInteger, DEFAULT_LIMIT, entityNames, MAX_LIMIT, page, toSummary, type SummaryRow } from '../common.js';
import { escapeLike, foldName } from '../fold.js';
import {
  StoreError,
  type DocumentSummary,
  type EntityMatch,
  type InputRecord,
  type NearDuplicateRecord,
  type PutManyOptions,
  type PutOutcome,
  type SearchOptions,
  type SearchResult,
  type Store,
  type StoredEntity,
  type StoreStats,
  type DocumentQueryOptions,
  type FacetOptions,
  type ItemQueryOptions,
  type EventGroupOptions,
  type QueryPage,
  type EntityQueryOptions,
  type TimelineOptions,
} from '../store.js';
import { parsePostgresLocation, type PostgresLocation } from './location.js';
import { LATEST_STORE_VERSION, migrate, readStoreVersion, TEXT_SEARCH_CONFIG } from './migrations.js';
import { findCandidates, findCluster, storeNearDuplicates } from './near-duplicates.js';
import type { QueryNode } from '../../query/ast.js';
import type { DocumentHit, EntityCount, EventGroup, EventRecord, Facets, QuoteRecord, TimelinePoint } from '../../query/results.js';
import { QueryEngine, searchText } from '../query-engine.js';
import { postgresDialect } from './query-dialect.js';
import { clearQueryIndex, writeQueryIndex } from './query-index.js';

export interface PostgresStoreOptions {
  /** Read only: no migration, and every transaction is READ ONLY. */
  readonly?: boolean;
  /** Connections in the pool (default 4): a worker uses one at a time per batch; searches run in parallel. */
  poolSize?: number;
}

const DEFAULT_POOL_SIZE = 4;
/**
 * Body characters indexed for search. A tsvector holds at most 1 MB; a body of a
 * million characters of varied words can exceed it, so the index covers the first
 * 400,000 (far beyond any article; the stored text is whole).
 */
const SEARCH_TEXT_CHARACTERS = 400_000;

/**
 * The PostgreSQL store: full-text search with tsvector/tsquery (the `simple`
 * configuration with unaccent, as FTS5's unicode61 with diacritics removed), entity
 * names with pg_trgm, connections from a pool. Every value reaches SQL as a bound
 * parameter; only the schema name (validated, quoted) is spliced into statements.
 */
export class PostgresStore implements Store {
  private closed = false;
  private readonly engine: QueryEngine;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly location: PostgresLocation,
    private readonly storeVersion: number,
  ) {
    const dialect = postgresDialect(this.s, this.config);
    this.engine = new QueryEngine(async (sql, params) => (await this.pool.query<Record<string, unknown>>(sql, params.values)).rows, dialect);
  }

  /** The quoted schema, for statements. */
  private get s(): string {
    return escapeIdentifier(this.location.schema);
  }

  /** The text search configuration, as the $1 parameter of search statements. */
  private get config(): string {
    return `${this.s}.${TEXT_SEARCH_CONFIG}`;
  }

  /**
   * Connects to `location` (`postgres://user@host:5432/db?schema=name`), creating
   * the schema and migrating it unless readonly.
   */
  static async open(location: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
    const parsed = parsePostgresLocation(location);
    const readonly = options.readonly ?? false;
    const pool = new pg.Pool({
      connectionString: parsed.connectionString,
      max: options.poolSize ?? DEFAULT_POOL_SIZE,
      application_name: 'wirewatch',
      ...(readonly ? { options: '-c default_transaction_read_only=on' } : {}),
    });
    // An idle client losing its server (a restart) must not crash the process.
    pool.on('error', () => undefined);
    try {
      const client = await connect(pool, parsed);
      try {
        const version = readonly ? await checkReadable(client, parsed.schema) : await migrate(client, parsed.schema);
        return new PostgresStore(pool, parsed, version);
      } finally {
        client.release();
      }
    } catch (error) {
      await pool.end();
      if (error instanceof StoreError) throw error;
      throw new StoreError('store.open-failed', `cannot open ${parsed.display}: ${reason(error)}`);
    }
  }

  async put(doc: AnalysedDocument, analysisVersion: string): Promise<PutOutcome> {
    const [outcome] = await this.putMany([doc], analysisVersion);
    return outcome;
  }

  async putMany(
    docs: readonly AnalysedDocument[],
    analysisVersion: string,
    options: PutManyOptions = {},
  ): Promise<PutOutcome[]> {
    return this.transaction(async (client) => {
      const now = new Date().toISOString();
      const outcomes = await this.putDocuments(client, docs, analysisVersion, now);
      await this.recordInputs(client, options.inputs ?? [], analysisVersion, now);
      // The first copy of an id says what happened to it (a later copy is 'unchanged').
      const outcomeById = new Map(docs.map((doc, index) => [doc.id, outcomes[index]] as const).reverse());
      await storeNearDuplicates(client, this.s, options.nearDuplicates ?? [], (id) => outcomeById.get(id));
      return outcomes;
    });
  }

  async processedInputs(inputIds: readonly string[], analysisVersion: string): Promise<Map<string, InputRecord>> {
    if (inputIds.length === 0) return new Map();
    const { rows } = await this.pool.query<{
      input_id: string;
      doc_id: string | null;
      rejection_code: string | null;
      rejection_message: string | null;
    }>(
      `SELECT input_id, doc_id, rejection_code, rejection_message FROM ${this.s}.inputs
       WHERE input_id = ANY($1::text[]) AND analysis_version = $2`,
      [inputIds, analysisVersion],
    );
    return new Map(
      rows.map((row) => {
        const record: InputRecord = { inputId: row.input_id };
        if (row.doc_id !== null) record.docId = row.doc_id;
        if (row.rejection_code !== null) record.rejection = { code: row.rejection_code, message: row.rejection_message ?? '' };
        return [row.input_id, record];
      }),
    );
  }

  async get(id: string): Promise<AnalysedDocument | undefined> {
    const { rows } = await this.pool.query<{ json: unknown }>(`SELECT json FROM ${this.s}.documents WHERE id = $1`, [id]);
    return rows.length === 0 ? undefined : AnalysedDocument.parse(rows[0].json);
  }

  async has(id: string, analysisVersion?: string): Promise<boolean> {
    const { rows } = await this.pool.query<{ analysis_version: string }>(
      `SELECT analysis_version FROM ${this.s}.documents WHERE id = $1`,
      [id],
    );
    if (rows.length === 0) return false;
    return analysisVersion === undefined || rows[0].analysis_version === analysisVersion;
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchResult> {
    return searchText(this.engine, query, options);
  }

  async findDocuments(query: QueryNode, options: DocumentQueryOptions = {}): Promise<QueryPage<DocumentHit>> {
    return this.engine.findDocuments(query, options);
  }

  async findEvents(query: QueryNode, options: ItemQueryOptions = {}): Promise<QueryPage<EventRecord>> {
    return this.engine.findEvents(query, options);
  }

  async findEventGroups(query: QueryNode, options: EventGroupOptions = {}): Promise<QueryPage<EventGroup>> {
    return this.engine.findEventGroups(query, options);
  }

  async findQuotes(query: QueryNode, options: ItemQueryOptions = {}): Promise<QueryPage<QuoteRecord>> {
    return this.engine.findQuotes(query, options);
  }

  async countEntities(query: QueryNode, options: EntityQueryOptions = {}): Promise<QueryPage<EntityCount>> {
    return this.engine.countEntities(query, options);
  }

  async facets(query: QueryNode, options: FacetOptions = {}): Promise<Facets> {
    return this.engine.facets(query, options);
  }

  async timeline(query: QueryNode, options: TimelineOptions = {}): Promise<TimelinePoint[]> {
    return this.engine.timeline(query, options);
  }

  async getMany(ids: readonly string[]): Promise<AnalysedDocument[]> {
    if (ids.length === 0) return [];
    const { rows } = await this.pool.query<{ id: string; json: unknown }>(`SELECT id, json FROM ${this.s}.documents WHERE id = ANY($1::text[])`, [ids]);
    const byId = new Map(rows.map((row) => [row.id, row.json]));
    return ids.flatMap((id) => (byId.has(id) ? [AnalysedDocument.parse(byId.get(id))] : []));
  }

  async list(options: SearchOptions = {}): Promise<DocumentSummary[]> {
    const { limit, offset } = page(options);
    const { rows } = await this.pool.query<SummaryRow>(
      `SELECT id, title, published, source_name, language, ingested_at FROM ${this.s}.documents
       ORDER BY published DESC NULLS LAST, ingested_at DESC, seq DESC
       LIMIT $1 OFFSET $2`,
      [limit, offset],
    );
    return rows.map(toSummary);
  }

  async entities(docId: string): Promise<StoredEntity[]> {
    const { rows } = await this.pool.query<{ doc_id: string; name: string; type: string; mentions: number }>(
      `SELECT doc_id, name, type, mentions FROM ${this.s}.entities WHERE doc_id = $1 ORDER BY ordinal`,
      [docId],
    );
    return rows.map((row) => ({ docId: row.doc_id, name: row.name, type: EntityType.parse(row.type), mentions: row.mentions }));
  }

  async findEntities(text: string, options: { limit?: number } = {}): Promise<EntityMatch[]> {
    const folded = foldName(text.trim());
    if (folded === '') return [];
    const limit = clampInteger(options.limit, DEFAULT_LIMIT, 0, MAX_LIMIT);
    // LIKE '%…%' on name_folded is served by the pg_trgm GIN index.
    const { rows } = await this.pool.query<{ name: string; type: string; documents: string; mentions: string }>(
      `SELECT name, type, count(*) AS documents, sum(mentions) AS mentions
       FROM ${this.s}.entities
       WHERE name_folded LIKE '%' || $1 || '%'
       GROUP BY name, type
       ORDER BY bool_or(name_folded = $2) DESC, count(*) DESC, sum(mentions) DESC, name, type
       LIMIT $3`,
      [escapeLike(folded), folded, limit],
    );
    return rows.map((row) => ({
      name: row.name,
      type: EntityType.parse(row.type),
      documents: Number(row.documents),
      mentions: Number(row.mentions),
    }));
  }

  async nearDuplicateCandidates(bands: readonly number[], options: { limit?: number } = {}): Promise<NearDuplicateRecord[]> {
    return findCandidates(this.pool, this.s, bands, options.limit);
  }

  async cluster(docId: string): Promise<NearDuplicateRecord[]> {
    return findCluster(this.pool, this.s, docId);
  }

  async stats(): Promise<StoreStats> {
    const { rows } = await this.pool.query<{ documents: string; entities: string }>(
      `SELECT (SELECT count(*) FROM ${this.s}.documents) AS documents, (SELECT count(*) FROM ${this.s}.entities) AS entities`,
    );
    return { documents: Number(rows[0].documents), entities: Number(rows[0].entities), storeVersion: this.storeVersion };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  /** Runs `work` in a transaction, again (up to TRANSACTION_ATTEMPTS) when the server aborted it for a deadlock or serialisation conflict. */
  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.transactionOnce(work);
      } catch (error) {
        if (attempt >= TRANSACTION_ATTEMPTS || !isRetryable(error)) throw error;
      }
    }
  }

  private async transactionOnce<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /**
   * Inserts, replaces (another analysis version) or leaves each document, in one
   * statement per batch. The upsert decides atomically, so two workers storing the
   * same document at once store it once: the second waits on the unique id and then
   * finds it 'unchanged'. Rows are written in id order, so overlapping batches wait
   * for each other instead of deadlocking. A second copy of an id within the batch is
   * 'unchanged', as a second put of it would be.
   */
  private async putDocuments(
    client: pg.PoolClient,
    docs: readonly AnalysedDocument[],
    analysisVersion: string,
    now: string,
  ): Promise<PutOutcome[]> {
    for (const doc of docs) assertStorable(doc, analysisVersion);
    const firstOf = new Map<string, AnalysedDocument>();
    for (const doc of docs) if (!firstOf.has(doc.id)) firstOf.set(doc.id, doc);
    const unique = [...firstOf.values()].sort((a, b) => compareIds(a.id, b.id));
    if (unique.length === 0) return [];
    const { rows } = await client.query<{ id: string; seq: string; inserted: boolean }>(
      `INSERT INTO ${this.s}.documents AS d
         (id, title, published, source_name, source_url, language, text, json, analysis_version, ingested_at, updated_at, search)
       SELECT t.id, t.title, t.published, t.source_name, t.source_url, t.language, t.text, t.json::jsonb, $10, $11, $11,
              setweight(to_tsvector($1::regconfig, t.title), 'A') ||
              setweight(to_tsvector($1::regconfig, t.names), 'B') ||
              setweight(to_tsvector($1::regconfig, left(t.text, ${SEARCH_TEXT_CHARACTERS})), 'D')
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $12::text[])
            WITH ORDINALITY AS t (id, title, published, source_name, source_url, language, text, json, names, ord)
       ORDER BY t.ord
       ON CONFLICT (id) DO UPDATE SET
         title = excluded.title, published = excluded.published, source_name = excluded.source_name,
         source_url = excluded.source_url, language = excluded.language, text = excluded.text, json = excluded.json,
         analysis_version = excluded.analysis_version, updated_at = excluded.updated_at, search = excluded.search
       WHERE d.analysis_version IS DISTINCT FROM excluded.analysis_version
       RETURNING d.id, d.seq, (xmax = 0) AS inserted`,
      [
        this.config,
        unique.map((doc) => doc.id),
        unique.map((doc) => doc.title),
        unique.map((doc) => doc.published ?? null),
        unique.map((doc) => doc.source.name),
        unique.map((doc) => doc.source.url ?? null),
        unique.map((doc) => doc.language),
        unique.map((doc) => doc.text),
        unique.map((doc) => JSON.stringify(doc)),
        analysisVersion,
        now,
        unique.map(entityNames),
      ],
    );
    const outcomeOf = new Map<string, PutOutcome>(rows.map((row) => [row.id, row.inserted ? 'inserted' : 'updated']));
    const updated = rows.filter((row) => !row.inserted).map((row) => row.id);
    if (updated.length > 0) await client.query(`DELETE FROM ${this.s}.entities WHERE doc_id = ANY($1::text[])`, [updated]);
    await this.insertEntities(client, unique.filter((doc) => outcomeOf.has(doc.id)));
    await clearQueryIndex(client, this.s, rows.filter((row) => !row.inserted).map((row) => Number(row.seq)));
    const seqOf = new Map(rows.map((row) => [row.id, Number(row.seq)]));
    await writeQueryIndex(client, this.s, this.config, unique.filter((doc) => seqOf.has(doc.id)).map((doc) => ({ seq: seqOf.get(doc.id)!, doc })));
    return docs.map((doc) => (firstOf.get(doc.id) === doc ? (outcomeOf.get(doc.id) ?? 'unchanged') : 'unchanged'));
  }

  private async insertEntities(client: pg.PoolClient, docs: readonly AnalysedDocument[]): Promise<void> {
    const rows = docs.flatMap((doc) => doc.entities.map((entity, ordinal) => ({ doc, entity, ordinal })));
    if (rows.length === 0) return;
    await client.query(
      `INSERT INTO ${this.s}.entities (doc_id, entity_id, ordinal, name, name_folded, type, country, actor_code, mentions)
       SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::int[])`,
      [
        rows.map((row) => row.doc.id),
        rows.map((row) => row.entity.id),
        rows.map((row) => row.ordinal),
        rows.map((row) => row.entity.name),
        rows.map((row) => foldName(row.entity.name)),
        rows.map((row) => row.entity.type),
        rows.map((row) => row.entity.country ?? null),
        rows.map((row) => row.entity.actorCode ?? null),
        rows.map((row) => row.entity.mentions.length),
      ],
    );
  }

  private async recordInputs(
    client: pg.PoolClient,
    inputs: readonly InputRecord[],
    analysisVersion: string,
    now: string,
  ): Promise<void> {
    if (inputs.length === 0) return;
    // One row per input id: an upsert may not touch a row twice in one statement.
    const unique = [...new Map(inputs.map((input) => [input.inputId, input])).values()].sort((a, b) =>
      compareIds(a.inputId, b.inputId),
    );
    await client.query(
      `INSERT INTO ${this.s}.inputs (input_id, analysis_version, doc_id, rejection_code, rejection_message, recorded_at)
       SELECT input_id, $5, doc_id, rejection_code, rejection_message, $6
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS t (input_id, doc_id, rejection_code, rejection_message)
       ON CONFLICT (input_id) DO UPDATE SET
         analysis_version = excluded.analysis_version, doc_id = excluded.doc_id, rejection_code = excluded.rejection_code,
         rejection_message = excluded.rejection_message, recorded_at = excluded.recorded_at`,
      [
        unique.map((input) => input.inputId),
        unique.map((input) => input.docId ?? null),
        unique.map((input) => input.rejection?.code ?? null),
        unique.map((input) => input.rejection?.message ?? null),
        analysisVersion,
        now,
      ],
    );
  }
}

/** Deadlock detected, serialization failure: the server rolled back; the same work can simply run again. */
const RETRYABLE_SQLSTATES = new Set(['40P01', '40001']);
const TRANSACTION_ATTEMPTS = 3;

function isRetryable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && RETRYABLE_SQLSTATES.has(code);
}

/** Code-unit order: the same in every process, whatever the locale. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function escapeIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

async function connect(pool: pg.Pool, location: PostgresLocation): Promise<pg.PoolClient> {
  try {
    return await pool.connect();
  } catch (error) {
    throw new StoreError('store.open-failed', `cannot connect to ${location.display}: ${reason(error)}`);
  }
}

async function checkReadable(client: pg.PoolClient, schema: string): Promise<number> {
  const version = await readStoreVersion(client, schema);
  if (version === 0) {
    throw new StoreError('store.open-failed', `no Wirewatch store in schema ${schema}: ingest something first`);
  }
  if (version < LATEST_STORE_VERSION) {
    throw new StoreError(
      'store.open-failed',
      `schema ${schema} has store version ${version}, needs ${LATEST_STORE_VERSION}: open it once without readonly to migrate it`,
    );
  }
  return version;
}

function reason(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return reason(error.errors[0]);
  return error instanceof Error ? error.message || error.name : String(error);
}

