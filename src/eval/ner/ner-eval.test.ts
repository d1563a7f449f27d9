import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { evaluateNer, nerTask } from './ner-eval.js';

// The quality floors on the UNER test sets are pinned in eval/floors.json with the other tasks'.

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
