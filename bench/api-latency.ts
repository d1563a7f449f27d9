// Benchmark: the HTTP API's latency, p50 and p95, over real HTTP (keep-alive fetch) on
// SQLite and PostgreSQL: first pages of document searches, a deep page reached by
// walking cursors (to show a page far down costs what the first does), events,
// entities, facets and timelines. Articles recombine TempEval-3's wire stories (as
// bench/search-latency.ts).
// Run: npm run build && node dist/bench/api-latency.js [--docs N] (default 10,000)
import { loadavg } from 'node:os';
import { startServer } from '../src/shells/api/server.js';
import { syntheticDocuments } from '../src/test-support/synthetic-documents.js';
import { newsSentences } from '../src/test-support/synthetic-news.js';
import { freshPostgres, freshSqlite, percentile, putInBatches, type BenchStore } from './bench-stores.js';

const flag = process.argv.indexOf('--docs');
const count = flag >= 0 ? Number(process.argv[flag + 1]) : 10_000;
const REPEATS = 10;
const DEEP_PAGES = 50;
const SOURCE = newsSentences('tempeval').source;

const REQUESTS: readonly { kind: string; path: string }[] = [
  { kind: 'documents: word', path: '/api/documents?q=Iraq' },
  { kind: 'documents: rare word', path: '/api/documents?q=Yeltsin' },
  { kind: 'documents: phrase + field', path: '/api/documents?q=%22prime+minister%22+place%3Akenya' },
  { kind: 'documents: all, newest', path: '/api/documents' },
  { kind: 'entities', path: '/api/entities?q=Iraq' },
  { kind: 'facets', path: '/api/facets?q=embassy' },
  { kind: 'timeline (weeks)', path: '/api/timeline?q=embassy&interval=week' },
];

async function timed(url: string): Promise<{ ms: number; body: { next?: string } }> {
  const started = performance.now();
  const response = await fetch(url);
  const body = (await response.json()) as { next?: string };
  if (!response.ok) throw new Error(`${url}: ${response.status} ${JSON.stringify(body)}`);
  return { ms: performance.now() - started, body };
}

async function run(bench: BenchStore): Promise<void> {
  const server = await startServer({ store: bench.store, port: 0 });
  try {
    await putInBatches(bench.store, syntheticDocuments(count, 9, SOURCE));
    for (const { path } of REQUESTS) await timed(server.url + path); // warm caches once
    const all: number[] = [];
    const lines: string[] = [];
    for (const { kind, path } of REQUESTS) {
      const times: number[] = [];
      for (let i = 0; i < REPEATS; i++) times.push((await timed(server.url + path)).ms);
      times.sort((a, b) => a - b);
      all.push(...times);
      lines.push(`    ${kind.padEnd(26)} p50 ${percentile(times, 50).toFixed(1).padStart(7)} ms  p95 ${percentile(times, 95).toFixed(1).padStart(7)} ms`);
    }
    // A walk by cursor, 20 rows a page, newest first: the first pages against the last ones.
    const pages: number[] = [];
    let next: string | undefined;
    for (let page = 0; page < DEEP_PAGES; page++) {
      const { ms, body } = await timed(`${server.url}/api/documents?count=false${next ? `&cursor=${next}` : ''}`);
      pages.push(ms);
      next = body.next;
      if (!next) break;
    }
    const first = [...pages.slice(0, 10)].sort((a, b) => a - b);
    const last = [...pages.slice(-10)].sort((a, b) => a - b);
    all.sort((a, b) => a - b);
    console.log(`  ${bench.name}: p50 ${percentile(all, 50).toFixed(1)} ms, p95 ${percentile(all, 95).toFixed(1)} ms over ${all.length} requests`);
    for (const line of lines) console.log(line);
    console.log(`    cursor walk (20 a page): pages 1-10 p50 ${percentile(first, 50).toFixed(1)} ms; pages ${pages.length - 9}-${pages.length} p50 ${percentile(last, 50).toFixed(1)} ms`);
    console.log(JSON.stringify({ bench: 'api-latency', store: bench.name, documents: count, p50ms: percentile(all, 50), p95ms: percentile(all, 95), firstPagesP50ms: percentile(first, 50), deepPagesP50ms: percentile(last, 50) }));
  } finally {
    await server.close();
    await bench.dispose();
  }
}

console.log(`HTTP API latency at ${count} synthetic articles (sentences from ${SOURCE}), ${REQUESTS.length} requests × ${REPEATS} (load average ${loadavg()[0]!.toFixed(1)})`);
await run(await freshSqlite());
const postgres = await freshPostgres();
if (postgres) await run(postgres);
