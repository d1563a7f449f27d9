/**
 * Unlabelled English news in ../shared/data, as articles of tokenized sentences:
 * PolNeAR political news (train and dev text), LGL local news, and TempEval-3
 * newswire (TimeBank, AQUAINT). Read in sorted file order, so anything computed
 * from it is deterministic. Used for word classes and clusters
 * (scripts/build-word-classes.ts) and for self-training (scripts/train-ner.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../stages/nlp/sentences.js';
import { tokenize } from '../stages/nlp/tokenize.js';

/** Raw article texts. */
export function newsTexts(dataRoot: string): string[] {
  const out: string[] = [];
  for (const split of ['train', 'dev']) {
    const dir = join(dataRoot, 'quotes', 'polnear', split, 'text');
    for (const name of readdirSync(dir).sort()) out.push(readFileSync(join(dir, name), 'utf8'));
  }
  const lgl = readFileSync(join(dataRoot, 'geo', 'lgl', 'lgl.xml'), 'utf8');
  for (const m of lgl.matchAll(/<text><!\[CDATA\[([\s\S]*?)\]\]><\/text>/g)) out.push(m[1]!);
  for (const corpus of ['timebank', 'aquaint']) {
    const dir = join(dataRoot, 'time', 'tempeval3-train', corpus);
    for (const name of readdirSync(dir).sort()) {
      const tml = readFileSync(join(dir, name), 'utf8');
      const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(tml)?.[1] ?? '';
      out.push(body.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
    }
  }
  return out;
}

/**
 * Articles as sentences of token texts. Headlines and shouting (short sentences,
 * or mostly capitalised ones) are left out: they tell nothing about case.
 */
export function newsArticles(dataRoot: string): string[][][] {
  return newsTexts(dataRoot).map((text) => {
    const sentences: string[][] = [];
    for (const paragraph of text.split(/\n\s*\n|\n(?=\s*\S)/)) {
      for (const span of splitSentences(paragraph, 0, paragraph.length)) {
        const words = tokenize(paragraph, span.start, span.end).map((t) => paragraph.slice(t.start, t.end));
        if (words.length < 4 || words.filter((w) => /^\p{Lu}/u.test(w)).length > words.length * 0.6) continue;
        sentences.push(words);
      }
    }
    return sentences;
  });
}
