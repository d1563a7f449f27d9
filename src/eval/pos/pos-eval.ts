/**
 * `wirewatch eval pos --format conllu --data FILE|FOLDER`: part-of-speech accuracy
 * on the treebank's own (gold) tokens.
 *
 * A tag is right or wrong, so precision, recall and F1 are all the same number,
 * the UPOS accuracy (the share of words whose Universal POS tag is right); the
 * details add XPOS (Penn Treebank) accuracy, both right at once, and the most frequent
 * confusions. A GUM
 * folder (with splits.md) is scored per split: the report's top line is test,
 * details.dev and details.test hold both (see evaluationParts).
 */
import type { TreebankSentence } from '../../nlp/conllu.js';
import { scoreEvaluationParts } from '../../nlp/treebank-splits.js';
import { loadPosTagger, type PosTagger } from '../../nlp/pos/pos-tagger.js';
import { round4, type EvalReport, type EvalTask } from '../task.js';

export interface PosScore {
  sentences: number;
  words: number;
  upos: number;
  xpos: number;
  both: number;
  /** The most frequent UPOS confusions, "gold→predicted": count. */
  confusions: Record<string, number>;
}

export function scoreTagger(tagger: PosTagger, sentences: readonly TreebankSentence[]): PosScore {
  let words = 0;
  let upos = 0;
  let xpos = 0;
  let both = 0;
  const confusions = new Map<string, number>();
  for (const sentence of sentences) {
    const tags = tagger.tagClasses(sentence.words.map((w) => w.form));
    sentence.words.forEach((w, i) => {
      const u = tagger.upos[tags[i]!]!;
      const x = tagger.xpos[tags[i]!]!;
      words++;
      if (u === w.upos) upos++;
      else confusions.set(`${w.upos}→${u}`, (confusions.get(`${w.upos}→${u}`) ?? 0) + 1);
      if (x === w.xpos) xpos++;
      if (u === w.upos && x === w.xpos) both++;
    });
  }
  const top = [...confusions].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 10);
  const share = (k: number): number => (words === 0 ? 0 : round4(k / words));
  return { sentences: sentences.length, words, upos: share(upos), xpos: share(xpos), both: share(both), confusions: Object.fromEntries(top) };
}

export async function evaluatePos(path: string, limit?: number, tagger: PosTagger = loadPosTagger()): Promise<EvalReport> {
  const { scores, main, split } = scoreEvaluationParts(path, limit, (sentences) => scoreTagger(tagger, sentences));
  return {
    task: 'pos', format: 'conllu', n: main.words,
    precision: main.upos, recall: main.upos, f1: main.upos,
    details: {
      ...scores,
      metric: 'precision = recall = f1 = UPOS accuracy over words (gold tokenization); xpos = Penn Treebank tag accuracy; both = both right',
      ...(split ? { split: 'the top line is the test split; dev is where the tagger was tuned' } : {}),
    },
  };
}

export const posTask: EvalTask = {
  name: 'pos',
  description: 'part-of-speech tags: UPOS accuracy (as precision = recall = F1), XPOS accuracy in details',
  formats: {
    conllu: { data: 'a CoNLL-U file, or a folder of them (a GUM folder with splits.md is scored per dev/test split)', run: (path, options) => evaluatePos(path, options.limit) },
  },
};
