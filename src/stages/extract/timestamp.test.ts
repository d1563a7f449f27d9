import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseTimestampLine } from './timestamp.js';
import { formatOffset, offsetForLocalTime } from './time-zone.js';

const ref = new Date('2024-06-01T00:00:00Z');

describe('parseTimestampLine', () => {
  it('reads ISO-like and written dates with times', () => {
    assert.deepEqual(parseTimestampLine('2020-09-30 06:49', ref), { local: '2020-09-30T06:49:00' });
    assert.deepEqual(parseTimestampLine('Published: March 3, 2021 10:42 AM GMT', ref), { local: '2021-03-03T10:42:00', offsetMinutes: 0 });
    assert.deepEqual(parseTimestampLine('Updated 30.09.2020 | 06:49', ref), { local: '2020-09-30T06:49:00' });
    assert.deepEqual(parseTimestampLine('Wed 30 Sep 2020 06.49 BST', ref), { local: '2020-09-30T06:49:00', offsetMinutes: 60 });
  });
  it('gives a bare date when there is no time', () => {
    assert.deepEqual(parseTimestampLine('September 30, 2020', ref), { local: '2020-09-30' });
  });
  it('refuses lines that are not mainly a date', () => {
    assert.equal(parseTimestampLine('the chest', ref), undefined);
    assert.equal(parseTimestampLine('Talks resumed in Jeddah on October 26, 2023 after a long pause', ref), undefined);
    assert.equal(parseTimestampLine('on Wednesday', ref), undefined);
  });
});

describe('time zones', () => {
  it('gives Baghdad +03:00 and London summer/winter offsets', () => {
    assert.equal(formatOffset(offsetForLocalTime('2020-09-30T06:49:00', 'Asia/Baghdad')), '+03:00');
    assert.equal(formatOffset(offsetForLocalTime('2020-07-01T12:00:00', 'Europe/London')), '+01:00');
    assert.equal(formatOffset(offsetForLocalTime('2020-01-01T12:00:00', 'Europe/London')), '+00:00');
    assert.equal(formatOffset(offsetForLocalTime('2020-01-01T12:00:00', 'America/New_York')), '-05:00');
    assert.equal(formatOffset(offsetForLocalTime('2020-01-01T12:00:00', 'Asia/Kolkata')), '+05:30');
  });
});
