/**
 * Training the tagger (pos-tagger.ts) on treebank sentences: greedy decoding with
 * the current weights, the previous tags being the tagger's own guesses (as at
 * run time), and a perceptron update at every wrong guess.
 */
import type { TreebankSentence } from '../conllu.js';
import { argmax } from '../sparse-weights.js';
import { shuffled, SparsePerceptron } from '../sparse-perceptron.js';
import { valueHash } from '../word-features.js';
import { MAX_POS_FEATURES, PosFeatures, START_TAG } from './pos-features.js';
import { PosTagger, type PosModelParts } from './pos-tagger.js';

export interface PosTrainingOptions {
  epochs: number;
  seed: number;
  /** Normalised word hash → cluster id, or none. */
  clusters?: ReadonlyMap<number, number>;
  /** A word enters the tag dictionary used in training when seen this often … */
  dictionaryMinCount: number;
  /** … with this share of its occurrences under one tag. */
  dictionaryMinShare: number;
  /**
   * The dictionary the model ships with may be larger (rarer words, as certain):
   * the weights still learned those words from every occurrence, and a word the
   * dictionary tags costs no scoring. Chosen on dev (no accuracy change within
   * noise; a third more words skip scoring).
   */
  taggingDictionaryMinCount: number;
  /** Averaged weights smaller than this are dropped from the model. */
  minWeight: number;
  /** Called after each epoch with the tagger as it would be if training stopped there. */
  onEpoch?: (epoch: number, errors: number, tagger: () => PosTagger) => void;
}

export const DEFAULT_POS_TRAINING: PosTrainingOptions = { epochs: 10, seed: 1, dictionaryMinCount: 20, dictionaryMinShare: 0.97, taggingDictionaryMinCount: 5, minWeight: 0 };

/** The joint tag of a treebank word: "UPOS XPOS". */
export const jointTag = (upos: string, xpos: string): string => `${upos} ${xpos}`;

/** Word forms seen often enough with one tag nearly always. */
export function buildTagDictionary(sentences: readonly TreebankSentence[], classOf: ReadonlyMap<string, number>, minCount: number, minShare: number): Map<number, number> {
  const counts = new Map<string, Map<number, number>>();
  for (const s of sentences) {
    for (const w of s.words) {
      let byTag = counts.get(w.form);
      if (!byTag) counts.set(w.form, (byTag = new Map()));
      const c = classOf.get(jointTag(w.upos, w.xpos))!;
      byTag.set(c, (byTag.get(c) ?? 0) + 1);
    }
  }
  const dictionary = new Map<number, number>();
  for (const [form, byTag] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    let total = 0;
    let best = -1;
    let bestCount = 0;
    for (const [c, n] of byTag) {
      total += n;
      if (n > bestCount) [best, bestCount] = [c, n];
    }
    if (total >= minCount && bestCount / total >= minShare) dictionary.set(valueHash(form), best);
  }
  return dictionary;
}

export function trainPosTagger(sentences: readonly TreebankSentence[], options: PosTrainingOptions): PosModelParts {
  const classes = [...new Set(sentences.flatMap((s) => s.words.map((w) => jointTag(w.upos, w.xpos))))].sort();
  const classOf = new Map(classes.map((c, i) => [c, i]));
  const tagDictionary = buildTagDictionary(sentences, classOf, options.dictionaryMinCount, options.dictionaryMinShare);
  const perceptron = new SparsePerceptron(classes.length);
  const features = new PosFeatures(options.clusters);
  const buffer = new Uint32Array(MAX_POS_FEATURES);
  const scores = new Float32Array(classes.length);
  const golds = sentences.map((s) => Uint8Array.from(s.words, (w) => classOf.get(jointTag(w.upos, w.xpos))!));
  const forms = sentences.map((s) => s.words.map((w) => w.form));
  const guesses = new Uint8Array(Math.max(1, ...forms.map((f) => f.length)));
  const taggingDictionary = buildTagDictionary(sentences, classOf, Math.min(options.taggingDictionaryMinCount, options.dictionaryMinCount), options.dictionaryMinShare);
  const parts = (): PosModelParts => ({
    classes, weights: perceptron.averaged(options.minWeight), tagDictionary: taggingDictionary, ...(options.clusters ? { clusters: options.clusters } : {}),
  });
  const order = sentences.map((_, i) => i);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    let errors = 0;
    for (const s of shuffled(order, options.seed * 7919 + epoch)) {
      const gold = golds[s]!;
      features.prepare(forms[s]!);
      for (let i = 0; i < gold.length; i++) {
        const known = tagDictionary.get(features.formHash(i));
        if (known !== undefined) {
          guesses[i] = known;
          continue;
        }
        const count = features.extract(i, i > 0 ? guesses[i - 1]! : START_TAG, i > 1 ? guesses[i - 2]! : START_TAG, buffer);
        scores.fill(0);
        perceptron.addScores(buffer, count, scores);
        const guess = argmax(scores, classes.length);
        if (guess !== gold[i]) {
          errors++;
          perceptron.update(buffer, count, gold[i]!, 1);
          perceptron.update(buffer, count, guess, -1);
        }
        perceptron.tick();
        guesses[i] = guess;
      }
    }
    options.onEpoch?.(epoch, errors, () => new PosTagger(parts()));
  }
  return parts();
}
