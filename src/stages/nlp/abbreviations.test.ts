import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ABBREVIATION_GROUPS, lookupAbbreviation, SENTENCE_OPENERS } from './abbreviations.js';

/** Letters, optionally dotted inside ("U.S", "e.g"), never a final stop: the stop is what we look up before. */
const FORM_SHAPE = /^\p{L}+(?:\.\p{L}+)*$/u;

describe('abbreviation data (lint)', () => {
  test('every group has a unique id, a reason and forms', () => {
    const ids = new Set<string>();
    for (const group of ABBREVIATION_GROUPS) {
      assert.ok(group.id.trim().length > 0, 'empty id');
      assert.ok(!ids.has(group.id), `duplicate group id ${group.id}`);
      ids.add(group.id);
      assert.ok(group.reason.trim().length >= 20, `group ${group.id}: the reason should say why`);
      assert.ok(group.forms.length > 0, `group ${group.id}: no forms`);
    }
  });

  test('forms are well shaped and not repeated anywhere (case-insensitive)', () => {
    const seen = new Map<string, string>();
    for (const group of ABBREVIATION_GROUPS) {
      for (const form of group.forms) {
        assert.match(form, FORM_SHAPE, `${group.id}: "${form}" (write it without the final stop)`);
        const key = form.toLowerCase();
        assert.ok(!seen.has(key), `"${form}" is in both ${seen.get(key)} and ${group.id}`);
        seen.set(key, group.id);
      }
    }
  });

  test('sentence openers are capitalised single words', () => {
    for (const word of SENTENCE_OPENERS) assert.match(word, /^\p{Lu}\p{Ll}*$/u, word);
  });
});

describe('lookupAbbreviation', () => {
  test('finds forms case-insensitively, with internal stops', () => {
    assert.equal(lookupAbbreviation('Mr')?.group, 'personal-titles');
    assert.equal(lookupAbbreviation('GEN')?.group, 'military-ranks');
    assert.equal(lookupAbbreviation('U.S')?.mayEndSentence, true);
    assert.equal(lookupAbbreviation('e.g')?.mayEndSentence, false);
    assert.equal(lookupAbbreviation('No')?.beforeNumberOnly, true);
  });

  test('case-sensitive groups match only as written', () => {
    assert.equal(lookupAbbreviation('Ill')?.group, 'us-states');
    assert.equal(lookupAbbreviation('ill'), undefined, '"He was ill." ends a sentence');
    assert.equal(lookupAbbreviation('ILL'), undefined);
  });

  test('ordinary words are not abbreviations', () => {
    assert.equal(lookupAbbreviation('May'), undefined, '"May" is a full month name');
    assert.equal(lookupAbbreviation('Iraq'), undefined);
    assert.equal(lookupAbbreviation('said'), undefined);
  });
});
