/**
 * Trains the part-of-speech tagger on GUM's train documents and writes
 * models/pos-en.bin.gz. Deterministic (fixed seed, sorted inputs): the same data
 * gives the same bytes.
 *
 *   npm run train:pos                       (build first; or node dist/scripts/train-pos.js)
 *   node dist/scripts/train-pos.js [--data ../shared/data/ner/gum/dep] [--epochs N] [--no-clusters] [--out FILE] [--test]
 *
 * Prints dev accuracy after each epoch (the number of epochs was chosen on dev)
 * and, at the end, dev accuracy of the written model (and test accuracy with --test;
 * left off while tuning, so that only dev guides the choices).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { encodeSyntaxModel } from '../src/nlp/model-file.js';
import { POS_MODEL_FILE, readPosTagger } from '../src/nlp/pos/pos-tagger.js';
import { DEFAULT_POS_TRAINING, trainPosTagger } from '../src/nlp/pos/train-pos.js';
import { readSplitTreebank, wordCount } from '../src/nlp/treebank-splits.js';
import { readWordClusters } from '../src/nlp/word-clusters.js';
import { scoreTagger } from '../src/eval/pos/pos-eval.js';
import { SHARED_DIR } from '../src/test-support/paths.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: join(SHARED_DIR, 'data', 'ner', 'gum', 'dep') },
    epochs: { type: 'string', default: String(DEFAULT_POS_TRAINING.epochs) },
    'no-clusters': { type: 'boolean', default: false },
    'min-weight': { type: 'string', default: String(DEFAULT_POS_TRAINING.minWeight) },
    'dictionary-min-count': { type: 'string', default: String(DEFAULT_POS_TRAINING.dictionaryMinCount) },
    'dictionary-min-share': { type: 'string', default: String(DEFAULT_POS_TRAINING.dictionaryMinShare) },
    out: { type: 'string', default: POS_MODEL_FILE },
    // Off while tuning: only dev is looked at until the settings are final.
    test: { type: 'boolean', default: false },
  },
});
const started = Date.now();
const { train, dev, test } = readSplitTreebank(values.data!);
console.log(`GUM: train ${train.length} sentences / ${wordCount(train)} words, dev ${dev.length} / ${wordCount(dev)}, test ${test.length} / ${wordCount(test)}`);

const clusters = values['no-clusters'] ? undefined : readWordClusters();
const options = {
  ...DEFAULT_POS_TRAINING, epochs: Number(values.epochs), minWeight: Number(values['min-weight']),
  dictionaryMinCount: Number(values['dictionary-min-count']), dictionaryMinShare: Number(values['dictionary-min-share']), ...(clusters ? { clusters } : {}),
};
const parts = trainPosTagger(train, {
  ...options,
  onEpoch: (epoch, errors, tagger) => {
    const score = scoreTagger(tagger(), dev);
    console.log(`epoch ${epoch}: ${errors} training errors; dev UPOS ${score.upos.toFixed(4)} XPOS ${score.xpos.toFixed(4)}`);
  },
});

const tables = new Map<string, Map<number, number>>([['tagDictionary', new Map(parts.tagDictionary)]]);
if (parts.clusters) tables.set('clusters', new Map(parts.clusters));
const file = encodeSyntaxModel({
  kind: 'pos', weightSets: new Map([['tags', { classes: [...parts.classes], weights: parts.weights }]]), tables, settings: {},
  training: {
    data: 'GUM train documents (../shared/data/ner/gum/dep, splits.md); genres academic, bio, court, interview, news, voyage',
    sentences: train.length, words: wordCount(train), epochs: options.epochs, seed: options.seed, clusters: clusters ? 'resources/syntax/word-clusters.tsv.gz' : 'none',
    dictionaryMinCount: options.dictionaryMinCount, dictionaryMinShare: options.dictionaryMinShare, taggingDictionaryMinCount: options.taggingDictionaryMinCount, minWeight: options.minWeight,
  },
});
writeFileSync(values.out!, file);
const written = readPosTagger(values.out!);
const devScore = scoreTagger(written, dev);
console.log(`wrote ${values.out} (${(file.length / 1024).toFixed(0)} KB; ${parts.weights.hashes.length} features, ${parts.weights.pairCount} weights) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`dev  UPOS ${devScore.upos.toFixed(4)} XPOS ${devScore.xpos.toFixed(4)} both ${devScore.both.toFixed(4)}`);
if (values.test) {
  const testScore = scoreTagger(written, test);
  console.log(`test UPOS ${testScore.upos.toFixed(4)} XPOS ${testScore.xpos.toFixed(4)} both ${testScore.both.toFixed(4)}`);
}
console.log(`dev confusions: ${JSON.stringify(devScore.confusions)}`);
