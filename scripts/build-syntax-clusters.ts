/**
 * Builds resources/syntax/word-clusters.tsv.gz: a distributional cluster for each
 * word of unlabelled English news, at two granularities, for the tagger's and
 * the parser's features. Words that occur between the same neighbours share a
 * cluster ("Kabul", "Mosul" and "Aleppo"; "warned", "urged" and "told"), so the
 * models know something of words the treebank never had.
 *
 *   node dist/scripts/build-syntax-clusters.js [--data ../shared/data]
 *
 * Text: the unlabelled news the entity recogniser also learns from (PolNeAR
 * articles, LGL local news, TempEval-3 newswire; src/ner/unlabelled-news.ts),
 * tokenized by our tokenizer, words normalised as the models see them
 * (normaliseWord: lower case, digits as 0).
 *
 * Method: each word with at least MIN_COUNT occurrences is the vector of its
 * left and right neighbours among the CONTEXT_WORDS commonest words (log-scaled
 * counts, a seeded ±1 random projection to DIMENSIONS, unit length); spherical
 * k-means into FINE clusters, and the FINE centroids clustered again into COARSE
 * ones. Deterministic: sorted input, a fixed seed, initial centroids spread over
 * the words by frequency, a fixed number of iterations.
 *
 * Output, one word a line, sorted: `word<TAB>fine cluster (1..FINE)<TAB>coarse cluster (1..COARSE)`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { newsArticles } from '../src/ner/unlabelled-news.js';
import { SYNTAX_CLUSTERS_FILE } from '../src/nlp/word-clusters.js';
import { normaliseWord } from '../src/nlp/word-features.js';
import { SHARED_DIR } from '../src/test-support/paths.js';

const { values } = parseArgs({ options: { data: { type: 'string', default: join(SHARED_DIR, 'data') } } });
const started = Date.now();

/** Neighbours that make up a word's vector: the commonest words carry the syntax. */
const CONTEXT_WORDS = 1000;
/** Rarer words get no cluster: their vectors are noise. */
const MIN_COUNT = 4;
const DIMENSIONS = 128;
const FINE = 256;
const COARSE = 32;
const ITERATIONS = 20;
const SEED = 20261126;

const sentences: string[][] = [];
const counts = new Map<string, number>();
for (const article of newsArticles(values.data!)) {
  for (const words of article) {
    const normalised = words.map(normaliseWord);
    sentences.push(normalised);
    for (const w of normalised) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
}
const tokenCount = sentences.reduce((n, s) => n + s.length, 0);
console.log(`${sentences.length} sentences, ${tokenCount} tokens, ${counts.size} word types`);

const byFrequency = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const contextOf = new Map(byFrequency.slice(0, CONTEXT_WORDS).map(([w], i) => [w, i]));
const words = byFrequency.filter(([w, n]) => n >= MIN_COUNT && !/[\t\n]/.test(w)).map(([w]) => w);
const wordIndex = new Map(words.map((w, i) => [w, i]));

// Neighbour counts: left contexts 0..CONTEXT_WORDS (the last: sentence start), right ones after them.
const neighbours = words.map(() => new Map<number, number>());
const BOUNDARY = CONTEXT_WORDS;
for (const sentence of sentences) {
  sentence.forEach((w, i) => {
    const t = wordIndex.get(w);
    if (t === undefined) return;
    const left = i > 0 ? contextOf.get(sentence[i - 1]!) : BOUNDARY;
    const right = i + 1 < sentence.length ? contextOf.get(sentence[i + 1]!) : BOUNDARY;
    const n = neighbours[t]!;
    if (left !== undefined) n.set(left, (n.get(left) ?? 0) + 1);
    if (right !== undefined) n.set(CONTEXT_WORDS + 1 + right, (n.get(CONTEXT_WORDS + 1 + right) ?? 0) + 1);
  });
}

/** xorshift32: the projection's signs. */
function signs(seed: number, count: number): Int8Array {
  const out = new Int8Array(count);
  let s = seed >>> 0 || 1;
  for (let i = 0; i < count; i++) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    out[i] = s & 1 ? 1 : -1;
  }
  return out;
}
const projection = signs(SEED, (2 * CONTEXT_WORDS + 2) * DIMENSIONS);

function normalise(v: Float32Array): void {
  let norm = 0;
  for (let d = 0; d < v.length; d++) norm += v[d]! * v[d]!;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < v.length; d++) v[d]! /= norm;
}

const vectors = new Float32Array(words.length * DIMENSIONS);
neighbours.forEach((n, t) => {
  const v = vectors.subarray(t * DIMENSIONS, (t + 1) * DIMENSIONS);
  for (const [c, count] of n) {
    const weight = Math.log1p(count);
    for (let d = 0; d < DIMENSIONS; d++) v[d]! += weight * projection[c * DIMENSIONS + d]!;
  }
  normalise(v);
});

/** Spherical k-means of `count` unit vectors into k clusters; the first centroids are vectors spread evenly over the (frequency-sorted) input. */
function kMeans(points: Float32Array, count: number, k: number): { assignment: Int32Array; centroids: Float32Array } {
  const centroids = new Float32Array(k * DIMENSIONS);
  for (let c = 0; c < k; c++) {
    const p = Math.floor((c * count) / k);
    centroids.set(points.subarray(p * DIMENSIONS, (p + 1) * DIMENSIONS), c * DIMENSIONS);
  }
  const assignment = new Int32Array(count);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    for (let p = 0; p < count; p++) {
      let best = -Infinity;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        for (let d = 0; d < DIMENSIONS; d++) dot += points[p * DIMENSIONS + d]! * centroids[c * DIMENSIONS + d]!;
        if (dot > best) {
          best = dot;
          assignment[p] = c;
        }
      }
    }
    centroids.fill(0);
    for (let p = 0; p < count; p++) {
      const c = assignment[p]!;
      for (let d = 0; d < DIMENSIONS; d++) centroids[c * DIMENSIONS + d]! += points[p * DIMENSIONS + d]!;
    }
    for (let c = 0; c < k; c++) normalise(centroids.subarray(c * DIMENSIONS, (c + 1) * DIMENSIONS));
  }
  return { assignment, centroids };
}

const fine = kMeans(vectors, words.length, FINE);
const coarse = kMeans(fine.centroids, FINE, COARSE);
const lines = words.map((w, t) => `${w}\t${fine.assignment[t]! + 1}\t${coarse.assignment[fine.assignment[t]!]! + 1}`).sort();
mkdirSync(dirname(SYNTAX_CLUSTERS_FILE), { recursive: true });
writeFileSync(SYNTAX_CLUSTERS_FILE, gzipSync(lines.join('\n') + '\n', { level: 9 }));
console.log(`wrote ${SYNTAX_CLUSTERS_FILE}: ${words.length} words in ${FINE} clusters (${COARSE} coarse) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
for (const probe of ['baghdad', 'said', 'warned', 'ministry', 'monday', 'quickly']) {
  const t = wordIndex.get(probe);
  if (t !== undefined) console.log(`  ${probe}: ${words.filter((_, i) => fine.assignment[i] === fine.assignment[t]).slice(0, 12).join(' ')}`);
}
