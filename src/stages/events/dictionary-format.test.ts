import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { codeOnDate, parseActorDictionary, parseAgentDictionary, parsePhrase, parseVerbDictionary, regularVerbForms, timeReferenceDiscard } from './dictionary-format.js';

describe('PETRARCH dictionary formats', () => {
  it('reads phrase words with their exactness: a word followed by _ is exact, else a stem', () => {
    assert.deepEqual(parsePhrase('JAMES_BYRNES_'), [{ w: 'JAMES', exact: true }, { w: 'BYRNES', exact: true }]);
    assert.deepEqual(parsePhrase('ARGENTIN'), [{ w: 'ARGENTIN', exact: false }]);
  });

  it('reads synsets, verb blocks, irregular and multi-word verbs, and patterns with slots and paired codes', () => {
    const d = parseVerbDictionary(
      ['&TIETYPES', '+MILITARY', '+ECONOMIC_', '', '--- FIGHT [190] ---', 'FIGHT {FIGHTS FOUGHT FIGHTING}', '+CORDON_OFF [1721]', 'WIRE_+TAP', '- * WITH + SINCE PEACE [190:191]  # note', '- IN_* [---]', '~ a (a b WILL_ATTACK) SAY = a b 138'].join('\n'),
    );
    assert.deepEqual(d.synsets['&TIETYPES'], [['MILITARY'], ['MILITARIES'], ['ECONOMIC']]);
    assert.deepEqual(d.verbs[0], { forms: ['FIGHT', 'FIGHTS', 'FOUGHT', 'FIGHTING'], before: [], after: [], code: '190', block: 0 });
    assert.deepEqual(d.verbs[1]!.after, ['OFF']);
    assert.equal(d.verbs[1]!.code, '1721');
    assert.deepEqual(d.verbs[2]!.before, ['WIRE']);
    assert.ok(d.verbs[2]!.forms.includes('TAPPED') || d.verbs[2]!.forms.includes('TAPED'));
    const [p1, p2] = d.blocks[0]!.patterns;
    assert.deepEqual(p1!.post.map((e) => e.kind), ['word', 'target', 'word', 'word']);
    assert.equal(p1!.code, '190');
    assert.equal(p1!.reverse, '191');
    assert.equal(p2!.code, null);
    assert.equal(p2!.verbGlued, true);
    assert.equal(d.blocks[0]!.patterns.length, 2, 'transformations are not patterns');
  });

  it('makes regular verb forms', () => {
    assert.deepEqual(regularVerbForms('DENY'), ['DENY', 'DENIES', 'DENIED', 'DENYING']);
    assert.deepEqual(regularVerbForms('ACCUSE'), ['ACCUSE', 'ACCUSES', 'ACCUSED', 'ACCUSING']);
  });

  it('reads actors with synonyms and date-ranged codes, and picks the code for a date', () => {
    const [a] = parseActorDictionary(['ABDUL_QADIR_  ; CountryInfo.txt', '+HAFIZULLAH_AMIN_', '\t[AFGELI 620101-780427]', '\t[AFGGOV 780427-780430]', '\t[AFGELI]'].join('\n'));
    assert.equal(a!.phrases.length, 2);
    assert.equal(codeOnDate(a!.codes, '19780428'), 'AFGGOV');
    assert.equal(codeOnDate(a!.codes, '19900101'), 'AFGELI');
    assert.equal(a!.codes[0]!.from, '19620101');
  });

  it('reads agents with plurals, irregular plurals and substitution markers', () => {
    const agents = parseAgentDictionary(['!PERSON! = MAN, MEN', 'CONGRESS!PERSON! [~LEG]', 'GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]', 'MSF {} [NGO~]', 'SOLDIER [~MIL]'].join('\n'));
    const text = agents.map((a) => `${a.phrase.map((w) => w.w).join(' ')}:${a.code}:${a.position}`);
    assert.deepEqual(text, ['CONGRESSMAN:LEG:after', 'CONGRESSMEN:LEG:after', 'GOLDEN GOOSE:GGS:after', 'GOLDEN GEESE:GGS:after', 'MSF:NGO:before', 'SOLDIER:MIL:after', 'SOLDIERS:MIL:after']);
  });

  it('tells discards that only look back in time from those that mark a kind of story', () => {
    for (const p of ['1988', '2012', 'APRIL 1942', 'YEARS AGO', 'FIFTY YEARS AGO', 'MONTHS LATER', 'WORLD WAR II', 'SECOND WORLD WAR']) assert.ok(timeReferenceDiscard(p), p);
    for (const p of ['WORLD CUP', 'EURO 2008 QUALIFIER', '2014 COMPETITION', 'GROUP A', 'AGONY', 'WORLD WARRIOR']) assert.ok(!timeReferenceDiscard(p), p);
  });
});
