import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ActorCoder } from './actor-coder.js';
import type { ActorEntry, AgentEntry } from './dictionary-format.js';

const actor = (code: string, ...phrases: string[]): ActorEntry => ({
  phrases: phrases.map((p) => p.split(' ').map((w) => ({ w, exact: true }))),
  codes: [{ code }],
});
const agent = (code: string, phrase: string): AgentEntry => ({ phrase: phrase.split(' ').map((w) => ({ w, exact: true })), code, position: 'after' });
const spans = (coder: ActorCoder, text: string): string[] => {
  const words = text.split(' ');
  return coder.mentions(words).map((m) => `${words.slice(m.start, m.end).join(' ')}=${m.codes.join('/')}`);
};

test('the longest phrase wins, and an actor wins a tie with an agent', () => {
  const coder = new ActorCoder([actor('USA', 'UNITED STATES'), actor('USAMIL', 'UNITED STATES ARMY'), actor('ARM', 'ARMY')], [agent('MIL', 'ARMY')]);
  assert.deepEqual(spans(coder, 'THE UNITED STATES ARMY SAID'), ['UNITED STATES ARMY=USAMIL']);
  assert.deepEqual(spans(coder, 'THE UNITED STATES NAVY SAID'), ['UNITED STATES=USA']);
  assert.deepEqual(spans(coder, 'THE ARMY SAID'), ['ARMY=ARM']);
});

test('words after the first match with a plural s; the first word only as written', () => {
  const coder = new ActorCoder([actor('GOV', 'GOVERNMENT MINISTER'), actor('KNG', 'KING')], []);
  assert.deepEqual(spans(coder, 'GOVERNMENT MINISTERS MET'), ['GOVERNMENT MINISTERS=GOV']);
  assert.deepEqual(spans(coder, 'THE KINGS MET THE KING'), ['KING=KNG']);
});

test('of phrases as long, the second word as written beats its singular, then the first added wins', () => {
  // Added first, but "STATE" matches "STATES" only as its plural.
  const singular = actor('ONE', 'UNITED STATE');
  const written = actor('TWO', 'UNITED STATES');
  assert.deepEqual(spans(new ActorCoder([singular, written], []), 'UNITED STATES'), ['UNITED STATES=TWO']);
  assert.deepEqual(spans(new ActorCoder([actor('FIRST', 'UNITED STATES'), actor('SECOND', 'UNITED STATES')], []), 'UNITED STATES'), ['UNITED STATES=FIRST']);
  // Past the second word, the order phrases were added decides.
  const third = new ActorCoder([actor('A', 'REPUBLIC OF KOREA'), actor('B', 'REPUBLIC OF KOREAS')], []);
  assert.deepEqual(spans(third, 'REPUBLIC OF KOREAS'), ['REPUBLIC OF KOREAS=A']);
});

test('hasMention is whether mentions finds any, past an actor whose code is only dashes', () => {
  const coder = new ActorCoder([actor('USA', 'UNITED STATES'), actor('---', 'NOBODY')], [agent('MIL', 'ARMY')]);
  for (const text of ['THE UNITED STATES SAID', 'NOBODY SAID SO', 'NOBODY AND THE ARMY', 'THE ARMY', 'NOTHING HERE', '']) {
    const words = text ? text.split(' ') : [];
    assert.equal(coder.hasMention(words), coder.mentions(words).length > 0, text);
  }
  assert.equal(coder.hasMention('NOBODY SAID SO'.split(' ')), false);
  assert.equal(coder.hasMention('NOBODY AND THE ARMY'.split(' ')), true);
});
