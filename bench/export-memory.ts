// Benchmark: streamed exports at scale — rows/s and peak memory (maxRSS) of exporting a
// query that matches every article, as CSV and as JSONL of whole analysed documents,
// from SQLite stores of 10,000 and 100,000 synthetic articles (built as the search
// benchmark builds its own). Each export runs in a fresh process, so its peak RSS is the
// export's alone, not the store fill's; it writes to a file, as `wirewatch export --out`
// does. A streamed export's peak must not grow with the result: 100k ≈ 10k.
// Run: npm run bench   (or node dist/bench/export-memory.js [--sizes 10000,100000] [--query 'lang:en'])
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeExport } from '../src/export/index.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { syntheticDocuments } from '../src/test-support/synthetic-documents.js';
import { newsSentences } from '../src/test-support/synthetic-news.js';
import { putInBatches } from './bench-stores.js';

const queryAt = process.argv.indexOf('--query');
/** Everything by default (`wirewatch export --format csv`); `--query lang:en` for a filter that also matches all. */
const QUERY = queryAt >= 0 ? process.argv[queryAt + 1]! : '';
const FORMATS = ['csv', 'jsonl'] as const;
const BATCH = 500;

interface ChildResult { rows: number; seconds: number; bytes: number; baseRssMB: number; peakRssMB: number }

/** Child mode: open the store, note the RSS, export, report the peak. */
async function child(db: string, format: string, out: string): Promise<void> {
  const store = SqliteStore.open(db, { readonly: true });
  const baseRssMB = process.memoryUsage.rss() / 2 ** 20;
  const started = performance.now();
  const file = createWriteStream(out);
  const summary = await writeExport(store, QUERY, { format }, file);
  file.end();
  await finished(file);
  const seconds = (performance.now() - started) / 1000;
  await store.close();
  // maxRSS is in kilobytes.
  const result: ChildResult = { rows: summary.rows, seconds, bytes: statSync(out).size, baseRssMB, peakRssMB: process.resourceUsage().maxRSS / 1024 };
  process.stdout.write(JSON.stringify(result));
}

async function fill(db: string, count: number): Promise<number> {
  const store = SqliteStore.open(db);
  const started = performance.now();
  await putInBatches(store, syntheticDocuments(count, 11, newsSentences('tempeval').source), BATCH);
  const stored = (await store.stats()).documents;
  await store.close();
  if (stored !== count) throw new Error(`the store holds ${stored} of ${count} documents`);
  return (performance.now() - started) / 1000;
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--sizes');
  const sizes = at >= 0 ? process.argv[at + 1]!.split(',').map(Number) : [10_000, 100_000];
  const dir = mkdtempSync(join(tmpdir(), 'wirewatch-bench-export-'));
  const self = fileURLToPath(import.meta.url);
  console.log(`export memory: ${QUERY ? `query "${QUERY}"` : 'no query (everything)'}, matching every article, CSV and JSONL, each export in its own process (load average ${loadavg()[0]!.toFixed(1)})`);
  try {
    for (const size of sizes) {
      const db = join(dir, `${size}.db`);
      const filled = await fill(db, size);
      for (const format of FORMATS) {
        const out = join(dir, `export.${format}`);
        const r = JSON.parse(execFileSync(process.execPath, [self, '--child', db, format, out, '--query', QUERY], { encoding: 'utf8' })) as ChildResult;
        rmSync(out, { force: true });
        if (r.rows !== size) throw new Error(`${format} exported ${r.rows} of ${size} documents`);
        console.log(`  ${String(size).padStart(7)} articles  ${format.padEnd(5)} ${(r.rows / r.seconds).toFixed(0).padStart(6)} rows/s  ${(r.bytes / 2 ** 20).toFixed(0).padStart(5)} MB written  RSS ${r.baseRssMB.toFixed(0)} MB after opening, peak ${r.peakRssMB.toFixed(0)} MB  (store filled in ${filled.toFixed(0)} s)`);
        console.log(JSON.stringify({ bench: 'export-memory', documents: size, format, rowsPerSecond: r.rows / r.seconds, bytes: r.bytes, baseRssMB: r.baseRssMB, peakRssMB: r.peakRssMB }));
      }
      rmSync(db, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await child(process.argv[3]!, process.argv[4]!, process.argv[5]!);
else await main();
