/**
 * Queries in the search language, answered the same way by every store: one
 * implementation of paging, ordering, counting, facets and timelines, over a store's
 * SQL dialect (where the SQL differs) and executor (how it runs). Both stores hand
 * their queries to this, so a query means the same on each.
 *
 * Pages are keyset pages: a page ends with the sort key of its last row, and the
 * next page starts after it, so walking every result costs the same per page however
 * deep, and rows stored meanwhile neither repeat nor shift the walk.
 */
import type { QueryNode } from '../query/ast.js';
import { compileWhere, splitRanked } from '../query/sql/compile.js';
import type { SqlDialect, Subject } from '../query/sql/dialect.js';
import type { SqlParams } from '../query/sql/params.js';
import { EntityCount, EventGroup, EventRecord, QuoteRecord, type DocumentHit, type FacetBucket, type FacetName, type Facets, type TimelinePoint } from '../query/results.js';
import { EntityType } from '../model/schema.js';
import { clampInteger, DEFAULT_LIMIT, MAX_LIMIT } from './common.js';
import { isoWeek } from './iso-week.js';
import { parseQuery } from '../query/parse.js';
import { QueryError } from '../query/errors.js';
import { StoreError, type SearchOptions, type SearchResult, type DocumentQueryOptions, type EntityQueryOptions, type EventGroupOptions, type FacetOptions, type ItemQueryOptions, type QueryPage, type SortKey, type TimelineOptions } from './store.js';

export type Row = Record<string, unknown>;

/** Runs one statement and returns its rows. */
export type SqlExecutor = (sql: string, params: SqlParams) => Promise<Row[]>;

/** Characters of the body read for a snippet when the query has no words. */
const LEAD_CHARACTERS = 240;
const DEFAULT_FACET_LIMIT = 10;
/** Reports listed per merged event unless asked otherwise (the counts cover them all). */
const DEFAULT_MENTIONS = 10;
const MAX_FACET_LIMIT = 1000;

interface SortColumn {
  expr: string;
  dir: 'ASC' | 'DESC';
  type: 'string' | 'number';
}

export class QueryEngine {
  constructor(
    private readonly run: SqlExecutor,
    private readonly dialect: SqlDialect,
  ) {}

  async findDocuments(root: QueryNode, options: DocumentQueryOptions = {}): Promise<QueryPage<DocumentHit>> {
    const d = this.dialect;
    const { ranked, rest } = root.kind === 'all' ? { rest: [] } : splitRanked(root, d);
    const sort = ranked ? (options.sort ?? 'relevance') : options.sort === 'oldest' ? 'oldest' : 'newest';
    const params = d.newParams();
    const source = ranked ? d.rankedDocuments(ranked, params) : { from: `${d.table('documents')} d`, where: '1 = 1', score: '0' };
    const where = [source.where, ...rest.map((node) => compileWhere(node, 'documents', d, params))].join(' AND ');
    const inner = `SELECT d.seq, d.id, d.title, d.published, d.source_name, d.source_url, d.language, d.ingested_at,
                          coalesce(d.published, '') AS sort_date, ${source.score} AS score${ranked ? '' : `, ${d.lead(LEAD_CHARACTERS)} AS lead`}
                   FROM ${source.from} WHERE ${where}`;
    const columns: SortColumn[] = sort === 'relevance'
      ? [{ expr: 'x.score', dir: 'DESC', type: 'number' }, { expr: 'x.id', dir: 'ASC', type: 'string' }]
      : [{ expr: 'x.sort_date', dir: sort === 'oldest' ? 'ASC' : 'DESC', type: 'string' }, { expr: 'x.id', dir: sort === 'oldest' ? 'ASC' : 'DESC', type: 'string' }];
    const countParams = params.values.length;
    const page = await this.page(`SELECT * FROM (${inner}) x`, columns, params, options);
    const total = options.count === false ? undefined : await this.count(`SELECT count(*) AS n FROM ${source.from} WHERE ${where}`, params, countParams);
    const snippets = ranked && page.rows.length > 0 ? await this.snippets(ranked, page.rows.map((row) => Number(row.seq))) : new Map<number, string>();
    const items = page.rows.map((row) => documentHit(row, snippets.get(Number(row.seq))));
    return { items, sort, ...(total === undefined ? {} : { total }), ...(page.next ? { next: page.next } : {}) };
  }

  async findEvents(root: QueryNode, options: ItemQueryOptions = {}): Promise<QueryPage<EventRecord>> {
    const from = `${this.dialect.table('events')} ev JOIN ${this.dialect.table('documents')} d ON d.seq = ev.doc_seq`;
    const dir = options.sort === 'oldest' ? 'ASC' : 'DESC';
    const columns: SortColumn[] = [{ expr: 'x.sort_day', dir, type: 'string' }, { expr: 'x.doc_id', dir, type: 'string' }, { expr: 'x.ordinal', dir: 'ASC', type: 'number' }];
    return this.itemPage(root, 'events', `SELECT ev.record, coalesce(ev.day, '') AS sort_day, ev.doc_id, ev.ordinal FROM ${from}`, from, columns, options, (row) => EventRecord.parse(parseJson(row.record)));
  }

  /**
   * Matching events merged across articles by their key (event-key.ts): one group per
   * key, with counts over every matching report and the first `mentions` reports.
   * Ordered by key, which begins with the event's day: a page is read off the key's
   * index, grouping as it goes, rather than grouping every match first.
   */
  async findEventGroups(root: QueryNode, options: EventGroupOptions = {}): Promise<QueryPage<EventGroup>> {
    const d = this.dialect;
    const params = d.newParams();
    const where = compileWhere(root, 'events', d, params);
    // Documents are joined only when the filter tests them (the dialects name them `d`):
    // a join costs one document look-up per event, most of the time of a count over all events.
    const from = /\bd\./u.test(where) ? `${d.table('events')} ev JOIN ${d.table('documents')} d ON d.seq = ev.doc_seq` : `${d.table('events')} ev`;
    const countParams = params.values.length;
    // The order, the cursor and the limit sit beside the GROUP BY, not around it, so the
    // database walks the key's index and stops after a page of groups.
    const key: SortColumn = { expr: 'ev.event_key', dir: options.sort === 'oldest' ? 'ASC' : 'DESC', type: 'string' };
    const limit = clampInteger(options.limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
    // No COLLATE is written: the key column is byte-ordered on both stores (COLLATE "C" in
    // PostgreSQL's DDL), and the clause would keep PostgreSQL from reading its index in order
    // (115 -> 0.1 ms for a page over 60,000 events).
    const after = options.after === undefined ? '' : ` AND ${keysetPredicate([key], checkKey(options.after, [key]), params, '')}`;
    const rows = await this.run(
      `SELECT ev.event_key, count(*) AS mentions, count(DISTINCT ev.doc_seq) AS articles, count(DISTINCT ev.outlet) AS sources
       FROM ${from} WHERE ${where}${after} GROUP BY ev.event_key ORDER BY ev.event_key ${key.dir} LIMIT ${params.add(limit + 1)}`,
      params,
    );
    const page = rows.length > limit ? { rows: rows.slice(0, limit), next: [String(rows[limit - 1]!.event_key)] } : { rows };
    // The total counts keys as an expression (|| ''), so SQLite reads the filter's own index
    // (events_cameo carries the key) rather than walking the key's index and looking up
    // every row: 116 -> 7 ms for event:19 over 60,000 events.
    const total = options.count === false ? undefined : await this.count(`SELECT count(DISTINCT ev.event_key || '') AS n FROM ${from} WHERE ${where}`, params, countParams);
    const keys = page.rows.map((row) => String(row.event_key));
    const mentions = await this.groupMentions(root, keys, clampInteger(options.mentions, DEFAULT_MENTIONS, 1, MAX_LIMIT));
    const stories = await this.groupStories(root, keys);
    const items = page.rows.map((row) => {
      const reports = mentions.get(String(row.event_key)) ?? [];
      return EventGroup.parse({
        key: row.event_key,
        record: (reports.find((r) => r.record.location !== undefined) ?? reports[0])?.record,
        numMentions: Number(row.mentions),
        numArticles: Number(row.articles),
        numSources: Number(row.sources),
        numStories: stories.get(String(row.event_key)) ?? 0,
        mentions: reports.map(({ record, outlet }) => ({ docId: record.docId, eventId: record.event.id, evidence: record.evidence, outlet, document: record.document })),
      });
    });
    return { items, sort: options.sort === 'oldest' ? 'oldest' : 'newest', ...(total === undefined ? {} : { total }), ...(page.next ? { next: page.next } : {}) };
  }

  /** Per key of `keys`, the near-duplicate clusters (stories) of its matching reports' documents; a document without a record is its own. */
  private async groupStories(root: QueryNode, keys: readonly string[]): Promise<Map<string, number>> {
    if (keys.length === 0) return new Map();
    const d = this.dialect;
    const params = d.newParams();
    const where = compileWhere(root, 'events', d, params);
    const rows = await this.run(
      `SELECT ev.event_key, count(DISTINCT coalesce(nd.cluster_id, ev.doc_id)) AS stories
       FROM ${d.table('events')} ev JOIN ${d.table('documents')} d ON d.seq = ev.doc_seq LEFT JOIN ${d.table('near_duplicates')} nd ON nd.doc_id = ev.doc_id
       WHERE ${where} AND ev.event_key IN (${keys.map((key) => params.add(key)).join(', ')}) GROUP BY ev.event_key`,
      params,
    );
    return new Map(rows.map((row) => [String(row.event_key), Number(row.stories)]));
  }

  /** The first `cap` matching reports of each of `keys`: by publication time as stored (text order, as documents sort), then document id and order in it. */
  private async groupMentions(root: QueryNode, keys: readonly string[], cap: number): Promise<Map<string, { record: EventRecord; outlet: string }[]>> {
    const byKey = new Map<string, { record: EventRecord; outlet: string }[]>();
    if (keys.length === 0) return byKey;
    const d = this.dialect;
    const c = d.collate;
    const params = d.newParams();
    const where = compileWhere(root, 'events', d, params);
    const wanted = keys.map((key) => params.add(key)).join(', ');
    const rows = await this.run(
      `SELECT event_key, record, outlet FROM (
         SELECT ev.event_key, ev.record, ev.outlet,
                row_number() OVER (PARTITION BY ev.event_key ORDER BY coalesce(d.published, '')${c}, ev.doc_id${c}, ev.ordinal) AS position
         FROM ${d.table('events')} ev JOIN ${d.table('documents')} d ON d.seq = ev.doc_seq
         WHERE ${where} AND ev.event_key IN (${wanted})
       ) m WHERE position <= ${params.add(cap)} ORDER BY event_key${c}, position`,
      params,
    );
    for (const row of rows) {
      const list = byKey.get(String(row.event_key)) ?? [];
      list.push({ record: EventRecord.parse(parseJson(row.record)), outlet: String(row.outlet) });
      byKey.set(String(row.event_key), list);
    }
    return byKey;
  }

  async findQuotes(root: QueryNode, options: ItemQueryOptions = {}): Promise<QueryPage<QuoteRecord>> {
    const from = `${this.dialect.table('quotes')} q JOIN ${this.dialect.table('documents')} d ON d.seq = q.doc_seq`;
    const dir = options.sort === 'oldest' ? 'ASC' : 'DESC';
    const columns: SortColumn[] = [{ expr: 'x.sort_date', dir, type: 'string' }, { expr: 'x.doc_id', dir, type: 'string' }, { expr: 'x.ordinal', dir: 'ASC', type: 'number' }];
    return this.itemPage(root, 'quotes', `SELECT q.record, coalesce(d.published, '') AS sort_date, q.doc_id, q.ordinal FROM ${from}`, from, columns, options, (row) => QuoteRecord.parse(parseJson(row.record)));
  }

  /** Entities (by name and type) of the matching documents, the most widely named first. */
  async countEntities(root: QueryNode, options: EntityQueryOptions = {}): Promise<QueryPage<EntityCount>> {
    const params = this.dialect.newParams();
    const from = `${this.dialect.table('entities')} e JOIN ${this.dialect.table('documents')} d ON d.id = e.doc_id`;
    const where = compileWhere(root, options.match === 'document' ? 'documents' : 'entities', this.dialect, params);
    const grouped = `SELECT e.name, e.type, count(DISTINCT d.seq) AS documents, sum(e.mentions) AS mentions FROM ${from} WHERE ${where} GROUP BY e.name, e.type`;
    const columns: SortColumn[] = [{ expr: 'x.documents', dir: 'DESC', type: 'number' }, { expr: 'x.name', dir: 'ASC', type: 'string' }, { expr: 'x.type', dir: 'ASC', type: 'string' }];
    const countParams = params.values.length;
    const page = await this.page(`SELECT * FROM (${grouped}) x`, columns, params, options);
    const total = options.count === false ? undefined : await this.count(`SELECT count(*) AS n FROM (${grouped}) g`, params, countParams);
    const items = page.rows.map((row) => EntityCount.parse({ name: row.name, type: row.type, documents: Number(row.documents), mentions: Number(row.mentions) }));
    return { items, sort: 'documents', ...(total === undefined ? {} : { total }), ...(page.next ? { next: page.next } : {}) };
  }

  /**
   * Counts by facet over the matching documents. The orderings name the grouped column,
   * not its output name `key`: PostgreSQL resolves an output name in ORDER BY only
   * when it stands alone, not under COLLATE.
   */
  async facets(root: QueryNode, options: FacetOptions = {}): Promise<Facets> {
    const wanted = new Set<FacetName>(options.facets ?? ['day', 'source', 'entity', 'event', 'country']);
    const limit = clampInteger(options.limit, DEFAULT_FACET_LIMIT, 1, MAX_FACET_LIMIT);
    const d = this.dialect;
    const c = d.collate;
    const docs = (params: SqlParams): string => `${d.table('documents')} d WHERE ${compileWhere(root, 'documents', d, params)}`;
    const facets: Facets = {};
    if (wanted.has('day')) {
      facets.day = await this.buckets((p) => `SELECT d.published_day AS key, count(*) AS count FROM ${docs(p)} AND d.published_day IS NOT NULL GROUP BY d.published_day ORDER BY d.published_day${c}`);
    }
    if (wanted.has('source')) {
      facets.source = await this.buckets((p) => `SELECT d.source_name AS key, count(*) AS count FROM ${docs(p)} GROUP BY d.source_name ORDER BY count DESC, d.source_name${c} LIMIT ${limit}`);
    }
    if (wanted.has('entity')) {
      const params = d.newParams();
      const rows = await this.run(
        `SELECT type, key, count FROM (
           SELECT e.type, e.name AS key, count(DISTINCT d.seq) AS count,
                  row_number() OVER (PARTITION BY e.type ORDER BY count(DISTINCT d.seq) DESC, e.name${c}) AS position
           FROM ${d.table('entities')} e JOIN ${d.table('documents')} d ON d.id = e.doc_id
           WHERE ${compileWhere(root, 'documents', d, params)}
           GROUP BY e.type, e.name
         ) ranked WHERE position <= ${limit} ORDER BY type${c}, position`,
        params,
      );
      const byType: Record<string, FacetBucket[]> = {};
      for (const row of rows) (byType[EntityType.parse(row.type)] ??= []).push({ key: String(row.key), count: Number(row.count) });
      facets.entity = byType;
    }
    if (wanted.has('event')) {
      const events = (p: SqlParams): string => `${d.table('events')} ev JOIN ${d.table('documents')} d ON d.seq = ev.doc_seq WHERE ${compileWhere(root, 'events', d, p)}`;
      facets.event = {
        cameoRoot: await this.buckets((p) => `SELECT ev.cameo_root AS key, count(*) AS count FROM ${events(p)} GROUP BY ev.cameo_root ORDER BY ev.cameo_root${c}`),
        plover: await this.buckets((p) => `SELECT ev.plover AS key, count(*) AS count FROM ${events(p)} AND ev.plover IS NOT NULL GROUP BY ev.plover ORDER BY count DESC, ev.plover${c}`),
      };
    }
    if (wanted.has('country')) {
      facets.country = await this.buckets(
        (p) => `SELECT c.country AS key, count(*) AS count FROM ${d.table('doc_countries')} c JOIN ${d.table('documents')} d ON d.seq = c.doc_seq
                WHERE ${compileWhere(root, 'documents', d, p)} GROUP BY c.country ORDER BY count DESC, c.country${c} LIMIT ${limit}`,
      );
    }
    return facets;
  }

  /** Matching documents per publication day, or matching events per event day; by day or ISO week (days without a full date left out). */
  async timeline(root: QueryNode, options: TimelineOptions = {}): Promise<TimelinePoint[]> {
    const d = this.dialect;
    const days = await this.buckets((p) =>
      options.of === 'events'
        ? `SELECT ev.day AS key, count(*) AS count FROM ${d.table('events')} ev JOIN ${d.table('documents')} d ON d.seq = ev.doc_seq
           WHERE ${compileWhere(root, 'events', d, p)} AND ev.day IS NOT NULL GROUP BY ev.day`
        : `SELECT d.published_day AS key, count(*) AS count FROM ${d.table('documents')} d
           WHERE ${compileWhere(root, 'documents', d, p)} AND d.published_day IS NOT NULL GROUP BY d.published_day`,
    );
    const counts = new Map<string, number>();
    for (const { key, count } of days) {
      if (!/^\d{4}-\d{2}-\d{2}$/u.test(key)) continue;
      const period = options.interval === 'week' ? isoWeek(key) : key;
      counts.set(period, (counts.get(period) ?? 0) + count);
    }
    return [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([period, count]) => ({ period, count }));
  }

  private async itemPage<T>(root: QueryNode, subject: Subject, select: string, from: string, columns: SortColumn[], options: ItemQueryOptions, toItem: (row: Row) => T): Promise<QueryPage<T>> {
    const params = this.dialect.newParams();
    const where = compileWhere(root, subject, this.dialect, params);
    const countParams = params.values.length;
    const page = await this.page(`SELECT * FROM (${select} WHERE ${where}) x`, columns, params, options);
    const total = options.count === false ? undefined : await this.count(`SELECT count(*) AS n FROM ${from} WHERE ${where}`, params, countParams);
    return { items: page.rows.map(toItem), sort: options.sort === 'oldest' ? 'oldest' : 'newest', ...(total === undefined ? {} : { total }), ...(page.next ? { next: page.next } : {}) };
  }

  /** One page of `select` (rows aliased x) in `columns` order after `options.after`; the key of the last row when more follow. */
  private async page(select: string, columns: SortColumn[], params: SqlParams, options: { limit?: number; after?: SortKey; offset?: number }): Promise<{ rows: Row[]; next?: SortKey }> {
    const limit = clampInteger(options.limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
    const c = this.dialect.collate;
    const after = options.after === undefined ? '' : ` WHERE ${keysetPredicate(columns, checkKey(options.after, columns), params, c)}`;
    const order = columns.map((col) => `${col.expr}${col.type === 'string' ? c : ''} ${col.dir}`).join(', ');
    const offset = options.offset ? ` OFFSET ${params.add(clampInteger(options.offset, 0, 0, Number.MAX_SAFE_INTEGER))}` : '';
    const rows = await this.run(`${select}${after} ORDER BY ${order} LIMIT ${params.add(limit + 1)}${offset}`, params);
    if (rows.length <= limit) return { rows };
    const kept = rows.slice(0, limit);
    const last = kept[kept.length - 1]!;
    return { rows: kept, next: columns.map((col) => keyValue(last[col.expr.slice(2)], col)) };
  }

  /** Counts with the parameters the filter bound (the first `used`), not those of the page. */
  private async count(sql: string, params: SqlParams, used: number): Promise<number> {
    const countParams = this.dialect.newParams();
    for (const value of params.values.slice(0, used)) countParams.add(value);
    const [row] = await this.run(sql, countParams);
    return Number(row?.n ?? 0);
  }

  private async buckets(statement: (params: SqlParams) => string): Promise<FacetBucket[]> {
    const params = this.dialect.newParams();
    const rows = await this.run(statement(params), params);
    return rows.map((row) => ({ key: String(row.key), count: Number(row.count) }));
  }

  private async snippets(ranked: QueryNode, seqs: number[]): Promise<Map<number, string>> {
    const params = this.dialect.newParams();
    const rows = await this.run(this.dialect.snippets(ranked, seqs, params), params);
    return new Map(rows.map((row) => [Number(row.seq), String(row.snippet)]));
  }
}

/**
 * `Store.search`: the query text parsed by the search language, the page by offset
 * (the keyset pages of findDocuments are for walking far), hits in relevance order.
 */
export async function searchText(engine: QueryEngine, text: string, options: SearchOptions = {}): Promise<SearchResult> {
  let root: QueryNode;
  try {
    root = parseQuery(text).root;
  } catch (error) {
    if (error instanceof QueryError) throw new StoreError('store.bad-query', `cannot search for ${JSON.stringify(text)}: ${error.describe()}`, error.at);
    throw error;
  }
  const limit = clampInteger(options.limit, DEFAULT_LIMIT, 0, MAX_LIMIT);
  const page = await engine.findDocuments(root, { limit: Math.max(limit, 1), offset: options.offset ?? 0 });
  const hits = page.items.slice(0, limit).map(({ url: _url, ...hit }) => hit);
  return { total: page.total ?? 0, hits };
}

/**
 * Rows after `key` in `columns` order: (a, b, c) > (ka, kb, kc) written out as
 * a > ka OR (a = ka AND (b > kb OR (b = kb AND c > kc))), each comparison in its column's direction.
 */
function keysetPredicate(columns: readonly SortColumn[], key: SortKey, params: SqlParams, collate: string): string {
  const [column, ...rest] = columns;
  if (!column) return '1 = 0';
  const c = column.type === 'string' ? collate : '';
  const value = params.add(key[0]!);
  const beyond = `${column.expr}${c} ${column.dir === 'ASC' ? '>' : '<'} ${value}`;
  if (rest.length === 0) return `(${beyond})`;
  return `(${beyond} OR (${column.expr}${c} = ${value} AND ${keysetPredicate(rest, key.slice(1), params, collate)}))`;
}

function checkKey(key: SortKey, columns: readonly SortColumn[]): SortKey {
  const fits = key.length === columns.length && columns.every((col, i) => (col.type === 'number' ? typeof key[i] === 'number' && Number.isFinite(key[i]) : typeof key[i] === 'string'));
  if (!fits) throw new StoreError('store.bad-cursor', 'the cursor does not belong to this kind of query or order');
  return key;
}

function keyValue(value: unknown, column: SortColumn): string | number {
  return column.type === 'number' ? Number(value) : String(value ?? '');
}

function parseJson(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}

function documentHit(row: Row, snippet: string | undefined): DocumentHit {
  const hit: DocumentHit = {
    id: String(row.id),
    title: String(row.title),
    source: String(row.source_name),
    language: String(row.language),
    ingestedAt: String(row.ingested_at),
    snippet: snippet ?? leadSnippet(typeof row.lead === 'string' ? row.lead : ''),
    score: Number(row.score),
  };
  if (typeof row.published === 'string') hit.published = row.published;
  if (typeof row.source_url === 'string') hit.url = row.source_url;
  return hit;
}

/** The opening words of a body, cut at a word boundary. */
function leadSnippet(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length < LEAD_CHARACTERS - 40) return flat;
  const cut = flat.slice(0, LEAD_CHARACTERS - 40);
  const space = cut.lastIndexOf(' ');
  return `${space > 0 ? cut.slice(0, space) : cut}…`;
}
