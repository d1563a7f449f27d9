/**
 * Scores a trained model on the development sets (src/ner/dev-sets.ts), as the
 * recogniser alone and as the entity stage: for measuring a change to the stage's
 * rules or to decoding without retraining.
 *
 *   node dist/scripts/ner-dev.js [--model /tmp/ner-holdout.bin.gz]
 *
 * Use a model trained with `train-ner --holdout`: the committed model was trained on
 * these sets, so its scores on them say nothing.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { devTaggers } from '../src/eval/ner/ner-eval.js';
import { formatDevScores, readDevSets, scoreDevSets } from '../src/ner/dev-sets.js';
import { loadRecogniser } from '../src/ner/recogniser.js';
import { SHARED_DIR } from '../src/test-support/paths.js';

const { values } = parseArgs({ options: { model: { type: 'string', default: '/tmp/ner-holdout.bin.gz' } } });
const recogniser = loadRecogniser(values.model);
console.log(formatDevScores(scoreDevSets(readDevSets(join(SHARED_DIR, 'data', 'ner')), devTaggers(recogniser))));
