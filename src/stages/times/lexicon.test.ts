import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AMBIGUOUS_MONTH_FORMS, lookup, MONTHS, normaliseForm, WORD_LISTS } from './lexicon.js';

describe('time word lists (lint)', () => {
  it('have unique ids and a reason each', () => {
    const ids = new Set(WORD_LISTS.map((l) => l.id));
    assert.equal(ids.size, WORD_LISTS.length);
    for (const list of WORD_LISTS) assert.ok(list.reason.length > 15, `${list.id}: a reason`);
  });

  it('store forms normalised (lower case, no trailing full stop) and each form once per list', () => {
    for (const list of WORD_LISTS) {
      const seen = new Set<string>();
      for (const entry of list.entries) {
        assert.ok(entry.forms.length > 0, `${list.id}: an entry without forms`);
        for (const form of entry.forms) {
          assert.equal(normaliseForm(form), form.replace(/-/g, ' '), `${list.id}: ${JSON.stringify(form)} is stored normalised`);
          assert.ok(!seen.has(form), `${list.id}: ${form} twice`);
          seen.add(form);
        }
      }
    }
  });

  it('marks as ambiguous only forms that are months', () => {
    for (const form of AMBIGUOUS_MONTH_FORMS) assert.notEqual(lookup(MONTHS, form), undefined, form);
  });

  it('looks forms up case- and full-stop-insensitively', () => {
    assert.equal(lookup(MONTHS, 'Sept.'), 9);
    assert.equal(lookup(MONTHS, 'AUGUST'), 8);
    assert.equal(lookup(MONTHS, 'Smarch'), undefined);
  });
});
