/**
 * Training the entity tagger (scripts/train-ner.ts runs this): documents are
 * featurised once, features seen fewer than `minCount` times are dropped, and an
 * averaged structured perceptron runs a fixed number of epochs over a seeded
 * shuffle. Everything is deterministic: same data, same options, same model bytes.
 */
import type { TaggedDocument } from './corpus.js';
import { documentEvidence, documentWords, extractFeatures, FeatureBuffer } from './features.js';
import { HashIndex } from './hashing.js';
import type { Lexicon } from './lexicon.js';
import type { ModelToWrite } from './model-file.js';
import { PerceptronTrainer, type TrainingSentence } from './perceptron.js';
import { DocumentPredictions } from './second-pass.js';
import { bilouFromBio, TAG_COUNT } from './tags.js';

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Features seen fewer times are dropped (rare features mostly memorise). */
  minCount: number;
  /** Rows whose largest |weight| is below this fraction of the largest weight are dropped. */
  pruneBelow: number;
  lexicon: Lexicon;
  /**
   * Whether tokens a corpus left unlabelled (TaggedSentence.unknown) take the tag the model prefers
   * (true, the default here) or are trained as the O the corpus wrote (train-ner.ts chooses off: measured).
   */
  latentUnknown?: boolean;
  /** Perceptrons trained on this many shuffles (seeds seed, seed + 1, …), weights averaged (1 by default). */
  shuffles?: number;
  /**
   * A first pass's BILOU tags of each document's sentences (aligned with the documents): trains
   * the second pass of second-pass.ts, whose features add them. They must come from a model that
   * did not train on the document (train-ner.ts tags each fold with a model of the other folds).
   */
  firstPass?: readonly (readonly Uint8Array[])[];
  /** Called after each epoch, e.g. to log progress. */
  onEpoch?: (epoch: number, errors: number, tokens: number) => void;
}

/** mulberry32: a small seeded PRNG, so the shuffle is the same on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface HashedSentence {
  hashes: Uint32Array;
  offsets: Int32Array;
  gold: Uint8Array;
  weight: number;
  unknown?: Uint8Array;
}

/** Features of every sentence, with document evidence from its own document (and, given first-pass tags, the second pass's features). */
function featurise(documents: readonly TaggedDocument[], lexicon: Lexicon, latentUnknown: boolean, firstPass?: readonly (readonly Uint8Array[])[]): HashedSentence[] {
  const buffer = new FeatureBuffer();
  const stacked = new FeatureBuffer();
  const out: HashedSentence[] = [];
  documents.forEach((document, d) => {
    const tokens = document.sentences.map((s) => s.tokens);
    const evidence = documentEvidence(tokens);
    const predictions = firstPass && new DocumentPredictions(documentWords(tokens, lexicon), firstPass[d]!);
    document.sentences.forEach((sentence, s) => {
      extractFeatures(sentence.tokens, lexicon, evidence, buffer);
      if (predictions) predictions.stackFeatures(s, buffer, stacked);
      const features = predictions ? stacked : buffer;
      out.push({
        hashes: features.hashes.slice(0, features.length),
        offsets: features.offsets.slice(0, sentence.tokens.length + 1),
        gold: bilouFromBio(sentence.tags),
        weight: document.weight ?? 1,
        ...(sentence.unknown && latentUnknown ? { unknown: sentence.unknown } : {}),
      });
    });
  });
  return out;
}

export function trainTagger(documents: readonly TaggedDocument[], options: TrainOptions): ModelToWrite {
  const hashed = featurise(documents, options.lexicon, options.latentUnknown ?? true, options.firstPass);
  // Count features; keep the frequent ones, numbered in order of first appearance.
  const counts = new Map<number, number>();
  for (const s of hashed) for (const h of s.hashes) counts.set(h, (counts.get(h) ?? 0) + 1);
  const index = new HashIndex(counts.size);
  const kept: number[] = [];
  for (const s of hashed) {
    for (const h of s.hashes) {
      if (counts.get(h)! < options.minCount || index.get(h) >= 0) continue;
      index.set(h, kept.length);
      kept.push(h);
    }
  }
  const sentences: TrainingSentence[] = hashed.map((s) => {
    const rows: number[] = [];
    const offsets = new Int32Array(s.gold.length + 1);
    for (let i = 0; i < s.gold.length; i++) {
      offsets[i] = rows.length;
      for (let f = s.offsets[i]!; f < s.offsets[i + 1]!; f++) {
        const row = index.get(s.hashes[f]!);
        if (row >= 0) rows.push(row);
      }
    }
    offsets[s.gold.length] = rows.length;
    return { rows: Int32Array.from(rows), offsets, gold: s.gold, weight: s.weight, ...(s.unknown ? { unknown: s.unknown } : {}) };
  });
  // One averaged perceptron per shuffle, their weights averaged again (parameter mixing): the
  // shuffle order alone moves development F1 by up to ±0.7, and the mean of several orders is
  // steadier at the same tagging cost.
  const shuffles = Math.max(1, options.shuffles ?? 1);
  const tokens = sentences.reduce((sum, s) => sum + s.gold.length, 0);
  let averaged: { emissions: Float32Array; transitions: Float32Array } | undefined;
  for (let k = 0; k < shuffles; k++) {
    const trainer = new PerceptronTrainer(kept.length);
    const random = seededRandom(options.seed + k);
    const order = sentences.map((_, i) => i);
    for (let epoch = 1; epoch <= options.epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      let errors = 0;
      for (const i of order) errors += trainer.train(sentences[i]!);
      options.onEpoch?.(epoch, errors, tokens);
    }
    const weights = trainer.averaged();
    if (!averaged) averaged = weights;
    else {
      for (let i = 0; i < weights.emissions.length; i++) averaged.emissions[i]! += weights.emissions[i]!;
      for (let i = 0; i < weights.transitions.length; i++) averaged.transitions[i]! += weights.transitions[i]!;
    }
  }
  for (let i = 0; i < averaged!.emissions.length; i++) averaged!.emissions[i]! /= shuffles;
  for (let i = 0; i < averaged!.transitions.length; i++) averaged!.transitions[i]! /= shuffles;
  return { ...prune(kept, averaged!.emissions, options.pruneBelow), transitions: averaged!.transitions, lexicon: options.lexicon, training: {} };
}

/** Drops rows whose weights are all negligible: most rare features end near zero. */
function prune(hashes: readonly number[], emissions: Float32Array, below: number): { featureHashes: Uint32Array; emissions: Float32Array } {
  let max = 0;
  for (const w of emissions) max = Math.max(max, Math.abs(w));
  const threshold = max * below;
  const keep: number[] = [];
  for (let r = 0; r < hashes.length; r++) {
    let rowMax = 0;
    for (let t = 0; t < TAG_COUNT; t++) rowMax = Math.max(rowMax, Math.abs(emissions[r * TAG_COUNT + t]!));
    if (rowMax >= threshold) keep.push(r);
  }
  const out = new Float32Array(keep.length * TAG_COUNT);
  keep.forEach((r, k) => out.set(emissions.subarray(r * TAG_COUNT, (r + 1) * TAG_COUNT), k * TAG_COUNT));
  return { featureHashes: Uint32Array.from(keep, (r) => hashes[r]!), emissions: out };
}
