import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hashKey, HashedKeys, StringKeys } from './feature-keys.js';
import { QUOTE_FILTER_FILE, readQuoteFilter } from './quote-filter.js';

describe('feature keys', () => {
  it('hashes a key given in parts, with or without its prefix, as the joined string', () => {
    const strings = new StringKeys();
    const hashes = new HashedKeys();
    for (const sink of [strings, hashes]) {
      sink.begin('quote-then-cue');
      sink.key('bias');
      sink.withPrefix('cn=', '3-4');
      sink.key('cl=', 'say', '|kind=', 'direct');
      sink.withPrefix('parts=', 2, '|pq=', true);
    }
    assert.deepEqual(strings.keys, ['bias', 'cn=3-4', 'quote-then-cue|cn=3-4', 'cl=say|kind=direct', 'parts=2|pq=true', 'quote-then-cue|parts=2|pq=true']);
    assert.deepEqual(hashes.keys, strings.keys.map(hashKey));
    // Different keys, different numbers; a number is an integer within what a double holds exactly.
    assert.equal(new Set(hashes.keys).size, hashes.keys.length);
    for (const n of hashes.keys) assert.ok(Number.isSafeInteger(n) && n >= 0);
  });

  it('keeps the shipped model\'s keys apart: no two hash to one number', () => {
    const model = readQuoteFilter(QUOTE_FILTER_FILE);
    const keys = new Set([...Object.keys(model.content), ...Object.keys(model.speaker)]);
    assert.ok(keys.size > 1000);
    assert.equal(new Set([...keys].map(hashKey)).size, keys.size);
  });
});
