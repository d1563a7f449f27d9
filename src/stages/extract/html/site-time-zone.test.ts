import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isKnownTimeZone } from '../time-zone.js';
import { guessSiteZone, inSiteZone, ZONE_BY_LOCALE, ZONE_BY_TLD } from './site-time-zone.js';

describe('site time zone data (lint)', () => {
  it('names only zones the platform knows', () => {
    for (const zone of [...Object.values(ZONE_BY_TLD), ...Object.values(ZONE_BY_LOCALE)]) assert.ok(isKnownTimeZone(zone), zone);
  });
});

describe('guessSiteZone', () => {
  it('uses the country domain first, then the locale with its region', () => {
    assert.equal(guessSiteZone('https://www.spiegel.de/a', 'en-US'), 'Europe/Berlin');
    assert.equal(guessSiteZone('https://www.example.com/a', 'en_US'), 'America/New_York');
    assert.equal(guessSiteZone('https://www.example.com/a', 'de'), 'Europe/Berlin');
  });
  it('leaves English without a region and unknown pages alone', () => {
    assert.equal(guessSiteZone('https://www.example.com/a', 'en'), undefined);
    assert.equal(guessSiteZone(undefined, undefined), undefined);
  });
});

describe('inSiteZone', () => {
  it('restates UTC times in the zone, across the date line of midnight', () => {
    assert.equal(inSiteZone('2021-11-04T23:00:00+00:00', 'Europe/Berlin'), '2021-11-05T00:00:00+01:00');
    assert.equal(inSiteZone('2022-05-04T03:37:37+00:00', 'America/New_York'), '2022-05-03T23:37:37-04:00');
  });
  it('keeps midnight UTC (a date stored as a time), local times and dates as they are', () => {
    assert.equal(inSiteZone('2019-06-17T00:00:00+00:00', 'America/New_York'), '2019-06-17T00:00:00+00:00');
    assert.equal(inSiteZone('2021-10-27T20:35:36+01:00', 'Europe/Berlin'), '2021-10-27T20:35:36+01:00');
    assert.equal(inSiteZone('2021-10-27', 'Europe/Berlin'), '2021-10-27');
  });
});
