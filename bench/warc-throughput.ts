// Benchmark: WARC throughput (pages/second), single process.
// Run: npm run build && node dist/bench/warc-throughput.js [--pages N] (default 3000)
// Generates a WARC.gz of N responses from the five HTML fixtures (each page made distinct by a number in its
// title and a sentence of its own, so pages of one fixture are near-copies of each other: the worst case for
// near-duplicate linking, every page has hundreds of candidates), then measures three things:
//   1. read:   records streamed and turned into inputs (gunzip + WARC parsing + the filters' header checks)
//   2. filter: the same with --lang en: de/ja pages left out from headers and the first bytes, unparsed
//   3. ingest: read + full analysis + near-duplicate linking + SQLite writes (what `wirewatch ingest x.warc.gz` does)
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestInputs } from '../src/ingest/ingest-inputs.js';
import type { SkipCounts } from '../src/sources/filters.js';
import { warcItems } from '../src/sources/warc.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { FIXTURES_DIR } from '../src/test-support/paths.js';
import { writeWarc, type ArchivedResponse } from '../src/test-support/warc.js';

const arg = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) || fallback : fallback;
};
const pages = arg('--pages', 3000);
const MAX_BYTES = 10 * 1024 * 1024;

const fixtures = readdirSync(join(FIXTURES_DIR, 'html')).filter((f) => f.endsWith('.html')).sort().map((f) => ({ name: f, bytes: readFileSync(join(FIXTURES_DIR, 'html', f)) }));

/** Page i: fixture i mod n, with its number in the title and a sentence of its own (latin1 keeps legacy encodings' bytes). */
function* responses(): Generator<ArchivedResponse> {
  for (let i = 0; i < pages; i++) {
    const fixture = fixtures[i % fixtures.length]!;
    const html = fixture.bytes.toString('latin1').replace(/<\/title>/i, ` (${i})</title>`).replace(/<\/h1>/i, `</h1><p>Report number ${i} of the series, filed on day ${i % 28}.</p>`);
    const contentType = fixture.name.includes('shift-jis') ? 'text/html; charset=Shift_JIS' : fixture.name.includes('1252') ? 'text/html; charset=windows-1252' : 'text/html; charset=utf-8';
    yield { url: `https://site${i % 50}.example/${fixture.name.replace('.html', '')}/${i}`, date: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(), body: Buffer.from(html, 'latin1'), headers: { 'Content-Type': contentType } };
  }
}

const dir = mkdtempSync(join(tmpdir(), 'wirewatch-bench-warc-'));
try {
  const path = join(dir, 'bench.warc.gz');
  let t = performance.now();
  await writeWarc(path, responses());
  const size = statSync(path).size;
  console.log(`generated ${pages} pages in ${path}: ${(size / 1024 / 1024).toFixed(1)} MB gzipped, ${((performance.now() - t) / 1000).toFixed(1)} s`);

  const read = async (languages?: string[]): Promise<{ seconds: number; inputs: number; skipped: SkipCounts }> => {
    const skipped: SkipCounts = {};
    let inputs = 0;
    const started = performance.now();
    for await (const item of warcItems(path, { maxBytes: MAX_BYTES, skipped, ...(languages ? { filters: { languages } } : {}) })) {
      const value = await item.read();
      if (!('code' in value)) inputs++;
    }
    return { seconds: (performance.now() - started) / 1000, inputs, skipped };
  };

  await read(); // warm-up
  const plain = await read();
  console.log(`read:   ${plain.inputs} pages in ${plain.seconds.toFixed(2)} s = ${(plain.inputs / plain.seconds).toFixed(0)} pages/s, ${(size / 1024 / 1024 / plain.seconds).toFixed(1)} MB/s gzipped`);
  const filtered = await read(['en']);
  console.log(`filter: --lang en kept ${filtered.inputs}, left out ${JSON.stringify(filtered.skipped)} in ${filtered.seconds.toFixed(2)} s = ${(pages / filtered.seconds).toFixed(0)} records/s`);

  const store = SqliteStore.open(join(dir, 'bench.db'));
  t = performance.now();
  const report = await ingestInputs(warcItems(path, { maxBytes: MAX_BYTES }), store);
  const ingestSeconds = (performance.now() - t) / 1000;
  const stored = report.counts.inserted + report.counts.updated + report.counts.unchanged;
  const clustered = (await Promise.all(report.documents.slice(0, 200).map((d) => store.cluster(d.id)))).filter((c) => c.length > 1).length;
  await store.close();
  const mem = process.memoryUsage();
  console.log(`ingest: ${stored} documents stored, ${report.counts.rejected} rejected, in ${ingestSeconds.toFixed(1)} s = ${(pages / ingestSeconds).toFixed(1)} pages/s (analysis included); ${clustered} of the first 200 in a cluster with copies`);
  console.log(`memory: rss ${(mem.rss / 1024 / 1024).toFixed(0)} MB, heap used ${(mem.heapUsed / 1024 / 1024).toFixed(0)} MB`);
  console.log(JSON.stringify({ bench: 'warc', pages, gzippedMB: size / 1024 / 1024, readPagesPerSecond: plain.inputs / plain.seconds, filterRecordsPerSecond: pages / filtered.seconds, ingestPagesPerSecond: pages / ingestSeconds, rssMB: mem.rss / 1024 / 1024 }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
