// Benchmark: the entity recogniser beside compromise, in one run, one thread.
// Run: npm run bench (or node dist/bench/ner-throughput.js [--data FILE] [--model FILE] [--seconds N])
// Prints model load time, tokens per CPU-second (one core), resident memory, and,
// where the data has gold tags (UNER PUD test by default), exact-span F1 of both (ours: the
// recogniser's own PER/ORG/LOC; `wirewatch eval ner` scores the entity stage's typed output).
// CPU time (process.cpuUsage) rather than wall time: the machine is shared, and
// tokens per CPU-second is what one core does.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bioFromSpans, type TaggedDocument, type TokenSpan } from '../src/ner/corpus.js';
import { conllEval } from '../src/ner/conlleval.js';
import { readNerPath } from '../src/ner/datasets.js';
import { loadRecogniser } from '../src/ner/recogniser.js';
import { SHARED_DIR } from '../src/test-support/paths.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: join(SHARED_DIR, 'data', 'ner', 'uner-en-pud', 'en_pud-ud-test.iob2') },
    seconds: { type: 'string', default: '3' },
    // Another model file than the bundled one (e.g. a `train-ner --holdout` model, with --data a development set).
    model: { type: 'string' },
  },
});
if (!existsSync(values.data!)) {
  console.log(`ner bench skipped: no data at ${values.data} (../shared is not beside this checkout)`);
  process.exit(0);
}
const documents: TaggedDocument[] = readNerPath(values.data!);
const sentences = documents.map((d) => d.sentences.map((s) => s.tokens));
const tokenCount = sentences.flat().reduce((n, s) => n + s.length, 0);
const seconds = Number(values.seconds);
const mb = (n: number): string => (n / 1024 / 1024).toFixed(0);

/**
 * Runs `pass` over the whole corpus, first for a second of warm-up (lazy loads, V8's optimiser),
 * then until `seconds` of CPU time have gone; the median of the passes' tokens per CPU-second
 * (the median, because other processes on a shared machine slow some passes).
 */
function throughput(pass: () => void): number {
  const cpu = (start: NodeJS.CpuUsage): number => {
    const u = process.cpuUsage(start);
    return (u.user + u.system) / 1e6;
  };
  const warm = process.cpuUsage();
  while (cpu(warm) < 1) pass();
  const rates: number[] = [];
  const start = process.cpuUsage();
  while (cpu(start) < seconds) {
    const one = process.cpuUsage();
    pass();
    rates.push(tokenCount / cpu(one));
  }
  rates.sort((a, b) => a - b);
  return rates[Math.floor(rates.length / 2)]!;
}

function score(predicted: TokenSpan[][][]): { f1: number; byType: Record<string, number> } {
  const gold = documents.flatMap((d) => d.sentences.map((s) => s.tags));
  const tags = predicted.flatMap((doc, d) => doc.map((spans, s) => bioFromSpans(documents[d]!.sentences[s]!.tokens.length, spans)));
  const result = conllEval(gold, tags, ['PER', 'ORG', 'LOC']);
  return { f1: result.micro.f1, byType: Object.fromEntries(Object.entries(result.byType).map(([t, s]) => [t, Number(s.f1.toFixed(3))])) };
}

// Ours.
const loadStart = performance.now();
const recogniser = loadRecogniser(values.model);
const loadMs = performance.now() - loadStart;
const ours = throughput(() => {
  for (const doc of sentences) recogniser.tagDocument(doc);
});
const oursScore = score(sentences.map((doc) => recogniser.tagDocument(doc)));
const oursRss = process.memoryUsage().rss;

// compromise, on each sentence's text (tokens joined by spaces), its people, organisations and places.
const { default: nlp } = await import('compromise');
interface Found { offset: { start: number; length: number } }
function compromiseSpans(tokens: readonly string[]): TokenSpan[] {
  const text = tokens.join(' ');
  const starts: number[] = [];
  let at = 0;
  for (const t of tokens) {
    starts.push(at);
    at += t.length + 1;
  }
  const doc = nlp(text);
  const spans: TokenSpan[] = [];
  const add = (found: Found[], type: string): void => {
    for (const f of found) {
      const first = starts.findIndex((s) => s >= f.offset.start);
      let last = first;
      while (last + 1 < tokens.length && starts[last + 1]! < f.offset.start + f.offset.length) last++;
      // compromise keeps trailing punctuation in a term ("New York ."): drop it.
      while (last > first && /^\p{P}+$/u.test(tokens[last]!)) last--;
      if (first >= 0 && !spans.some((s) => s.start <= last && first < s.end)) spans.push({ start: first, end: last + 1, type });
    }
  };
  add(doc.people().json({ offset: true }) as Found[], 'PER');
  add(doc.organizations().json({ offset: true }) as Found[], 'ORG');
  add(doc.places().json({ offset: true }) as Found[], 'LOC');
  return spans.sort((a, b) => a.start - b.start);
}
const theirs = throughput(() => {
  for (const doc of sentences) for (const s of doc) compromiseSpans(s);
});
const theirsScore = score(sentences.map((doc) => doc.map((s) => compromiseSpans(s))));

console.log(`entities on ${values.data} (${tokenCount} tokens, ${sentences.length} documents), one thread, CPU time:`);
console.log(`  wirewatch: ${Math.round(ours).toLocaleString('en')} tokens/s, model load ${loadMs.toFixed(0)} ms, rss ${mb(oursRss)} MB, F1 ${oursScore.f1.toFixed(3)} ${JSON.stringify(oursScore.byType)}`);
console.log(`  compromise ${'14'}: ${Math.round(theirs).toLocaleString('en')} tokens/s, F1 ${theirsScore.f1.toFixed(3)} ${JSON.stringify(theirsScore.byType)}`);
console.log(JSON.stringify({ bench: 'ner', tokens: tokenCount, wirewatch: { tokensPerSecond: Math.round(ours), loadMs: Math.round(loadMs), rssMB: Math.round(oursRss / 1048576), f1: oursScore.f1 }, compromise: { tokensPerSecond: Math.round(theirs), f1: theirsScore.f1 } }));
