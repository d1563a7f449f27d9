import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../pipeline/analyze.js';
import type { AnalysedDocument } from '../../model/schema.js';

/** An article published on Thursday 13 August 2020, through the whole pipeline. */
function run(text: string): AnalysedDocument {
  const result = analyze({ text: `Iraq cancels visit\n\n2020-08-13 09:00\n\n${text}\n`, mediaType: 'text/plain' });
  assert.ok(result.ok);
  return result.document;
}

const condemnation = (doc: AnalysedDocument) => doc.events.find((e) => e.cameoRoot === '11' && e.target?.text === 'Turkey');
const cancellation = (doc: AnalysedDocument) => doc.events.find((e) => e.cameoRoot === '16');

describe('event dates of "<duration> after/before <clause>"', () => {
  it('dates the clause a day before the main clause\'s own day, not the main clause\'s day', () => {
    const doc = run('On Thursday Baghdad cancelled a planned visit by the Turkish defence minister, a day after Iraq condemned Turkey.');
    assert.equal(condemnation(doc)?.date, '2020-08-12', JSON.stringify(doc.events));
    assert.equal(cancellation(doc)?.date, '2020-08-13', JSON.stringify(doc.events));
  });
  it('counts days from the main clause\'s date wherever it stands in the sentence', () => {
    const doc = run('Baghdad cancelled a planned visit by the Turkish defence minister on Thursday, two days after Iraq condemned Turkey.');
    assert.equal(condemnation(doc)?.date, '2020-08-11', JSON.stringify(doc.events));
  });
  it('leaves an "after" clause without a distance undated rather than on the main clause\'s day', () => {
    const doc = run('On Thursday Baghdad cancelled a planned visit by the Turkish defence minister after Iraq condemned Turkey.');
    const e = condemnation(doc);
    assert.ok(e, JSON.stringify(doc.events));
    assert.equal(e.date, undefined);
  });
  it('still dates an "after" clause by its own time expression', () => {
    const doc = run('On Thursday Baghdad cancelled a planned visit by the Turkish defence minister after Iraq condemned Turkey on Tuesday.');
    assert.equal(condemnation(doc)?.date, '2020-08-11', JSON.stringify(doc.events));
  });
});
