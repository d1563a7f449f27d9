import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { findEvalTask } from '../registry.js';
import { smallTreebankFile } from './small-treebank.js';
import { SHARED_DIR, skipWithoutShared } from '../../test-support/paths.js';

describe('eval pos', () => {
  it('scores UPOS accuracy as precision = recall = F1 over the words of a file', async () => {
    const report = await findEvalTask('pos')!.formats['conllu']!.run(smallTreebankFile(), {});
    assert.equal(report.n, 12);
    assert.equal(report.precision, report.f1);
    assert.equal(report.recall, report.f1);
    assert.ok(report.f1 >= 11 / 12, `the shipped tagger gets these plain sentences right (${report.f1})`);
    const all = report.details!['all'] as { words: number; xpos: number };
    assert.equal(all.words, 12);
  });

  it('scores a GUM folder per split, test on the top line', { skip: skipWithoutShared('data/ner/gum/dep') }, async () => {
    const report = await findEvalTask('pos')!.formats['conllu']!.run(join(SHARED_DIR, 'data', 'ner', 'gum', 'dep'), { limit: 20 });
    const dev = report.details!['dev'] as { sentences: number };
    const test = report.details!['test'] as { sentences: number; upos: number };
    assert.equal(dev.sentences, 20);
    assert.equal(test.sentences, 20);
    assert.equal(report.f1, test.upos);
    assert.equal(report.details!['train'], undefined, 'train documents are never scored');
  });
});
