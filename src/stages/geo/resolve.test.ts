import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { kilometresBetween } from './distance.js';
import { resolveToponyms } from './resolve.js';

/** Mentions of the given names, found in order in the text. */
function resolve(text: string, names: string[], sourceCountry?: string) {
  let from = 0;
  const mentions = names.map((name) => {
    const start = text.indexOf(name, from);
    assert.ok(start >= 0, name);
    from = start + name.length;
    return { start, end: start + name.length, text: name };
  });
  return resolveToponyms(text, mentions, sourceCountry ? { sourceCountry } : {});
}

describe('resolveToponyms (real gazetteer)', () => {
  it('takes the country for a country name, not a town of that name', () => {
    const [iraq] = resolve('Attacks rose in Iraq this year.', ['Iraq']);
    assert.equal(iraq!.place?.level, 'country');
    assert.equal(iraq!.place?.country, 'IQ');
  });
  it('follows a qualifier: Paris, Texas and Lexington, Ky.', () => {
    const [paris] = resolve('The fair in Paris, Texas, opened.', ['Paris']);
    assert.equal(paris!.place?.country, 'US');
    assert.equal(paris!.place?.admin1, 'TX');
    assert.equal(paris!.method, 'qualifier');
    const [lexington] = resolve('He lives in Lexington, Ky., now.', ['Lexington']);
    assert.equal(lexington!.place?.admin1, 'KY');
  });
  it('reads a list of states as a list, not as qualifiers', () => {
    const [ohio] = resolve('Storms hit Ohio, Kentucky and Indiana.', ['Ohio', 'Kentucky', 'Indiana']);
    assert.equal(ohio!.place?.level, 'admin1');
  });
  it('uses the other places of the article: a Paris in Henry County, Tennessee', () => {
    const text = 'The Paris council met. Henry County officials and Tennessee lawmakers came to Paris.';
    const [paris] = resolve(text, ['Paris', 'Henry County', 'Tennessee']);
    assert.equal(paris!.place?.admin1, 'TN');
  });
  it('reads a bare world capital as the capital', () => {
    const [paris] = resolve('Talks opened in Paris on Monday.', ['Paris']);
    assert.equal(paris!.place?.country, 'FR');
  });
  it('never reads a short capitalised abbreviation as a town ("EU" is not Eu, France)', () => {
    const [eu] = resolve('The EU said so.', ['EU']);
    assert.notEqual(eu!.place?.level, 'city');
  });
  it('reads demonyms as their country and places an airport at its city', () => {
    const [egyptian] = resolveToponyms('Egyptian police said.', [{ start: 0, end: 8, text: 'Egyptian', hint: 'demonym' }]);
    assert.equal(egyptian!.place?.country, 'EG');
    const text = 'a strike near Baghdad International Airport';
    const [airport] = resolve(text, ['Baghdad International Airport']);
    assert.equal(airport!.facility, true);
    assert.ok(kilometresBetween(airport!.place!.lat, airport!.place!.lon, 33.2625, 44.2346) < 30);
  });
  it('takes the dateline as context without returning it', () => {
    const text = 'The mayor of Alexandria spoke.';
    const mention = { start: 13, end: 23, text: 'Alexandria' };
    assert.equal(resolveToponyms(text, [mention])[0]!.place?.country, 'EG');
    const withDateline = resolveToponyms(text, [mention], { contextNames: ['Virginia'] });
    assert.equal(withDateline.length, 1);
    assert.equal(withDateline[0]!.place?.admin1, 'VA');
  });
  it('leaves a name it does not know unresolved', () => {
    const [x] = resolve('We met in Zzyzxqville.', ['Zzyzxqville']);
    assert.equal(x!.place, undefined);
  });
});
