import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Token } from '../model/schema.js';
import { NEGATORS, RELATIONS, SyntaxView } from './syntax-query.js';

/**
 * A hand-made tree (as GUM would annotate the sentence): `word head relation`
 * per token, heads 1-based as in CoNLL-U (0 = root). Tests the questions apart
 * from the parser.
 */
function tree(rows: string): SyntaxView {
  const parts = rows.trim().split('\n').map((line) => line.trim().split(/\s+/));
  let text = '';
  const tokens: Token[] = parts.map(([word, head, deprel]) => {
    if (text !== '' && word !== '.' && word !== ',' && word !== "n't") text += ' ';
    const start = text.length;
    text += word!;
    return { start, end: text.length, kind: 'word', head: Number(head) - 1, deprel: deprel! };
  });
  return new SyntaxView(text, tokens);
}

const texts = (view: SyntaxView, ids: number[]): string[] => ids.map((i) => view.phraseText(i));

describe('SyntaxView on hand-made trees', () => {
  it('active: subject, object, a prepositional complement', () => {
    const v = tree(`
      Gunmen 2 nsubj
      attacked 0 root
      the 5 det
      US 5 compound
      embassy 2 obj
      in 7 case
      Baghdad 2 obl
      . 2 punct`);
    const frame = v.verbFrame(v.find('attacked')!);
    assert.equal(frame.passive, false);
    assert.deepEqual(texts(v, frame.subjects), ['Gunmen']);
    assert.deepEqual(texts(v, frame.objects), ['the US embassy']);
    assert.deepEqual(frame.complements.map((c) => [v.phraseText(c.token), c.marker]), [['in Baghdad', 'in']]);
    assert.equal(frame.negated, false);
  });

  it('passive: the "by" agent is the subject, the passive subject the object', () => {
    const v = tree(`
      The 2 det
      embassy 4 nsubj:pass
      was 4 aux:pass
      attacked 0 root
      by 6 case
      gunmen 4 obl:agent
      . 4 punct`);
    const frame = v.verbFrame(v.find('attacked')!);
    assert.equal(frame.passive, true);
    assert.deepEqual(texts(v, frame.subjects), ['by gunmen']);
    assert.deepEqual(frame.subjects.map((s) => v.word(s)), ['gunmen']);
    assert.deepEqual(texts(v, frame.objects), ['The embassy']);
  });

  it('attribution: an accusation with its object and the clause it is about', () => {
    const v = tree(`
      Washington 2 nsubj
      accused 0 root
      Tehran 2 obj
      of 5 mark
      backing 2 advcl
      the 7 det
      militias 5 obj
      . 2 punct`);
    const frame = v.verbFrame(v.find('accused')!);
    assert.deepEqual(texts(v, frame.subjects), ['Washington']);
    assert.deepEqual(texts(v, frame.objects), ['Tehran']);
    assert.deepEqual(frame.complements.map((c) => [v.word(c.token), c.marker, c.relation]), [['backing', 'of', 'advcl']]);
    // The clause's own subject is not said; its object is.
    assert.deepEqual(texts(v, v.verbFrame(v.find('backing')!).objects), ['the militias']);
  });

  it('coordination: both conjoined subjects', () => {
    const v = tree(`
      Iraq 4 nsubj
      and 3 cc
      Iran 1 conj
      signed 0 root
      an 6 det
      agreement 4 obj
      . 4 punct`);
    const frame = v.verbFrame(v.find('signed')!);
    assert.deepEqual(frame.subjects.map((s) => v.word(s)), ['Iraq', 'Iran']);
    assert.deepEqual(texts(v, frame.objects), ['an agreement']);
  });

  it('negation: "not", "n\'t", "never" on the verb; "no" on its subject or object', () => {
    const not = tree(`
      The 2 det
      militia 5 nsubj
      did 5 aux
      not 5 advmod
      attack 0 root
      the 7 det
      base 5 obj
      . 5 punct`);
    assert.equal(not.verbFrame(not.find('attack')!).negated, true);
    const clitic = tree(`
      They 4 nsubj
      did 4 aux
      n't 4 advmod
      attack 0 root`);
    assert.equal(clitic.isNegated(clitic.find('attack')!), true);
    const noObject = tree(`
      They 2 nsubj
      fired 0 root
      no 4 det
      missiles 2 obj`);
    assert.equal(noObject.isNegated(noObject.find('fired')!), true);
    const plain = tree(`
      They 2 nsubj
      fired 0 root
      missiles 2 obj`);
    assert.equal(plain.isNegated(plain.find('fired')!), false);
  });

  it('inherits a subject through verb coordination, control and relative pronouns', () => {
    const v = tree(`
      Gunmen 2 nsubj
      stormed 0 root
      and 4 cc
      looted 2 conj
      the 6 det
      embassy 2 obj`);
    assert.deepEqual(v.verbFrame(v.find('looted')!).subjects.map((s) => v.word(s)), ['Gunmen']);
    assert.deepEqual(v.verbFrame(v.find('stormed')!).conjuncts.map((c) => v.word(c)), ['looted']);
    const control = tree(`
      Iran 2 nsubj
      threatened 0 root
      to 4 mark
      attack 2 xcomp
      the 6 det
      base 4 obj`);
    assert.deepEqual(control.verbFrame(control.find('attack')!).subjects.map((s) => control.word(s)), ['Iran']);
    const objectControl = tree(`
      Washington 2 nsubj
      urged 0 root
      Baghdad 2 obj
      to 5 mark
      act 2 xcomp`);
    assert.deepEqual(objectControl.verbFrame(objectControl.find('act')!).subjects.map((s) => objectControl.word(s)), ['Baghdad']);
    const relative = tree(`
      the 2 det
      militia 0 root
      that 4 nsubj
      attacked 2 acl:relcl
      the 6 det
      base 4 obj`);
    assert.deepEqual(relative.verbFrame(relative.find('attacked')!).subjects.map((s) => relative.word(s)), ['militia']);
  });

  it('appositions, both ways', () => {
    const v = tree(`
      Muqtada 5 nsubj
      al-Sadr 1 flat
      , 4 punct
      cleric 1 appos
      warned 0 root`);
    assert.deepEqual(v.appositions(v.find('Muqtada')!).map((t) => v.word(t)), ['cleric']);
    assert.deepEqual(v.appositions(v.find('cleric')!).map((t) => v.word(t)), ['Muqtada']);
    assert.equal(v.phraseText(v.find('Muqtada')!), 'Muqtada al-Sadr, cleric');
  });

  it('keeps its rules as data with reasons', () => {
    for (const [name, group] of Object.entries(RELATIONS)) assert.ok(group.reason.length > 10 && group.relations.length > 0, name);
    for (const n of NEGATORS) assert.ok(n.reason.length > 10 && n.relations.length > 0, n.word);
  });
});
