import assert from 'node:assert/strict';
import { it } from 'node:test';
import { isoWeek } from './iso-week.js';

it('gives the ISO week, across year ends', () => {
  assert.equal(isoWeek('2020-09-29'), '2020-W40');
  assert.equal(isoWeek('2020-09-28'), '2020-W40');
  assert.equal(isoWeek('2020-09-27'), '2020-W39');
  assert.equal(isoWeek('2021-01-03'), '2020-W53');
  assert.equal(isoWeek('2021-01-04'), '2021-W01');
  assert.equal(isoWeek('2019-12-30'), '2020-W01');
});
