import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { SHARED_DIR, skipWithoutShared } from '../test-support/paths.js';
import { spansFromBio } from './corpus.js';
import { adaptRe3d, countriesAsPlaces, NER_DATASETS, readDataset, stripPersonTitles } from './datasets.js';

const sentence = (text: string, tags: string): { tokens: string[]; tags: string[] } => ({ tokens: text.split(' '), tags: tags.split(' ') });

describe('dataset adapters', () => {
  it('re3d: trims articles, drops pronoun mentions, drops sentences whose spans are nominal groups', () => {
    assert.deepEqual(adaptRe3d(sentence('the Kurdish YPG and We', 'B-ORG I-ORG I-ORG O B-ORG'))!.tags, ['O', 'B-ORG', 'I-ORG', 'O', 'O']);
    assert.equal(adaptRe3d(sentence('U.S. service members left', 'B-ORG I-ORG I-ORG O')), null);
  });
  it('strips person titles and types countries-as-organisations as places', () => {
    assert.deepEqual(stripPersonTitles(sentence('President Barack Obama', 'B-PER I-PER I-PER')).tags, ['O', 'B-PER', 'I-PER']);
    assert.deepEqual(stripPersonTitles(sentence('President', 'B-PER')).tags, ['O']);
    assert.deepEqual(countriesAsPlaces(sentence('Iraq said', 'B-ORG O')).tags, ['B-LOC', 'O']);
  });
  it('marks the UNER test sets as evaluation only', () => {
    const evalIds = NER_DATASETS.filter((d) => d.role === 'eval').map((d) => d.id);
    assert.deepEqual(evalIds.sort(), ['uner-ewt-test', 'uner-pud-test']);
  });
});

const NER_ROOT = join(SHARED_DIR, 'data', 'ner');
const skip = skipWithoutShared('data/ner/uner-en-pud/en_pud-ud-test.iob2');

describe('reading the real datasets', { skip }, () => {
  it('reads UNER PUD test with its published entity counts', () => {
    const docs = readDataset(NER_ROOT, NER_DATASETS.find((d) => d.id === 'uner-pud-test')!);
    const counts: Record<string, number> = {};
    let sentences = 0;
    for (const doc of docs) {
      for (const s of doc.sentences) {
        sentences++;
        for (const span of spansFromBio(s.tags)) counts[span.type] = (counts[span.type] ?? 0) + 1;
      }
    }
    // SOURCES.md: 1000 sentences; LOC 426, PER 414, ORG 235.
    assert.equal(sentences, 1000);
    assert.deepEqual(counts, { LOC: 426, PER: 414, ORG: 235 });
  });
  it('reads every training set into non-empty, well-formed sentences', () => {
    for (const dataset of NER_DATASETS.filter((d) => d.role === 'train')) {
      const docs = readDataset(NER_ROOT, dataset);
      assert.ok(docs.length > 0, dataset.id);
      for (const doc of docs) {
        for (const s of doc.sentences) {
          assert.equal(s.tokens.length, s.tags.length, dataset.id);
          for (const tag of s.tags) assert.match(tag, /^(O|[BI]-(PER|ORG|LOC))$/, dataset.id);
        }
      }
    }
  });
});
