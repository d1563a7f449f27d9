import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lowerBound, upperBound } from './sorted-search.js';

describe('lowerBound and upperBound', () => {
  const starts = [2, 5, 5, 9].map((start) => ({ start }));
  const key = (x: { start: number }): number => x.start;

  it('find the first item at or after, and after, a value', () => {
    assert.deepEqual([0, 2, 3, 5, 6, 9, 10].map((v) => lowerBound(starts, v, key)), [0, 0, 1, 1, 3, 3, 4]);
    assert.deepEqual([0, 2, 3, 5, 6, 9, 10].map((v) => upperBound(starts, v, key)), [0, 1, 1, 3, 3, 4, 4]);
  });

  it('give 0 on no items', () => {
    assert.equal(lowerBound([], 3, key), 0);
    assert.equal(upperBound([], 3, key), 0);
  });
});
