/**
 * Trains the dependency parser on GUM's train documents and writes
 * models/parser-en.bin.gz. Needs the tagger (models/pos-en.bin.gz, from
 * scripts/train-pos.ts): the parser is scored with its tags on dev.
 * Deterministic: the same data gives the same bytes.
 *
 *   npm run train:parser                    (build first; or node dist/scripts/train-parser.js)
 *   node dist/scripts/train-parser.js [--data ../shared/data/ner/gum/dep] [--epochs N] [--tags jackknife|gold] [--folds K] [--prune-share S] [--relation-prune-share S] [--out FILE] [--test]
 *
 * Training tags: by default jack-knifed — the train documents are cut into K
 * folds, and each fold is tagged by a tagger trained on the other folds — so the
 * parser learns from tags as wrong as the ones it will see, not from gold tags.
 * Prints dev scores after each epoch (the settings were chosen on dev) and, with
 * --test only, test scores of the written model.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { TreebankSentence } from '../src/nlp/conllu.js';
import { encodeSyntaxModel } from '../src/nlp/model-file.js';
import { POS_MODEL_FILE, PosTagger, readPosTagger } from '../src/nlp/pos/pos-tagger.js';
import { DEFAULT_POS_TRAINING, trainPosTagger } from '../src/nlp/pos/train-pos.js';
import { MOVE_NAMES } from '../src/nlp/parse/arc-hybrid.js';
import { PARSER_MODEL_FILE, readParser } from '../src/nlp/parse/parser.js';
import { DEFAULT_PARSER_TRAINING, trainParser, type ParserTrainingSentence } from '../src/nlp/parse/train-parser.js';
import { readSplitTreebank, wordCount } from '../src/nlp/treebank-splits.js';
import { readWordClusters } from '../src/nlp/word-clusters.js';
import { scoreParser } from '../src/eval/parse/parse-eval.js';
import { SHARED_DIR } from '../src/test-support/paths.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: join(SHARED_DIR, 'data', 'ner', 'gum', 'dep') },
    epochs: { type: 'string', default: String(DEFAULT_PARSER_TRAINING.epochs) },
    tags: { type: 'string', default: 'jackknife' },
    folds: { type: 'string', default: '10' },
    'prune-share': { type: 'string', default: String(DEFAULT_PARSER_TRAINING.pruneShare) },
    'relation-prune-share': { type: 'string', default: String(DEFAULT_PARSER_TRAINING.relationPruneShare) },
    out: { type: 'string', default: PARSER_MODEL_FILE },
    'no-clusters': { type: 'boolean', default: false },
    // For experiments: the jack-knifed tags are kept in this file and read back while it exists.
    'tags-cache': { type: 'string' },
    test: { type: 'boolean', default: false },
  },
});
const started = Date.now();
if (!existsSync(POS_MODEL_FILE)) throw new Error(`no tagger at ${POS_MODEL_FILE}: run scripts/train-pos.ts first`);
const { train, dev, test } = readSplitTreebank(values.data!);
const tagger = readPosTagger(POS_MODEL_FILE);

/** Tags of each train sentence from a tagger that did not learn from its document. */
function jackknifedTags(sentences: readonly TreebankSentence[], folds: number): string[][] {
  const documents = [...new Set(sentences.map((s) => s.docId))];
  const foldOf = new Map(documents.map((d, i) => [d, i % folds]));
  const clusters = readWordClusters();
  const tags: string[][] = new Array<string[]>(sentences.length);
  for (let fold = 0; fold < folds; fold++) {
    const rest = sentences.filter((s) => foldOf.get(s.docId) !== fold);
    const foldTagger = new PosTagger(trainPosTagger(rest, { ...DEFAULT_POS_TRAINING, clusters }));
    sentences.forEach((s, i) => {
      if (foldOf.get(s.docId) === fold) tags[i] = Array.from(foldTagger.tagClasses(s.words.map((w) => w.form)), (c) => foldTagger.xpos[c]!);
    });
    console.log(`jack-knife fold ${fold + 1}/${folds} tagged (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  return tags;
}

const folds = Number(values.folds);
function trainTags(): string[][] {
  if (values.tags === 'gold') return train.map((s) => s.words.map((w) => w.xpos));
  const cache = values['tags-cache'];
  if (cache && existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as string[][];
  const tags = jackknifedTags(train, folds);
  if (cache) writeFileSync(cache, JSON.stringify(tags));
  return tags;
}
const trainingTags = trainTags();
const tagErrors = train.reduce((n, s, i) => n + s.words.filter((w, j) => w.xpos !== trainingTags[i]![j]).length, 0);
const trainWords = wordCount(train);
console.log(`training tags: ${values.tags}, ${((1 - tagErrors / trainWords) * 100).toFixed(2)}% right`);

const examples: ParserTrainingSentence[] = train.map((sentence, i) => ({ sentence, tags: trainingTags[i]! }));
const clusters = values['no-clusters'] ? undefined : readWordClusters();
const options = { ...DEFAULT_PARSER_TRAINING, epochs: Number(values.epochs), pruneShare: Number(values['prune-share']), relationPruneShare: Number(values['relation-prune-share']), ...(clusters ? { clusters } : {}) };
const parts = trainParser(examples, {
  ...options,
  onEpoch: (epoch, stats, parser) => {
    const score = scoreParser(parser(), dev, tagger);
    console.log(`epoch ${epoch}: ${stats.mistakes}/${stats.moves} costly moves; dev UAS ${score.uas.toFixed(4)} LAS ${score.las.toFixed(4)} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  },
});
const file = encodeSyntaxModel({
  kind: 'parser',
  weightSets: new Map([['moves', { classes: [...MOVE_NAMES], weights: parts.moves }], ['relations', { classes: [...parts.labels], weights: parts.relations }]]),
  tables: new Map(clusters ? [['clusters', new Map(clusters)]] : []), settings: {},
  training: {
    data: 'GUM train documents (../shared/data/ner/gum/dep, splits.md); genres academic, bio, court, interview, news, voyage',
    sentences: train.length, words: trainWords, tags: values.tags === 'gold' ? 'gold' : `jack-knifed, ${folds} folds`,
    clusters: clusters ? 'resources/syntax/word-clusters.tsv.gz' : 'none', epochs: options.epochs, seed: options.seed, exploreFrom: options.exploreFrom, exploreProbability: options.exploreProbability, pruneShare: options.pruneShare, relationPruneShare: options.relationPruneShare,
  },
});
writeFileSync(values.out!, file);
const written = readParser(values.out!);
const devScore = scoreParser(written, dev, tagger);
const size = (w: typeof parts.moves): string => `${w.hashes.length} features, ${w.pairCount} weights`;
console.log(`wrote ${values.out} (${(file.length / 1024).toFixed(0)} KB; moves ${size(parts.moves)}; relations ${size(parts.relations)}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`dev  UAS ${devScore.uas.toFixed(4)} LAS ${devScore.las.toFixed(4)} LAS with subtypes ${devScore.lasFullRelations.toFixed(4)}; with gold tags: LAS ${scoreParser(written, dev).las.toFixed(4)}`);
if (values.test) {
  const testScore = scoreParser(written, test, tagger);
  console.log(`test UAS ${testScore.uas.toFixed(4)} LAS ${testScore.las.toFixed(4)} LAS with subtypes ${testScore.lasFullRelations.toFixed(4)}`);
}
