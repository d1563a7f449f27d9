import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mix } from '../ner/hashing.js';
import { feature, feature2, feature3, normaliseWord, wordShape } from './word-features.js';

describe('word features', () => {
  it('normalises case, digits and typographic apostrophes', () => {
    assert.equal(normaliseWord('Baghdad'), 'baghdad');
    assert.equal(normaliseWord('1990s'), '0000s');
    assert.equal(normaliseWord('Iraq’s'), "iraq's");
    assert.equal(normaliseWord('ÉCOLE'), 'école');
    assert.equal(normaliseWord('said'), 'said');
  });
  it('keeps capitalisation and digits in the shape, runs cut at three', () => {
    assert.equal(wordShape('Baghdad'), 'Xxxx');
    assert.equal(wordShape('COVID-19'), 'XXX-dd');
    assert.equal(wordShape('U.S.'), 'X.X.');
    assert.equal(wordShape('Éire'), 'Xxxx');
  });
  it('makes features that differ by template and never 0', () => {
    assert.notEqual(feature(1, 42), feature(2, 42));
    assert.notEqual(feature2(1, 2, 3), feature2(1, 3, 2));
    assert.notEqual(feature(7, 0), 0);
  });
  it('makes features with the bits of the hashing mix, as signed 32-bit integers (unboxed in V8)', () => {
    for (const [t, a, b, c] of [[1, 42, 7, 9], [61, 0xdeadbeef, 0x9e3779b9, 3], [130, -5, 0xffffffff, 0]] as const) {
      assert.equal(feature(t, a) >>> 0, mix(t, a));
      assert.equal(feature2(t, a, b) >>> 0, mix(mix(t, a), b));
      assert.equal(feature3(t, a, b, c) >>> 0, mix(mix(mix(t, a), b), c));
      for (const f of [feature(t, a), feature2(t, a, b), feature3(t, a, b, c)]) assert.equal(f, f | 0);
    }
  });
});
