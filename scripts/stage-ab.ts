// Compares one pipeline stage's CPU time between two builds, both loaded in one process, in alternating rounds.
// Run: node dist/scripts/stage-ab.js <distA> <distB> <stage> [--rounds N] [--passes N]
//   e.g. node dist/scripts/stage-ab.js /work/main/dist dist events
//
// Why: on a shared machine the CPU time of a whole-pipeline run moves by 30-50% with the other users' load
// (bench/pipeline-html.ts: 42.6 and 67.2 ms per article a minute apart), far more than a change to one stage
// is worth. Here each build first runs the pipeline up to the stage on trafilatura-eval's English pages (the
// bench's 32 of the first 200), then rounds alternate A and B (which goes first flips each round), each round
// running the stage over every page `passes` times, warm. The load then moves both sides alike, and the
// median of the per-round ratios B/A says which build is faster; report it with both medians and bests.
// The stage runs on the same document objects every pass (its issues reset), as the pipeline's per-document
// caches expect. Not measured here: garbage collection of other stages' objects that the stage would pay for
// in the pipeline, and cold caches (see the GC pauses column of bench/pipeline-html.ts). Two different directories:
// one path given twice is one set of modules, so A against A measures only the order of the pair.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Registry from '../src/pipeline/registry.js';
import type * as Runner from '../src/pipeline/runner.js';
import type * as Analyze from '../src/pipeline/analyze.js';
import type * as TrafilaturaEval from '../src/eval/extract/trafilatura-eval.js';
import type { WorkingDocument } from '../src/model/working-document.js';
import { SHARED_DIR } from '../src/test-support/paths.js';

const [distA, distB, stageName] = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const rounds = option('--rounds', 40);
const passes = option('--passes', 2);
if (!distA || !distB || !stageName) {
  console.log('usage: node dist/scripts/stage-ab.js <distA> <distB> <stage> [--rounds N] [--passes N]');
  process.exit(1);
}
const dataDir = join(SHARED_DIR, 'data', 'extract', 'trafilatura-eval');

const load = async <T>(dist: string, path: string): Promise<T> => (await import(pathToFileURL(join(dist, path)).href)) as T;

/** The build's stage over its own documents (the pipeline up to the stage), as one call per pass; and how many pages. */
async function prepare(dist: string): Promise<{ pass: () => void; pages: number }> {
  const { PIPELINE } = await load<typeof Registry>(dist, 'src/pipeline/registry.js');
  const { runStages } = await load<typeof Runner>(dist, 'src/pipeline/runner.js');
  const { makeContext } = await load<typeof Analyze>(dist, 'src/pipeline/analyze.js');
  const { readTrafilaturaPages } = await load<typeof TrafilaturaEval>(dist, 'src/eval/extract/trafilatura-eval.js');
  const at = PIPELINE.findIndex((s) => s.name === stageName);
  const stage = PIPELINE[at];
  if (!stage) throw new Error(`no stage ${stageName} in ${dist}`);
  const ctx = makeContext({});
  const encoder = new TextEncoder();
  const docs: WorkingDocument[] = [];
  for (const page of readTrafilaturaPages(dataDir, 200)) {
    const raw = { bytes: encoder.encode(page.html), mediaType: 'text/html' as const, url: page.url };
    // English as the whole pipeline decides it, so the pages are the bench's.
    const whole = runStages(PIPELINE, raw, ctx);
    if (whole.rejected || whole.doc.language !== 'en') continue;
    docs.push(runStages(PIPELINE.slice(0, at), raw, ctx).doc);
  }
  const issueCounts = docs.map((d) => d.issues.length);
  const pass = (): void =>
    docs.forEach((doc, i) => {
      doc.issues.length = issueCounts[i]!;
      stage.run(doc, ctx);
    });
  return { pass, pages: docs.length };
}

const a = await prepare(distA);
const b = await prepare(distB);
// Warm-up: both builds JIT-compiled before any round counts.
for (let k = 0; k < 3; k++) {
  a.pass();
  b.pass();
}
const msPerPage = (side: { pass: () => void; pages: number }): number => {
  const started = process.cpuUsage();
  for (let k = 0; k < passes; k++) side.pass();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000 / (passes * Math.max(1, side.pages));
};
const timesA: number[] = [];
const timesB: number[] = [];
const ratios: number[] = [];
for (let r = 0; r < rounds; r++) {
  // Alternate which goes first: the second of a pair runs right after the first's allocations.
  let ta: number;
  let tb: number;
  if (r % 2 === 0) {
    ta = msPerPage(a);
    tb = msPerPage(b);
  } else {
    tb = msPerPage(b);
    ta = msPerPage(a);
  }
  timesA.push(ta);
  timesB.push(tb);
  ratios.push(tb / ta);
}
const median = (xs: readonly number[]): number => [...xs].sort((x, y) => x - y)[xs.length >> 1]!;
const best = (xs: readonly number[]): number => Math.min(...xs);
console.log(`${stageName} on ${a.pages} English pages, ${rounds} rounds of ${passes} passes; CPU ms per page`);
console.log(`  A ${distA}: median ${median(timesA).toFixed(3)}, best ${best(timesA).toFixed(3)}`);
console.log(`  B ${distB}: median ${median(timesB).toFixed(3)}, best ${best(timesB).toFixed(3)}`);
console.log(`  B/A per round: median ${median(ratios).toFixed(3)} (below 1: B is faster)`);
console.log(JSON.stringify({ script: 'stage-ab', stage: stageName, pages: a.pages, rounds, passes, medianA: median(timesA), medianB: median(timesB), medianRatio: median(ratios) }));
