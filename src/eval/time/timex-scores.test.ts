import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addCounts, countTimexes, scoreTimexes } from './timex-scores.js';

describe('TempEval-3 timex scores', () => {
  const gold = [{ start: 0, end: 9, value: '2020-09-29' }, { start: 20, end: 35, value: '2020' }, { start: 50, end: 56, value: 'P3D' }];
  const system = [
    { start: 0, end: 9, value: '2020-09-29' }, // strict match, right value
    { start: 26, end: 35, value: '2019' }, // relaxed match only, wrong value
    { start: 70, end: 75, value: 'PRESENT_REF' }, // spurious
  ];

  it('counts strict and relaxed matches and values over matched spans', () => {
    const c = countTimexes(gold, system);
    assert.deepEqual(c, { gold: 3, system: 3, strictSystem: 1, strictGold: 1, relaxedSystem: 2, relaxedGold: 2, matched: 2, valueCorrect: 1 });
    const s = scoreTimexes(c);
    assert.equal(s.strict.precision, 1 / 3);
    assert.equal(s.relaxed.recall, 2 / 3);
    assert.equal(s.valueAccuracy, 0.5);
    assert.equal(s.value.precision, 1 / 3);
    assert.equal(s.value.recall, 1 / 3);
  });

  it('scores a system value against the gold expression it overlaps most', () => {
    const c = countTimexes([{ start: 0, end: 4, value: 'A' }, { start: 5, end: 20, value: 'B' }], [{ start: 2, end: 18, value: 'B' }]);
    assert.equal(c.valueCorrect, 1);
  });

  it('adds counts and scores empty input as zeros, not NaN', () => {
    const c = addCounts(countTimexes(gold, system), countTimexes([], []));
    assert.equal(c.gold, 3);
    const empty = scoreTimexes(countTimexes([], []));
    assert.equal(empty.relaxed.f1, 0);
    assert.equal(empty.valueAccuracy, 0);
  });
});
