import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { feature, feature2, normaliseWord, wordShape } from './word-features.js';

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
});
