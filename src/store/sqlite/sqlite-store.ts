import { closeSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { AnalysedDocument, EntityType } from '../../model/schema.js';
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
import { assertStorable, clampInteger, DEFAULT_LIMIT, entityNames, MAX_LIMIT, page, toSummary, type SummaryRow } from '../common.js';
import { escapeLike, foldName } from '../fold.js';
import type { QueryNode } from '../../query/ast.js';
import type { DocumentHit, EntityCount, EventGroup, EventRecord, Facets, QuoteRecord, TimelinePoint } from '../../query/results.js';
import { QueryEngine, searchText } from '../query-engine.js';
import { sqliteDialect } from './query-dialect.js';
import { clearQueryIndex, prepareQueryIndexStatements, writeQueryIndex, type QueryIndexStatements } from './query-index.js';
import { findCandidates, prepareNearDuplicateStatements, storeNearDuplicates, toNearDuplicateRecord, type NearDuplicateStatements } from './near-duplicates.js';
import { LATEST_STORE_VERSION, migrate, readStoreVersion, sqliteErrorCode } from './migrations.js';

export interface SqliteStoreOptions {
  /** Open an existing, up-to-date database for reading only: no migration, no writes. */
  readonly?: boolean;
}

interface ExistingRow {
  seq: number;
  analysis_version: string;
  ingested_at: string;
}

interface EntityRow {
  doc_id: string;
  name: string;
  type: string;
  mentions: number;
}

interface InputParams {
  inputId: string;
  analysisVersion: string;
  docId: string | null;
  rejectionCode: string | null;
  rejectionMessage: string | null;
  now: string;
}

interface InputRow {
  input_id: string;
  doc_id: string | null;
  rejection_code: string | null;
  rejection_message: string | null;
}

interface EntityMatchRow {
  name: string;
  type: string;
  documents: number;
  mentions: number;
}

interface DocumentParams {
  id: string;
  title: string;
  published: string | null;
  sourceName: string;
  sourceUrl: string | null;
  language: string;
  text: string;
  json: string;
  analysisVersion: string;
  now: string;
}

/** Every statement the store runs, prepared once when the store opens. */
function prepareStatements(db: Database.Database) {
  return {
    existing: db.prepare<[string], ExistingRow>(
      'SELECT seq, analysis_version, ingested_at FROM documents WHERE id = ?',
    ),
    insertDocument: db.prepare<DocumentParams>(
      `INSERT INTO documents (id, title, published, source_name, source_url, language, text, json,
                              analysis_version, ingested_at, updated_at)
       VALUES (@id, @title, @published, @sourceName, @sourceUrl, @language, @text, @json,
               @analysisVersion, @now, @now)`,
    ),
    updateDocument: db.prepare<DocumentParams>(
      `UPDATE documents SET title = @title, published = @published, source_name = @sourceName,
                            source_url = @sourceUrl, language = @language, text = @text, json = @json,
                            analysis_version = @analysisVersion, updated_at = @now
       WHERE id = @id`,
    ),
    deleteEntities: db.prepare<[string]>('DELETE FROM entities WHERE doc_id = ?'),
    insertEntity: db.prepare<[string, string, string, string, string | null, string | null, number, string]>(
      `INSERT INTO entities (doc_id, entity_id, name, type, country, actor_code, mentions, name_folded)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    recordInput: db.prepare<InputParams>(
      `INSERT INTO inputs (input_id, analysis_version, doc_id, rejection_code, rejection_message, recorded_at)
       VALUES (@inputId, @analysisVersion, @docId, @rejectionCode, @rejectionMessage, @now)
       ON CONFLICT (input_id) DO UPDATE SET
         analysis_version = excluded.analysis_version, doc_id = excluded.doc_id,
         rejection_code = excluded.rejection_code, rejection_message = excluded.rejection_message,
         recorded_at = excluded.recorded_at`,
    ),
    processedInputs: db.prepare<[string, string], InputRow>(
      `SELECT i.input_id, i.doc_id, i.rejection_code, i.rejection_message
       FROM json_each(?) AS wanted JOIN inputs i ON i.input_id = wanted.value
       WHERE i.analysis_version = ?`,
    ),
    findEntities: db.prepare<[string, string, number], EntityMatchRow>(
      `SELECT name, type, count(*) AS documents, sum(mentions) AS mentions
       FROM entities
       WHERE name_folded LIKE '%' || ? || '%' ESCAPE '\\'
       GROUP BY name, type
       ORDER BY max(name_folded = ?) DESC, documents DESC, mentions DESC, name, type
       LIMIT ?`,
    ),
    deleteFts: db.prepare<[number]>('DELETE FROM documents_fts WHERE rowid = ?'),
    insertFts: db.prepare<[number, string, string, string]>(
      'INSERT INTO documents_fts (rowid, title, text, entity_names) VALUES (?, ?, ?, ?)',
    ),
    json: db.prepare<[string], string>('SELECT json FROM documents WHERE id = ?').pluck(),
    analysisVersion: db.prepare<[string], string>('SELECT analysis_version FROM documents WHERE id = ?').pluck(),
    list: db.prepare<[number, number], SummaryRow>(
      `SELECT id, title, published, source_name, language, ingested_at
       FROM documents
       ORDER BY published DESC NULLS LAST, ingested_at DESC, seq DESC
       LIMIT ? OFFSET ?`,
    ),
    entities: db.prepare<[string], EntityRow>(
      'SELECT doc_id, name, type, mentions FROM entities WHERE doc_id = ? ORDER BY rowid',
    ),
    countDocuments: db.prepare<[], number>('SELECT count(*) FROM documents').pluck(),
    countEntities: db.prepare<[], number>('SELECT count(*) FROM entities').pluck(),
  };
}

type Statements = ReturnType<typeof prepareStatements>;

export class SqliteStore implements Store {
  private readonly statements: Statements;
  private readonly putAll: (
    docs: readonly AnalysedDocument[],
    analysisVersion: string,
    inputs: readonly InputRecord[],
    nearDuplicates: readonly NearDuplicateRecord[],
  ) => PutOutcome[];
  private readonly nearDuplicateStatements: NearDuplicateStatements;
  private readonly queryIndex: QueryIndexStatements;
  private readonly engine: QueryEngine;

  private constructor(
    private readonly db: Database.Database,
    private readonly storeVersion: number,
  ) {
    this.statements = prepareStatements(db);
    this.nearDuplicateStatements = prepareNearDuplicateStatements(db);
    this.queryIndex = prepareQueryIndexStatements(db);
    this.engine = new QueryEngine(async (sql, params) => db.prepare<Record<string, unknown>, Record<string, unknown>>(sql).all(params.named()), sqliteDialect);
    this.putAll = db.transaction(
      (docs: readonly AnalysedDocument[], analysisVersion: string, inputs: readonly InputRecord[], nearDuplicates: readonly NearDuplicateRecord[]) => {
        const outcomes = docs.map((doc) => this.putOne(doc, analysisVersion));
        const now = new Date().toISOString();
        for (const input of inputs) this.statements.recordInput.run(inputParams(input, analysisVersion, now));
        const outcomeById = new Map(docs.map((doc, i) => [doc.id, outcomes[i]]));
        storeNearDuplicates(this.nearDuplicateStatements, nearDuplicates, (id) => outcomeById.get(id));
        return outcomes;
      },
    );
  }

  /** Opens (creating it and its parent directories if needed) the database at `path`; `:memory:` works. */
  static open(path: string, options: SqliteStoreOptions = {}): SqliteStore {
    const readonly = options.readonly ?? false;
    const db = openDatabase(path, readonly);
    try {
      const storeVersion = readonly ? checkReadable(db) : prepareWritable(db);
      return new SqliteStore(db, storeVersion);
    } catch (error) {
      db.close();
      throw error;
    }
  }

  async put(doc: AnalysedDocument, analysisVersion: string): Promise<PutOutcome> {
    const [outcome] = this.putAll([doc], analysisVersion, [], []);
    return outcome;
  }

  async putMany(
    docs: readonly AnalysedDocument[],
    analysisVersion: string,
    options: PutManyOptions = {},
  ): Promise<PutOutcome[]> {
    return this.putAll(docs, analysisVersion, options.inputs ?? [], options.nearDuplicates ?? []);
  }

  async nearDuplicateCandidates(bands: readonly number[], options: { limit?: number } = {}): Promise<NearDuplicateRecord[]> {
    return findCandidates(this.nearDuplicateStatements, bands, options.limit);
  }

  async cluster(docId: string): Promise<NearDuplicateRecord[]> {
    return this.nearDuplicateStatements.cluster.all(docId).map(toNearDuplicateRecord);
  }

  async processedInputs(inputIds: readonly string[], analysisVersion: string): Promise<Map<string, InputRecord>> {
    const rows = inputIds.length === 0 ? [] : this.statements.processedInputs.all(JSON.stringify(inputIds), analysisVersion);
    return new Map(rows.map((row) => [row.input_id, toInputRecord(row)]));
  }

  async findEntities(text: string, options: { limit?: number } = {}): Promise<EntityMatch[]> {
    const folded = foldName(text.trim());
    if (folded === '') return [];
    const limit = clampInteger(options.limit, DEFAULT_LIMIT, 0, MAX_LIMIT);
    return this.statements.findEntities.all(escapeLike(folded), folded, limit).map((row) => ({
      name: row.name,
      type: EntityType.parse(row.type),
      documents: row.documents,
      mentions: row.mentions,
    }));
  }

  async get(id: string): Promise<AnalysedDocument | undefined> {
    const json = this.statements.json.get(id);
    return json === undefined ? undefined : AnalysedDocument.parse(JSON.parse(json));
  }

  async has(id: string, analysisVersion?: string): Promise<boolean> {
    const stored = this.statements.analysisVersion.get(id);
    if (stored === undefined) return false;
    return analysisVersion === undefined || stored === analysisVersion;
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchResult> {
    return asBadQuery(query, () => searchText(this.engine, query, options));
  }

  async findDocuments(query: QueryNode, options: DocumentQueryOptions = {}): Promise<QueryPage<DocumentHit>> {
    return asBadQuery(query, () => this.engine.findDocuments(query, options));
  }

  async findEvents(query: QueryNode, options: ItemQueryOptions = {}): Promise<QueryPage<EventRecord>> {
    return asBadQuery(query, () => this.engine.findEvents(query, options));
  }

  async findEventGroups(query: QueryNode, options: EventGroupOptions = {}): Promise<QueryPage<EventGroup>> {
    return asBadQuery(query, () => this.engine.findEventGroups(query, options));
  }

  async findQuotes(query: QueryNode, options: ItemQueryOptions = {}): Promise<QueryPage<QuoteRecord>> {
    return asBadQuery(query, () => this.engine.findQuotes(query, options));
  }

  async countEntities(query: QueryNode, options: EntityQueryOptions = {}): Promise<QueryPage<EntityCount>> {
    return asBadQuery(query, () => this.engine.countEntities(query, options));
  }

  async facets(query: QueryNode, options: FacetOptions = {}): Promise<Facets> {
    return asBadQuery(query, () => this.engine.facets(query, options));
  }

  async timeline(query: QueryNode, options: TimelineOptions = {}): Promise<TimelinePoint[]> {
    return asBadQuery(query, () => this.engine.timeline(query, options));
  }

  async getMany(ids: readonly string[]): Promise<AnalysedDocument[]> {
    if (ids.length === 0) return [];
    const rows = this.db.prepare<[string], { id: string; json: string }>('SELECT d.id, d.json FROM json_each(?) AS wanted JOIN documents d ON d.id = wanted.value').all(JSON.stringify(ids));
    const byId = new Map(rows.map((row) => [row.id, row.json]));
    return ids.flatMap((id) => {
      const json = byId.get(id);
      return json === undefined ? [] : [AnalysedDocument.parse(JSON.parse(json))];
    });
  }

  async list(options: SearchOptions = {}): Promise<DocumentSummary[]> {
    const { limit, offset } = page(options);
    return this.statements.list.all(limit, offset).map(toSummary);
  }

  async entities(docId: string): Promise<StoredEntity[]> {
    return this.statements.entities.all(docId).map((row) => ({
      docId: row.doc_id,
      name: row.name,
      type: EntityType.parse(row.type),
      mentions: row.mentions,
    }));
  }

  async stats(): Promise<StoreStats> {
    return {
      documents: this.statements.countDocuments.get() ?? 0,
      entities: this.statements.countEntities.get() ?? 0,
      storeVersion: this.storeVersion,
    };
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    // Refreshes the planner's statistics where a session's writes changed them (SQLite's advice for closing).
    if (!this.db.readonly) this.db.pragma('optimize');
    this.db.close();
  }

  /** Runs inside the putAll transaction. */
  private putOne(doc: AnalysedDocument, analysisVersion: string): PutOutcome {
    assertStorable(doc, analysisVersion);
    const existing = this.statements.existing.get(doc.id);
    if (existing?.analysis_version === analysisVersion) return 'unchanged';

    const params = documentParams(doc, analysisVersion, new Date().toISOString());
    let seq: number;
    if (existing === undefined) {
      seq = Number(this.statements.insertDocument.run(params).lastInsertRowid);
    } else {
      // UPDATE, not REPLACE: keeps seq (the FTS rowid) and ingested_at.
      this.statements.updateDocument.run(params);
      this.statements.deleteEntities.run(doc.id);
      this.statements.deleteFts.run(existing.seq);
      clearQueryIndex(this.queryIndex, existing.seq);
      seq = existing.seq;
    }
    writeQueryIndex(this.queryIndex, seq, doc);
    this.insertEntities(doc);
    this.statements.insertFts.run(seq, doc.title, doc.text, entityNames(doc));
    return existing === undefined ? 'inserted' : 'updated';
  }

  private insertEntities(doc: AnalysedDocument): void {
    for (const entity of doc.entities) {
      this.statements.insertEntity.run(
        doc.id,
        entity.id,
        entity.name,
        entity.type,
        entity.country ?? null,
        entity.actorCode ?? null,
        entity.mentions.length,
        foldName(entity.name),
      );
    }
  }
}

function openDatabase(path: string, readonly: boolean): Database.Database {
  if (path !== ':memory:') refuseForeignFile(path);
  try {
    if (!readonly && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    return new Database(path, { readonly, fileMustExist: readonly });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StoreError('store.open-failed', `cannot open ${path}: ${reason}`);
  }
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * SQLite takes some tiny non-database files (a single byte, say) for empty databases
 * and would overwrite them; only a missing file, an empty one or one with the SQLite
 * header may reach it.
 */
function refuseForeignFile(path: string): void {
  const size = fileSize(path);
  if (size === undefined || size === 0) return;
  if (!readHeader(path).equals(SQLITE_HEADER)) {
    throw new StoreError('store.not-wirewatch', `${path} is not a Wirewatch database`);
  }
}

function fileSize(path: string): number | undefined {
  try {
    const stats = statSync(path);
    return stats.isFile() ? stats.size : undefined;
  } catch {
    return undefined;
  }
}

function readHeader(path: string): Buffer {
  const header = Buffer.alloc(SQLITE_HEADER.length);
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const bytesRead = readSync(fd, header, 0, header.length, 0);
    return header.subarray(0, bytesRead);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StoreError('store.open-failed', `cannot open ${path}: ${reason}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function prepareWritable(db: Database.Database): number {
  // Checked before any PRAGMA that writes, so a foreign file is left untouched.
  readStoreVersion(db);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  const version = migrate(db);
  // Without statistics the planner may pick the language index for `lang:en` (which matches nearly
  // everything) and sort the whole result again for every page of an export: measured 12.4 s against
  // 1.6 s for 30,000 documents. optimize=0x10002 gathers statistics only where they are missing or
  // stale, and analysis_limit bounds the sampling, so opening a large store stays quick.
  db.pragma('analysis_limit = 1000');
  db.pragma('optimize = 0x10002');
  return version;
}

function checkReadable(db: Database.Database): number {
  db.pragma('busy_timeout = 5000');
  const version = readStoreVersion(db);
  if (version < LATEST_STORE_VERSION) {
    throw new StoreError(
      'store.open-failed',
      `${db.name} has store version ${version}, needs ${LATEST_STORE_VERSION}: open it once without readonly to migrate it`,
    );
  }
  return version;
}

function documentParams(doc: AnalysedDocument, analysisVersion: string, now: string): DocumentParams {
  return {
    id: doc.id,
    title: doc.title,
    published: doc.published ?? null,
    sourceName: doc.source.name,
    sourceUrl: doc.source.url ?? null,
    language: doc.language,
    text: doc.text,
    json: JSON.stringify(doc),
    analysisVersion,
    now,
  };
}

/** Every query reaches FTS5 quoted, so FTS5 syntax errors should be impossible; this keeps them a StoreError if one slips through. */
async function asBadQuery<T>(query: string | QueryNode, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (sqliteErrorCode(error) === 'SQLITE_ERROR' && error instanceof Error && /fts5/iu.test(error.message)) {
      throw new StoreError('store.bad-query', `cannot search for ${JSON.stringify(typeof query === 'string' ? query : query.kind)}: ${error.message}`);
    }
    throw error;
  }
}

function inputParams(input: InputRecord, analysisVersion: string, now: string): InputParams {
  return {
    inputId: input.inputId,
    analysisVersion,
    docId: input.docId ?? null,
    rejectionCode: input.rejection?.code ?? null,
    rejectionMessage: input.rejection?.message ?? null,
    now,
  };
}

function toInputRecord(row: InputRow): InputRecord {
  const record: InputRecord = { inputId: row.input_id };
  if (row.doc_id !== null) record.docId = row.doc_id;
  if (row.rejection_code !== null) {
    record.rejection = { code: row.rejection_code, message: row.rejection_message ?? '' };
  }
  return record;
}

