import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actorTypes, dateAdded, fractionDate, GDELT_COLUMNS, geoType, globalEventId, quadClassOfRoot } from './gdelt.js';

/** The GDELT 2.0 event table's columns in the codebook's order (GDELT Event Codebook V2.0). */
const CODEBOOK = [
  'GlobalEventID', 'Day', 'MonthYear', 'Year', 'FractionDate',
  ...[1, 2].flatMap((n) => ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'].map((c) => `Actor${n}${c}`)),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...['Actor1Geo', 'Actor2Geo', 'ActionGeo'].flatMap((g) => ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'].map((c) => `${g}_${c}`)),
  'DATEADDED', 'SOURCEURL',
];

describe('GDELT mapping', () => {
  it('has the 61 columns in order, each filled or with the reason it is empty', () => {
    assert.equal(CODEBOOK.length, 61);
    assert.deepEqual(GDELT_COLUMNS.map((c) => c.name), CODEBOOK);
    for (const column of GDELT_COLUMNS) assert.ok((column.fill === undefined) !== (column.empty === undefined), column.name);
  });

  it('derives dates, ids, QuadClass, actor types and geographic types', () => {
    assert.equal(fractionDate('2015-01-01'), '2015.0027');
    assert.equal(fractionDate('2020-12-31'), '2020.9973');
    assert.equal(dateAdded('2020-09-29T02:30:00+03:00'), '20200928233000');
    assert.equal(dateAdded('2020-09-29T02:30'), '20200929023000', 'a time without an offset is taken as written');
    assert.equal(dateAdded('2020-09-29'), '20200929000000');
    assert.equal(dateAdded('not a date'), undefined);
    assert.equal(globalEventId('2020-08-12|IRQ|TUR|111||'), globalEventId('2020-08-12|IRQ|TUR|111||'));
    assert.notEqual(globalEventId('2020-08-12|IRQ|TUR|111||'), globalEventId('2020-08-13|IRQ|TUR|111||'));
    assert.ok(Number.isSafeInteger(globalEventId('#d1#ev1')));
    assert.deepEqual([1, 5, 6, 8, 9, 13, 14, 20].map((n) => quadClassOfRoot(String(n).padStart(2, '0'))), [1, 1, 2, 2, 3, 3, 4, 4]);
    assert.equal(quadClassOfRoot('21'), undefined);
    assert.deepEqual(actorTypes({ text: 'x', code: 'USAGOVMIL' }), ['GOV', 'MIL']);
    assert.deepEqual(actorTypes({ text: 'x', code: 'IGOUNO' }), ['IGO']);
    assert.deepEqual(actorTypes({ text: 'x', code: 'IRQ' }), []);
    assert.equal(geoType({ text: 'Baghdad', featureClass: 'P', countryIso3: 'IRQ', lat: 33, lon: 44 }), 4);
    assert.equal(geoType({ text: 'Ohio', featureClass: 'A', admin1: 'OH', countryIso3: 'USA', lat: 40, lon: -82 }), 2);
    assert.equal(geoType({ text: 'Iraq', countryIso3: 'IRQ' }), 1);
    assert.equal(geoType({ text: 'somewhere' }), undefined);
  });
});
