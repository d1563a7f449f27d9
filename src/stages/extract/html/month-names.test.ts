import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { foldMonthName, MONTH_NAMES, MONTH_NUMBER } from './month-names.js';

describe('month name data (lint)', () => {
  it('has twelve months per language, each named, with a reason', () => {
    for (const language of MONTH_NAMES) {
      assert.equal(language.months.length, 12, language.language);
      for (const names of language.months) assert.ok(names.length > 0, language.language);
      assert.ok(language.reason.length > 10, `${language.language} needs a reason`);
    }
  });
  it('stores names lower-case, and finds every one by its folded form', () => {
    for (const language of MONTH_NAMES) {
      language.months.forEach((names, i) => {
        for (const n of names) {
          assert.equal(n, n.toLowerCase(), n);
          assert.equal(MONTH_NUMBER.get(foldMonthName(n)), i + 1, n);
        }
      });
    }
  });
  it('never gives one written form two month numbers across languages', () => {
    const seen = new Map<string, number>();
    for (const language of MONTH_NAMES) {
      language.months.forEach((names, i) => {
        for (const n of names) {
          const key = foldMonthName(n);
          const before = seen.get(key);
          assert.ok(before === undefined || before === i + 1, `${n} is month ${before} and ${i + 1}`);
          seen.set(key, i + 1);
        }
      });
    }
    assert.equal(MONTH_NUMBER.get(foldMonthName('März')), 3);
    assert.equal(MONTH_NUMBER.get(foldMonthName('Şubat')), 2);
    assert.equal(MONTH_NUMBER.get(foldMonthName('Août')), 8);
  });
});
