import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { getPlaceGazetteer, parseGazetteer } from './gazetteer.js';
import { placeKey } from './place-names.js';

describe('place gazetteer', () => {
  it('loads the committed resource with countries, divisions and towns', () => {
    const g = getPlaceGazetteer();
    assert.ok(g.size > 150_000);
    const names = (key: string) => g.lookup(placeKey(key)).map((i) => g.place(i));
    assert.ok(names('Baghdad').some((p) => p.geonamesId === 98182 && p.country === 'IQ' && p.featureCode === 'PPLC'));
    assert.ok(names('Ky.').some((p) => p.level === 'admin1' && p.name === 'Kentucky'));
    assert.ok(names('Laurel County').some((p) => p.level === 'admin2' && p.admin1 === 'KY'));
    assert.ok(names('Egyptians').some((p) => p.level === 'country' && p.country === 'EG'));
    assert.equal(g.admin1Of('US', 'TX')?.name, 'Texas');
    assert.ok(Math.abs(g.countryOf('US')!.lat - 39.76) < 1e-4);
  });
  it('refuses a malformed line with its number', () => {
    assert.throws(() => parseGazetteer(['# header', '1\tplanet\tEarth']), /row 1: malformed/);
  });
});
