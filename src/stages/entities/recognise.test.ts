import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadRecogniser } from '../../ner/recogniser.js';
import { endsInRoleAfterDash, isHonouredPerson, personNameStart, placeBeforePlace, refineSpan, recogniseTokens, withDefinedAcronyms, withNewsCase, withoutStormNames, withSpelledOutAcronyms, withStateAbbreviations } from './recognise.js';

const words = (text: string): string[] => text.split(' ');

test('a span that is only a demonym is NORP, not a place', () => {
  const [spans] = recogniseTokens([words('He won the 1994 South African general election .')]);
  const found = spans!.find((s) => s.start === 4);
  assert.equal(found?.type, 'NORP');
  assert.equal(found?.end, 6);
});

test('an acronym in brackets after a name, and its later uses, take the name\'s type', () => {
  const sentences = [words('the Italian Democratic Socialists ( SDI ) joined'), words('later the SDI and ANC split')];
  const out = withDefinedAcronyms(sentences, [[{ start: 1, end: 4, type: 'ORG' }], []]);
  assert.deepEqual(out, [[{ start: 1, end: 4, type: 'ORG' }, { start: 5, end: 6, type: 'ORG' }], [{ start: 2, end: 3, type: 'ORG' }]]);
  const person = withDefinedAcronyms([words('John Smith ( JS ) said')], [[{ start: 0, end: 2, type: 'PER' }]]);
  assert.deepEqual(person, [[{ start: 0, end: 2, type: 'PER' }]]);
});

test('an untagged name spelled out before its acronym is an organisation', () => {
  const sentence = words('along with Popular Alternative ( AP ) and others');
  assert.deepEqual(withSpelledOutAcronyms(sentence, []), [{ start: 2, end: 4, type: 'ORG' }, { start: 5, end: 6, type: 'ORG' }]);
  assert.deepEqual(withSpelledOutAcronyms(words('met Big Red Dog ( AP ) there'), []), []);
});

test('the name is spelled out even when the model tagged the acronym alone, which becomes an organisation', () => {
  // CrossNER politics dev: the holdout model tagged "CND" and not the name.
  const sentence = words('organised by the Stop the War Coalition , the Campaign for Nuclear Disarmament ( CND ) and the Muslim Association');
  const cnd = sentence.indexOf('CND');
  assert.deepEqual(withSpelledOutAcronyms(sentence, [{ start: cnd, end: cnd + 1, type: 'LOC' }]), [{ start: sentence.indexOf('Campaign'), end: cnd - 1, type: 'ORG' }, { start: cnd, end: cnd + 1, type: 'ORG' }]);
});

test('an honorific before capitalised words makes a person of a span of another type, unless the rest is a place', () => {
  // GUM dev: the holdout model typed "Lord Diplock" a place; CrossNER politics dev: "Miss Macau" is a pageant.
  const recogniser = loadRecogniser();
  const quote = words('Reading from line E a quote from Lord Diplock and Browning and War Office :');
  assert.equal(isHonouredPerson(recogniser, quote, quote.map((w) => w.toLowerCase()), 7, 9), true);
  const pageant = words('beauty pageant related articles e.g. , Miss Macau , Miss Cambodia');
  assert.equal(isHonouredPerson(recogniser, pageant, pageant.map((w) => w.toLowerCase()), 6, 8), false);
});

test('a place span of a listed place and the country or state holding it splits in two', () => {
  // UNER EWT dev (one span for the holdout model); GUM dev and CrossNER politics dev (one name each).
  const recogniser = loadRecogniser();
  const lower = (text: string): string[] => text.toLowerCase().split(' ');
  assert.equal(placeBeforePlace(recogniser, lower('Miramar California is a bit north of San Diego .'), 0, 2), 1);
  assert.equal(placeBeforePlace(recogniser, lower('as the ships retreated from Manila Bay .'), 5, 7), 0);
  assert.equal(placeBeforePlace(recogniser, lower('in Iranian Azerbaijan region'), 1, 3), 0);
});

test('a person\'s name starts after titles and words of address', () => {
  // UNER EWT dev: the holdout model took "Hey", "Aunt" and "Doctor" into the names.
  const lower = (text: string): string[] => text.toLowerCase().split(' ');
  assert.equal(personNameStart(lower('Hey Vladi ,'), 0, 2), 1);
  assert.equal(personNameStart(lower('Any news on Aunt Toni ?'), 3, 5), 4);
  assert.equal(personNameStart(lower('Doctor Hank is Amazing'), 0, 2), 1);
  assert.equal(personNameStart(lower('President Barack Obama said'), 0, 3), 1);
  assert.equal(personNameStart(lower('Dear said'), 0, 1), 0);
});

test('a person span ending in a dash and a role ends before the dash', () => {
  // UNER EWT dev: the holdout model took "- Associate" into the name.
  const recogniser = loadRecogniser();
  const team = words('Bryan Hull - Analyst , Eduardo Tellechea - Associate , Milson Mundim - Associate');
  const lower = team.map((w) => w.toLowerCase());
  assert.equal(endsInRoleAfterDash(recogniser, team, lower, 5, 9), true);
  const name = words('Prime Minister Adil Abdul - Mahdi said');
  assert.equal(endsInRoleAfterDash(recogniser, name, name.map((w) => w.toLowerCase()), 2, 6), false);
});

test('a US state abbreviated after a place and a comma is a place', () => {
  // UNER EWT dev, with the spans the holdout model found.
  const ohio = words('live in or around the Chillicothe , OH area .');
  assert.deepEqual(withStateAbbreviations(ohio, [{ start: 5, end: 6, type: 'LOC' }]), [{ start: 5, end: 6, type: 'LOC' }, { start: 7, end: 8, type: 'LOC' }]);
  // Not after a person: "Harry Preuss , MD" is a doctor.
  const doctor = words('with Harry Preuss , MD , a Professor of');
  assert.deepEqual(withStateAbbreviations(doctor, [{ start: 1, end: 3, type: 'PER' }]), [{ start: 1, end: 3, type: 'PER' }]);
});

test('a storm\'s name is no person, there or later in the document', () => {
  const sentences = [words('strengthening Hurricane Rita , now a Category 5'), words('Rita packed winds , Rita Moreno said')];
  const tagged = [[{ start: 2, end: 3, type: 'PER' }], [{ start: 0, end: 1, type: 'PER' }, { start: 4, end: 6, type: 'PER' }]];
  assert.deepEqual(withoutStormNames(sentences, tagged), [[], [{ start: 4, end: 6, type: 'PER' }]]);
  // A span that took the storm word in goes too.
  assert.deepEqual(withoutStormNames([words('after Hurricane Katrina hit')], [[{ start: 1, end: 3, type: 'PER' }]]), [[]]);
});

test('an era mark beside a year is no name', () => {
  const sentences = [words('built in 3000 BC by the BC Liberals')];
  const tagged = [[{ start: 3, end: 4, type: 'LOC' }, { start: 6, end: 7, type: 'ORG' }]];
  assert.deepEqual(withoutStormNames(sentences, tagged), [[{ start: 6, end: 7, type: 'ORG' }]]);
});

test("a 'person' ending in a listed organisation, with no listed first name, is that organisation's namesake", () => {
  const [kataib] = recogniseTokens([words('Washington has blamed Kataib Hezbollah , an Iran-aligned militia , for previous attacks .')]);
  assert.deepEqual(kataib!.filter((s) => s.start === 3).map((s) => [s.end, s.type]), [[5, 'ORG']]);
  const [hollande] = recogniseTokens([words('On Monday , François Hollande criticized Russia .')]);
  assert.deepEqual(hollande!.filter((s) => s.start === 3).map((s) => [s.end, s.type]), [[5, 'PERSON']]);
});

test('a listed place written lower-case is read capitalised; common words and first names stay as written', () => {
  const [cased] = withNewsCase(loadRecogniser(), [words('i am from mexico traveling to san francisco with a turkey and bell peppers')]);
  assert.deepEqual(cased, words('i am from Mexico traveling to San Francisco with a turkey and bell peppers'));
  // The model alone finds neither place here (measured with the committed model).
  const [spans] = recogniseTokens([words('i want to visit tehran and damascus')]);
  assert.deepEqual(spans!.map((s) => [s.start, s.end, s.type]), [[4, 5, 'GPE'], [6, 7, 'GPE']]);
});

test('a place span ending in an organisation head is that organisation, unless the head also ends place names', () => {
  const recogniser = loadRecogniser();
  const typeOf = (text: string): string => {
    const w = words(text);
    return refineSpan(recogniser, w, w.map((x) => x.toLowerCase()), 0, w.length, 'LOC').type;
  };
  assert.equal(typeOf('Sydney Morning Herald'), 'ORG');
  assert.equal(typeOf('El Paso Energy'), 'ORG');
  assert.notEqual(typeOf('West Bank'), 'ORG');
  assert.equal(typeOf('Brampton Civic Center'), 'LOC');
});

test('a one-word legislature standing alone and untagged is an organisation', () => {
  // The model alone tags neither (measured with the committed model).
  const [storting, bundestag] = recogniseTokens([words('She was elected to the Storting in 2009 .'), words('the Bundestag debated it .')]);
  assert.deepEqual(storting!.map((s) => [s.start, s.end, s.type]), [[5, 6, 'ORG']]);
  assert.deepEqual(bundestag!.map((s) => [s.start, s.end, s.type]), [[1, 2, 'ORG']]);
});
