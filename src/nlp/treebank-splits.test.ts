import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseSplits } from './treebank-splits.js';

describe('parseSplits', () => {
  it('reads GUM splits.md: a heading per split, a bullet per document', () => {
    const splits = parseSplits('# Splits\n\nSome prose.\n\n## dev\n\n  * GUM_news_a\n  * GUM_bio_b\n\n## train\n\n  * GUM_news_c\n');
    assert.equal(splits.get('GUM_news_a'), 'dev');
    assert.equal(splits.get('GUM_bio_b'), 'dev');
    assert.equal(splits.get('GUM_news_c'), 'train');
    assert.equal(splits.get('Some'), undefined);
  });
});
