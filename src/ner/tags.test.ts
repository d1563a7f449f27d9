import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allowedTransition, bilouFromBio, bioFromBilou, spansFromBilou, TAG_COUNT, TAG_NAMES } from './tags.js';

describe('BILOU tags', () => {
  it('has O plus four tags per type', () => {
    assert.equal(TAG_COUNT, 13);
    assert.equal(TAG_NAMES[0], 'O');
  });
  it('converts BIO to BILOU and back', () => {
    const bio = ['B-PER', 'I-PER', 'I-PER', 'O', 'B-LOC', 'B-ORG', 'I-ORG'];
    const bilou = bilouFromBio(bio);
    assert.deepEqual([...bilou].map((t) => TAG_NAMES[t]), ['B-PER', 'I-PER', 'L-PER', 'O', 'U-LOC', 'B-ORG', 'L-ORG']);
    assert.deepEqual(bioFromBilou(bilou), bio);
    assert.deepEqual(spansFromBilou(bilou).map((s) => s.type), ['PER', 'LOC', 'ORG']);
  });
  it('allows only well-formed transitions', () => {
    const id = (name: string): number => TAG_NAMES.indexOf(name);
    assert.ok(allowedTransition(-1, id('B-PER')));
    assert.ok(!allowedTransition(-1, id('I-PER')));
    assert.ok(allowedTransition(id('B-PER'), id('L-PER')));
    assert.ok(!allowedTransition(id('B-PER'), id('L-ORG')));
    assert.ok(!allowedTransition(id('B-PER'), -1), 'an open span cannot end the sentence');
    assert.ok(allowedTransition(id('U-LOC'), id('B-ORG')));
  });
});
