// Benchmark: the part-of-speech tagger and the dependency parser, one thread.
// Run: npm run bench (or node dist/bench/syntax-throughput.js [--data DIR] [--seconds N])
// Prints model load times, tokens per CPU-second of each (on GUM's dev and test sentences,
// gold tokens), and what the two stages cost per article in the pipeline (the example
// articles, our tokenizer). CPU time (process.cpuUsage), not wall time: the machine is shared.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readConllu } from '../src/nlp/conllu.js';
import { readSplits, sentencesOfSplit } from '../src/nlp/treebank-splits.js';
import { PARSER_MODEL_FILE, readParser } from '../src/nlp/parse/parser.js';
import { POS_MODEL_FILE, readPosTagger } from '../src/nlp/pos/pos-tagger.js';
import { analyze } from '../src/pipeline/analyze.js';
import { EXAMPLES_DIR, SHARED_DIR } from '../src/test-support/paths.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: join(SHARED_DIR, 'data', 'ner', 'gum', 'dep') },
    seconds: { type: 'string', default: '3' },
  },
});
const seconds = Number(values.seconds);

const cpuSince = (start: NodeJS.CpuUsage): number => {
  const u = process.cpuUsage(start);
  return (u.user + u.system) / 1e6;
};

/** Runs `pass` for a second of warm-up, then for `seconds` of CPU; the median rate of `units` per CPU-second. */
function throughput(units: number, pass: () => void): number {
  const warm = process.cpuUsage();
  while (cpuSince(warm) < 1) pass();
  const rates: number[] = [];
  const start = process.cpuUsage();
  while (cpuSince(start) < seconds) {
    const one = process.cpuUsage();
    pass();
    rates.push(units / cpuSince(one));
  }
  rates.sort((a, b) => a - b);
  return rates[Math.floor(rates.length / 2)]!;
}

const timed = <T>(load: () => T): { value: T; ms: number } => {
  const started = performance.now();
  const value = load();
  return { value, ms: performance.now() - started };
};
const tagger = timed(() => readPosTagger(POS_MODEL_FILE));
const parser = timed(() => readParser(PARSER_MODEL_FILE));
const report: Record<string, unknown> = { bench: 'syntax', taggerLoadMs: Math.round(tagger.ms), parserLoadMs: Math.round(parser.ms) };
console.log(`syntax: model load: tagger ${tagger.ms.toFixed(0)} ms, parser ${parser.ms.toFixed(0)} ms`);

const splits = existsSync(values.data!) ? readSplits(values.data!) : undefined;
if (splits) {
  const all = readConllu(values.data!);
  const sentences = [...sentencesOfSplit(all, splits, 'dev'), ...sentencesOfSplit(all, splits, 'test')].map((s) => s.words.map((w) => w.form));
  const tokens = sentences.reduce((n, s) => n + s.length, 0);
  const tags = sentences.map((s) => Array.from(tagger.value.tagClasses(s), (c) => tagger.value.xpos[c]!));
  const posRate = throughput(tokens, () => {
    for (const s of sentences) tagger.value.tagClasses(s);
  });
  const parseRate = throughput(tokens, () => {
    sentences.forEach((s, i) => parser.value.parseIds(s, tags[i]!));
  });
  console.log(`  on GUM dev+test (${tokens} tokens, ${sentences.length} sentences; gold tokens), one thread, CPU time:`);
  console.log(`    tagger: ${Math.round(posRate).toLocaleString('en')} tokens/s`);
  console.log(`    parser: ${Math.round(parseRate).toLocaleString('en')} tokens/s (tags given)`);
  Object.assign(report, { tokens, taggerTokensPerSecond: Math.round(posRate), parserTokensPerSecond: Math.round(parseRate) });
} else {
  console.log(`  tokens/s skipped: no treebank at ${values.data} (../shared is not beside this checkout)`);
}

// The stages inside the pipeline: their share of an article's analysis.
const inputs = readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(EXAMPLES_DIR, f)));
const stageMs = new Map<string, number>();
let documents = 0;
let articleTokens = 0;
const articlePass = (): void => {
  for (const bytes of inputs) {
    const result = analyze({ bytes, mediaType: 'text/plain' }, { config: { keepTokens: true } });
    if (!result.ok) throw new Error(`an example was rejected: ${result.rejection.message}`);
    documents++;
    articleTokens += result.document.tokens?.length ?? 0;
    for (const p of result.document.provenance) stageMs.set(p.stage, (stageMs.get(p.stage) ?? 0) + p.ms);
  }
};
for (let i = 0; i < 10; i++) articlePass();
stageMs.clear();
documents = 0;
articleTokens = 0;
const start = process.cpuUsage();
while (cpuSince(start) < seconds) articlePass();
const cpuMsPerArticle = (cpuSince(start) * 1000) / documents;
const total = [...stageMs.values()].reduce((a, b) => a + b, 0);
const per = (stage: string): number => (stageMs.get(stage) ?? 0) / documents;
// Stage times are wall-clock (provenance): on a busy machine they swell with waiting. The CPU time of the whole
// analysis does not; the syntax stages' share of the wall time, applied to it, estimates their CPU cost.
const syntaxShare = (per('pos') + per('parse')) / (total / documents);
console.log(`  in the pipeline, on the ${inputs.length} example articles (${Math.round(articleTokens / documents)} tokens each on average, our tokenizer):`);
console.log(`    wall: pos ${per('pos').toFixed(3)} ms, parse ${per('parse').toFixed(3)} ms per article, of ${(total / documents).toFixed(2)} ms for all stages`);
console.log(`    CPU: ${cpuMsPerArticle.toFixed(2)} ms per article for all stages, pos + parse ${(syntaxShare * 100).toFixed(0)}% of it ≈ ${(syntaxShare * cpuMsPerArticle).toFixed(2)} ms`);
Object.assign(report, {
  articleTokens: Math.round(articleTokens / documents), posMsPerArticle: per('pos'), parseMsPerArticle: per('parse'), allStagesMsPerArticle: total / documents,
  cpuMsPerArticle, syntaxShare,
});
console.log(JSON.stringify(report));
