import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { coverage, countLetters, intersect, normalisedSpans, spansEqual, spansOverlap } from './span-match.js';

const TEXT = 'He said that “the talks failed,” and left.';
//            0123456789012345678901234567890123456789012

describe('span matching', () => {
  it('counts an overlap only when a letter or digit is shared', () => {
    assert.ok(spansOverlap(TEXT, [{ start: 8, end: 20 }], [{ start: 14, end: 31 }]));
    // Sharing only the opening quotation mark is no overlap.
    assert.ok(!spansOverlap(TEXT, [{ start: 8, end: 14 }], [{ start: 13, end: 31 }]));
    assert.ok(!spansOverlap(TEXT, [{ start: 0, end: 2 }], [{ start: 3, end: 7 }]));
  });

  it('compares exactly after trimming marks, punctuation and a leading "that"', () => {
    assert.ok(spansEqual(TEXT, [{ start: 8, end: 32 }], [{ start: 14, end: 30 }]));
    assert.ok(!spansEqual(TEXT, [{ start: 14, end: 25 }], [{ start: 14, end: 30 }]));
    assert.deepEqual(normalisedSpans(TEXT, [{ start: 8, end: 32 }]), [{ start: 14, end: 30 }]);
  });

  it('joins fragments separated only by punctuation', () => {
    const text = '“We tried,” she said, “and failed.”';
    assert.deepEqual(normalisedSpans(text, [{ start: 1, end: 10 }, { start: 11, end: 11 }]).length, 1);
    assert.ok(!spansEqual(text, [{ start: 1, end: 9 }, { start: 23, end: 34 }], [{ start: 1, end: 9 }]));
  });

  it('measures letter coverage of unions and intersections', () => {
    const a = coverage([{ start: 0, end: 7 }, { start: 3, end: 12 }]);
    assert.deepEqual(a, [{ start: 0, end: 12 }]);
    const both = intersect(a, [{ start: 8, end: 20 }]);
    assert.deepEqual(both, [{ start: 8, end: 12 }]);
    assert.equal(countLetters(TEXT, both), 4);
  });
});
