import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { shuffled, SparsePerceptron } from './sparse-perceptron.js';
import { argmax } from './sparse-weights.js';

describe('SparsePerceptron', () => {
  it('learns a separable problem and keeps only non-zero weights', () => {
    // Class = which of features 10, 20, 30 is present; feature 99 is always there (noise).
    const examples = [0, 1, 2].map((c) => ({ features: Uint32Array.from([10 * (c + 1), 99]), gold: c }));
    const p = new SparsePerceptron(3);
    const scores = new Float32Array(3);
    for (let epoch = 0; epoch < 5; epoch++) {
      for (const e of examples) {
        scores.fill(0);
        p.addScores(e.features, 2, scores);
        const guess = argmax(scores, 3);
        if (guess !== e.gold) {
          p.update(e.features, 2, e.gold, 1);
          p.update(e.features, 2, guess, -1);
        }
        p.tick();
      }
    }
    const weights = p.averaged();
    for (const e of examples) {
      scores.fill(0);
      weights.addScores(e.features, 2, scores);
      assert.equal(argmax(scores, 3), e.gold);
    }
    assert.ok(weights.values.every((v) => v !== 0));
    assert.ok(weights.pairCount <= p.rows * 3);
  });

  it('grows past its first pool and table sizes', () => {
    const p = new SparsePerceptron(200);
    const features = Uint32Array.from({ length: 70_000 }, (_, i) => i + 1);
    for (let c = 0; c < 5; c++) p.update(features, features.length, c * 40, 1);
    p.tick();
    const weights = p.averaged();
    assert.equal(weights.hashes.length, 70_000);
    const scores = new Float32Array(200);
    weights.addScores(Uint32Array.from([69_999]), 1, scores);
    // One update, then one more step: each averaged weight is half the last one.
    assert.deepEqual([0, 40, 80, 120, 160, 1].map((c) => scores[c]), [0.5, 0.5, 0.5, 0.5, 0.5, 0]);
  });
});

describe('shuffled', () => {
  it('is a deterministic permutation', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    assert.deepEqual(shuffled(items, 3), shuffled(items, 3));
    assert.notDeepEqual(shuffled(items, 3), items);
    assert.deepEqual([...shuffled(items, 3)].sort((a, b) => a - b), items);
  });
});
