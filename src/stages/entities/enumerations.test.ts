import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withEnumeratedNames } from './enumerations.js';

// Sentences from CrossNER politics dev (a development set), with the spans the holdout model found;
// the demonym check is the gazetteer's in the stage (languages are not listed there: a stand-in below).
const words = (text: string): string[] => text.split(' ');
const noDemonyms = (): boolean => false;
/** The span of `phrase` in `sentence`, typed. */
const at = (sentence: readonly string[], phrase: string, type: string): { start: number; end: number; type: string } => {
  const parts = phrase.split(' ');
  const start = sentence.findIndex((_, i) => parts.every((p, k) => sentence[i + k] === p));
  assert.ok(start >= 0, phrase);
  return { start, end: start + parts.length, type };
};

test('an untagged name between organisations of an enumeration is an organisation', () => {
  const sentence = words('against three major British charities , Oxfam , War on Want , and Christian Aid claiming that');
  const spans = [at(sentence, 'Oxfam', 'ORG'), at(sentence, 'Christian Aid', 'ORG')];
  assert.deepEqual(withEnumeratedNames(sentence, spans, noDemonyms), [spans[0], at(sentence, 'War on Want', 'ORG'), spans[1]]);
});

test('the last item after a bare "and" is one too, and so are persons', () => {
  const ngos = words('NGOs like the World Wide Fund for Nature , Conservation International and Germanwatch had provided comments');
  const spans = [at(ngos, 'World Wide Fund for Nature', 'ORG'), at(ngos, 'Conservation International', 'ORG')];
  assert.deepEqual(withEnumeratedNames(ngos, spans, noDemonyms), [...spans, at(ngos, 'Germanwatch', 'ORG')]);
  const persons = words('Vice presidents Chen Cheng , Yen Chia-kan , and Lien Chan all served as premier');
  const people = [at(persons, 'Chen Cheng', 'PER'), at(persons, 'Lien Chan', 'PER')];
  assert.deepEqual(withEnumeratedNames(persons, people, noDemonyms), [people[0], at(persons, 'Yen Chia-kan', 'PER'), people[1]]);
});

test('no item where the name goes on over "and", or a phrase only looks like the first of three', () => {
  const peace = words('the Libertarian Party of California , the Green Party , and the Peace and Freedom Party have');
  const parties = [at(peace, 'Libertarian Party of California', 'ORG'), at(peace, 'Green Party', 'ORG'), at(peace, 'Freedom Party', 'ORG')];
  assert.deepEqual(withEnumeratedNames(peace, parties, noDemonyms), parties);
  const radicals = words('the Anti-Revolutionary Party , the Political Party of Radicals and Democrats 66 with the');
  const named = [at(radicals, 'Anti-Revolutionary Party', 'ORG'), at(radicals, 'Political Party of Radicals', 'ORG')];
  assert.deepEqual(withEnumeratedNames(radicals, named, noDemonyms), named);
  const war = words('During the early stages of World War II , the United Kingdom and France made proposals');
  const places = [at(war, 'United Kingdom', 'LOC'), at(war, 'France', 'LOC')];
  assert.deepEqual(withEnumeratedNames(war, places, noDemonyms), places);
});

test('no list without a closing conjunction or of mixed types, and no demonym or language as an item', () => {
  const open = words('in Houston , Texas , Monday');
  const texas = [at(open, 'Houston', 'LOC'), at(open, 'Texas', 'LOC')];
  assert.deepEqual(withEnumeratedNames(open, texas, noDemonyms), texas);
  const mixed = words('FRELIMO , RENAMO , Maputo and Beira');
  const typed = [at(mixed, 'RENAMO', 'ORG'), at(mixed, 'Beira', 'LOC')];
  assert.deepEqual(withEnumeratedNames(mixed, typed, noDemonyms), typed);
  const languages = words('in Telugu , Hindi , Tamil , Kannada , and Malayalam respectively');
  const three = [at(languages, 'Telugu', 'LOC'), at(languages, 'Hindi', 'LOC'), at(languages, 'Tamil', 'LOC')];
  const isLanguage = (start: number): boolean => ['Kannada', 'Malayalam'].includes(languages[start]!);
  assert.deepEqual(withEnumeratedNames(languages, three, isLanguage), three);
  assert.equal(withEnumeratedNames(languages, three, noDemonyms).length, 5);
});
