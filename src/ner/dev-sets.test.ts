import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asUnerTagger, devSetOf, scoreDevSets } from './dev-sets.js';
import type { TaggedDocument } from './corpus.js';

describe('development sets', () => {
  const gumDev = new Set(['GUM_news_iodine']);
  it('names the development set of a training document, and none for the rest', () => {
    assert.equal(devSetOf('uner-ewt-dev', 'uner-ewt-dev/en_ewt-ud-dev.iob2#3', gumDev), 'uner-ewt-dev');
    assert.equal(devSetOf('gum', 'gum/GUM_news_iodine.conllu#GUM_news_iodine', gumDev), 'gum-dev');
    assert.equal(devSetOf('gum', 'gum/GUM_bio_byron.conllu#GUM_bio_byron', gumDev), undefined);
    assert.equal(devSetOf('crossner-politics', 'crossner-politics/dev.txt#1', gumDev), 'crossner-dev');
    assert.equal(devSetOf('crossner-politics', 'crossner-politics/train.txt#1', gumDev), undefined);
    assert.equal(devSetOf('wikigold', 'wikigold/wikigold.conll.txt#1', gumDev), undefined);
  });
  it('maps typed spans to UNER types, dropping the types UNER lacks', () => {
    const tagger = asUnerTagger(() => [[{ start: 0, end: 1, type: 'GPE' }, { start: 1, end: 2, type: 'NORP' }]], (t) => (t === 'GPE' ? 'LOC' : undefined));
    assert.deepEqual(tagger([['Iraq', 'Iraqi']]), [[{ start: 0, end: 1, type: 'LOC' }]]);
  });
  it('scores each tagger on each non-empty set and averages per tagger', () => {
    const document: TaggedDocument = { id: 'd', sentences: [{ tokens: ['Paris', 'wins'], tags: ['B-LOC', 'O'] }] };
    const scores = scoreDevSets({ a: [document], b: [] }, {
      right: () => [[{ start: 0, end: 1, type: 'LOC' }]],
      wrong: () => [[{ start: 0, end: 1, type: 'PER' }]],
    });
    assert.equal(scores.results.length, 2);
    assert.equal(scores.mean['right'], 1);
    assert.equal(scores.mean['wrong'], 0);
  });
});
