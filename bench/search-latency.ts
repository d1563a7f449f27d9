// Benchmark: search latency, p50 and p95, at 100,000 articles on SQLite and PostgreSQL:
// the first page (20 hits, with the total and snippets) of a mix of query kinds —
// common and rare words, phrases, OR, NOT, prefixes — each repeated. Articles recombine
// the sentences of TempEval-3's wire stories in ../shared (else of examples/, where
// every common word is in most articles and latencies are worst cases).
// Run: npm run bench   (node dist/bench/search-latency.js [--docs N] [--quick = 10,000 documents])
// Building the 100,000-article stores takes a few minutes; the timed part is the searches.
import { loadavg } from 'node:os';
import { freshPostgres, freshSqlite, percentile, putInBatches, type BenchStore } from './bench-stores.js';
import { syntheticDocuments } from '../src/test-support/synthetic-documents.js';
import { newsSentences } from '../src/test-support/synthetic-news.js';

const flag = process.argv.indexOf('--docs');
const count = process.argv.includes('--quick') ? 10_000 : flag >= 0 ? Number(process.argv[flag + 1]) : 100_000;
const REPEATS = 10;
/** The wire stories of ../shared when present (a realistic spread of terms), else the examples. */
const SOURCE = newsSentences('tempeval').source;
const BATCH = 500;

/**
 * Query kinds as users type them, over words of the wire stories (matching from about
 * 90% of the articles down to well under 1%) and of the country sentences.
 */
const QUERIES: readonly { kind: string; query: string }[] = [
  { kind: 'very common', query: 'said' },
  { kind: 'common word', query: 'Iraq' },
  { kind: 'word', query: 'Clinton' },
  { kind: 'rare word', query: 'Yeltsin' },
  { kind: 'rare word', query: 'Oranjestad' },
  { kind: 'two words', query: 'Kenya embassy' },
  { kind: 'phrase', query: '"United States"' },
  { kind: 'phrase', query: '"prime minister"' },
  { kind: 'OR', query: 'Clinton OR Yeltsin' },
  { kind: 'NOT', query: 'embassy NOT Kenya' },
  { kind: 'prefix', query: 'econom*' },
  { kind: 'prefix + word', query: 'bomb* Kenya' },
];

async function run(bench: BenchStore): Promise<void> {
  try {
    const seconds = await putInBatches(bench.store, syntheticDocuments(count, 9, SOURCE), BATCH);
    const stats = await bench.store.stats();
    if (stats.documents !== count) throw new Error(`${bench.name} holds ${stats.documents} of ${count}`);
    for (const { query } of QUERIES) await bench.store.search(query); // warm caches once
    const all: number[] = [];
    const byKind = new Map<string, number[]>();
    const totals: string[] = [];
    for (const { kind, query } of QUERIES) {
      for (let i = 0; i < REPEATS; i++) {
        const started = performance.now();
        const result = await bench.store.search(query, { limit: 20 });
        const ms = performance.now() - started;
        all.push(ms);
        byKind.set(kind, [...(byKind.get(kind) ?? []), ms]);
        if (i === 0) totals.push(`${query} ${result.total}`);
      }
    }
    all.sort((a, b) => a - b);
    console.log(`  ${bench.name}: filled in ${seconds.toFixed(0)} s; search p50 ${percentile(all, 50).toFixed(1)} ms, p95 ${percentile(all, 95).toFixed(1)} ms, max ${all[all.length - 1]!.toFixed(1)} ms`);
    for (const [kind, times] of byKind) {
      times.sort((a, b) => a - b);
      console.log(`    ${kind.padEnd(12)} p50 ${percentile(times, 50).toFixed(1).padStart(7)} ms  p95 ${percentile(times, 95).toFixed(1).padStart(7)} ms`);
    }
    console.log(`    hits: ${totals.join(' · ')}`);
    console.log(JSON.stringify({ bench: 'search-latency', store: bench.name, documents: count, p50ms: percentile(all, 50), p95ms: percentile(all, 95) }));
  } finally {
    await bench.dispose();
  }
}

console.log(`search latency at ${count} synthetic articles (sentences from ${SOURCE}), ${QUERIES.length} queries × ${REPEATS}, first page of 20 (load average ${loadavg()[0]!.toFixed(1)})`);
await run(await freshSqlite());
const postgres = await freshPostgres();
if (postgres) await run(postgres);
