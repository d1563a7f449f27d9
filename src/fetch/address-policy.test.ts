import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkAddress, validateAllowances } from './address-policy.js';

describe('checkAddress', () => {
  it('allows public unicast addresses, IPv4 and IPv6', () => {
    for (const address of ['8.8.8.8', '93.184.216.34', '2001:4860:4860::8888', '2a00:1450:4001:82b::200e']) {
      assert.deepEqual(checkAddress(address), { allowed: true }, address);
    }
  });

  it('refuses private, loopback, link-local, unique-local, CGNAT, unspecified, multicast and broadcast addresses', () => {
    const cases: [string, string][] = [
      ['10.1.2.3', 'private'],
      ['172.16.5.4', 'private'],
      ['192.168.1.1', 'private'],
      ['127.0.0.1', 'loopback'],
      ['127.5.6.7', 'loopback'],
      ['169.254.169.254', 'linkLocal'],
      ['100.64.0.1', 'carrierGradeNat'],
      ['0.0.0.0', 'unspecified'],
      ['224.0.0.1', 'multicast'],
      ['255.255.255.255', 'broadcast'],
      ['::1', 'loopback'],
      ['::', 'unspecified'],
      ['fe80::1', 'linkLocal'],
      ['fc00::1', 'uniqueLocal'],
      ['fd12:3456:789a::1', 'uniqueLocal'],
    ];
    for (const [address, range] of cases) {
      const verdict = checkAddress(address);
      assert.equal(verdict.allowed, false, address);
      assert.equal(!verdict.allowed && verdict.range, range, address);
    }
  });

  it('judges IPv4-mapped IPv6 by the IPv4 address inside', () => {
    assert.equal(checkAddress('::ffff:127.0.0.1').allowed, false);
    assert.equal(checkAddress('::ffff:7f00:1').allowed, false);
    assert.equal(checkAddress('::ffff:10.0.0.1').allowed, false);
    assert.equal(checkAddress('[::ffff:192.168.0.1]').allowed, false);
    assert.equal(checkAddress('::ffff:8.8.8.8').allowed, true);
  });

  it('refuses IPv6 ranges that embed an IPv4 address (6to4, Teredo, NAT64): the embedded one could be private', () => {
    assert.equal(checkAddress('2002:7f00:1::1').allowed, false);
    assert.equal(checkAddress('2001:0:4136:e378:8000:63bf:3fff:fdd2').allowed, false);
    assert.equal(checkAddress('64:ff9b::7f00:1').allowed, false);
  });

  it('allows exactly the allowed addresses and ranges, nothing around them', () => {
    const policy = { allowAddresses: ['127.0.0.1', 'fd00::/8'] };
    assert.equal(checkAddress('127.0.0.1', policy).allowed, true);
    assert.equal(checkAddress('::ffff:127.0.0.1', policy).allowed, true);
    assert.equal(checkAddress('127.0.0.2', policy).allowed, false);
    assert.equal(checkAddress('::1', policy).allowed, false);
    assert.equal(checkAddress('fd12::1', policy).allowed, true);
    assert.equal(checkAddress('10.0.0.1', policy).allowed, false);
  });

  it('allows everything with allowPrivate', () => {
    assert.equal(checkAddress('10.0.0.1', { allowPrivate: true }).allowed, true);
    assert.equal(checkAddress('::1', { allowPrivate: true }).allowed, true);
  });

  it('refuses what is not an address', () => {
    assert.equal(checkAddress('example.org').allowed, false);
  });
});

describe('validateAllowances', () => {
  it('accepts addresses and CIDR ranges, names a bad entry', () => {
    validateAllowances(['127.0.0.1', '10.0.0.0/8', '::1', 'fd00::/8']);
    assert.throws(() => validateAllowances(['localhost']), /not an IP address or CIDR range: localhost/);
    assert.throws(() => validateAllowances(['10.0.0.0/33']), /10\.0\.0\.0\/33/);
  });
});
