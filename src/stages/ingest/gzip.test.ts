import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { gunzipBounded, isGzip, peekGunzip } from './gzip.js';

const page = Buffer.from('<html><body>' + '<p>The council met on Monday.</p>'.repeat(2000) + '</body></html>');
const gz = gzipSync(page);

describe('gunzipBounded', () => {
  it('inflates whole streams', () => {
    assert.ok(isGzip(gz) && !isGzip(page));
    const r = gunzipBounded(gz, 10_000_000);
    assert.ok(r.ok && !r.truncated && Buffer.from(r.bytes).equals(page));
  });
  it('returns what a cut stream holds, flagged truncated', () => {
    const r = gunzipBounded(gz.subarray(0, Math.floor(gz.length / 2)), 10_000_000);
    assert.ok(r.ok && r.truncated);
    assert.ok(r.bytes.length > 0 && r.bytes.length < page.length);
    assert.ok(page.subarray(0, r.bytes.length).equals(Buffer.from(r.bytes)));
  });
  it('calls damaged data corrupt, never throwing', () => {
    const damaged = Buffer.from(gz);
    for (let i = 12; i < damaged.length - 8; i += 7) damaged[i] ^= 0x5a;
    for (const bad of [damaged, Buffer.from([0x1f, 0x8b]), Buffer.from([0x1f, 0x8b, 9, 9, 9, 9, 9, 9, 9, 9])]) {
      const r = gunzipBounded(bad, 10_000_000);
      assert.equal(r.ok, false);
      assert.ok(!r.ok && r.problem === 'corrupt', JSON.stringify(r));
    }
  });
  it('refuses output beyond the limit (a gzip bomb stays small)', () => {
    const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024, 0x20));
    assert.ok(bomb.length < 100_000);
    const r = gunzipBounded(bomb, 10 * 1024 * 1024);
    assert.ok(!r.ok && r.problem === 'too-large');
  });
  it('peeks at the start of a stream for sniffing', () => {
    assert.ok(Buffer.from(peekGunzip(gz)).toString('latin1').startsWith('<html><body><p>The council'));
    assert.equal(peekGunzip(Buffer.from([0x1f, 0x8b, 0, 0])).length, 0);
  });
});
