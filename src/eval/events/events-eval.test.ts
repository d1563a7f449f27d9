import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SHARED_DIR, skipWithoutShared } from '../../test-support/paths.js';
import { evaluatePetr } from './petr-eval.js';
import { readPetrRecords } from './petr-records.js';
import { evaluatePlover, eventsOfText, mainEvent, sourceMatches } from './plover-eval.js';

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

describe('events eval: PLOVER records', () => {
  it('matches actor texts that contain one another, ignoring case, and nothing with an empty source', () => {
    assert.ok(sourceMatches(['Afghan rebels'], 'The Afghan rebels'));
    assert.ok(sourceMatches(['Security forces in Guinea'], 'Security forces'));
    assert.ok(!sourceMatches(['Hezbollah'], 'Lebanon'));
    assert.ok(!sourceMatches(['Hezbollah'], ''));
  });

  it('scores what the events stage gives for a bare text: the first event with a PLOVER type', () => {
    const events = eventsOfText('The Palestinian police said Ethiopia has agreed to re-open its borders to UN peacekeepers.', '2000-01-01');
    const main = mainEvent(events);
    assert.ok(main, JSON.stringify(events));
    assert.equal(main.source?.text, 'Ethiopia');
    assert.ok(events.indexOf(main) > 0, 'the statement before it has no PLOVER type');
  });

  const GSR = 'data/events/gold/plover-gsr/PLOVER_GSR_CAMEO.txt';
  it('reports both halves of the gold records', { skip: skipWithoutShared(GSR) }, () => {
    const report = evaluatePlover(join(SHARED_DIR, GSR), { limit: 20 });
    const details = report.details as { dev: { records: number }; heldOut: { records: number } };
    assert.equal(details.dev.records + details.heldOut.records, 20);
    assert.ok(report.recall > 0.2, `type accuracy ${report.recall} on the first 20 (agreements)`);
  });
});
