/**
 * Builds resources/ner/word-classes.tsv.gz from unlabelled English news in
 * ../shared/data: for each lower-cased word, a writing class and a distributional
 * cluster, both features of the entity tagger.
 *
 *   node dist/scripts/build-word-classes.js [--data ../shared/data]
 *
 * Writing class: how often the word is capitalised away from a sentence start,
 * crossed with how frequent it is. "said" is never capitalised there, "Baghdad"
 * always, "Bush" and "bush" sometimes: what a name looks like in running news,
 * learned from far more text than the labelled data.
 *
 * Cluster: words that occur between the same neighbours get the same cluster
 * (k-means over left/right neighbour counts, randomly projected): "Kabul",
 * "Mosul" and "Aleppo" fall together although the labelled data has few of them.
 *
 * Text: PolNeAR political news (train and dev text), LGL local news, TempEval-3
 * newswire (TimeBank, AQUAINT). Deterministic: sorted files, seeded projection and
 * initialisation.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { isCapitalised } from '../src/ner/features.js';
import { WORD_CLASSES_FILE } from '../src/ner/lexicon-file.js';
import { seededRandom } from '../src/ner/train.js';
import { newsArticles } from '../src/ner/unlabelled-news.js';
import { SHARED_DIR } from '../src/test-support/paths.js';

const { values } = parseArgs({ options: { data: { type: 'string', default: join(SHARED_DIR, 'data') } } });
const data = values.data!;
const started = Date.now();

const CONTEXT_WORDS = 1000;
const MIN_CLUSTERED = 5;
const DIMENSIONS = 96;
const CLUSTERS = 256;
const ITERATIONS = 15;
const SEED = 7;

interface WordStats { count: number; inside: number; capitalisedInside: number }
const stats = new Map<string, WordStats>();
const sentences: string[][] = [];
// Adding the token texts of the labelled corpora (1.4M tokens in all) made neater clusters but no
// better tagger on the development sets (UNER EWT dev −1.0 F1, GUM dev ±0): news only.
for (const article of newsArticles(data)) {
  for (const words of article) {
    sentences.push(words.map((w) => w.toLowerCase()));
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
const tokens = sentences.reduce((n, s) => n + s.length, 0);
console.log(`${sentences.length} sentences, ${tokens} tokens, ${stats.size} word types (${((Date.now() - started) / 1000).toFixed(1)} s)`);

/** 1..24: capitalisation ratio band × frequency band; 25: seen only sentence-initially. */
function writingClass(s: WordStats): number {
  if (s.count < 2) return 0;
  if (s.inside === 0) return 25;
  const r = s.capitalisedInside / s.inside;
  const ratioBand = r === 0 ? 0 : r < 0.05 ? 1 : r < 0.3 ? 2 : r < 0.7 ? 3 : r < 0.95 ? 4 : 5;
  const frequencyBand = s.count < 5 ? 0 : s.count < 20 ? 1 : s.count < 100 ? 2 : 3;
  return 1 + ratioBand * 4 + frequencyBand;
}

// Distributional vectors: counts of the left and right neighbour among the commonest words.
const byFrequency = [...stats].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1));
const contextIndex = new Map(byFrequency.slice(0, CONTEXT_WORDS).map(([w], i) => [w, i]));
const targets = byFrequency.filter(([, s]) => s.count >= MIN_CLUSTERED).map(([w]) => w);
const targetIndex = new Map(targets.map((w, i) => [w, i]));
const contexts = targets.map(() => new Map<number, number>());
for (const words of sentences) {
  for (let i = 0; i < words.length; i++) {
    const t = targetIndex.get(words[i]!);
    if (t === undefined) continue;
    const left = i > 0 ? contextIndex.get(words[i - 1]!) : CONTEXT_WORDS;
    const right = i + 1 < words.length ? contextIndex.get(words[i + 1]!) : CONTEXT_WORDS;
    const ctx = contexts[t]!;
    if (left !== undefined) ctx.set(left, (ctx.get(left) ?? 0) + 1);
    if (right !== undefined) ctx.set(CONTEXT_WORDS + 1 + right, (ctx.get(CONTEXT_WORDS + 1 + right) ?? 0) + 1);
  }
}
// Random projection (seeded ±1) of log-scaled counts, then unit length.
const random = seededRandom(SEED);
const projection = new Float32Array((2 * CONTEXT_WORDS + 2) * DIMENSIONS);
for (let i = 0; i < projection.length; i++) projection[i] = random() < 0.5 ? -1 : 1;
const vectors = new Float32Array(targets.length * DIMENSIONS);
contexts.forEach((ctx, t) => {
  const v = vectors.subarray(t * DIMENSIONS, (t + 1) * DIMENSIONS);
  for (const [c, n] of ctx) {
    const w = Math.log1p(n);
    for (let d = 0; d < DIMENSIONS; d++) v[d]! += w * projection[c * DIMENSIONS + d]!;
  }
  let norm = 0;
  for (let d = 0; d < DIMENSIONS; d++) norm += v[d]! * v[d]!;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < DIMENSIONS; d++) v[d]! /= norm;
});
// k-means (cosine, as vectors are unit length), initialised with evenly spaced words by frequency.
const centroids = new Float32Array(CLUSTERS * DIMENSIONS);
for (let k = 0; k < CLUSTERS; k++) {
  const t = Math.floor((k * targets.length) / CLUSTERS);
  centroids.set(vectors.subarray(t * DIMENSIONS, (t + 1) * DIMENSIONS), k * DIMENSIONS);
}
const assignment = new Int32Array(targets.length);
for (let iteration = 0; iteration < ITERATIONS; iteration++) {
  for (let t = 0; t < targets.length; t++) {
    let best = -Infinity;
    let arg = 0;
    for (let k = 0; k < CLUSTERS; k++) {
      let dot = 0;
      for (let d = 0; d < DIMENSIONS; d++) dot += vectors[t * DIMENSIONS + d]! * centroids[k * DIMENSIONS + d]!;
      if (dot > best) {
        best = dot;
        arg = k;
      }
    }
    assignment[t] = arg;
  }
  centroids.fill(0);
  for (let t = 0; t < targets.length; t++) {
    const k = assignment[t]!;
    for (let d = 0; d < DIMENSIONS; d++) centroids[k * DIMENSIONS + d]! += vectors[t * DIMENSIONS + d]!;
  }
  for (let k = 0; k < CLUSTERS; k++) {
    let norm = 0;
    for (let d = 0; d < DIMENSIONS; d++) norm += centroids[k * DIMENSIONS + d]! ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < DIMENSIONS; d++) centroids[k * DIMENSIONS + d]! /= norm;
  }
}

const lines: string[] = [];
for (const [word, s] of stats) {
  const wordClass = writingClass(s);
  const t = targetIndex.get(word);
  const cluster = t === undefined ? 0 : assignment[t]! + 1;
  if (wordClass === 0 && cluster === 0) continue;
  if (/[\t\n]/.test(word)) continue;
  lines.push(`${word}\t${wordClass}\t${cluster}`);
}
lines.sort();
mkdirSync(dirname(WORD_CLASSES_FILE), { recursive: true });
writeFileSync(WORD_CLASSES_FILE, gzipSync(lines.join('\n') + '\n', { level: 9 }));
console.log(`wrote ${WORD_CLASSES_FILE}: ${lines.length} words, ${targets.length} clustered into ${CLUSTERS} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
// A look at what clustered together, for the log.
for (const probe of ['baghdad', 'said', 'obama', 'ministry', 'monday']) {
  const t = targetIndex.get(probe);
  if (t === undefined) continue;
  console.log(`  ${probe}: ${targets.filter((_, i) => assignment[i] === assignment[t]).slice(0, 12).join(' ')}`);
}
