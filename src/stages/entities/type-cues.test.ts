import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { tokenize } from '../nlp/tokenize.js';
import { EXCLUDED_FORMS, GAZETTEER_EXTRAS, getGazetteer, matchGazetteerAt, SHORT_CODE_FORMS } from './gazetteer.js';
import {
  LEGISLATURE_NAMES,
  LOCATIVE_WORDS,
  LOWERCASE_HEAD_GROUPS,
  NAME_HEAD_GROUPS,
  NAME_PARTICLE_PREFIXES,
  NAME_PARTICLE_TOKENS,
  PERSON_TITLE_GROUPS,
  PLACE_OF_HEADS,
  type CueGroup,
} from './type-cues.js';

// ---------------------------------------------------------------- data lint

function lintGroups(label: string, groups: readonly CueGroup[]): void {
  const ids = new Set<string>();
  const words = new Map<string, string>();
  for (const group of groups) {
    assert.ok(group.id.trim() !== '' && !ids.has(group.id), `${label}: missing or duplicate id ${group.id}`);
    ids.add(group.id);
    assert.ok(group.reason.trim().length >= 20, `${label}/${group.id}: the reason should say why`);
    assert.ok(group.words.length > 0, `${label}/${group.id}: no words`);
    for (const word of group.words) {
      assert.equal(word, word.trim(), `${label}/${group.id}: "${word}" has surrounding space`);
      assert.ok(!words.has(word), `${label}: "${word}" is in both ${words.get(word)} and ${group.id}`);
      words.set(word, group.id);
    }
  }
}

/**
 * Cue words are compared with token texts, so each must be what the tokenizer makes
 * of it inside a sentence (a word follows, as "Corp." is followed in "Acme Corp. said").
 */
function assertTokenizesAsWritten(label: string, phrase: string): void {
  const sentence = `${phrase} said`;
  const tokens = tokenize(sentence, 0, sentence.length).map((t) => sentence.slice(t.start, t.end));
  assert.deepEqual(tokens.slice(0, -1), phrase.split(' '), `${label}: "${phrase}" does not tokenize into its own words`);
}

describe('type cues (lint)', () => {
  test('every list has ids, reasons and no duplicate words', () => {
    lintGroups('heads', NAME_HEAD_GROUPS);
    lintGroups('lowercase heads', LOWERCASE_HEAD_GROUPS);
    lintGroups('titles', PERSON_TITLE_GROUPS);
    for (const group of [NAME_PARTICLE_TOKENS, NAME_PARTICLE_PREFIXES, LOCATIVE_WORDS, PLACE_OF_HEADS, LEGISLATURE_NAMES]) lintGroups(group.id, [group]);
  });

  test('cue words match the tokens the tokenizer produces', () => {
    for (const group of [...NAME_HEAD_GROUPS, ...LOWERCASE_HEAD_GROUPS, ...PERSON_TITLE_GROUPS, NAME_PARTICLE_TOKENS, LOCATIVE_WORDS, PLACE_OF_HEADS, LEGISLATURE_NAMES]) {
      for (const word of group.words) assertTokenizesAsWritten(group.id, word);
    }
  });

  test('lists have the case they are matched in', () => {
    for (const word of LOCATIVE_WORDS.words) assert.match(word, /^\p{Ll}+$/u, `locative "${word}" must be lower case`);
    for (const group of LOWERCASE_HEAD_GROUPS) for (const word of group.words) assert.match(word, /^\p{Ll}+$/u, word);
    for (const prefix of NAME_PARTICLE_PREFIXES.words) assert.match(prefix, /^\p{Ll}+-$/u, prefix);
  });
});

describe('gazetteer', () => {
  const gazetteer = getGazetteer();
  const lookup = (phrase: string) => {
    const words = tokenize(phrase, 0, phrase.length).map((t) => phrase.slice(t.start, t.end));
    return matchGazetteerAt(gazetteer, words, words.map((w) => w.toLowerCase()), 0);
  };

  test('extras and exclusions have reasons and are not repeated', () => {
    for (const list of [GAZETTEER_EXTRAS, EXCLUDED_FORMS, SHORT_CODE_FORMS]) {
      const forms = new Set<string>();
      for (const item of list) {
        assert.ok(item.reason.trim().length >= 20, `${item.form}: the reason should say why`);
        assert.ok(!forms.has(item.form), `duplicate ${item.form}`);
        forms.add(item.form);
      }
    }
  });

  test('is built once and cached', () => {
    assert.equal(getGazetteer(), gazetteer);
    assert.ok(gazetteer.size > 500, `only ${gazetteer.size} forms`);
  });

  test('country names, codes and extras map to the country', () => {
    for (const [phrase, country] of [
      ['Iraq', 'IRQ'],
      ['IRAQ', 'IRQ'],
      ['United States of America', 'USA'],
      ['US', 'USA'],
      ['U.S.', 'USA'],
      ['America', 'USA'],
      ['UAE', 'ARE'],
      ['UK', 'GBR'],
    ] as const) {
      const entry = lookup(phrase);
      assert.equal(entry?.type, 'GPE', phrase);
      assert.equal(entry?.country, country, phrase);
    }
  });

  test('longest match wins', () => {
    assert.equal(lookup('United States of America said')?.tokens.length, 4);
    assert.equal(lookup('Saudi Arabia')?.type, 'GPE');
    assert.equal(lookup('Saudi officials')?.type, 'NORP');
  });

  test('capitals are GPE, demonyms NORP, both with the country', () => {
    assert.deepEqual([lookup('Baghdad')?.type, lookup('Baghdad')?.country, lookup('Baghdad')?.kind], ['GPE', 'IRQ', 'capital']);
    assert.deepEqual([lookup('Washington')?.type, lookup('Washington')?.country], ['GPE', 'USA']);
    assert.deepEqual([lookup('Iranian')?.type, lookup('Iranian')?.country], ['NORP', 'IRN']);
    assert.deepEqual([lookup('Iraqis')?.type, lookup('Iraqis')?.country], ['NORP', 'IRQ']);
    assert.equal(lookup('American')?.country, 'USA', 'the UN member wins over a territory with the same demonym');
    assert.equal(lookup('Congolese')?.country, undefined, 'two UN members share it: no country');
  });

  test('case-sensitive on the first letter; short forms exact; exclusions out', () => {
    assert.equal(lookup('iraq'), undefined);
    assert.equal(lookup('Us'), undefined);
    assert.equal(lookup('IN'), undefined, 'ISO codes that are words are not names');
    assert.equal(lookup('Island'), undefined);
  });
});

