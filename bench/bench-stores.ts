/** Fresh stores for benchmarks: a SQLite file in a temporary folder, a PostgreSQL schema with a random name (dropped after). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { Store } from '../src/store/store.js';
import type { AnalysedDocument } from '../src/model/schema.js';
import { dropSchemas, postgresUnavailable, randomSchemaName, testLocation } from '../src/test-support/postgres.js';

export interface BenchStore {
  name: 'sqlite' | 'postgres';
  store: Store;
  location: string;
  dispose: () => Promise<void>;
}

export async function freshSqlite(): Promise<BenchStore> {
  const dir = mkdtempSync(join(tmpdir(), 'wirewatch-bench-'));
  const location = join(dir, 'bench.db');
  const store = SqliteStore.open(location);
  return { name: 'sqlite', store, location, dispose: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
}

/** Undefined (with a message on stderr) when no PostgreSQL answers at $WIREWATCH_TEST_POSTGRES. */
export async function freshPostgres(): Promise<BenchStore | undefined> {
  const unavailable = await postgresUnavailable();
  if (unavailable) {
    console.error(`skipping PostgreSQL: ${unavailable}`);
    return undefined;
  }
  const schema = randomSchemaName('ww_bench');
  const location = testLocation(schema);
  const store = await PostgresStore.open(location);
  return { name: 'postgres', store, location, dispose: async () => { await store.close(); await dropSchemas([schema]); } };
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Stores documents in batches of `batch` (putMany's unit of work); returns the seconds it took. */
export async function putInBatches(store: Store, documents: Iterable<AnalysedDocument>, batch = 500): Promise<number> {
  const started = performance.now();
  let pending: AnalysedDocument[] = [];
  for (const doc of documents) {
    pending.push(doc);
    if (pending.length === batch) {
      await store.putMany(pending, 'bench@1');
      pending = [];
    }
  }
  if (pending.length > 0) await store.putMany(pending, 'bench@1');
  return (performance.now() - started) / 1000;
}
