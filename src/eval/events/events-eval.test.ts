import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SHARED_DIR, skipWithoutShared } from '../../test-support/paths.js';
import { evaluatePetr } from './petr-eval.js';
import { readPetrRecords } from './petr-records.js';

const PETR = 'data/events/gold/petr-unit-tests/PETR.UnitTest.records.xml';
const skip = skipWithoutShared(PETR);

describe('events eval: PETRARCH validation records', { skip }, () => {
  it('reads the records with their parses and codings', () => {
    const records = readPetrRecords(join(SHARED_DIR, PETR));
    assert.ok(records.length > 250);
    const demo = records.find((r) => r.id === 'DEMO-00')!;
    assert.deepEqual(demo.codings, [{ source: 'ARN', target: 'GON', code: '064' }]);
    assert.equal(demo.date, '19950101');
  });

  it('codes the first 40 records with the suite dictionaries', () => {
    const report = evaluatePetr(join(SHARED_DIR, PETR), { limit: 40 });
    assert.ok(report.recall > 0.8 && report.precision > 0.8, JSON.stringify({ p: report.precision, r: report.recall }));
  });
});
