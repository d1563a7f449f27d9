import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extendHash, HashIndex, hashString, homeSlots, mix, mixInt, phraseHash, probeSlot } from './hashing.js';

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

  it('finds keys at home in one pass and the others by probing on (homeSlots, probeSlot)', () => {
    // 8 slots of 2 words; home = (key ^ key >>> 16) & 7. 3, 11 and 19 share home 3, 13 and 0x80000005 home 5.
    const big = 0x8000_0005;
    const table = new Uint32Array(16);
    for (const [slot, key] of [[3, 3], [4, 11], [5, 13], [6, big]] as const) table[slot * 2] = key;
    const found = new Int32Array(4);
    homeSlots(table, 2, 7, 16, Uint32Array.from([3, 11, 13, big]), 4, found);
    assert.deepEqual(Array.from(found), [3, -1 - 3, 5, -1 - 5]);
    assert.equal(probeSlot(table, 2, 7, 11, 3), 4);
    // An unsigned key above 2^31 is passed as int32.
    assert.equal(probeSlot(table, 2, 7, big | 0, 5), 6);
    assert.equal(probeSlot(table, 2, 7, 19, 3), -1);
  });

  it('mixInt has the bits of mix, as a signed 32-bit integer', () => {
    for (const [a, b] of [[1, 2], [0xdeadbeef, 0x9e3779b9], [-7, 0xffffffff], [0, 0]] as const) {
      assert.equal(mixInt(a, b) >>> 0, mix(a, b));
      assert.equal(mixInt(a, b), mixInt(a, b) | 0);
    }
  });
});
