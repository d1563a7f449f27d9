/**
 * The PostgreSQL side of near-duplicate records (src/dedup/): the same behaviour as
 * the SQLite store's (../sqlite/near-duplicates.ts), checked by the same contract
 * (../near-duplicate-contract.ts). Signatures are bigint arrays (uint32 values),
 * band keys bigints (below 2^53, so they come back as exact numbers).
 */
import type pg from 'pg';
import type { NearDuplicateRecord, PutOutcome } from '../store.js';

const DEFAULT_CANDIDATES = 100;
const MAX_CANDIDATES = 1000;

interface RecordRow {
  doc_id: string;
  signature: string[];
  shingles: number;
  cluster_id: string;
  duplicate_of: string | null;
  similarity: number | null;
  bands: string[];
}

const selectRecords = (s: string): string => `
  SELECT n.doc_id, n.signature, n.shingles, n.cluster_id, n.duplicate_of, n.similarity,
         ARRAY(SELECT b.band_key FROM ${s}.near_duplicate_bands b WHERE b.doc_id = n.doc_id ORDER BY b.band_key) AS bands
  FROM ${s}.near_duplicates n`;

/** Migration 2's SQL; `s` is the quoted schema. seq orders a cluster by first storage. */
export const nearDuplicatesSql = (s: string): string => `
  CREATE TABLE ${s}.near_duplicates (
    seq          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    doc_id       text NOT NULL UNIQUE REFERENCES ${s}.documents (id) ON DELETE CASCADE,
    signature    bigint[] NOT NULL,
    shingles     integer NOT NULL,
    cluster_id   text NOT NULL,
    duplicate_of text NULL,
    similarity   double precision NULL
  );
  CREATE INDEX near_duplicates_cluster ON ${s}.near_duplicates (cluster_id);

  CREATE TABLE ${s}.near_duplicate_bands (
    band_key bigint NOT NULL,
    doc_id   text NOT NULL REFERENCES ${s}.documents (id) ON DELETE CASCADE,
    PRIMARY KEY (band_key, doc_id)
  );
  CREATE INDEX near_duplicate_bands_doc ON ${s}.near_duplicate_bands (doc_id);
`;

/**
 * Stores the records of a putMany batch inside its transaction. A record of a
 * document put 'unchanged' that already has one is left as it is.
 */
export async function storeNearDuplicates(
  client: pg.ClientBase,
  s: string,
  records: readonly NearDuplicateRecord[],
  outcomeOf: (docId: string) => PutOutcome | undefined,
): Promise<void> {
  const ordered = [...records].sort((a, b) => (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : 0));
  for (const record of ordered) {
    if (outcomeOf(record.docId) === 'unchanged') {
      const existing = await client.query(`SELECT 1 FROM ${s}.near_duplicates WHERE doc_id = $1`, [record.docId]);
      if (existing.rowCount !== 0) continue;
    }
    await client.query(
      `INSERT INTO ${s}.near_duplicates (doc_id, signature, shingles, cluster_id, duplicate_of, similarity)
       VALUES ($1, $2::bigint[], $3, $4, $5, $6)
       ON CONFLICT (doc_id) DO UPDATE SET signature = excluded.signature, shingles = excluded.shingles,
         cluster_id = excluded.cluster_id, duplicate_of = excluded.duplicate_of, similarity = excluded.similarity`,
      [record.docId, record.signature.map(String), record.shingles, record.clusterId, record.duplicateOf ?? null, record.similarity ?? null],
    );
    await client.query(`DELETE FROM ${s}.near_duplicate_bands WHERE doc_id = $1`, [record.docId]);
    await client.query(
      `INSERT INTO ${s}.near_duplicate_bands (band_key, doc_id)
       SELECT DISTINCT band, $2 FROM unnest($1::bigint[]) AS band ON CONFLICT DO NOTHING`,
      [record.bands.map(String), record.docId],
    );
  }
}

export async function findCandidates(
  pool: pg.Pool,
  s: string,
  bands: readonly number[],
  limit = DEFAULT_CANDIDATES,
): Promise<NearDuplicateRecord[]> {
  if (bands.length === 0) return [];
  const bounded = Math.min(Math.max(Math.trunc(limit), 0), MAX_CANDIDATES);
  const { rows } = await pool.query<RecordRow>(
    `${selectRecords(s)}
     WHERE n.doc_id IN (SELECT doc_id FROM ${s}.near_duplicate_bands WHERE band_key = ANY($1::bigint[]))
     ORDER BY n.seq LIMIT $2`,
    [bands.map(String), bounded],
  );
  return rows.map(toRecord);
}

export async function findCluster(pool: pg.Pool, s: string, docId: string): Promise<NearDuplicateRecord[]> {
  const { rows } = await pool.query<RecordRow>(
    `${selectRecords(s)}
     WHERE n.cluster_id = (SELECT cluster_id FROM ${s}.near_duplicates WHERE doc_id = $1)
     ORDER BY n.seq`,
    [docId],
  );
  return rows.map(toRecord);
}

function toRecord(row: RecordRow): NearDuplicateRecord {
  const record: NearDuplicateRecord = {
    docId: row.doc_id,
    signature: row.signature.map(Number),
    shingles: row.shingles,
    bands: row.bands.map(Number),
    clusterId: row.cluster_id,
  };
  if (row.duplicate_of !== null) record.duplicateOf = row.duplicate_of;
  if (row.similarity !== null) record.similarity = row.similarity;
  return record;
}
