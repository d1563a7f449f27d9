import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../pipeline/analyze.js';
import { eventLocation, placesInSpan } from './places.js';

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
  it('never takes a month or weekday for a place, as after "Baghdad, August 12", but keeps longer names', () => {
    const doc = places('Iraq condemns strike\n\nIraq condemned Turkey on Wednesday in Baghdad, August 12, and officials in Augusta, Georgia, and Sunday, May and Friday reacted.');
    const texts = doc.places.map((p) => p.text);
    for (const word of ['August', 'Wednesday', 'Sunday', 'May', 'Friday']) assert.ok(!texts.includes(word), `${word} in ${texts.join(', ')}`);
    assert.ok(texts.includes('Baghdad'));
    assert.ok(texts.includes('Augusta'), texts.join(', '));
  });
  it('gives an empty list for a text without places', () => {
    assert.deepEqual(places('A quiet day\n\nIt was a quiet day with nothing to report at all.').places, []);
  });
});

describe('eventLocation', () => {
  const doc = {
    places: [
      { start: 0, end: 4, text: 'Iraq', country: 'IQ', featureClass: 'A', role: 'mention' as const },
      { start: 10, end: 17, text: 'Baghdad', country: 'IQ', admin1: 'Baghdad', featureClass: 'P', role: 'mention' as const },
      { start: 30, end: 40, text: 'Washington', country: 'US', admin1: 'District of Columbia', featureClass: 'P', role: 'metonymy' as const },
    ],
  };
  const sentences = [{ start: 0, end: 20 }, { start: 21, end: 50 }, { start: 51, end: 80 }];
  it('takes the most specific place of the sentence, never a metonymic one', () => {
    assert.equal(eventLocation(doc, 0, 20, sentences)?.text, 'Baghdad');
  });
  it('falls back on the sentence before when its own has only an actor capital', () => {
    assert.equal(eventLocation(doc, 21, 50, sentences)?.text, 'Baghdad');
  });
  it('gives nothing when no sentence near names a place', () => {
    assert.equal(eventLocation({ places: [] }, 0, 20, sentences), undefined);
  });
});

describe('places stage limits', () => {
  it('resolves a list of 2,000 place names quickly, the first 500, with an issue', () => {
    const towns = ['Paris', 'Springfield', 'Dublin', 'Athens', 'Columbus', 'Richmond', 'Alexandria', 'Moscow'];
    const text = 'Towns listed\n\n' + Array.from({ length: 2000 }, (_, i) => `${towns[i % towns.length]} ${i % 50 === 0 ? 'was quiet.' : 'and'}`).join(' ') + ' Baghdad.';
    const started = performance.now();
    const doc = places(text);
    assert.ok(performance.now() - started < 20_000);
    assert.ok(doc.places.length <= 500);
    assert.ok(doc.issues.some((i) => i.code === 'places.truncated'), JSON.stringify(doc.issues));
  });
});
