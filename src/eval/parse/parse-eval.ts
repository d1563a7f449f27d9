/**
 * `wirewatch eval parse --format conllu --data FILE|FOLDER`: dependency parsing
 * on the treebank's own (gold) tokens, with tags from our tagger (as at run time).
 *
 * Scores, over every word, punctuation included, as the CoNLL 2018 shared task
 * counts them: UAS (right head), LAS (right head and relation, the universal
 * part of the relation: `nsubj:pass` counts as `nsubj`), and LAS with the full
 * relation (subtypes must match too). The EvalReport's precision, recall and F1
 * are all LAS (with gold tokens every word has one head in both trees, so they
 * coincide, as in the CoNLL 2018 evaluation). A GUM folder (with splits.md) is
 * scored per split: the top line is test, details.dev and details.test hold both.
 * Each part also says what our own tokenizer does to the scores (own-tokenization.ts).
 */
import type { TreebankSentence } from '../../nlp/conllu.js';
import { scoreEvaluationParts } from '../../nlp/treebank-splits.js';
import { loadPosTagger, type PosTagger } from '../../nlp/pos/pos-tagger.js';
import { loadParser, type DependencyParser } from '../../nlp/parse/parser.js';
import { round4, type EvalReport, type EvalTask } from '../task.js';
import { scoreOnOwnTokens } from './own-tokenization.js';

export interface ParseScore {
  sentences: number;
  words: number;
  uas: number;
  las: number;
  lasFullRelations: number;
  /** LAS per gold relation (universal part), for the frequent ones. */
  byRelation: Record<string, { gold: number; las: number }>;
}

const universal = (relation: string): string => relation.split(':')[0]!;

/** Scores the parser on sentences; tags come from `tagger`, or from the treebank when it is absent. */
export function scoreParser(parser: DependencyParser, sentences: readonly TreebankSentence[], tagger?: PosTagger): ParseScore {
  let words = 0;
  let heads = 0;
  let labelled = 0;
  let full = 0;
  const byRelation = new Map<string, { gold: number; right: number }>();
  for (const sentence of sentences) {
    const forms = sentence.words.map((w) => w.form);
    const tags = tagger ? Array.from(tagger.tagClasses(forms), (c) => tagger.xpos[c]!) : sentence.words.map((w) => w.xpos);
    const tree = parser.parse(forms, tags);
    sentence.words.forEach((w, i) => {
      words++;
      const rel = universal(w.deprel);
      let r = byRelation.get(rel);
      if (!r) byRelation.set(rel, (r = { gold: 0, right: 0 }));
      r.gold++;
      if (tree.heads[i] !== w.head) return;
      heads++;
      if (universal(tree.relations[i]!) !== rel) return;
      labelled++;
      r.right++;
      if (tree.relations[i] === w.deprel) full++;
    });
  }
  const share = (k: number, of: number): number => (of === 0 ? 0 : round4(k / of));
  const frequent = [...byRelation].filter(([, r]) => r.gold >= 50).sort((a, b) => b[1].gold - a[1].gold);
  return {
    sentences: sentences.length, words, uas: share(heads, words), las: share(labelled, words), lasFullRelations: share(full, words),
    byRelation: Object.fromEntries(frequent.map(([rel, r]) => [rel, { gold: r.gold, las: share(r.right, r.gold) }])),
  };
}

export async function evaluateParse(path: string, limit?: number, parser: DependencyParser = loadParser(), tagger: PosTagger = loadPosTagger()): Promise<EvalReport> {
  const { scores, main, split } = scoreEvaluationParts(path, limit, (sentences) => ({
    ...scoreParser(parser, sentences, tagger),
    ownTokenization: scoreOnOwnTokens(sentences, tagger, parser),
  }));
  return {
    task: 'parse', format: 'conllu', n: main.words,
    precision: main.las, recall: main.las, f1: main.las,
    details: {
      ...scores,
      metric: 'precision = recall = f1 = LAS (CoNLL 2018: head and universal relation right, over all words, punctuation included, gold tokenization, predicted tags); uas = head right; lasFullRelations = with relation subtypes; ownTokenization = the same on our tokenizer\'s tokens of the sentence text, aligned to the gold words by span (a gold word that is not one of our tokens counts as wrong)',
      ...(split ? { split: 'the top line is the test split; dev is where the parser was tuned' } : {}),
    },
  };
}

export const parseTask: EvalTask = {
  name: 'parse',
  description: 'dependency parsing: LAS (as precision = recall = F1), UAS and per-relation scores in details',
  formats: {
    conllu: { data: 'a CoNLL-U file, or a folder of them (a GUM folder with splits.md is scored per dev/test split)', run: (path, options) => evaluateParse(path, options.limit) },
  },
};
