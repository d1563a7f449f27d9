// Benchmark: HTML article extraction, our extractor against @mozilla/readability on linkedom,
// on the same pages (trafilatura's evaluation set) in the same run.
// Run: npm run bench   or   node dist/bench/html-extraction.js [--data DIR] [--limit N]
// Each extractor runs in its own child process (node --expose-gc), so that one's memory does
// not count against the other: pages are decoded into memory first, the first WARMUP_PAGES are
// extracted untimed (JIT, lazy tables), then every page once, timed in CPU time. Prints a readable line and
// one JSON line per extractor: pages/s, ms/page, snippet F1 of that very pass, and memory —
// RSS peak over the pre-run baseline and the heap retained after the run (after a GC).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findExtractor } from '../src/eval/extract/extractors.js';
import { bodyText } from '../src/eval/extract/pages.js';
import { addCounts, readTrafilaturaPages, scoreSnippets, snippetScores, type SnippetCounts } from '../src/eval/extract/trafilatura-eval.js';
import { SHARED_DIR } from '../src/test-support/paths.js';

const EXTRACTORS = ['wirewatch', 'readability'];
const WARMUP_PAGES = 30;
/** Memory is sampled every this many pages (process.memoryUsage walks the heap spaces; per page it would cost time). */
const SAMPLE_EVERY = 5;

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const dataDir = arg('--data') ?? join(SHARED_DIR, 'data', 'extract', 'trafilatura-eval');
const limit = Number(arg('--limit')) || Infinity;
const mb = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;

interface BenchLine {
  bench: 'html-extraction';
  extractor: string;
  pages: number;
  seconds: number;
  pagesPerSecond: number;
  msPerPage: number;
  f1: number;
  precision: number;
  recall: number;
  failures: number;
  rssBaselineMB: number;
  rssPeakDeltaMB: number;
  heapPeakDeltaMB: number;
  heapRetainedDeltaMB: number;
}

function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function runChild(name: string): void {
  const extractor = findExtractor(name);
  if (!extractor) throw new Error(`unknown extractor ${name}`);
  const pages = [...readTrafilaturaPages(dataDir, limit)];
  for (const page of pages.slice(0, WARMUP_PAGES)) {
    try {
      extractor.extract(page.html, page.url);
    } catch {
      // Counted in the timed pass.
    }
  }
  collect();
  const baseline = process.memoryUsage();
  let rssPeak = baseline.rss;
  let heapPeak = baseline.heapUsed;
  const counts: SnippetCounts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  let failures = 0;
  let ms = 0;
  pages.forEach((page, i) => {
    // CPU time, not wall time: the machine may be busy with other work, which would
    // slow one extractor's child process and not the other's.
    const started = process.cpuUsage();
    let text = '';
    try {
      text = bodyText(extractor.extract(page.html, page.url));
    } catch {
      failures++;
    }
    const used = process.cpuUsage(started);
    ms += (used.user + used.system) / 1000;
    addCounts(counts, scoreSnippets(text, page.item));
    if (i % SAMPLE_EVERY === 0) {
      const m = process.memoryUsage();
      rssPeak = Math.max(rssPeak, m.rss);
      heapPeak = Math.max(heapPeak, m.heapUsed);
    }
  });
  collect();
  const after = process.memoryUsage();
  const scores = snippetScores(counts);
  const line: BenchLine = {
    bench: 'html-extraction',
    extractor: name,
    pages: pages.length,
    seconds: Math.round(ms) / 1000,
    pagesPerSecond: Math.round((pages.length / (ms / 1000)) * 10) / 10,
    msPerPage: Math.round((ms / pages.length) * 100) / 100,
    f1: Math.round(scores.f1 * 10000) / 10000,
    precision: Math.round(scores.precision * 10000) / 10000,
    recall: Math.round(scores.recall * 10000) / 10000,
    failures,
    rssBaselineMB: mb(baseline.rss),
    rssPeakDeltaMB: mb(rssPeak - baseline.rss),
    heapPeakDeltaMB: mb(heapPeak - baseline.heapUsed),
    heapRetainedDeltaMB: mb(after.heapUsed - baseline.heapUsed),
  };
  console.log(JSON.stringify(line));
}

function runAll(): void {
  if (!existsSync(join(dataDir, 'evaldata.json'))) {
    console.log(`html-extraction: skipped: no trafilatura evaluation set at ${dataDir} (it lives in ../shared/data/extract/trafilatura-eval)`);
    return;
  }
  const self = fileURLToPath(import.meta.url);
  const lines: BenchLine[] = [];
  for (const name of EXTRACTORS) {
    const args = ['--expose-gc', self, '--child', name, '--data', dataDir, ...(Number.isFinite(limit) ? ['--limit', String(limit)] : [])];
    const child = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    if (child.status !== 0) {
      console.error(`html-extraction: ${name} failed (exit ${child.status}): ${child.stderr.trim().split('\n').slice(-3).join(' | ')}`);
      process.exitCode = 1;
      continue;
    }
    const line = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as BenchLine;
    lines.push(line);
    console.log(`html extraction (${name}): ${line.pages} pages in ${line.seconds} s, ${line.pagesPerSecond} pages/s, ${line.msPerPage} ms/page, F1 ${line.f1}; rss +${line.rssPeakDeltaMB} MB peak over ${line.rssBaselineMB} MB, heap +${line.heapPeakDeltaMB} MB peak, +${line.heapRetainedDeltaMB} MB retained`);
  }
  const [ours, reference] = lines;
  if (ours && reference) console.log(`  ${ours.extractor} is ${(ours.pagesPerSecond / reference.pagesPerSecond).toFixed(2)}× the pages/s of ${reference.extractor}, F1 ${ours.f1} vs ${reference.f1}`);
  for (const line of lines) console.log(JSON.stringify(line));
}

const child = arg('--child');
if (child) runChild(child);
else runAll();
