import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CUE_VERBS, cueFormsOf, formsOf, regularForms } from './cue-verbs.js';

describe('cue verbs (data lint)', () => {
  it('have unique ids, a lemma, frames and a reason each', () => {
    const ids = new Set<string>();
    for (const verb of CUE_VERBS) {
      assert.ok(verb.id.trim() !== '' && !ids.has(verb.id), `missing or duplicate id ${verb.id}`);
      ids.add(verb.id);
      assert.match(verb.lemma, /^[a-z]+$/u, `${verb.id}: the lemma is one lower-case word`);
      assert.ok(verb.frames.length > 0, `${verb.id}: no frames`);
      assert.ok(verb.reason.length >= 15, `${verb.id}: the reason should say why`);
      if (verb.particle !== undefined) assert.match(verb.particle, /^[a-z]+$/u, `${verb.id}: the particle is one word`);
    }
  });

  it('have five lower-case forms, the first the lemma, and noun forms among them', () => {
    for (const verb of CUE_VERBS) {
      const forms = formsOf(verb);
      assert.equal(forms.length, 5, verb.id);
      assert.equal(forms[0], verb.lemma, `${verb.id}: the base form is the lemma`);
      for (const form of forms) assert.match(form, /^[a-z]+$/u, `${verb.id}: ${form}`);
      for (const noun of verb.nounForms ?? []) assert.ok(forms.includes(noun), `${verb.id}: noun form ${noun} is not one of its forms`);
    }
  });

  it('do not list the same verb twice without a particle to tell them apart', () => {
    const plain = new Map<string, string>();
    for (const verb of CUE_VERBS) {
      const key = `${verb.lemma}/${verb.particle ?? ''}`;
      assert.ok(!plain.has(key), `${verb.id} repeats ${plain.get(key)}`);
      plain.set(key, verb.id);
    }
  });
});

describe('regularForms', () => {
  it('inflects regular verbs', () => {
    assert.deepEqual(regularForms('add'), ['add', 'adds', 'added', 'adding', 'added']);
    assert.deepEqual(regularForms('note'), ['note', 'notes', 'noted', 'noting', 'noted']);
    assert.deepEqual(regularForms('stress'), ['stress', 'stresses', 'stressed', 'stressing', 'stressed']);
    assert.deepEqual(regularForms('deny'), ['deny', 'denies', 'denied', 'denying', 'denied']);
    assert.deepEqual(regularForms('agree'), ['agree', 'agrees', 'agreed', 'agreeing', 'agreed']);
  });
});

describe('cueFormsOf', () => {
  it('finds irregular and regular forms, and marks gerunds, noun forms and bare participles', () => {
    assert.equal(cueFormsOf('said')[0]!.verb.id, 'say');
    assert.equal(cueFormsOf('told')[0]!.verb.id, 'tell');
    assert.equal(cueFormsOf('tweeted')[0]!.verb.medium, 'Twitter');
    assert.ok(cueFormsOf('adding')[0]!.gerund);
    assert.ok(cueFormsOf('claims')[0]!.noun);
    assert.ok(cueFormsOf('written')[0]!.participleOnly);
    assert.ok(!cueFormsOf('said')[0]!.participleOnly);
    assert.deepEqual(cueFormsOf('table'), []);
  });
  it('answers every word that is no cue with one shared, frozen empty list (no array per word)', () => {
    assert.equal(cueFormsOf('table'), cueFormsOf('chair'));
    assert.ok(Object.isFrozen(cueFormsOf('table')));
  });
  it('gives a verb with particles one entry per particle', () => {
    const ids = cueFormsOf('called').map((f) => f.verb.id);
    assert.ok(ids.includes('call-for') && ids.includes('call-on') && ids.includes('call'));
  });
});
