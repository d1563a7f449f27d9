import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dateFromUrl, findDateInText, findDates, parseMachineDate, plausible } from './date-text.js';

const reference = new Date('2024-01-15T12:00:00Z');
const days = (text: string, options = {}): string[] => findDates(text, options).map((d) => d.day);

describe('findDates: written dates in many languages', () => {
  const cases: [string, string][] = [
    ['Veröffentlicht am 12. März 2019', '2019-03-12'],
    ['Wien, am 3. Jänner 2020', '2020-01-03'],
    ['Posted on May 7, 2022 by admin', '2022-05-07'],
    ['7th of May, 2022', '2022-05-07'],
    ['le 1er février 2021', '2021-02-01'],
    ['Publié le 3 mars 2021 à 10h', '2021-03-03'],
    ['Madrid, 3 de marzo de 2019', '2019-03-03'],
    ['Lisboa, 12 de março de 2019', '2019-03-12'],
    ['Roma, 12 marzo 2019', '2019-03-12'],
    ['Amsterdam, 12 maart 2019', '2019-03-12'],
    ['Warszawa, 12 marca 2019', '2019-03-12'],
    ['Praha 12. března 2019', '2019-03-12'],
    ['İstanbul, 12 Mart 2019', '2019-03-12'],
    ['Москва, 12 марта 2019', '2019-03-12'],
    ['Juli 12, 2017', '2017-07-12'],
    ['Apr 042013', '2013-04-04'],
    ['2019年3月12日', '2019-03-12'],
    ['Stand: 2019-03-12', '2019-03-12'],
    ['12.03.2019', '2019-03-12'],
  ];
  for (const [text, day] of cases) it(`${text} → ${day}`, () => assert.deepEqual(days(text), [day]));

  it('reads slashed dates month first only in American usage, unless the first number cannot be a month', () => {
    assert.deepEqual(days('03/05/2021', { monthFirst: true }), ['2021-03-05']);
    assert.deepEqual(days('03/05/2021'), ['2021-05-03']);
    assert.deepEqual(days('25/05/2021', { monthFirst: true }), ['2021-05-25']);
  });

  it('accepts two-digit years only when asked, and when a time runs into them (forum posts)', () => {
    assert.deepEqual(days('27.01.22'), []);
    assert.deepEqual(days('27.01.22', { twoDigitYears: true }), ['2022-01-27']);
    assert.deepEqual(days('macbacchi28.09.1912:44', { twoDigitYears: true }), ['2019-09-28']);
  });

  it('marks dates followed by a time of day', () => {
    const [d] = findDates('12.03.2019, 14:05 Uhr');
    assert.equal(d?.withTime, true);
    assert.equal(findDates('12.03.2019 in Berlin')[0]?.withTime, false);
  });

  it('finds nothing in version numbers, impossible days and bare years', () => {
    assert.deepEqual(days('Version 1.2.2019.4'), []);
    assert.deepEqual(days('31. Februar 2019'), []);
    assert.deepEqual(days('im Jahr 2019'), []);
  });

  it('lists several dates in reading order without overlaps', () => {
    assert.deepEqual(days('Erstellt 2019-03-12T10:00, geändert am 14. März 2019'), ['2019-03-12', '2019-03-14']);
  });
});

describe('findDateInText', () => {
  it('skips implausible dates (before 1995, after the reference) for the next one', () => {
    assert.equal(findDateInText('Gegründet am 1. Mai 1980, zuletzt am 2. Mai 2019', reference), '2019-05-02');
    assert.equal(findDateInText('Termin: 1. Mai 2030', reference), undefined);
  });
});

describe('parseMachineDate', () => {
  it('normalises ISO dates and date-times, with and without zone', () => {
    assert.equal(parseMachineDate('2020-09-30T06:49:00+0300'), '2020-09-30T06:49:00+03:00');
    assert.equal(parseMachineDate('2020-09-30T06:49:12.345Z'), '2020-09-30T06:49:12+00:00');
    assert.equal(parseMachineDate('2020-9-3'), '2020-09-03');
    assert.equal(parseMachineDate('20200930'), '2020-09-30');
  });
  it('reads Unix timestamps in seconds and milliseconds', () => {
    assert.equal(parseMachineDate('1507287600'), '2017-10-06T11:00:00+00:00');
    assert.equal(parseMachineDate('1507287600000'), '2017-10-06T11:00:00+00:00');
  });
  it('falls back to a written date, and rejects impossible days', () => {
    assert.equal(parseMachineDate('Di., 25.01.2022 - 14:45'), '2022-01-25');
    assert.equal(parseMachineDate('2019-02-30'), undefined);
  });
});

describe('dateFromUrl', () => {
  const cases: [string, string | undefined][] = [
    ['https://example.com/2019/08/02/a-story/', '2019-08-02'],
    ['https://example.com/news/2019-08-02-a-story', '2019-08-02'],
    ['https://example.com/news/20190802/a-story.html', '2019-08-02'],
    ['https://weisser-ring.example/meldungen/29-10-2021', '2021-10-29'],
    ['https://blog.example/2023/10/3-fragen-an-tina/', undefined],
    ['https://example.com/2019/13/02/story', undefined],
    ['https://www.2019-example.com/story', undefined],
  ];
  for (const [url, day] of cases) it(`${url} → ${day}`, () => assert.equal(dateFromUrl(url), day));
});

describe('plausible', () => {
  it('keeps 1995 up to a day after the reference', () => {
    assert.equal(plausible('1995-01-01', reference), true);
    assert.equal(plausible('1994-12-31', reference), false);
    assert.equal(plausible('2024-01-16T08:00:00+01:00', reference), true);
    assert.equal(plausible('2024-01-17', reference), false);
  });
});
