import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, addMonths, dayNumber, easterSunday, fromDayNumber, isoWeek, isoWeekday, isValidDay, mondayOfIsoWeek, nthWeekday } from './calendar.js';

describe('calendar arithmetic', () => {
  it('counts days from 1970-01-01 and back, across leap years and centuries', () => {
    assert.equal(dayNumber({ year: 1970, month: 1, day: 1 }), 0);
    for (const d of [{ year: 2020, month: 2, day: 29 }, { year: 1900, month: 3, day: 1 }, { year: 2000, month: 12, day: 31 }, { year: 1601, month: 1, day: 1 }]) {
      assert.deepEqual(fromDayNumber(dayNumber(d)), d);
    }
    assert.deepEqual(addDays({ year: 2020, month: 9, day: 30 }, -1), { year: 2020, month: 9, day: 29 });
    assert.deepEqual(addDays({ year: 2020, month: 3, day: 1 }, -1), { year: 2020, month: 2, day: 29 });
  });

  it('knows weekdays and ISO weeks, including the weeks that straddle a new year', () => {
    assert.equal(isoWeekday({ year: 2020, month: 9, day: 30 }), 3); // a Wednesday
    assert.deepEqual(isoWeek({ year: 2020, month: 9, day: 30 }), { year: 2020, week: 40 });
    assert.deepEqual(isoWeek({ year: 2020, month: 12, day: 31 }), { year: 2020, week: 53 });
    assert.deepEqual(isoWeek({ year: 2021, month: 1, day: 3 }), { year: 2020, week: 53 });
    assert.deepEqual(isoWeek({ year: 2019, month: 12, day: 30 }), { year: 2020, week: 1 });
    assert.deepEqual(mondayOfIsoWeek(2020, 40), { year: 2020, month: 9, day: 28 });
  });

  it('validates days and shifts months over year ends', () => {
    assert.equal(isValidDay({ year: 2019, month: 2, day: 29 }), false);
    assert.equal(isValidDay({ year: 2020, month: 2, day: 29 }), true);
    assert.deepEqual(addMonths(2020, 1, -1), { year: 2019, month: 12 });
    assert.deepEqual(addMonths(2020, 11, 14), { year: 2022, month: 1 });
  });

  it('computes movable holidays', () => {
    assert.deepEqual(easterSunday(2020), { year: 2020, month: 4, day: 12 });
    assert.deepEqual(easterSunday(1998), { year: 1998, month: 4, day: 12 });
    assert.deepEqual(nthWeekday(2020, 11, 4, 4), { year: 2020, month: 11, day: 26 }); // Thanksgiving
    assert.deepEqual(nthWeekday(2020, 5, 1, -1), { year: 2020, month: 5, day: 25 }); // Memorial Day
  });
});
