import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { trainLogistic } from './logistic-regression.js';

describe('logistic regression', () => {
  const examples = Array.from({ length: 40 }, (_, i) => ({ features: ['bias', i % 2 === 0 ? 'good' : 'bad', `noise${i % 5}`], label: i % 2 === 0 }));
  const settings = { epochs: 5, learningRate: 0.1, l2: 1e-5, seed: 3, decimals: 4, minCount: 1 };

  it('learns a feature that decides the label', () => {
    const w = trainLogistic(examples, settings);
    assert.ok(w.good! > 1 && w.bad! < -1);
  });

  it('gives the same weights for the same seed, keys sorted', () => {
    const a = trainLogistic(examples, settings);
    assert.deepEqual(a, trainLogistic(examples, settings));
    assert.deepEqual(Object.keys(a), Object.keys(a).sort());
  });

  it('leaves out features seen in fewer than minCount examples', () => {
    const w = trainLogistic([...examples, { features: ['rare'], label: true }], { ...settings, minCount: 2 });
    assert.equal(w.rare, undefined);
  });
});
