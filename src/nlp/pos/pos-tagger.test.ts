import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { TreebankSentence } from '../conllu.js';
import { loadPosTagger, PosTagger } from './pos-tagger.js';
import { DEFAULT_POS_TRAINING, jointTag, trainPosTagger } from './train-pos.js';
import { MAX_POS_FEATURES, PosFeatures } from './pos-features.js';

const sentence = (tagged: string): TreebankSentence => ({
  id: tagged, docId: 'd',
  words: tagged.split(' ').map((wt) => {
    const [form, upos, xpos] = wt.split('/');
    return { form: form!, lemma: '_', upos: upos!, xpos: xpos!, head: -1, deprel: 'dep', spaceAfter: true };
  }),
});

describe('PosTagger', () => {
  it('learns from a few sentences, with a dictionary for words always tagged alike', () => {
    const train = [
      sentence('the/DET/DT militia/NOUN/NN attacked/VERB/VBD the/DET/DT base/NOUN/NN'),
      sentence('the/DET/DT army/NOUN/NN defended/VERB/VBD the/DET/DT city/NOUN/NN'),
      sentence('a/DET/DT court/NOUN/NN sentenced/VERB/VBD the/DET/DT man/NOUN/NN'),
    ];
    const parts = trainPosTagger(train, { ...DEFAULT_POS_TRAINING, epochs: 5, dictionaryMinCount: 2, taggingDictionaryMinCount: 2 });
    assert.deepEqual([...parts.classes], [jointTag('DET', 'DT'), jointTag('NOUN', 'NN'), jointTag('VERB', 'VBD')]);
    assert.ok(parts.tagDictionary.size >= 1, '"the" is certain');
    const tagger = new PosTagger(parts);
    // "looted" and "town" are new: the suffix and the context decide.
    assert.deepEqual(tagger.tag(['the', 'militia', 'looted', 'the', 'town']).map((t) => t.xpos), ['DT', 'NN', 'VBD', 'DT', 'NN']);
    assert.deepEqual(tagger.tag([]), []);
  });

  it('refuses a model whose classes are not Universal POS tags', () => {
    const parts = trainPosTagger([sentence('x/NOUN/NN')], { ...DEFAULT_POS_TRAINING, epochs: 1 });
    assert.throws(() => new PosTagger({ ...parts, classes: ['NOUNISH NN'] }));
  });

  it('never fills more features than its buffer holds', () => {
    const features = new PosFeatures(new Map([[1, 2]]));
    features.prepare(['One', 'two', 'three']);
    for (let i = 0; i < 3; i++) assert.ok(features.extract(i, 0, 0, new Uint32Array(MAX_POS_FEATURES)) <= MAX_POS_FEATURES);
  });

  it('the shipped tagger tags news English', () => {
    const tagger = loadPosTagger();
    const tags = tagger.tag(['Iraqi', 'Prime', 'Minister', 'Mustafa', 'al-Kadhimi', 'warned', 'the', 'factions', 'on', 'Tuesday', '.']);
    // GUM's conventions: "Prime" in a title is ADJ with the tag NNP; the name parts are PROPN.
    assert.deepEqual(tags.slice(3).map((t) => t.upos), ['PROPN', 'PROPN', 'VERB', 'DET', 'NOUN', 'ADP', 'PROPN', 'PUNCT']);
    assert.deepEqual(tags.slice(3).map((t) => t.xpos), ['NNP', 'NNP', 'VBD', 'DT', 'NNS', 'IN', 'NNP', '.']);
  });

  it('scores a word from the kept sums of its form exactly as from all its features', () => {
    const tagger = loadPosTagger();
    const { weights, tagDictionary } = tagger['parts'];
    const forms = ['Gunmen', 'attacked', 'gunmen', 'attacked', 'Gunmen', 'said', 'attacked', 'ceasefire', 'talks'];
    // The plain computation: every feature of every word summed from zero, the best class taken.
    const features = new PosFeatures(tagger['parts'].clusters);
    features.prepare(forms);
    const buffer = new Uint32Array(MAX_POS_FEATURES);
    const scores = new Float32Array(tagger.classCount);
    const expected: number[] = [];
    for (let i = 0; i < forms.length; i++) {
      const known = tagDictionary.get(features.formHash(i));
      if (known !== undefined) {
        expected.push(known);
        continue;
      }
      const count = features.extract(i, i > 0 ? expected[i - 1]! : 255, i > 1 ? expected[i - 2]! : 255, buffer);
      scores.fill(0);
      weights.addScores(buffer, count, scores);
      expected.push(scores.indexOf(Math.max(...scores)));
    }
    // Twice: the second time every form's first sums come from what the first kept.
    for (let round = 0; round < 2; round++) assert.deepEqual(Array.from(tagger.tagClasses(forms)), expected);
  });
});
