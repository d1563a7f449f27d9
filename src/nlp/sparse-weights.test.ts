import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { InlineWeights, pruneWeights, SparseWeights } from './sparse-weights.js';

/** Three features over three classes: 11 → [0.5, −2, 0], 22 → [0, 0, 0.01], 33 → [4, 0, −0.02]. */
function weights(): SparseWeights {
  return new SparseWeights(3, Uint32Array.from([11, 22, 33]), Uint32Array.from([0, 2, 3, 5]), Uint8Array.from([0, 1, 2, 0, 2]), Float32Array.from([0.5, -2, 0.01, 4, -0.02]));
}

const scores = (w: { addScores: (f: Uint32Array, n: number, s: Float32Array) => void }, features: number[]): number[] => {
  const out = new Float32Array(3);
  w.addScores(Uint32Array.from(features), features.length, out);
  return Array.from(out, (v) => Math.round(v * 1000) / 1000);
};

describe('InlineWeights', () => {
  it('scores as the sparse weights do, unknown features included', () => {
    const sparse = weights();
    const inline = new InlineWeights(sparse);
    for (const features of [[11], [22, 33], [11, 22, 33, 44], [99], []]) assert.deepEqual(scores(inline, features), scores(sparse, features), features.join(','));
    assert.deepEqual(scores(inline, [11, 33]), [4.5, -2, -0.02]);
  });

  it('refuses more than three classes', () => {
    assert.throws(() => new InlineWeights(new SparseWeights(4, Uint32Array.from([1]), Uint32Array.from([0, 1]), Uint8Array.from([3]), Float32Array.from([1]))), /4 classes/);
  });
});

describe('pruneWeights', () => {
  it('drops weights at most the share of the largest, and the features left with none', () => {
    const pruned = pruneWeights(weights(), 0.01); // threshold 0.04
    assert.deepEqual(Array.from(pruned.hashes), [11, 33]);
    assert.deepEqual(scores(pruned, [11, 22, 33]), [4.5, -2, 0]);
    assert.equal(pruneWeights(weights(), 0).pairCount, 5);
  });
});
