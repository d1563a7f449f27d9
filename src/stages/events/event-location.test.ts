import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../pipeline/analyze.js';
import { SyntaxView } from '../../nlp/syntax-query.js';
import type { AnalysedDocument } from '../../model/schema.js';
import { placedByPreposition } from './event-location.js';

function run(text: string): AnalysedDocument {
  const result = analyze({ text: `Test article\n\n2021-03-05 10:00\n\n${text}\n`, mediaType: 'text/plain' }, { config: { keepTokens: true } });
  assert.ok(result.ok);
  return result.document;
}

describe('event location', () => {
  it('puts an event where a preposition places it, not in the country whose forces it names ("attacks on U.S. forces … in Iraq")', () => {
    const doc = run('Washington has blamed Kataib Hezbollah, an Iran-aligned militia, for previous attacks on U.S. forces and diplomatic facilities in Iraq.');
    assert.deepEqual(doc.events.map((e) => e.location), ['Iraq']);
  });

  it('reads a place as placed through the phrase it belongs to ("in the Saudi city of Jeddah", "at Baghdad airport")', () => {
    const doc = run('The two sides resumed talks in the Saudi city of Jeddah. Troops were deployed at Baghdad airport after the attack on U.S. forces.');
    const view = new SyntaxView(doc.text, doc.tokens!);
    const at = (word: string): number => view.find(word)!;
    assert.equal(placedByPreposition(view, at('Jeddah')), true);
    assert.equal(placedByPreposition(view, at('Baghdad')), true);
    assert.equal(placedByPreposition(view, at('U.S.')), false);
  });
});
