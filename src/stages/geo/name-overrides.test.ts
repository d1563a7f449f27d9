import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CITY_ALTERNATE_NAMES, COUNTRY_POINTS, US_STATE_ABBREVIATIONS } from './name-overrides.js';
import { ACTOR_VERBS } from './metonymy.js';

describe('geo name data (lint)', () => {
  it('has the 50 states and DC, each abbreviation used once', () => {
    assert.equal(Object.keys(US_STATE_ABBREVIATIONS).length, 51);
    const all = Object.values(US_STATE_ABBREVIATIONS).flat();
    assert.equal(new Set(all).size, all.length);
  });
  it('gives every override a reason and a plausible value', () => {
    for (const o of CITY_ALTERNATE_NAMES) assert.ok(o.reason.length > 10 && o.names.length > 0 && o.geonamesId > 0, String(o.geonamesId));
    for (const p of COUNTRY_POINTS) assert.ok(p.reason.length > 10 && Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180 && /^[A-Z]{2}$/.test(p.country));
    for (const g of ACTOR_VERBS) assert.ok(g.reason.length > 10 && g.words.every((w) => w === w.toLowerCase()));
  });
});
