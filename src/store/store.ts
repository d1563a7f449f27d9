import type { AnalysedDocument, EntityType } from '../model/schema.js';
import type { QueryNode } from '../query/ast.js';
import type { DocumentHit, EntityCount, EventGroup, EventRecord, FacetName, Facets, QuoteRecord, TimelinePoint } from '../query/results.js';

/** What `put` did: re-putting the same analysis of the same document changes nothing. */
export type PutOutcome = 'inserted' | 'updated' | 'unchanged';

export interface DocumentSummary {
  id: string;
  title: string;
  published?: string;
  source: string;
  language: string;
  /** When this document was first stored (ISO 8601, UTC). */
  ingestedAt: string;
}

export interface SearchHit extends DocumentSummary {
  /** A short excerpt around the match, plain text, with the matched terms between « and ». */
  snippet: string;
  /** Higher is better; comparable only within one result list. */
  score: number;
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
}

export interface SearchOptions {
  limit?: number;
  offset?: number;
}

export interface StoredEntity {
  docId: string;
  name: string;
  type: EntityType;
  mentions: number;
}

/**
 * What became of one raw input (a file, a fetched page, a queue job) under one
 * analysis: the ledger that lets an interrupted ingest pick up where it stopped
 * without analysing again what it already stored.
 */
export interface InputRecord {
  /** The input's content id (src/ingest/input-id.ts): a hash of its bytes and of what it was read as. */
  inputId: string;
  /** The document it became; absent when the analysis rejected it. */
  docId?: string;
  /** Why the analysis rejected it (an issue code and message); absent when it became a document. */
  rejection?: { code: string; message: string };
}

export interface PutManyOptions {
  /** Inputs to record as done, in the same transaction as the documents. */
  inputs?: readonly InputRecord[];
  /**
   * Near-duplicate records of documents in this batch (src/dedup/), stored in the same
   * transaction. A document that already has a record keeps it when its put outcome is
   * 'unchanged'; otherwise the record is inserted or replaces the old one.
   */
  nearDuplicates?: readonly NearDuplicateRecord[];
}

/**
 * A document's near-duplicate fingerprint and the story cluster dedup put it in
 * (src/dedup/near-duplicates.ts). Stores keep it beside the document (a side
 * table) and find records by band key.
 */
export interface NearDuplicateRecord {
  docId: string;
  /** MinHash signature: unsigned 32-bit integers, one per hash function (src/dedup/minhash.ts). */
  signature: readonly number[];
  /** Distinct shingles of the text (for containment). */
  shingles: number;
  /** LSH band keys, integers below 2^53, in ascending order: records sharing one are candidates. */
  bands: readonly number[];
  /** The cluster (one story across outlets), named by the id of its first document. */
  clusterId: string;
  /** The stored document this one is a near-copy of (its most similar); absent for a cluster's first document. */
  duplicateOf?: string;
  /** Estimated Jaccard similarity to duplicateOf. */
  similarity?: number;
}

/** A stored entity name matched by `findEntities`, counted over the documents that name it. */
export interface EntityMatch {
  name: string;
  type: EntityType;
  /** Documents naming it. */
  documents: number;
  /** Mentions over all those documents. */
  mentions: number;
}

/** Where a page of query results ends: the sort key of its last row (opaque to callers; see src/query/cursor.ts). */
export type SortKey = readonly (string | number)[];

export interface QueryPageOptions {
  /** Rows per page, 1 to 1000 (default 20). */
  limit?: number;
  /** Continue after this key (a previous page's `next`). */
  after?: SortKey;
  /** Count every match (default true); off for walks that do not need it, such as exports. */
  count?: boolean;
}

export interface DocumentQueryOptions extends QueryPageOptions {
  /** relevance (default when the query has words; else newest), newest or oldest publication first. */
  sort?: 'relevance' | 'newest' | 'oldest';
  /** Skip this many rows first (Store.search's offset paging; prefer `after`). */
  offset?: number;
}

export interface ItemQueryOptions extends QueryPageOptions {
  /** By the event's day (events) or the publication (quotes): newest (default) or oldest first. */
  sort?: 'newest' | 'oldest';
}

export interface EventGroupOptions extends ItemQueryOptions {
  /** Reports listed per merged event, 1 to 1000 (default 10); the counts cover every report. */
  mentions?: number;
}

export interface EntityQueryOptions extends QueryPageOptions {
  /**
   * What name fields and country: test: the entity itself (default: person:sadr counts
   * al-Sadr), or its document (person:sadr counts the entities named beside him).
   */
  match?: 'entity' | 'document';
}

export interface QueryPage<T> {
  items: T[];
  /** Every match, when counted. */
  total?: number;
  /** The order the page is in. */
  sort: string;
  /** Where the next page starts; absent on the last page. */
  next?: SortKey;
}

export interface FacetOptions {
  /** Which facets (default all). */
  facets?: readonly FacetName[];
  /** Buckets per facet (per entity type for entities), 1 to 1000 (default 10); days are all given. */
  limit?: number;
}

export interface TimelineOptions {
  /** Count documents by publication day (default) or events by their day. */
  of?: 'documents' | 'events';
  interval?: 'day' | 'week';
}

export interface StoreStats {
  documents: number;
  entities: number;
  /** The store's own schema version (its migrations), not the document schema. */
  storeVersion: number;
}

/**
 * Where analysed documents live. One interface, several implementations
 * (SQLite embedded; PostgreSQL for scale-out), all passing the same contract
 * suite in contract.ts, unchanged.
 *
 * `analysisVersion` identifies the pipeline that produced a document (its
 * stages and their versions): putting a document whose id is stored with the
 * same analysisVersion is a no-op ('unchanged'); a different one replaces it
 * ('updated').
 */
export interface Store {
  put(doc: AnalysedDocument, analysisVersion: string): Promise<PutOutcome>;
  /**
   * Puts many documents in one transaction: all are stored or none, and with them
   * `options.inputs` are recorded as done (see `processedInputs`).
   */
  putMany(docs: readonly AnalysedDocument[], analysisVersion: string, options?: PutManyOptions): Promise<PutOutcome[]>;
  /**
   * The inputs among `inputIds` recorded as done under `analysisVersion`, with what
   * they became: an ingest asks before analysing, so a rerun skips finished work.
   */
  processedInputs(inputIds: readonly string[], analysisVersion: string): Promise<Map<string, InputRecord>>;
  get(id: string): Promise<AnalysedDocument | undefined>;
  has(id: string, analysisVersion?: string): Promise<boolean>;
  /** Full-text search over titles, bodies and entity names; newest-relevance first. */
  search(query: string, options?: SearchOptions): Promise<SearchResult>;
  list(options?: SearchOptions): Promise<DocumentSummary[]>;
  entities(docId: string): Promise<StoredEntity[]>;
  /**
   * Entity names containing `text`, ignoring case and diacritics ("kadhimi" finds
   * "Mustafa al-Kādhimī"): an exact name first, then the most-cited. PostgreSQL serves
   * this from a pg_trgm index; SQLite scans.
   */
  findEntities(text: string, options?: { limit?: number }): Promise<EntityMatch[]>;
  /**
   * Near-duplicate records sharing at least one of `bands` (at most `limit`, default 100), in
   * storage order. Optional while a store has no near-duplicate table: ingest then skips
   * dedup, and the contract suite's near-duplicate tests skip for it.
   */
  nearDuplicateCandidates?(bands: readonly number[], options?: { limit?: number }): Promise<NearDuplicateRecord[]>;
  /** The records of every document in `docId`'s story cluster, first stored first; empty when it has no record. */
  cluster?(docId: string): Promise<NearDuplicateRecord[]>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;

  // The search language (src/query/): a parsed query tree, answered the same on every store.
  /** Documents matching a query, a page at a time. */
  findDocuments(query: QueryNode, options?: DocumentQueryOptions): Promise<QueryPage<DocumentHit>>;
  /** Events matching a query (event:, date: and country: test the event itself; the rest its document). */
  findEvents(query: QueryNode, options?: ItemQueryOptions): Promise<QueryPage<EventRecord>>;
  /**
   * Events matching a query merged across articles: one group per event key
   * (event-key.ts: day, actors, CAMEO base code, place, mode) with GDELT's NumMentions,
   * NumArticles and NumSources over the matching reports, and the first reports.
   *
   * @example
   *   const page = await store.findEventGroups(parseQuery('country:IRQ').root, { mentions: 3 });
   *   for (const g of page.items) console.log(g.key, g.numMentions, g.numSources);
   */
  findEventGroups(query: QueryNode, options?: EventGroupOptions): Promise<QueryPage<EventGroup>>;
  /** Quotations matching a query (quote: and said-by: test the quotation itself). */
  findQuotes(query: QueryNode, options?: ItemQueryOptions): Promise<QueryPage<QuoteRecord>>;
  /** Entities of the matching documents (name fields and country: test the entity itself), most widely named first. */
  countEntities(query: QueryNode, options?: EntityQueryOptions): Promise<QueryPage<EntityCount>>;
  /** Counts over a query's documents by day, outlet, entity, event type and country. */
  facets(query: QueryNode, options?: FacetOptions): Promise<Facets>;
  /** Counts per day or ISO week. */
  timeline(query: QueryNode, options?: TimelineOptions): Promise<TimelinePoint[]>;
  /** The stored documents among `ids`, in the order given (unknown ids left out). */
  getMany(ids: readonly string[]): Promise<AnalysedDocument[]>;
}

/** A store-level failure a user can act on (not a bug): bad path, not a Wirewatch database, bad query. */
export class StoreError extends Error {
  constructor(
    readonly code: 'store.open-failed' | 'store.not-wirewatch' | 'store.newer-schema' | 'store.bad-query' | 'store.bad-cursor',
    message: string,
    /** For store.bad-query: where the problem is in the query text, [start, end) in UTF-16 code units. */
    readonly at?: { start: number; end: number },
  ) {
    super(message);
    this.name = 'StoreError';
  }
}
