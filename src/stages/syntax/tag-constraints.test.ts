import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity, Token } from '../../model/schema.js';
import { loadPosTagger } from '../../nlp/pos/pos-tagger.js';
import { nameConstraint, nameTokens } from './name-constraint.js';
import { eitherConstraint, participleConstraint, verbConstraint } from './verb-constraint.js';

const tokensOf = (text: string): Token[] => [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, kind: 'word' }));
const entity = (text: string, phrase: string, type: Entity['type']): Entity => {
  const start = text.indexOf(phrase);
  return { id: phrase, name: phrase, type, mentions: [{ start, end: start + phrase.length, text: phrase }], aliases: [], roles: [], method: 'test' };
};

describe('nameTokens', () => {
  it('keeps the capitalised words inside name mentions only', () => {
    const text = 'troops of the Kurdistan Workers Party attacked the Gulf War veterans';
    const names = nameTokens(text, tokensOf(text), [entity(text, 'the Kurdistan Workers Party', 'ORG'), entity(text, 'Gulf War', 'EVENT')]);
    assert.deepEqual([...names].sort((a, b) => a - b), [3, 4, 5]);
  });
});

describe('tagging constraints with the shipped tagger', () => {
  const tagger = loadPosTagger();

  it('a name word is never tagged a verb or an adverb', () => {
    const forms = ['Troops', 'entered', 'Nigeria', 'early', '.'];
    const constraint = nameConstraint({ names: new Set([2]), modifiers: new Set() }, { first: 0, end: forms.length }, forms, tagger);
    const tags = tagger.tag(forms, constraint);
    assert.ok(['PROPN', 'NOUN', 'ADJ'].includes(tags[2]!.upos), tags[2]!.upos);
    assert.equal(nameConstraint({ names: new Set([9]), modifiers: new Set() }, { first: 0, end: forms.length }, forms, tagger), undefined, 'no name in the sentence');
  });

  it("the word after 'a' and a place or organisation name is a noun", () => {
    const forms = ['Beirut', 'rejected', 'a', 'United', 'Nations', 'appeal', 'for', 'troops', '.'];
    const found = { names: new Set([0, 3, 4]), modifiers: new Set([0, 3, 4]) };
    const tags = tagger.tag(forms, nameConstraint(found, { first: 0, end: forms.length }, forms, tagger));
    assert.equal(tags[5]!.upos, 'NOUN');
    const constraint = nameConstraint(found, { first: 0, end: forms.length }, forms, tagger)!;
    const chosen = tagger.tagClasses(forms);
    assert.equal(constraint(1, chosen), undefined, "'rejected' follows a name but no article");
    const the = ['The', 'United', 'Nations', 'appeals', 'for', 'calm', '.'];
    const theConstraint = nameConstraint({ names: new Set([1, 2]), modifiers: new Set([1, 2]) }, { first: 0, end: the.length }, the, tagger)!;
    assert.equal(theConstraint(3, tagger.tagClasses(the)), undefined, "after 'the' the name can be the subject");
  });

  it("a past form between the subject noun and its object is the clause's verb", () => {
    const forms = ['Israeli', 'helicopters', 'and', 'tanks', 'shelled', 'positions', 'near', 'the', 'town', '.'];
    assert.notEqual(tagger.tag(forms)[4]!.xpos, 'VBD', 'the tagger alone misreads it (else this test shows nothing)');
    assert.equal(tagger.tag(forms, verbConstraint(forms, tagger.xpos))[4]!.xpos, 'VBD');
    const irregular = ['A', 'group', 'of', 'deputies', 'held', 'talks', 'with', 'leaders', '.'];
    assert.equal(tagger.tag(irregular, verbConstraint(irregular, tagger.xpos))[4]!.xpos, 'VBD', "an irregular past ('held') too");
  });

  it('a past form after "noun ," with its agent next is a participle ("The RSF, led by …, said")', () => {
    const forms = ['The', 'RSF', ',', 'led', 'by', 'Mohamed', 'Hamdan', 'Dagalo', ',', 'said', 'it', 'welcomed', 'the', 'mediation', '.'];
    assert.equal(tagger.tag(forms)[3]!.xpos, 'VBD', 'the tagger alone misreads it (else this test shows nothing)');
    assert.equal(tagger.tag(forms, participleConstraint(forms, tagger.xpos))[3]!.xpos, 'VBN');
    assert.equal(participleConstraint(['Rebels', 'led', 'by', 'him', 'fled', '.'], tagger.xpos), undefined, 'no comma before: left to the tagger');
  });

  it('leaves a participle with its preposition, and a word after the first verb, alone', () => {
    const based = ['Troops', 'based', 'in', 'Iraq', 'left', '.'];
    assert.equal(verbConstraint(based, tagger.xpos), undefined);
    const later = ['The', 'army', 'said', 'soldiers', 'killed', 'the', 'men', '.'];
    const constraint = verbConstraint(later, tagger.xpos)!;
    const tags = tagger.tagClasses(later);
    assert.equal(constraint(4, tags), undefined, "'said' came first");
  });

  it('combines constraints, the first to speak deciding', () => {
    const yes = (): boolean => true;
    const no = (): boolean => false;
    const combined = eitherConstraint((i) => (i === 0 ? no : undefined), () => yes)!;
    assert.equal(combined(0, new Uint8Array(1)), no);
    assert.equal(combined(1, new Uint8Array(2)), yes);
    assert.equal(eitherConstraint(undefined, undefined), undefined);
  });
});
