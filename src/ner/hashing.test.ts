import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extendHash, HashIndex, hashString, mix, phraseHash } from './hashing.js';

describe('hashing', () => {
  it('extends a string hash one code unit at a time', () => {
    let h = hashString('');
    for (const c of 'Baghdad') h = extendHash(h, c.charCodeAt(0));
    assert.equal(h, hashString('Baghdad'));
  });
  it('mixes order-sensitively', () => {
    assert.notEqual(mix(1, 2), mix(2, 1));
    assert.notEqual(phraseHash([hashString('new'), hashString('york')]), phraseHash([hashString('york'), hashString('new')]));
  });
});

describe('HashIndex', () => {
  it('stores, overwrites and grows', () => {
    const index = new HashIndex(4);
    for (let k = 1; k <= 5000; k++) index.set(hashString(String(k)) || 1, k);
    assert.equal(index.size, 5000);
    index.set(hashString('17'), -7);
    assert.equal(index.get(hashString('17')), -7);
    assert.equal(index.get(hashString('4999')), 4999);
    assert.equal(index.get(hashString('absent')), -1);
  });
});
