import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkStageOrder, runStages } from './runner.js';
import { RejectInput, type Stage } from './stage.js';
import { DEFAULT_CONFIG } from './config.js';
import { silentLogger } from './logger.js';
import { PIPELINE } from './registry.js';

const ctx = { config: DEFAULT_CONFIG, logger: silentLogger, now: () => new Date('2020-10-01T00:00:00Z') };
const raw = { text: 'x', mediaType: 'text/plain' as const };

const assignText: Stage = { name: 'a', version: '1', requires: ['raw'], assigns: ['text'], run: (d) => { d.text = 'hello'; } };
const throwing: Stage = { name: 'boom', version: '1', requires: ['text'], assigns: ['title'], run: () => { throw new Error('bug'); } };
const needsTitle: Stage = { name: 'needs-title', version: '1', requires: ['title'], assigns: ['language'], run: (d) => { d.language = 'en'; } };
const lazy: Stage = { name: 'lazy', version: '2', requires: ['text'], assigns: ['language'], run: () => {} };
const rejecting: Stage = { name: 'reject', version: '1', requires: [], assigns: [], run: () => { throw new RejectInput('input.empty', 'nothing here'); } };

describe('runStages', () => {
  it('runs stages in order and records provenance with timings', () => {
    const { doc, rejected } = runStages([assignText], raw, ctx);
    assert.equal(rejected, undefined);
    assert.equal(doc.text, 'hello');
    assert.equal(doc.provenance[0]!.stage, 'a');
    assert.ok(doc.provenance[0]!.ms >= 0);
  });
  it('turns an unexpected throw into a stage.failed issue and skips dependants', () => {
    const { doc } = runStages([assignText, throwing, needsTitle], raw, ctx);
    assert.deepEqual(doc.issues.map((i) => [i.code, i.stage]), [['stage.failed', 'boom'], ['stage.skipped', 'needs-title']]);
  });
  it('flags a stage that does not assign what it declares', () => {
    const { doc } = runStages([assignText, lazy], raw, ctx);
    assert.equal(doc.issues[0]!.code, 'stage.contract');
  });
  it('stops on a rejection and reports it', () => {
    const { rejected } = runStages([rejecting, assignText], raw, ctx);
    assert.deepEqual(rejected, { code: 'input.empty', stage: 'reject', message: 'nothing here' });
  });
});

describe('the registry', () => {
  it('orders stages so every requirement is assigned earlier, with unique names', () => {
    assert.deepEqual(checkStageOrder(PIPELINE), []);
  });
  it('checkStageOrder reports what is wrong', () => {
    assert.deepEqual(checkStageOrder([needsTitle]), ['needs-title requires title, which no earlier stage assigns']);
  });
});
