import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { nearestActorEvent, type NearestActorInput } from './nearest-actors.js';
import type { Clause, SentenceFrame } from './sentence-frame.js';
import type { VerbMatch } from './verb-coder.js';

// "Italy , with Spain , gave aid to Chad ." with a clause for "gave" whose subject the parse left empty.
const words = ['ITALY', ',', 'WITH', 'SPAIN', ',', 'GAVE', 'AID', 'TO', 'CHAD', '.'];
const gave: Clause = { verb: 5, start: 0, end: 10, objects: [], negated: false };
const frame = (clause: Clause): SentenceFrame => ({ words, clauses: [clause] });
const match = (code: string | null): VerbMatch => ({ entry: { forms: ['GIVE'], before: [], after: [], block: 0, code }, start: 5, end: 6, code });
const input = (clause: Clause, code: string | null, over: Partial<NearestActorInput> = {}): NearestActorInput => ({
  frame: frame(clause), clause: 0, verb: () => match(code), typed: (c) => !c.startsWith('01'), isVerb: (i) => i === 5, governed: () => false,
  actors: [{ start: 0, end: 1, code: 'ITA' }, { start: 3, end: 4, code: 'ESP' }, { start: 8, end: 9, code: 'TCD' }],
  subjectCodes: () => [], plausible: () => false, ...over,
});

describe('nearest actors (the cascade step after the parse)', () => {
  it('takes the actor nearest before the verb as source and the first after it as target', () => {
    const e = nearestActorEvent(input(gave, '071'));
    assert.deepEqual([e?.source, e?.code, e?.target], ['ESP', '071', 'TCD']);
    assert.deepEqual(e?.sourcePhrase?.own, [3]);
  });

  it('takes no side across another verb, nor a source that is a preposition\'s object', () => {
    assert.equal(nearestActorEvent(input(gave, '071', { isVerb: (i) => i === 5 || i === 7 })), undefined);
    assert.equal(nearestActorEvent(input(gave, '111', { isVerb: (i) => i === 5 || i === 7 }))?.target, '');
    assert.equal(nearestActorEvent(input(gave, '071', { isVerb: (i) => i === 4 || i === 5 })), undefined);
    assert.equal(nearestActorEvent(input(gave, '071', { governed: (i) => i === 3 })), undefined);
  });

  it('prefers a subject that names an actor', () => {
    const subject = { start: 0, end: 1, own: [0], parts: [], mods: [] };
    const e = nearestActorEvent(input({ ...gave, subject }, '071', { subjectCodes: () => ['ITA'] }));
    assert.equal(e?.source, 'ITA');
  });

  it('codes nothing for an untyped, uncoded, negated or reported clause, nor aid with no one after the verb', () => {
    assert.equal(nearestActorEvent(input(gave, '010')), undefined);
    assert.equal(nearestActorEvent(input(gave, null)), undefined);
    assert.equal(nearestActorEvent(input({ ...gave, negated: true }, '071')), undefined);
    assert.equal(nearestActorEvent(input({ ...gave, reporter: 0 }, '071')), undefined);
    const before = [{ start: 0, end: 1, code: 'ITA' }];
    assert.equal(nearestActorEvent(input(gave, '071', { actors: before })), undefined);
    assert.equal(nearestActorEvent(input(gave, '111', { actors: before }))?.target, '');
  });
});
