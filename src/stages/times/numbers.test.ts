import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isVagueAmount, numberValue } from './numbers.js';

describe('numberValue', () => {
  it('reads digits, thousands separators and halves', () => {
    assert.equal(numberValue('14'), 14);
    assert.equal(numberValue('1,000'), 1000);
    assert.equal(numberValue('2 1/2'), 2.5);
    assert.equal(numberValue('2½'), 2.5);
  });
  it('reads number words, alone and combined', () => {
    assert.equal(numberValue('a'), 1);
    assert.equal(numberValue('twenty four'), 24);
    assert.equal(numberValue('twenty-four'), 24);
    assert.equal(numberValue('a couple of'), 2);
    assert.equal(numberValue('two hundred'), 200);
    assert.equal(numberValue('two thousand'), 2000);
    assert.equal(numberValue('one and a half'), 1.5);
  });
  it('gives no number for vague amounts and non-numbers', () => {
    assert.equal(numberValue('several'), undefined);
    assert.equal(numberValue('a few'), undefined);
    assert.equal(numberValue('many moons'), undefined);
    assert.equal(isVagueAmount('a few'), true);
    assert.equal(isVagueAmount('three'), false);
  });
});
