import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeTestDocument, makeTestEntity } from './contract.js';
import { parseSearchQuery } from './search-query.js';
import { speakerQueryTokens, speakerTokens } from './speaker-tokens.js';

describe('speaker tokens', () => {
  it('glue the marker to each folded word of a name', () => {
    assert.deepEqual(speakerQueryTokens('Muqtada al-Ṣadr'), ['saidbymuqtada', 'saidbyal', 'saidbysadr']);
    assert.deepEqual(speakerQueryTokens(' - '), []);
  });

  it('index the resolved entity of each quote, and a speaker mention that is a name', () => {
    const text = 'Ali Hassan spoke. He said the vote was off, Reuters said. Officials said it was on.';
    const doc = makeTestDocument({
      text,
      entities: [makeTestEntity('e1', 'Ali Hassan', 'PERSON', text)],
      quotes: [
        { id: 'q1', kind: 'indirect', content: { start: 26, end: 43 }, speaker: { start: 18, end: 20, text: 'He', entityId: 'e1' } },
        { id: 'q2', kind: 'indirect', content: { start: 26, end: 43 }, speaker: { start: 45, end: 52, text: 'Reuters' } },
        { id: 'q3', kind: 'indirect', content: { start: 73, end: 83 }, speaker: { start: 59, end: 68, text: 'Officials' } },
      ],
    });
    assert.equal(speakerTokens(doc), 'saidbyali saidbyhassan\nsaidbyreuters');
  });
});

describe('said-by: in search queries', () => {
  it('becomes a phrase of speaker tokens, alone or with other terms', () => {
    assert.deepEqual(parseSearchQuery('said-by:"Muqtada al-Sadr" budget'), [
      { join: 'AND', alternatives: [{ kind: 'term', text: 'saidbymuqtada saidbyal saidbysadr', prefix: false }] },
      { join: 'AND', alternatives: [{ kind: 'term', text: 'budget', prefix: false }] },
    ]);
    assert.deepEqual(parseSearchQuery('said-by:al-Sadr'), [{ join: 'AND', alternatives: [{ kind: 'term', text: 'saidbyal saidbysadr', prefix: false }] }]);
  });

  it('keeps a prefix only on a one-word name', () => {
    assert.equal(parseSearchQuery('said-by:kadh*')[0]!.alternatives[0]!.prefix, true);
    assert.equal(parseSearchQuery('said-by:al-kadh*')[0]!.alternatives[0]!.prefix, false);
  });
});
