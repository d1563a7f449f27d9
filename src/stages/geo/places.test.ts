import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../pipeline/analyze.js';
import { placesInSpan } from './places.js';

function places(text: string) {
  const result = analyze({ text, mediaType: 'text/plain' });
  assert.ok(result.ok);
  return result.document;
}

describe('places stage (through the pipeline)', () => {
  it('resolves the places of a text with coordinates, country and division', () => {
    const doc = places('Rockets hit Erbil\n\nRockets hit Erbil in northern Iraq on Monday.\n\nOfficials in Baghdad said two people were hurt near Baghdad International Airport.');
    const byText = new Map(doc.places.map((p) => [p.text, p]));
    assert.equal(byText.get('Iraq')?.country, 'IQ');
    assert.equal(byText.get('Iraq')?.featureClass, 'A');
    assert.equal(byText.get('Erbil')?.country, 'IQ');
    assert.ok(byText.get('Erbil')!.geonamesId! > 0);
    const airport = byText.get('Baghdad International Airport');
    assert.equal(airport?.featureClass, 'S');
    assert.equal(airport?.country, 'IQ');
  });
  it('marks a capital that speaks as metonymy and leaves it out of placesInSpan', () => {
    const doc = places('Embassy attacked\n\nArmed groups that Washington accuses of being loyal to Iran attacked the embassy in Baghdad.');
    const washington = doc.places.find((p) => p.text === 'Washington');
    assert.equal(washington?.role, 'metonymy');
    const inSentence = placesInSpan(doc, 0, doc.text.length).map((p) => p.text);
    assert.ok(!inSentence.includes('Washington'));
    assert.ok(inSentence.includes('Baghdad'));
    assert.ok(placesInSpan(doc, 0, doc.text.length, { includeMetonymy: true }).some((p) => p.text === 'Washington'));
  });
  it('gives an empty list for a text without places', () => {
    assert.deepEqual(places('A quiet day\n\nIt was a quiet day with nothing to report at all.').places, []);
  });
});
