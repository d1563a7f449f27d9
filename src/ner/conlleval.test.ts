import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { conllEval } from './conlleval.js';

describe('conllEval', () => {
  it('counts exact spans only, per type and micro', () => {
    const gold = [['B-PER', 'I-PER', 'O', 'B-LOC'], ['B-ORG', 'O']];
    const predicted = [['B-PER', 'O', 'O', 'B-LOC'], ['B-ORG', 'B-PER']];
    const result = conllEval(gold, predicted);
    assert.deepEqual(result.byType['LOC'], { correct: 1, predicted: 1, gold: 1, precision: 1, recall: 1, f1: 1 });
    assert.equal(result.byType['PER']!.correct, 0);
    assert.equal(result.byType['PER']!.predicted, 2);
    assert.equal(result.micro.correct, 2);
    assert.equal(result.micro.predicted, 4);
    assert.equal(result.micro.gold, 3);
    assert.ok(Math.abs(result.micro.f1 - (2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3)) < 1e-12);
  });
  it('a wrong type is both a false positive and a false negative', () => {
    const result = conllEval([['B-ORG']], [['B-LOC']]);
    assert.equal(result.micro.f1, 0);
    assert.equal(result.byType['ORG']!.gold, 1);
    assert.equal(result.byType['LOC']!.predicted, 1);
  });
  it('restricts scoring to the listed types on both sides', () => {
    const result = conllEval([['B-MISC', 'B-PER']], [['O', 'B-PER']], ['PER', 'ORG', 'LOC']);
    assert.equal(result.micro.f1, 1);
    assert.equal(result.byType['MISC'], undefined);
    assert.equal(result.byType['ORG']!.gold, 0);
  });
  it('rejects sequences of different lengths', () => {
    assert.throws(() => conllEval([['O']], [['O', 'O']]), /differ in length/);
  });
});
