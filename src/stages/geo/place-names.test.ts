import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { placeKey } from './place-names.js';

describe('placeKey', () => {
  it('folds case, diacritics, dots and hyphens', () => {
    assert.equal(placeKey('São Paulo'), 'sao paulo');
    assert.equal(placeKey('U.S.'), 'us');
    assert.equal(placeKey('Winston-Salem'), 'winston salem');
    assert.equal(placeKey('Rapides Parish'), 'rapides parish');
  });
  it('spells out abbreviated first words', () => {
    assert.equal(placeKey('St. Louis'), placeKey('Saint Louis'));
    assert.equal(placeKey('Mt. Vernon'), 'mount vernon');
    assert.equal(placeKey('Ft Worth'), 'fort worth');
  });
});
