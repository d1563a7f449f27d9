import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatCalendar, formatDuration, formatFractionalDuration, granularity, shift, shiftYearsKeeping } from './timex-value.js';

describe('TIMEX3 values', () => {
  it('writes every granularity as TimeML does', () => {
    assert.equal(formatCalendar({ year: 2020, month: 9, day: 29 }), '2020-09-29');
    assert.equal(formatCalendar({ year: 2020, month: 1 }), '2020-01');
    assert.equal(formatCalendar({ year: 2020, week: 40 }), '2020-W40');
    assert.equal(formatCalendar({ year: 2020, week: 40, weekend: true }), '2020-W40-WE');
    assert.equal(formatCalendar({ year: 2020, quarter: 3 }), '2020-Q3');
    assert.equal(formatCalendar({ year: 2020, half: 2 }), '2020-H2');
    assert.equal(formatCalendar({ year: 2020, season: 'SU' }), '2020-SU');
    assert.equal(formatCalendar({ decade: 199 }), '199');
    assert.equal(formatCalendar({ century: 19 }), '19');
    assert.equal(formatCalendar({ month: 9 }), 'XXXX-09');
    assert.equal(formatCalendar({ weekday: 5 }), 'XXXX-WXX-5');
    assert.equal(formatCalendar({ year: 2020, month: 9, day: 30, partOfDay: 'MO' }), '2020-09-30TMO');
    assert.equal(formatCalendar({ year: 2020, month: 9, day: 30, hour: 6, minute: 49 }), '2020-09-30T06:49');
  });

  it('names a value\'s granularity by its finest field', () => {
    assert.equal(granularity({ year: 2020 }), 'year');
    assert.equal(granularity({ year: 2020, quarter: 1 }), 'quarter');
    assert.equal(granularity({ year: 2020, month: 1, day: 2, hour: 3 }), 'time');
  });

  it('shifts by calendar units at the unit\'s granularity', () => {
    const day = { year: 2020, month: 9, day: 30 };
    assert.deepEqual(shift(day, 'day', -1), { year: 2020, month: 9, day: 29 });
    assert.deepEqual(shift(day, 'week', -1), { year: 2020, week: 39 });
    assert.deepEqual(shift(day, 'month', -9), { year: 2019, month: 12 });
    assert.deepEqual(shift(day, 'quarter', -3), { year: 2019, quarter: 4 });
    assert.deepEqual(shift(day, 'year', 0), { year: 2020 });
    assert.deepEqual(shift(day, 'decade', -1), { decade: 201 });
    assert.equal(shift({ year: 2020 }, 'day', 1), undefined);
    assert.deepEqual(shiftYearsKeeping({ year: 1989, quarter: 3 }, -1), { year: 1988, quarter: 3 });
    assert.deepEqual(shiftYearsKeeping({ year: 2020, month: 2, day: 29 }, -1), { year: 2019 });
  });

  it('writes durations, with unknown amounts as X and halves in the next unit down', () => {
    assert.equal(formatDuration(3, 'day'), 'P3D');
    assert.equal(formatDuration(2, 'hour'), 'PT2H');
    assert.equal(formatDuration(undefined, 'year'), 'PXY');
    assert.equal(formatDuration(2, 'decade'), 'P20Y');
    assert.equal(formatFractionalDuration(2.5, 'year'), 'P2Y6M');
    assert.equal(formatFractionalDuration(5.5, 'hour'), 'PT5H30M');
    assert.equal(formatFractionalDuration(1.5, 'minute'), 'PT1M30S');
  });
});
