import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { SHARED_DIR, skipWithoutShared } from '../../test-support/paths.js';
import { evaluateNer, nerTask } from './ner-eval.js';

/**
 * Pinned floors (DESIGN: quality is gated like correctness): the scores of the committed
 * model, rounded down. Lowering one is an explicit act; raise them when the model improves.
 */
const FLOORS = { pud: 0.68, ewtTest: 0.66 };

describe('ner eval task', () => {
  it('scores a small column file, mapping our types to UNER\'s', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ner-eval-'));
    const file = join(dir, 'tiny.iob2');
    writeFileSync(file, ['Barack\tB-PER', 'Obama\tI-PER', 'visited\tO', 'Paris\tB-LOC', 'and\tO', 'met\tO', 'Iraqi\tO', 'officials\tO', '.\tO', ''].join('\n'));
    const report = await evaluateNer(file, 'column');
    assert.equal(report.task, 'ner');
    assert.equal(report.n, 1);
    const byType = report.details!.byType as Record<string, { gold: number }>;
    assert.equal(byType['PER']!.gold, 1);
    assert.equal(byType['LOC']!.gold, 1);
    // "Iraqi" is NORP for us and no entity in UNER: it must not count as a false positive.
    assert.equal(report.precision, 1, JSON.stringify(report));
  });
  it('offers iob2, conll and conllu', () => {
    assert.deepEqual(Object.keys(nerTask.formats).sort(), ['conll', 'conllu', 'iob2']);
  });
});

const PUD = 'data/ner/uner-en-pud/en_pud-ud-test.iob2';
const EWT = 'data/ner/uner-en-ewt/en_ewt-ud-test.iob2';

describe('ner quality floors on the UNER test sets', { skip: skipWithoutShared(PUD) || skipWithoutShared(EWT) }, () => {
  it(`UNER PUD test micro F1 ≥ ${FLOORS.pud}`, async () => {
    const report = await evaluateNer(join(SHARED_DIR, PUD), 'column');
    assert.ok(report.f1 >= FLOORS.pud, `F1 ${report.f1}`);
  });
  it(`UNER EWT test micro F1 ≥ ${FLOORS.ewtTest}`, async () => {
    const report = await evaluateNer(join(SHARED_DIR, EWT), 'column');
    assert.ok(report.f1 >= FLOORS.ewtTest, `F1 ${report.f1}`);
  });
});
