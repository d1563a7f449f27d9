import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseQuery } from '../../query/parse.js';
import { entityIdOf } from './entity-id.js';
import { href, parseRoute } from './route.js';
import { snippetParts } from './snippet.js';
import { applySuggestion, entityPrefix, fieldSuggestions, typedWord, valueSuggestions } from './suggest.js';
import { dateTerm, eventsQuery, fieldTerm, LIKELY_RIGHT, likelyRightOnly, likelyRightParam, withTerms } from './query-text.js';

describe('query text from the controls', () => {
  it('quotes values with spaces; the parser reads every term back as one value', () => {
    assert.equal(fieldTerm('source', 'reuters'), 'source:reuters');
    assert.equal(fieldTerm('person', 'Muqtada al-Sadr'), 'person:"Muqtada al-Sadr"');
    const q = withTerms('sadr OR kadhimi', [fieldTerm('source', 'Shafaq News'), fieldTerm('country', 'IRQ'), dateTerm('2020-09-01', '')!]);
    assert.equal(q, '(sadr OR kadhimi) source:"Shafaq News" country:IRQ date:>=2020-09-01');
    assert.doesNotThrow(() => parseQuery(q));
    assert.equal(dateTerm('', ''), undefined);
    assert.equal(dateTerm('', '2020-09-30'), 'date:<=2020-09-30');
  });
});

describe('the "Likely right only" toggle', () => {
  it('adds confidence:>=0.5, on unless the address says likely=all', () => {
    assert.equal(LIKELY_RIGHT.term, 'confidence:>=0.5');
    assert.equal(withTerms('sadr OR kadhimi', [LIKELY_RIGHT.term]), '(sadr OR kadhimi) confidence:>=0.5');
    const leaf = parseQuery(LIKELY_RIGHT.term).root;
    assert.deepEqual(leaf.kind === 'confidence' && leaf.lower, { value: 0.5, inclusive: true });
    assert.equal(likelyRightOnly({}), true);
    assert.equal(likelyRightOnly({ likely: 'all' }), false);
    const off = parseRoute(href('events', undefined, { q: 'iraq', [LIKELY_RIGHT.param]: likelyRightParam(false) }));
    assert.equal(likelyRightOnly(off.params), false, 'off survives the address');
    assert.equal(likelyRightOnly(parseRoute(href('events', undefined, { [LIKELY_RIGHT.param]: likelyRightParam(true) })).params), true);
    assert.equal(eventsQuery('iraq', {}), 'iraq confidence:>=0.5', 'the views of events send the term when on');
    assert.equal(eventsQuery('', {}), 'confidence:>=0.5');
    assert.equal(eventsQuery('iraq', { likely: 'all' }), 'iraq');
  });
});

describe('suggestions', () => {
  it('field names for the word under the caret, from the parser table', () => {
    const w = typedWord('sadr per', 8)!;
    assert.deepEqual(fieldSuggestions(w).map((s) => s.insert), ['person:']);
    assert.deepEqual(applySuggestion('sadr per', w, 'person:'), { query: 'sadr person:', caret: 12 });
    assert.ok(fieldSuggestions(typedWord('s', 1)!).some((s) => s.insert === 'said-by:'));
  });
  it('PLOVER types after event:, entity names after a name field', () => {
    assert.deepEqual(valueSuggestions(typedWord('event:ass', 9)!).map((s) => s.insert), ['event:ASSAULT']);
    assert.equal(entityPrefix(typedWord('person:kad', 10)!), 'kad');
    assert.equal(entityPrefix(typedWord('person:k', 8)!), undefined, 'two letters at least');
    assert.equal(entityPrefix(typedWord('title:kad', 9)!), undefined);
  });
});

describe('routes, snippets and entity ids', () => {
  it('round-trips a route with an argument holding slashes and quotes', () => {
    const h = href('entity', 'AC/DC "x"', { type: 'ORG', q: '' });
    assert.deepEqual(parseRoute(h), { page: 'entity', arg: 'AC/DC "x"', params: { type: 'ORG' } });
    assert.deepEqual(parseRoute('#/nowhere'), { page: 'search', params: {} });
  });
  it('splits a snippet at its « » marks', () => {
    assert.deepEqual(snippetParts('al-«Sadr» on «Wednesday»…'), [
      { text: 'al-', hit: false },
      { text: 'Sadr', hit: true },
      { text: ' on ', hit: false },
      { text: 'Wednesday', hit: true },
      { text: '…', hit: false },
    ]);
  });
  it("makes the API's entity ids (JSON of type and name, UTF-8, base64url), for any name", () => {
    assert.equal(entityIdOf('PERSON', 'Muqtada al-Sadr'), 'WyJQRVJTT04iLCJNdXF0YWRhIGFsLVNhZHIiXQ');
    for (const [type, name] of [['ORG', 'Kata\'ib Hezbollah / "KH"'], ['PERSON', 'Mustafa al-Kādhimī'], ['GPE', 'Ελλάδα']] as const) {
      assert.equal(entityIdOf(type, name), Buffer.from(JSON.stringify([type, name]), 'utf8').toString('base64url'));
    }
  });
});
