// Benchmark: events merged across articles (Store.findEventGroups) on SQLite and PostgreSQL:
// latency of the first page (20 merged events with their counts and 3 reports each, and the
// total) over a store of synthetic reports, beside the same query's plain event page
// (findEvents). Reports are bench/reported-events.ts's.
// Run: node dist/bench/event-groups-latency.js [--docs N] (default 20,000 documents, 3 events each)
import { loadavg } from 'node:os';
import { parseQuery } from '../src/query/parse.js';
import { freshPostgres, freshSqlite, percentile, putInBatches, type BenchStore } from './bench-stores.js';
import { reportedEvents } from './reported-events.js';

const flag = process.argv.indexOf('--docs');
const count = flag >= 0 ? Number(process.argv[flag + 1]) : 20_000;
const REPEATS = 10;
const QUERIES = ['', 'country:IRQ', 'event:19', 'date:2020-02', 'country:TUR event:11'];

async function time(run: () => Promise<unknown>): Promise<number[]> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

async function bench(b: BenchStore): Promise<void> {
  try {
    const seconds = await putInBatches(b.store, reportedEvents(count), 500);
    console.log(`  ${b.name}: filled in ${seconds.toFixed(0)} s`);
    for (const text of QUERIES) {
      const root = parseQuery(text, { allowEmpty: true }).root;
      const groups = await b.store.findEventGroups(root, { limit: 20, mentions: 3 });
      const events = await b.store.findEvents(root, { limit: 20 });
      const grouped = await time(() => b.store.findEventGroups(root, { limit: 20, mentions: 3 }));
      const plain = await time(() => b.store.findEvents(root, { limit: 20 }));
      const biggest = Math.max(...groups.items.map((g) => g.numMentions));
      console.log(`    ${(text || '(all)').padEnd(22)} ${String(events.total).padStart(6)} events in ${String(groups.total).padStart(6)} merged (largest on page: ${biggest})  groups p50 ${percentile(grouped, 50).toFixed(1).padStart(6)} ms p95 ${percentile(grouped, 95).toFixed(1).padStart(6)} ms · events p50 ${percentile(plain, 50).toFixed(1).padStart(6)} ms`);
      console.log(JSON.stringify({ bench: 'event-groups-latency', store: b.name, documents: count, query: text, events: events.total, groups: groups.total, p50ms: percentile(grouped, 50), p95ms: percentile(grouped, 95), eventsP50ms: percentile(plain, 50) }));
    }
  } finally {
    await b.dispose();
  }
}

console.log(`merged-event latency at ${count} documents (3 events each), first page of 20 with 3 reports, ${REPEATS} repeats (load average ${loadavg()[0]!.toFixed(1)})`);
await bench(await freshSqlite());
const postgres = await freshPostgres();
if (postgres) await bench(postgres);
