// Benchmark: analyse throughput on plain-text articles (examples/), single thread.
// Run: npm run bench  (options: --seconds N, default 5)
// Prints documents/s, characters/s, mean ms per stage, and memory.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/pipeline/analyze.js';
import { EXAMPLES_DIR } from '../src/test-support/paths.js';

const seconds = Number(process.argv[process.argv.indexOf('--seconds') + 1]) || 5;
const inputs = readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ name: f, bytes: readFileSync(join(EXAMPLES_DIR, f)) }));

// Warm-up: first calls load lazy resources (gazetteer, language profiles) and let V8 optimise.
for (let i = 0; i < 20; i++) for (const input of inputs) analyze({ bytes: input.bytes, mediaType: 'text/plain' });

const stageMs = new Map<string, number>();
let docs = 0;
let chars = 0;
const started = performance.now();
const deadline = started + seconds * 1000;
while (performance.now() < deadline) {
  for (const input of inputs) {
    const result = analyze({ bytes: input.bytes, mediaType: 'text/plain' });
    if (!result.ok) throw new Error(`${input.name} was rejected: ${result.rejection.message}`);
    docs++;
    chars += result.document.text.length;
    for (const p of result.document.provenance) stageMs.set(p.stage, (stageMs.get(p.stage) ?? 0) + p.ms);
  }
}
const elapsed = (performance.now() - started) / 1000;
const mem = process.memoryUsage();
const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);

console.log(`analyze (plain text): ${docs} documents in ${elapsed.toFixed(2)} s on ${inputs.length} example articles`);
console.log(`  ${(docs / elapsed).toFixed(1)} documents/s, ${(chars / elapsed / 1000).toFixed(0)}k body characters/s, ${((elapsed * 1000) / docs).toFixed(2)} ms/document`);
console.log('  mean ms per stage:');
for (const [stage, ms] of stageMs) console.log(`    ${stage.padEnd(10)} ${(ms / docs).toFixed(3)}`);
console.log(`  memory: rss ${mb(mem.rss)} MB, heap used ${mb(mem.heapUsed)} MB`);
console.log(JSON.stringify({ bench: 'analyze-text', docsPerSecond: docs / elapsed, msPerDocument: (elapsed * 1000) / docs, rssMB: mem.rss / 1024 / 1024 }));
