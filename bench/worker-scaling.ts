// Benchmark: `wirewatch worker` processes on PostgreSQL — documents per second with one
// worker and with two on the same backlog, and the speed-up (real processes, each
// analysing and storing; process start-up included, as a user would time it).
// Run: npm run bench   (or node dist/bench/worker-scaling.js [--docs N], default 600)
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileItems } from '../src/ingest/ingest-files.js';
import { enqueueInputs } from '../src/queue/enqueue.js';
import { IngestQueue } from '../src/queue/ingest-queue.js';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';
import { startCli } from '../src/test-support/processes.js';
import { dropSchemas, postgresUnavailable, randomSchemaName, testLocation } from '../src/test-support/postgres.js';
import { writeSyntheticCorpus } from '../src/test-support/synthetic-news.js';

const flag = process.argv.indexOf('--docs');
const count = flag >= 0 ? Number(process.argv[flag + 1]) : 600;
const unavailable = await postgresUnavailable();
if (unavailable) {
  console.log(`worker scaling: skipped (${unavailable})`);
  process.exit(0);
}

const dir = mkdtempSync(join(tmpdir(), 'wirewatch-bench-workers-'));
const corpus = join(dir, 'corpus');
writeSyntheticCorpus(corpus, count, 5);

async function timeWorkers(workers: number): Promise<number> {
  const schema = randomSchemaName('ww_bench');
  const location = testLocation(schema);
  try {
    const store = await PostgresStore.open(location);
    const queue = await IngestQueue.open(location);
    const report = await enqueueInputs(queue, fileItems([corpus], 10 * 2 ** 20).items, { store });
    await queue.close();
    if (report.queued !== count) throw new Error(`queued ${report.queued} of ${count}`);
    const started = performance.now();
    const processes = Array.from({ length: workers }, () => startCli(['worker', '--db', location, '--until-idle', '--json']));
    const codes = await Promise.all(processes.map((p) => p.exited));
    const seconds = (performance.now() - started) / 1000;
    if (codes.some((code) => code !== 0)) throw new Error(processes.map((p) => p.stderr()).join('\n'));
    const stored = (await store.stats()).documents;
    await store.close();
    if (stored !== count) throw new Error(`${workers} worker(s) stored ${stored} of ${count}`);
    const perWorker = processes.map((p) => (JSON.parse(p.stdout()) as { jobs: number }).jobs);
    console.log(`  ${workers} worker${workers > 1 ? 's' : ' '}  ${(count / seconds).toFixed(1).padStart(6)} documents/s  (${seconds.toFixed(1)} s; jobs per worker ${perWorker.join(', ')})`);
    return seconds;
  } finally {
    await dropSchemas([schema]);
  }
}

try {
  // Two workers can at best double one on two idle cores; other load on the machine eats into that.
  console.log(`worker scaling on PostgreSQL: ${count} synthetic articles, analysed and stored by real worker processes (${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)})`);
  const one = await timeWorkers(1);
  const two = await timeWorkers(2);
  console.log(`  speed-up of two workers over one: ${(one / two).toFixed(2)}×`);
  console.log(JSON.stringify({ bench: 'worker-scaling', documents: count, oneWorkerDocsPerSecond: count / one, twoWorkersDocsPerSecond: count / two, speedUp: one / two }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
