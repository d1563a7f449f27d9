/**
 * The part-of-speech tagger: greedy, left to right, an averaged perceptron over
 * PosFeatures choosing one joint tag — a Universal POS tag with its Penn Treebank
 * tag ("PROPN NNP", "AUX VBD") — so the two never disagree. Frequent words that
 * the treebank always tags the same way ("the", ",") take their tag from a
 * dictionary without scoring (Honnibal's tag dictionary).
 *
 * @example
 *   const tagger = loadPosTagger();
 *   tagger.tag(['Gunmen', 'attacked', 'the', 'embassy', '.']);
 *   // → [{upos: 'NOUN', xpos: 'NNS'}, {upos: 'VERB', xpos: 'VBD'}, {upos: 'DET', xpos: 'DT'}, …]
 */
import { readFileSync } from 'node:fs';
import { UniversalPos } from '../../model/schema.js';
import { join } from 'node:path';
import { packageRoot } from '../../ner/package-root.js';
import { decodeSyntaxModel, requiredWeightSet } from '../model-file.js';
import { argmax, type SparseWeights } from '../sparse-weights.js';
import { FORM_ONLY_FEATURES, MAX_POS_FEATURES, PosFeatures, START_TAG } from './pos-features.js';

export const POS_MODEL_FILE = join(packageRoot(), 'models', 'pos-en.bin.gz');
/** Forms whose first features' sums are kept (PosTagger.startScores): 16,384 × 76 classes × 4 bytes ≈ 5 MB. */
const PARTIAL_FORMS = 16_384;

export interface PosTag {
  /** Universal POS tag (https://universaldependencies.org/u/pos/). */
  upos: UniversalPos;
  /** Penn Treebank tag, as GUM writes it (NNP, VBD, HYPH, …). */
  xpos: string;
}

/** What a tagger is made of; a model file holds it, training builds it. */
export interface PosModelParts {
  /** Joint tags "UPOS XPOS", by class id. */
  classes: readonly string[];
  weights: SparseWeights;
  /** Word form hash → class id, for words whose tag is certain. */
  tagDictionary: ReadonlyMap<number, number>;
  /** Normalised word hash → cluster id; absent when the model uses no clusters. */
  clusters?: ReadonlyMap<number, number>;
}

/**
 * The classes word i may take, given the tags chosen before it (`tags[0 .. i)`);
 * undefined lets the model choose freely. For what a caller knows and the model
 * cannot see, such as that a word lies inside a recognised name.
 */
export type TagConstraint = (i: number, tags: Uint8Array) => ((c: number) => boolean) | undefined;

export class PosTagger {
  readonly upos: readonly UniversalPos[];
  readonly xpos: readonly string[];
  private readonly features: PosFeatures;
  private readonly buffer = new Uint32Array(MAX_POS_FEATURES);
  private readonly scores: Float32Array;
  private tags = new Uint8Array(128);
  /**
   * Per form id (PosFeatures.formId), where its FORM_ONLY_FEATURES' summed scores start in
   * `partials` (−1: not kept): every token of the form starts from them, the same float32 sums
   * in the same order. Kept for up to PARTIAL_FORMS forms, then started over.
   */
  private partialAt = new Int32Array(1024).fill(-1);
  private readonly partials: Float32Array;
  private partialCount = 0;
  private partialGeneration = 0;

  constructor(private readonly parts: PosModelParts) {
    // A class that is not a Universal POS tag is a broken model: refused here, once.
    this.upos = parts.classes.map((c) => UniversalPos.parse(c.split(' ')[0]));
    this.xpos = parts.classes.map((c) => c.split(' ')[1] ?? '_');
    this.features = new PosFeatures(parts.clusters);
    this.scores = new Float32Array(parts.classes.length);
    this.partials = new Float32Array(PARTIAL_FORMS * parts.classes.length);
  }

  get classCount(): number {
    return this.parts.classes.length;
  }

  /**
   * The class id of each word (see `upos`/`xpos`); a view into scratch space
   * that the next call overwrites. A constraint narrows a word's choice to the
   * best-scoring allowed class (its dictionary tag too, when that is not allowed);
   * a constraint that allows no class is ignored.
   */
  tagClasses(forms: readonly string[], constraint?: TagConstraint): Uint8Array {
    const n = forms.length;
    if (this.tags.length < n) this.tags = new Uint8Array(n * 2);
    const tags = this.tags;
    const features = this.features;
    const { weights, tagDictionary } = this.parts;
    const classCount = this.parts.classes.length;
    features.prepare(forms);
    for (let i = 0; i < n; i++) {
      const allowed = constraint?.(i, tags);
      const known = tagDictionary.get(features.formHash(i));
      if (known !== undefined && (!allowed || allowed(known))) {
        tags[i] = known;
        continue;
      }
      const count = features.extract(i, i > 0 ? tags[i - 1]! : START_TAG, i > 1 ? tags[i - 2]! : START_TAG, this.buffer);
      const from = this.startScores(i);
      weights.addScores(this.buffer, count, this.scores, from);
      const best = allowed ? argmax(this.scores, classCount, allowed) : -1;
      tags[i] = best >= 0 ? best : argmax(this.scores, classCount);
    }
    return tags.subarray(0, n);
  }

  /**
   * Sets `scores` to the sums of word i's first features (in `buffer`, just extracted), from the
   * form's kept sums when there are any; returns how many features that covered.
   */
  private startScores(i: number): number {
    const scores = this.scores;
    const classCount = scores.length;
    const features = this.features;
    if (features.generation !== this.partialGeneration) {
      this.partialAt.fill(-1);
      this.partialCount = 0;
      this.partialGeneration = features.generation;
    }
    const id = features.formId(i);
    if (id >= this.partialAt.length) {
      const grown = new Int32Array(Math.max(id + 1, this.partialAt.length * 2)).fill(-1);
      grown.set(this.partialAt);
      this.partialAt = grown;
    }
    const at = this.partialAt[id]!;
    if (at >= 0) {
      const partials = this.partials;
      for (let c = 0; c < classCount; c++) scores[c] = partials[at + c]!;
      return FORM_ONLY_FEATURES;
    }
    scores.fill(0);
    if (this.partialCount >= PARTIAL_FORMS) {
      // Full: start over (the frequent forms are soon back).
      this.partialAt.fill(-1);
      this.partialCount = 0;
    }
    this.parts.weights.addScores(this.buffer, FORM_ONLY_FEATURES, scores);
    const start = this.partialCount++ * classCount;
    this.partials.set(scores, start);
    this.partialAt[id] = start;
    return FORM_ONLY_FEATURES;
  }

  /** The tags of a sentence's words. */
  tag(forms: readonly string[], constraint?: TagConstraint): PosTag[] {
    return Array.from(this.tagClasses(forms, constraint), (c) => ({ upos: this.upos[c]!, xpos: this.xpos[c]! }));
  }
}

/** Reads a tagger model file (see model-file.ts). */
export function readPosTagger(path: string): PosTagger {
  const model = decodeSyntaxModel(readFileSync(path), 'pos');
  const tags = requiredWeightSet(model, 'tags');
  const clusters = model.tables.get('clusters');
  return new PosTagger({
    classes: tags.classes,
    weights: tags.weights,
    tagDictionary: model.tables.get('tagDictionary') ?? new Map(),
    ...(clusters && clusters.size > 0 ? { clusters } : {}),
  });
}

let shipped: PosTagger | undefined;

/** The shipped tagger (models/pos-en.bin.gz), read once. */
export function loadPosTagger(): PosTagger {
  shipped ??= readPosTagger(POS_MODEL_FILE);
  return shipped;
}
