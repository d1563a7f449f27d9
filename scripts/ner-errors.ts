/**
 * Error analysis for the entity tagger on a development file: counts errors by
 * kind (missed, spurious, wrong type, wrong boundary) and type, and prints examples.
 *
 *   node dist/scripts/ner-errors.js --model /tmp/ner-holdout.bin.gz --data ../shared/data/ner/uner-en-ewt/en_ewt-ud-dev.iob2 [--examples 40]
 *   node dist/scripts/ner-errors.js --model /tmp/ner-holdout.bin.gz --gum-dev
 *   node dist/scripts/ner-errors.js --model /tmp/ner-holdout.bin.gz --crossner-dev --stage
 *
 * --stage scores the entity stage's output mapped to UNER's types (what `wirewatch eval ner`
 * scores) instead of the recogniser's own spans.
 *
 * For development sets only: looking at test-set errors is tuning on the test set.
 */
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { spansFromBio, type TokenSpan } from '../src/ner/corpus.js';
import { readNerPath } from '../src/ner/datasets.js';
import { readDevSets } from '../src/ner/dev-sets.js';
import { SHARED_DIR } from '../src/test-support/paths.js';
import { loadRecogniser } from '../src/ner/recogniser.js';
import { unerTagger } from '../src/eval/ner/ner-eval.js';

const { values } = parseArgs({ options: { model: { type: 'string' }, data: { type: 'string' }, 'gum-dev': { type: 'boolean', default: false }, 'crossner-dev': { type: 'boolean', default: false }, stage: { type: 'boolean', default: false }, examples: { type: 'string', default: '40' } } });
if (/test/.test(values.data ?? '')) throw new Error('error analysis on a test set is tuning on it: use a dev set');
const recogniser = loadRecogniser(values.model);
const devSet = values['gum-dev'] ? 'gum-dev' : values['crossner-dev'] ? 'crossner-dev' : undefined;
const documents = devSet ? readDevSets(join(SHARED_DIR, 'data', 'ner'))[devSet] : readNerPath(values.data!);
const tag = values.stage ? unerTagger(recogniser) : (sentences: readonly (readonly string[])[]): TokenSpan[][] => recogniser.tagDocument(sentences);
const counts: Record<string, number> = {};
const examples: Record<string, string[]> = {};
const note = (kind: string, text: string): void => {
  counts[kind] = (counts[kind] ?? 0) + 1;
  (examples[kind] ??= []).push(text);
};
const overlaps = (a: TokenSpan, b: TokenSpan): boolean => a.start < b.end && b.start < a.end;
for (const document of documents) {
  const predicted = tag(document.sentences.map((s) => s.tokens));
  document.sentences.forEach((sentence, i) => {
    const gold = spansFromBio(sentence.tags);
    const pred = predicted[i]!;
    const show = (s: TokenSpan): string => sentence.tokens.slice(s.start, s.end).join(' ');
    const context = (s: TokenSpan): string => sentence.tokens.slice(Math.max(0, s.start - 4), s.end + 4).join(' ');
    for (const g of gold) {
      if (pred.some((p) => p.start === g.start && p.end === g.end && p.type === g.type)) continue;
      const same = pred.find((p) => p.start === g.start && p.end === g.end);
      const over = pred.find((p) => overlaps(p, g));
      if (same) note(`type ${g.type}→${same.type}`, `${show(g)}  |  ${context(g)}`);
      else if (over) note(`boundary ${g.type}`, `gold [${show(g)}] got [${show(over)}] ${over.type}  |  ${context(g)}`);
      else note(`missed ${g.type}`, `${show(g)}  |  ${context(g)}`);
    }
    for (const p of pred) {
      if (gold.some((g) => overlaps(p, g))) continue;
      note(`spurious ${p.type}`, `${show(p)}  |  ${context(p)}`);
    }
  });
}
const limit = Number(values.examples);
for (const [kind, n] of Object.entries(counts).sort((a, b) => b[1] - a[1])) {
  console.log(`\n## ${kind}: ${n}`);
  for (const e of examples[kind]!.slice(0, limit)) console.log(`  ${e}`);
}
