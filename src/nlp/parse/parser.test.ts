import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { TreebankSentence } from '../conllu.js';
import { ArcHybridState, LEFT, RIGHT, SHIFT } from './arc-hybrid.js';
import { MAX_LABEL_FEATURES, MAX_PARSE_FEATURES, ParseFeatures } from './parse-features.js';
import { DependencyParser, loadParser } from './parser.js';
import { DEFAULT_PARSER_TRAINING, trainParser } from './train-parser.js';

/** `form/TAG/head/relation` per word, heads 1-based (0 = root). */
const sentence = (words: string): TreebankSentence => ({
  id: words, docId: 'd',
  words: words.split(' ').map((w) => {
    const [form, xpos, head, deprel] = w.split('/');
    return { form: form!, lemma: '_', upos: '_', xpos: xpos!, head: Number(head) - 1, deprel: deprel!, spaceAfter: true };
  }),
});

describe('DependencyParser', () => {
  it('learns a tiny treebank well enough to parse a sentence like it', () => {
    const train = [
      'the/DT/2/det militia/NN/3/nsubj attacked/VBD/0/root the/DT/5/det base/NN/3/obj',
      'the/DT/2/det army/NN/3/nsubj defended/VBD/0/root the/DT/5/det city/NN/3/obj',
      'a/DT/2/det court/NN/3/nsubj sentenced/VBD/0/root the/DT/5/det man/NN/3/obj',
    ].map(sentence);
    const parts = trainParser(train.map((s) => ({ sentence: s, tags: s.words.map((w) => w.xpos) })), { ...DEFAULT_PARSER_TRAINING, epochs: 8 });
    const parser = new DependencyParser(parts);
    const tree = parser.parse(['the', 'rebels', 'seized', 'the', 'town'], ['DT', 'NN', 'VBD', 'DT', 'NN']);
    assert.deepEqual(tree.heads, [1, 2, -1, 4, 2]);
    assert.deepEqual(tree.relations, ['det', 'nsubj', 'root', 'det', 'obj']);
    assert.deepEqual(parser.parse([], []), { heads: [], relations: [] });
    assert.throws(() => parser.parse(['a'], []), /1 words but 0 tags/);
  });

  it('never fills more features than its buffers hold', () => {
    const features = new ParseFeatures(new Map([[1, 2]]));
    const words = Uint32Array.from({ length: 6 }, (_, i) => i + 1);
    features.prepare(words, words);
    const state = new ArcHybridState();
    state.start(6);
    for (const move of [SHIFT, SHIFT, LEFT, SHIFT, SHIFT, RIGHT, SHIFT]) {
      assert.ok(features.extract(state, new Uint32Array(MAX_PARSE_FEATURES)) <= MAX_PARSE_FEATURES);
      if (move !== SHIFT) assert.ok(features.extractLabel(state, move, new Uint32Array(MAX_LABEL_FEATURES)) <= MAX_LABEL_FEATURES);
      state.apply(move, 1);
    }
  });

  it('the shipped parser finds subject and object of a plain sentence', () => {
    const tree = loadParser().parse(['Gunmen', 'attacked', 'the', 'embassy', '.'], ['NNS', 'VBD', 'DT', 'NN', '.']);
    assert.deepEqual(tree.heads, [1, -1, 3, 1, 1]);
    assert.deepEqual(tree.relations, ['nsubj', 'root', 'det', 'obj', 'punct']);
  });
});
