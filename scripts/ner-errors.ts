/**
 * Error analysis for the entity tagger on a development file: counts errors by
 * kind (missed, spurious, wrong type, wrong boundary) and type, and prints examples.
 *
 *   node dist/scripts/ner-errors.js --model /tmp/ner-holdout.bin.gz --data ../shared/data/ner/uner-en-ewt/en_ewt-ud-dev.iob2 [--examples 40]
 *   node dist/scripts/ner-errors.js --model /tmp/ner-holdout.bin.gz --gum-dev
 *
 * For development sets only: looking at test-set errors is tuning on the test set.
 */
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spansFromBio, type TaggedDocument, type TokenSpan } from '../src/ner/corpus.js';
import { NER_DATASETS, readDataset, readNerPath } from '../src/ner/datasets.js';
import { SHARED_DIR } from '../src/test-support/paths.js';
import { loadRecogniser } from '../src/ner/recogniser.js';

const { values } = parseArgs({ options: { model: { type: 'string' }, data: { type: 'string' }, 'gum-dev': { type: 'boolean', default: false }, examples: { type: 'string', default: '40' } } });
if (/test/.test(values.data ?? '')) throw new Error('error analysis on a test set is tuning on it: use a dev set');
const recogniser = loadRecogniser(values.model);
/** --gum-dev: GUM's dev documents (gum/splits.md) read as training reads them, adapters and all. */
function gumDev(): TaggedDocument[] {
  const root = join(SHARED_DIR, 'data', 'ner');
  const splits = readFileSync(join(root, 'gum', 'splits.md'), 'utf8');
  const dev = new Set([...(/## dev\s+([\s\S]*?)(?=\n## )/.exec(splits)?.[1] ?? '').matchAll(/\*\s+(GUM_\S+)/g)].map((m) => m[1]!));
  return readDataset(root, NER_DATASETS.find((d) => d.id === 'gum')!).filter((d) => dev.has(d.id.split('#')[1] ?? ''));
}
const documents = values['gum-dev'] ? gumDev() : readNerPath(values.data!);
const counts: Record<string, number> = {};
const examples: Record<string, string[]> = {};
const note = (kind: string, text: string): void => {
  counts[kind] = (counts[kind] ?? 0) + 1;
  (examples[kind] ??= []).push(text);
};
const overlaps = (a: TokenSpan, b: TokenSpan): boolean => a.start < b.end && b.start < a.end;
for (const document of documents) {
  const predicted = recogniser.tagDocument(document.sentences.map((s) => s.tokens));
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
