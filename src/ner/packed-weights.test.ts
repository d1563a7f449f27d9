import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { documentWords, evidenceOfWords, extractFeatures, FeatureBuffer } from './features.js';
import { decodeModel } from './model-file.js';
import { defaultModelPath } from './recogniser.js';
import { TAG_COUNT } from './tags.js';

// A sentence of examples/shafaq-2020-09-30-sadr.txt, as the token stage cuts it; "the" and "of" recur in it.
const SENTENCE = ['Since', 'America', 'assassinated', 'the', 'commander', 'of', 'the', 'Iranian', 'Quds', 'Force', ',', 'General', 'Qassem', 'Soleimani', ',', 'the', 'deputy', 'head', 'of', 'the', 'Popular', 'Mobilization', 'Authority'];

describe('packed weights: leading features summed once per word type', () => {
  const model = decodeModel(readFileSync(defaultModelPath()));
  const second = model.secondWeights?.emissions;
  const words = documentWords([SENTENCE], model.lexicon);
  const features = new FeatureBuffer();
  extractFeatures(SENTENCE, model.lexicon, evidenceOfWords(words), features, words[0]);
  const scores = (weights: typeof model.weights.emissions, withWords: boolean): Float32Array => {
    const out = new Float32Array(SENTENCE.length * TAG_COUNT);
    weights.scoreSentence(features.hashes, features.offsets, features.tokens, out, withWords ? features.words : undefined);
    return out;
  };

  it('gives every score the same number as summing every feature, first met and remembered, for both passes', () => {
    assert.equal(features.words, words[0]);
    const plain = scores(model.weights.emissions, false);
    assert.deepEqual(scores(model.weights.emissions, true), plain);
    assert.deepEqual(scores(model.weights.emissions, true), plain);
    if (second) {
      const plainSecond = scores(second, false);
      assert.deepEqual(scores(second, true), plainSecond);
      // The first pass's sums are still there beside the second's.
      assert.deepEqual(scores(model.weights.emissions, true), plain);
      assert.deepEqual(scores(second, true), plainSecond);
    }
  });

  it('keeps the sums on the word, one place per set of weights', () => {
    scores(model.weights.emissions, true);
    const the = words[0]![3]!;
    assert.equal(the, words[0]![6], 'one record per word type');
    assert.equal(the.ownerA, model.weights.emissions);
    assert.equal(the.leadingFeatures, 1 + the.ownFeatures);
    if (second) {
      scores(second, true);
      assert.equal(the.ownerB, second);
    }
  });
});
