import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { EXAMPLES_DIR } from '../test-support/paths.js';
import { bandKeys, dedupWords, estimateContainment, estimateJaccard, fingerprint, MIN_WORDS, NUM_BANDS, NUM_HASHES } from './minhash.js';

const example = (name: string): string => readFileSync(join(EXAMPLES_DIR, name), 'utf8');
const WIRE = example('wire-2021-03-05-erbil-rockets.txt');
const SADR = example('shafaq-2020-09-30-sadr.txt');

describe('minhash', () => {
  it('reads words without case, punctuation or spacing differences', () => {
    assert.deepEqual(dedupWords('BAGHDAD (Reuters) -  At least  ten rockets, 8 km'), ['baghdad', 'reuters', 'at', 'least', 'ten', 'rockets', '8', 'km']);
    assert.deepEqual(dedupWords("Iraq’s prime minister's"), ["iraq’s", 'prime', "minister's"]);
  });

  it('gives identical texts identical fingerprints, stable across calls', () => {
    const a = fingerprint(WIRE)!;
    const b = fingerprint(WIRE.replace(/\s+/g, ' ').toUpperCase())!;
    assert.equal(a.signature.length, NUM_HASHES);
    assert.equal(a.bands.length, NUM_BANDS);
    assert.deepEqual(a, b);
    assert.deepEqual(bandKeys(a.signature), a.bands);
    assert.ok(a.bands.every((k) => Number.isSafeInteger(k) && k >= 0));
  });

  it('estimates a high Jaccard for a lightly edited copy and a near-zero one for another story', () => {
    const edited = WIRE.replace('At least ten rockets', 'Ten rockets').replace('days after', 'two days after').replace(/Related stories[\s\S]*$/, '');
    const copy = estimateJaccard(fingerprint(WIRE)!.signature, fingerprint(edited)!.signature);
    const other = estimateJaccard(fingerprint(WIRE)!.signature, fingerprint(SADR)!.signature);
    assert.ok(copy > 0.7, `copy ${copy}`);
    assert.ok(other < 0.1, `other ${other}`);
  });

  it('estimates containment of a copy cut to its first half', () => {
    const words = WIRE.split(/\s+/);
    const half = words.slice(0, Math.ceil(words.length / 2)).join(' ');
    const full = fingerprint(WIRE)!;
    const cut = fingerprint(half)!;
    const jaccard = estimateJaccard(full.signature, cut.signature);
    assert.ok(jaccard < 0.7, `jaccard ${jaccard}`);
    assert.ok(estimateContainment(jaccard, full.shingles, cut.shingles) > 0.8);
  });

  it('does not fingerprint texts too short to judge', () => {
    assert.equal(fingerprint('word '.repeat(MIN_WORDS - 1)), undefined);
    assert.ok(fingerprint(Array.from({ length: MIN_WORDS }, (_, i) => `w${i}`).join(' ')));
  });
});
