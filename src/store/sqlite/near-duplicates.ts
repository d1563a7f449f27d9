import type Database from 'better-sqlite3';
import type { NearDuplicateRecord, PutOutcome } from '../store.js';

/**
 * The SQLite side table of near-duplicate records (migration 3): one row per
 * fingerprinted document, and one per (band key, document) for the LSH lookup.
 * Signatures are stored as little-endian uint32 blobs.
 */

interface RecordRow {
  doc_id: string;
  signature: Buffer;
  shingles: number;
  cluster_id: string;
  duplicate_of: string | null;
  similarity: number | null;
  bands: string;
}

const DEFAULT_CANDIDATES = 100;
const MAX_CANDIDATES = 1000;

export function encodeSignature(signature: readonly number[]): Buffer {
  const buffer = Buffer.alloc(signature.length * 4);
  signature.forEach((value, i) => buffer.writeUInt32LE(value >>> 0, i * 4));
  return buffer;
}

export function decodeSignature(blob: Buffer): number[] {
  const values: number[] = [];
  for (let offset = 0; offset + 4 <= blob.length; offset += 4) values.push(blob.readUInt32LE(offset));
  return values;
}

const SELECT_RECORD = `SELECT n.doc_id, n.signature, n.shingles, n.cluster_id, n.duplicate_of, n.similarity,
         (SELECT json_group_array(band_key) FROM near_duplicate_bands WHERE doc_id = n.doc_id) AS bands
  FROM near_duplicates n`;

export interface NearDuplicateStatements {
  hasRecord: Database.Statement<[string], number>;
  upsert: Database.Statement<[string, Buffer, number, string, string | null, number | null]>;
  deleteBands: Database.Statement<[string]>;
  insertBand: Database.Statement<[number, string]>;
  candidates: Database.Statement<[string, number], RecordRow>;
  cluster: Database.Statement<[string], RecordRow>;
}

export function prepareNearDuplicateStatements(db: Database.Database): NearDuplicateStatements {
  return {
    hasRecord: db.prepare<[string], number>('SELECT 1 FROM near_duplicates WHERE doc_id = ?').pluck(),
    upsert: db.prepare<[string, Buffer, number, string, string | null, number | null]>(
      `INSERT INTO near_duplicates (doc_id, signature, shingles, cluster_id, duplicate_of, similarity)
       VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (doc_id) DO UPDATE SET signature = excluded.signature, shingles = excluded.shingles,
         cluster_id = excluded.cluster_id, duplicate_of = excluded.duplicate_of, similarity = excluded.similarity`,
    ),
    deleteBands: db.prepare<[string]>('DELETE FROM near_duplicate_bands WHERE doc_id = ?'),
    insertBand: db.prepare<[number, string]>('INSERT OR IGNORE INTO near_duplicate_bands (band_key, doc_id) VALUES (?, ?)'),
    candidates: db.prepare<[string, number], RecordRow>(
      `${SELECT_RECORD}
       WHERE n.doc_id IN (SELECT DISTINCT doc_id FROM near_duplicate_bands WHERE band_key IN (SELECT value FROM json_each(?)))
       ORDER BY n.rowid LIMIT ?`,
    ),
    cluster: db.prepare<[string], RecordRow>(
      `${SELECT_RECORD}
       WHERE n.cluster_id = (SELECT cluster_id FROM near_duplicates WHERE doc_id = ?)
       ORDER BY n.rowid`,
    ),
  };
}

/**
 * Stores the records of a putMany batch; runs inside its transaction. A record
 * of a document put 'unchanged' that already has one is left as it is.
 */
export function storeNearDuplicates(
  statements: NearDuplicateStatements,
  records: readonly NearDuplicateRecord[],
  outcomeOf: (docId: string) => PutOutcome | undefined,
): void {
  for (const record of records) {
    if (outcomeOf(record.docId) === 'unchanged' && statements.hasRecord.get(record.docId) !== undefined) continue;
    statements.upsert.run(record.docId, encodeSignature(record.signature), record.shingles, record.clusterId, record.duplicateOf ?? null, record.similarity ?? null);
    statements.deleteBands.run(record.docId);
    for (const band of record.bands) statements.insertBand.run(band, record.docId);
  }
}

export function toNearDuplicateRecord(row: RecordRow): NearDuplicateRecord {
  const record: NearDuplicateRecord = {
    docId: row.doc_id,
    signature: decodeSignature(row.signature),
    shingles: row.shingles,
    bands: (JSON.parse(row.bands) as number[]).sort((a, b) => a - b),
    clusterId: row.cluster_id,
  };
  if (row.duplicate_of !== null) record.duplicateOf = row.duplicate_of;
  if (row.similarity !== null) record.similarity = row.similarity;
  return record;
}

export function findCandidates(statements: NearDuplicateStatements, bands: readonly number[], limit = DEFAULT_CANDIDATES): NearDuplicateRecord[] {
  if (bands.length === 0) return [];
  const bounded = Math.min(Math.max(Math.trunc(limit), 0), MAX_CANDIDATES);
  return statements.candidates.all(JSON.stringify(bands), bounded).map(toNearDuplicateRecord);
}

/** Migration 3's SQL (kept here beside the code that reads it; migrations.ts lists it). */
export const NEAR_DUPLICATES_SQL = `
  -- One row per fingerprinted document; rowid orders a cluster by first storage.
  CREATE TABLE near_duplicates (
    doc_id       TEXT NOT NULL UNIQUE REFERENCES documents (id) ON DELETE CASCADE,
    signature    BLOB NOT NULL,
    shingles     INTEGER NOT NULL,
    cluster_id   TEXT NOT NULL,
    duplicate_of TEXT NULL,
    similarity   REAL NULL
  );
  CREATE INDEX near_duplicates_cluster ON near_duplicates (cluster_id);

  -- LSH: a document is a candidate of another when they share a band key.
  CREATE TABLE near_duplicate_bands (
    band_key INTEGER NOT NULL,
    doc_id   TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    PRIMARY KEY (band_key, doc_id)
  ) WITHOUT ROWID;
  CREATE INDEX near_duplicate_bands_doc ON near_duplicate_bands (doc_id);
`;
