// Checks that two builds analyse the same inputs into the same documents: the gate for a speed change, whose output
// must not move. Run: node dist/scripts/same-output.js <distA> <distB> [--pages N] [--polnear N]
//   e.g. node dist/scripts/same-output.js /work/main/dist dist
//
// Inputs: trafilatura-eval's first N pages as HTML (default 200, the bench's pages among them), the first N PolNeAR
// train articles as plain text (default 100) and examples/*.txt; each analysed twice per build, with the default
// configuration (what the bench runs: pos and parse only on the sentences events may code) and with tokens kept
// (every sentence tagged and parsed, and the tags, heads and relations in the output). Both builds are loaded in one
// process with the same clock. A document's JSON is compared with each stage's wall time (provenance ms) set to 0;
// a rejection is compared by its JSON. Prints the count of differing inputs and the first difference of each; exits 1
// if any differs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Analyze from '../src/pipeline/analyze.js';
import type * as TrafilaturaEval from '../src/eval/extract/trafilatura-eval.js';
import type { RawInput } from '../src/model/working-document.js';
import { EXAMPLES_DIR, SHARED_DIR } from '../src/test-support/paths.js';

const [distA, distB] = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
if (!distA || !distB) {
  console.log('usage: node dist/scripts/same-output.js <distA> <distB> [--pages N] [--polnear N]');
  process.exit(1);
}

const load = async <T>(dist: string, path: string): Promise<T> => (await import(pathToFileURL(join(dist, path)).href)) as T;
const analyzeA = (await load<typeof Analyze>(distA, 'src/pipeline/analyze.js')).analyze;
const analyzeB = (await load<typeof Analyze>(distB, 'src/pipeline/analyze.js')).analyze;
const { readTrafilaturaPages } = await load<typeof TrafilaturaEval>(distA, 'src/eval/extract/trafilatura-eval.js');

const inputs: { name: string; raw: RawInput }[] = [];
const encoder = new TextEncoder();
for (const page of readTrafilaturaPages(join(SHARED_DIR, 'data', 'extract', 'trafilatura-eval'), option('--pages', 200))) {
  inputs.push({ name: `trafilatura ${page.url}`, raw: { bytes: encoder.encode(page.html), mediaType: 'text/html', url: page.url } });
}
const polnearDir = join(SHARED_DIR, 'data', 'quotes', 'polnear', 'train', 'text');
for (const file of readdirSync(polnearDir).sort().slice(0, option('--polnear', 100))) {
  inputs.push({ name: `polnear ${file}`, raw: { text: readFileSync(join(polnearDir, file), 'utf8'), mediaType: 'text/plain' } });
}
for (const file of readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.txt')).sort()) {
  inputs.push({ name: `example ${file}`, raw: { text: readFileSync(join(EXAMPLES_DIR, file), 'utf8'), mediaType: 'text/plain' } });
}

/** The analysis as JSON, without what differs between two identical runs (wall times). */
function comparable(result: ReturnType<typeof analyzeA>): string {
  if (!result.ok) return JSON.stringify(result);
  return JSON.stringify({ ...result.document, provenance: result.document.provenance.map((p) => ({ ...p, ms: 0 })) });
}

/** Where two JSON strings first part, with some context. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: A …${a.slice(Math.max(0, i - 80), i + 80)}… B …${b.slice(Math.max(0, i - 80), i + 80)}…`;
}

const now = new Date('2026-01-01T00:00:00Z');
let differing = 0;
let compared = 0;
for (const keepTokens of [false, true]) {
  const options = { now: () => now, config: { keepTokens } };
  for (const { name, raw } of inputs) {
    const a = comparable(analyzeA(raw, options));
    const b = comparable(analyzeB(raw, options));
    compared++;
    if (a === b) continue;
    differing++;
    console.log(`DIFFERS (keepTokens ${keepTokens}) ${name}: ${firstDifference(a, b)}`);
  }
}
console.log(`${compared} analyses compared (${inputs.length} inputs, tokens dropped and kept): ${differing} differ`);
console.log(JSON.stringify({ script: 'same-output', inputs: inputs.length, compared, differing }));
process.exit(differing > 0 ? 1 : 0);
