/**
 * Builds resources/ner/word-classes.tsv.gz from unlabelled English news in
 * ../shared/data: for each lower-cased word, a writing class, a feature of the
 * entity tagger.
 *
 *   node dist/scripts/build-word-classes.js [--data ../shared/data]
 *
 * Writing class: how often the word is capitalised away from a sentence start,
 * crossed with how frequent it is. "said" is never capitalised there, "Baghdad"
 * always, "Bush" and "bush" sometimes: what a name looks like in running news,
 * learned from far more text than the labelled data.
 *
 * This script also made distributional clusters from the same text (k-means over
 * neighbour counts); the GloVe clusters of build-embedding-clusters.ts replaced them
 * (with both, the development sets scored 1.1 F1 lower than with GloVe alone).
 *
 * Text: PolNeAR political news (train and dev text), LGL local news, TempEval-3
 * newswire (TimeBank, AQUAINT). Deterministic: sorted files, sorted output.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { isCapitalised } from '../src/ner/features.js';
import { WORD_CLASSES_FILE } from '../src/ner/lexicon-file.js';
import { newsArticles } from '../src/ner/unlabelled-news.js';
import { SHARED_DIR } from '../src/test-support/paths.js';

const { values } = parseArgs({ options: { data: { type: 'string', default: join(SHARED_DIR, 'data') } } });
const data = values.data!;
const started = Date.now();

interface WordStats { count: number; inside: number; capitalisedInside: number }
const stats = new Map<string, WordStats>();
let sentences = 0;
let tokens = 0;
for (const article of newsArticles(data)) {
  for (const words of article) {
    sentences++;
    tokens += words.length;
    words.forEach((word, i) => {
      const lower = word.toLowerCase();
      let s = stats.get(lower);
      if (!s) stats.set(lower, (s = { count: 0, inside: 0, capitalisedInside: 0 }));
      s.count++;
      // After an opening quote a word is capitalised as a sentence start is.
      if (i === 0 || /^[“"'‘(]$/.test(words[i - 1]!)) return;
      s.inside++;
      if (isCapitalised(word)) s.capitalisedInside++;
    });
  }
}
console.log(`${sentences} sentences, ${tokens} tokens, ${stats.size} word types (${((Date.now() - started) / 1000).toFixed(1)} s)`);

/** 1..24: capitalisation ratio band × frequency band; 25: seen only sentence-initially. */
function writingClass(s: WordStats): number {
  if (s.count < 2) return 0;
  if (s.inside === 0) return 25;
  const r = s.capitalisedInside / s.inside;
  const ratioBand = r === 0 ? 0 : r < 0.05 ? 1 : r < 0.3 ? 2 : r < 0.7 ? 3 : r < 0.95 ? 4 : 5;
  const frequencyBand = s.count < 5 ? 0 : s.count < 20 ? 1 : s.count < 100 ? 2 : 3;
  return 1 + ratioBand * 4 + frequencyBand;
}

const lines: string[] = [];
for (const [word, s] of stats) {
  const wordClass = writingClass(s);
  if (wordClass === 0 || /[\t\n]/.test(word)) continue;
  lines.push(`${word}\t${wordClass}`);
}
lines.sort();
mkdirSync(dirname(WORD_CLASSES_FILE), { recursive: true });
writeFileSync(WORD_CLASSES_FILE, gzipSync(lines.join('\n') + '\n', { level: 9 }));
console.log(`wrote ${WORD_CLASSES_FILE}: ${lines.length} words (${((Date.now() - started) / 1000).toFixed(1)} s)`);
