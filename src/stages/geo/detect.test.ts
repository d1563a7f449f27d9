import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../model/schema.js';
import { detectToponyms } from './detect.js';

/** An entity with one mention of `words` in `text`. */
function entity(text: string, words: string, type: Entity['type'], extra: Partial<Entity> = {}): Entity {
  const start = text.indexOf(words);
  return { id: words, name: words, type, mentions: [{ start, end: start + words.length, text: words }], aliases: [], roles: [], ...extra };
}

const found = (text: string, entities: Entity[]) => detectToponyms(entities, text).map((m) => `${m.text}:${m.source}`);

describe('detectToponyms', () => {
  it('takes GPE and LOC mentions and demonyms of a country, not religious groups', () => {
    const text = 'Egyptian and Shiite leaders met in Cairo near the Nile.';
    assert.deepEqual(found(text, [entity(text, 'Egyptian', 'NORP', { country: 'EGY' }), entity(text, 'Shiite', 'NORP'), entity(text, 'Cairo', 'GPE'), entity(text, 'Nile', 'LOC')]), ['Egyptian:entity', 'Cairo:entity', 'Nile:entity']);
  });
  it('finds a place opening an organisation name or after its "of", but not generic words', () => {
    const text = 'The Alexandria Police and the First Bank of Princeton and the City Council met.';
    assert.deepEqual(found(text, [entity(text, 'Alexandria Police', 'ORG'), entity(text, 'First Bank of Princeton', 'ORG'), entity(text, 'City Council', 'ORG')]), ['Alexandria:inside-name', 'Princeton:inside-name']);
  });
  it('adds a qualifier after a comma and a division name the recogniser missed', () => {
    const text = 'He moved to Lexington, Ky. Later he saw Kentucky again, and I\'ll go.';
    assert.deepEqual(found(text, [entity(text, 'Lexington', 'GPE')]), ['Lexington:entity', 'Ky.:qualifier', 'Kentucky:unrecognised']);
  });
  it('finds a missed division name only where no letter, stop, apostrophe or hyphen runs into it, after any script', () => {
    const text = 'Über, Kentucky; éKentucky, 𝐀Kentucky, -Ohio and Ohio today.';
    assert.deepEqual(found(text, []), ['Kentucky:unrecognised', 'Ohio:unrecognised']);
  });
  it('reads a division typed as a person as a place, but not a surname that is a town', () => {
    const text = 'Clinton spoke in Va. on Monday.';
    assert.deepEqual(found(text, [entity(text, 'Clinton', 'PERSON'), entity(text, 'Va.', 'PERSON')]), ['Va.:mistyped']);
  });
  it('drops a month, weekday or holiday alone, even typed GPE, but not a longer name', () => {
    const text = 'In Augusta on Friday, May and Christmas came to Christmas Island.';
    assert.deepEqual(found(text, [entity(text, 'Augusta', 'GPE'), entity(text, 'Friday', 'GPE'), entity(text, 'May', 'GPE'), entity(text, 'Christmas', 'LOC'), entity(text, 'Christmas Island', 'LOC')]), ['Augusta:entity', 'Christmas Island:entity']);
  });
});
