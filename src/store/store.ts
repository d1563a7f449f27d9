import type { AnalysedDocument, EntityType } from '../model/schema.js';

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
}

/** A store-level failure a user can act on (not a bug): bad path, not a Wirewatch database, bad query. */
export class StoreError extends Error {
  constructor(
    readonly code: 'store.open-failed' | 'store.not-wirewatch' | 'store.newer-schema' | 'store.bad-query',
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}
