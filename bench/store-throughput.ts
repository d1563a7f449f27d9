// Benchmark: documents stored per second on SQLite and PostgreSQL (the store alone:
// documents are built beforehand, as the pipeline would hand them over), in batches of
// 64 per transaction as `wirewatch ingest` writes them, with the input ledger.
// Run: npm run bench   (or node dist/bench/store-throughput.js [--docs N], default 5000)
import { INGEST_BATCH_SIZE } from '../src/ingest/ingest-inputs.js';
import type { AnalysedDocument } from '../src/model/schema.js';
import { freshPostgres, freshSqlite, type BenchStore } from './bench-stores.js';
import { syntheticDocuments } from '../src/test-support/synthetic-documents.js';

const flag = process.argv.indexOf('--docs');
const count = flag >= 0 ? Number(process.argv[flag + 1]) : 5000;
const docs: AnalysedDocument[] = [...syntheticDocuments(count, 3)];
const bytes = docs.reduce((sum, doc) => sum + doc.text.length, 0);
console.log(`store throughput: ${count} documents (mean ${Math.round(bytes / count)} characters, ${(docs.reduce((s, d) => s + d.entities.length, 0) / count).toFixed(1)} entities each), batches of ${INGEST_BATCH_SIZE}`);

async function run(bench: BenchStore): Promise<void> {
  try {
    const started = performance.now();
    for (let at = 0; at < docs.length; at += INGEST_BATCH_SIZE) {
      const batch = docs.slice(at, at + INGEST_BATCH_SIZE);
      await bench.store.putMany(batch, 'bench@1', { inputs: batch.map((doc) => ({ inputId: `input-${doc.id}`, docId: doc.id })) });
    }
    const seconds = (performance.now() - started) / 1000;
    const stored = (await bench.store.stats()).documents;
    if (stored !== count) throw new Error(`${bench.name} holds ${stored} documents, expected ${count}`);
    console.log(`  ${bench.name.padEnd(8)} ${(count / seconds).toFixed(0).padStart(6)} documents/s  (${seconds.toFixed(2)} s)`);
    console.log(JSON.stringify({ bench: 'store-throughput', store: bench.name, documents: count, docsPerSecond: count / seconds }));
  } finally {
    await bench.dispose();
  }
}

await run(await freshSqlite());
const postgres = await freshPostgres();
if (postgres) await run(postgres);
