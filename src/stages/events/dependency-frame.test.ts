import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyseSyntaxDocument } from '../syntax/analyse-syntax.js';
import { SyntaxView } from '../../nlp/syntax-query.js';
import { frameFromDependencies } from './dependency-frame.js';
import { phraseTokens, type SentenceFrame } from './sentence-frame.js';

const VERBS = new Set(['DEMONSTRATED', 'ANNOUNCED', 'VISIT', 'REJECTED', 'CONTINUED', 'DEMAND', 'ASKED', 'RELEASE', 'RESIGNED', 'ALLOW']);

function frameOf(text: string): SentenceFrame {
  const doc = analyseSyntaxDocument(text);
  return frameFromDependencies({ text, tokens: doc.tokens, first: 0, end: doc.tokens.length, isVerb: (w) => VERBS.has(w) }, new SyntaxView(text, doc.tokens));
}

const subjectOf = (f: SentenceFrame, verb: string): string => {
  const clause = f.clauses.find((c) => f.words[c.verb] === verb);
  return clause?.subject ? phraseTokens(clause.subject).map((i) => f.words[i]).join(' ') : '';
};

describe('sentence frames from the dependency parse', () => {
  it('takes the people a quantity noun counts as the phrase ("thousands of Iraqi Kurds" are the Kurds)', () => {
    const f = frameOf('Thousands of Iraqi Kurds demonstrated in the northern city of Kirkuk on Sunday.');
    assert.match(subjectOf(f, 'DEMONSTRATED'), /^IRAQI KURDS/);
    const g = frameOf('A group of Yoruba leaders announced yesterday that they are willing to forgive the president.');
    assert.match(subjectOf(g, 'ANNOUNCED'), /^YORUBA LEADERS/);
  });

  it('keeps a phrase that only looks like a count whole ("the group" has no "of" phrase)', () => {
    const f = frameOf('The group demonstrated in Kirkuk on Sunday.');
    assert.equal(subjectOf(f, 'DEMONSTRATED'), 'THE GROUP');
  });

  it('finds a subject the parser hung on the auxiliary', () => {
    const f = frameOf('Bangladesh has once again outright rejected an Indian proposal for signing Free Trade Agreement (FTA) with her.');
    assert.equal(subjectOf(f, 'REJECTED'), 'BANGLADESH');
  });

  it('gives a purpose clause on an object the subject of its verb, not the object ("a strike demands nothing")', () => {
    const f = frameOf('Islamic fundamentalists continued their hunger strike to demand the resignation of the president.');
    assert.equal(subjectOf(f, 'DEMAND'), 'ISLAMIC FUNDAMENTALISTS');
  });

  it("gives an infinitive its controller: the governing verb's object, else its subject", () => {
    const f = frameOf('The UN asked Sudan to release the prisoners.');
    assert.equal(subjectOf(f, 'RELEASE'), 'SUDAN');
    const g = frameOf('Lt. Gen. Prosper Avril resigned yesterday to allow the first democratic elections to take place.');
    assert.match(subjectOf(g, 'ALLOW'), /AVRIL/);
  });
});
