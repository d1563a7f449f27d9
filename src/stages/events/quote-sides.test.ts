import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Quote } from '../../model/schema.js';
import { directQuotationWords, resolvedSpeakerAt, sourceQuotedAway, sourceRunsIntoQuote } from './quote-sides.js';

// “Bernie has a passionate speech,” she said.  (content 1–30, "Bernie" 1–7, "said" 36–40)
const quote = (kind: Quote['kind']): Quote => ({ id: 'q1', content: { start: 1, end: 30 }, kind });
const said = (): { start: number; end: number } => ({ start: 36, end: 40 });

describe('sourceQuotedAway', () => {
  it('is true for a source inside a direct quotation and a verb outside it', () => {
    assert.equal(sourceQuotedAway(directQuotationWords([quote('direct')]), { start: 1, end: 7 }, { start: 36, end: 40 }), true);
  });
  it('is false when the verb is inside the quotation too: the speaker\'s own claim', () => {
    assert.equal(sourceQuotedAway(directQuotationWords([quote('direct')]), { start: 1, end: 7 }, { start: 12, end: 15 }), false);
  });
  it('is false for reported speech, which is parsed as the reporter\'s sentence', () => {
    assert.equal(sourceQuotedAway(directQuotationWords([quote('indirect')]), { start: 1, end: 7 }, { start: 36, end: 40 }), false);
  });
  it('reads every part of a quotation split by its attribution', () => {
    const split: Quote = { ...quote('direct'), content: { start: 1, end: 60 }, parts: [{ start: 1, end: 30 }, { start: 45, end: 60 }] };
    assert.equal(sourceQuotedAway(directQuotationWords([split]), { start: 46, end: 50 }, { start: 36, end: 40 }), true);
    assert.equal(sourceQuotedAway(directQuotationWords([split]), { start: 32, end: 35 }, { start: 36, end: 40 }), false);
  });
});

describe('resolvedSpeakerAt', () => {
  const said = { start: 36, end: 40 };
  const withSpeaker = (method: string, entityId?: string): Quote => ({
    ...quote('direct'), cue: { text: 'said', start: 36, end: 40 }, speaker: { text: 'she', start: 32, end: 35, method, ...(entityId ? { entityId } : {}) },
  });
  it("gives the speaker of the quote whose cue is the verb, when resolved to an entity by name, pronoun, role or relative", () => {
    assert.equal(resolvedSpeakerAt([withSpeaker('pronoun', 'e3')], said)?.entityId, 'e3');
    assert.equal(resolvedSpeakerAt([withSpeaker('pronoun', 'e3')], { start: 12, end: 15 }), undefined, 'another verb');
  });
  it('gives none for a speaker with no entity or one carried over from the previous quote', () => {
    assert.equal(resolvedSpeakerAt([withSpeaker('pronoun')], said), undefined);
    assert.equal(resolvedSpeakerAt([withSpeaker('inherited', 'e3')], said), undefined);
  });
});

describe('sourceRunsIntoQuote', () => {
  it('is true for a source that crosses the quotation mark, false for one before it or a verb inside', () => {
    assert.equal(sourceRunsIntoQuote(directQuotationWords([quote('direct')]), { start: 20, end: 35 }, said()), true);
    assert.equal(sourceRunsIntoQuote(directQuotationWords([quote('direct')]), { start: 32, end: 35 }, said()), false);
    assert.equal(sourceRunsIntoQuote(directQuotationWords([quote('direct')]), { start: 20, end: 35 }, { start: 12, end: 15 }), false);
  });
});
