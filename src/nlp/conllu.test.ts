import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ConlluError, parseConllu, sentenceText } from './conllu.js';

const row = (...columns: (string | number)[]): string => columns.join('\t');
const SAMPLE = [
  '# newdoc id = GUM_news_test',
  '# sent_id = GUM_news_test-1',
  row('1-2', 'Iraq’s', '_', '_', '_', '_', '_', '_', '_', '_'),
  row(1, 'Iraq', 'Iraq', 'PROPN', 'NNP', '_', 3, 'nmod:poss', '_', 'SpaceAfter=No'),
  row(2, '’s', '’s', 'PART', 'POS', '_', 1, 'case', '_', '_'),
  row(3, 'envoy', 'envoy', 'NOUN', 'NN', '_', 4, 'nsubj', '_', '_'),
  row(4, 'left', 'leave', 'VERB', 'VBD', '_', 0, 'root', '_', 'SpaceAfter=No'),
  row('4.1', 'left', '_', '_', '_', '_', '_', '_', '4:conj', 'CopyOf=4'),
  row(5, '.', '.', 'PUNCT', '.', '_', 4, 'punct', '_', '_'),
  '',
].join('\n');

describe('parseConllu', () => {
  it('reads syntactic words, skipping multiword ranges and empty nodes, with 0-based heads', () => {
    const [sentence] = parseConllu(SAMPLE, 'sample.conllu');
    assert.equal(sentence!.docId, 'GUM_news_test');
    assert.equal(sentence!.id, 'GUM_news_test-1');
    assert.deepEqual(sentence!.words.map((w) => w.form), ['Iraq', '’s', 'envoy', 'left', '.']);
    assert.deepEqual(sentence!.words.map((w) => w.head), [2, 0, 3, -1, 3]);
    assert.equal(sentence!.words[3]!.deprel, 'root');
    assert.equal(sentenceText(sentence!).text, 'Iraq’s envoy left.');
  });

  it('says where a malformed line is', () => {
    assert.throws(() => parseConllu('1\tIraq\tIraq\n', 'bad.conllu'), (e: unknown) => e instanceof ConlluError && /bad\.conllu:1: expected 10/.test(e.message));
    assert.throws(() => parseConllu(row(1, 'a', '_', 'X', 'X', '_', 7, 'dep', '_', '_') + '\n', 'bad.conllu'), /points past/);
    assert.throws(() => parseConllu(row(2, 'a', '_', 'X', 'X', '_', 0, 'root', '_', '_') + '\n', 'bad.conllu'), /out of sequence/);
  });
});
