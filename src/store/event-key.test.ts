import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EventRecord } from '../query/results.js';
import { eventKey, eventKeyParts, eventOutlet } from './event-key.js';

function record(extra: Partial<EventRecord> & { cameo?: string; kind?: EventRecord['event']['kind'] } = {}): EventRecord {
  const { cameo = '1122', kind = 'reported', ...rest } = extra;
  return {
    docId: 'd1', day: '2020-08-12', evidence: 'Iraq accused Turkey of abuses.', lead: true,
    event: { id: 'v1', cameo, cameoRoot: cameo.slice(0, 2), kind, evidence: { start: 0, end: 30 } },
    source: { text: 'Iraq', code: 'IRQ', country: 'IRQ' }, target: { text: 'Turkey', code: 'TUR', country: 'TUR' },
    document: { id: 'd1', title: 't', source: 'Reuters', url: 'https://www.reuters.com/a', language: 'en' },
    ...rest,
  };
}

describe('event key', () => {
  it('joins day, actor codes, CAMEO base code, place and mode', () => {
    assert.equal(eventKey(record()), '2020-08-12|IRQ|TUR|112||');
    assert.equal(eventKey(record({ cameo: '112' })), eventKey(record()), 'the fourth digit does not split an event');
    assert.equal(eventKey(record({ kind: 'background' })), eventKey(record()));
    assert.equal(eventKey(record({ kind: 'negated' })), '2020-08-12|IRQ|TUR|112||negated');
  });

  it('keeps a place only when it is outside both actors\' countries', () => {
    assert.equal(eventKeyParts(record({ location: { text: 'Baghdad', countryIso3: 'IRQ' } })).place, '');
    assert.equal(eventKeyParts(record({ location: { text: 'Ankara', countryIso3: 'TUR' } })).place, '');
    assert.equal(eventKeyParts(record({ location: { text: 'Doha', countryIso3: 'QAT' } })).place, 'QAT');
  });

  it('names an actor without a code by its entity, else its words, folded', () => {
    assert.equal(eventKeyParts(record({ source: { text: 'the Sadrists', name: 'Sadrist Movement' } })).source, 'sadrist movement');
    assert.equal(eventKeyParts(record({ source: { text: 'Al-Ḥashd  |  Fighters' } })).source, 'al-hashd fighters', 'no separator in a part');
  });

  it('gives an event without actors or without a day a key of its own', () => {
    const { source: _s, target: _t, ...alone } = record();
    assert.equal(eventKey(alone), '2020-08-12|#d1#v1');
    const { day: _d, ...undated } = record();
    assert.equal(eventKey(undated), '|#d1#v1');
  });

  it('counts outlets by the URL host without www., else the folded outlet name, else the article', () => {
    assert.equal(eventOutlet(record()), 'reuters.com');
    assert.equal(eventOutlet(record({ document: { id: 'd1', title: 't', source: 'Shafaq News', language: 'en' } })), 'shafaq news');
    assert.equal(eventOutlet(record({ document: { id: 'd1', title: 't', source: 'unknown', language: 'en' } })), '?d1', 'an unknown outlet is its own');
  });
});
