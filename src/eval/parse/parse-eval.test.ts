import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findEvalTask } from '../registry.js';
import { smallTreebankFile } from '../pos/small-treebank.js';

describe('eval parse', () => {
  it('scores LAS as precision = recall = F1, with UAS and the relations in details', async () => {
    const report = await findEvalTask('parse')!.formats['conllu']!.run(smallTreebankFile(), {});
    assert.equal(report.n, 12);
    assert.equal(report.precision, report.f1);
    const all = report.details!['all'] as { uas: number; las: number; lasFullRelations: number };
    assert.equal(report.f1, all.las);
    assert.ok(all.uas >= all.las && all.las >= all.lasFullRelations);
    assert.ok(all.uas >= 10 / 12, `the shipped parser attaches these plain sentences (${all.uas})`);
  });
});
