/**
 * The standard train/dev/test partition of a treebank folder, as GUM publishes it
 * in splits.md ("## dev" followed by "  * GUM_academic_exposure" lines). The
 * tagger and parser learn from `train`, are tuned on `dev` and reported on `test`.
 */
import { GoldDataError } from '../eval/gold-data-error.js';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readConllu, type TreebankSentence } from './conllu.js';

export type SplitName = 'train' | 'dev' | 'test';
export const SPLIT_NAMES: readonly SplitName[] = ['train', 'dev', 'test'];

/** Document id → split; documents a split list does not name are in none. */
export type Splits = ReadonlyMap<string, string>;

export function parseSplits(markdown: string): Splits {
  const splits = new Map<string, string>();
  let current: string | undefined;
  for (const line of markdown.split(/\r?\n/)) {
    const heading = /^##\s+(\S+)/.exec(line);
    if (heading) {
      current = heading[1]!.toLowerCase();
      continue;
    }
    const item = /^\s*[*-]\s+(\S+)/.exec(line);
    if (item && current) splits.set(item[1]!, current);
  }
  return splits;
}

/** splits.md in a treebank folder or the folder above it (GUM keeps it beside dep/), if any. */
export function findSplitsFile(folder: string): string | undefined {
  return [join(folder, 'splits.md'), join(dirname(folder), 'splits.md')].find((p) => existsSync(p));
}

export function readSplits(folder: string): Splits | undefined {
  const file = findSplitsFile(folder);
  return file ? parseSplits(readFileSync(file, 'utf8')) : undefined;
}

/** The sentences of the documents of one split. */
export function sentencesOfSplit(sentences: readonly TreebankSentence[], splits: Splits, split: SplitName): TreebankSentence[] {
  return sentences.filter((s) => splits.get(s.docId) === split);
}

/** A named part of an evaluation set. */
export interface EvaluationPart {
  name: string;
  sentences: TreebankSentence[];
}

/**
 * What to score in a CoNLL-U file or folder. A folder with a splits.md (GUM) is
 * scored per standard split, dev and test apart, and its train documents are
 * left out (the models learned from them); anything else is scored whole.
 */
export function evaluationParts(path: string, sentences: TreebankSentence[]): EvaluationPart[] {
  const splits = statSync(path).isDirectory() ? readSplits(path) : undefined;
  if (!splits) return [{ name: 'all', sentences }];
  return (['dev', 'test'] as const).map((name) => ({ name, sentences: sentencesOfSplit(sentences, splits, name) })).filter((p) => p.sentences.length > 0);
}

/** A treebank folder read whole and cut into its standard splits (for training scripts). */
export function readSplitTreebank(folder: string): Record<SplitName, TreebankSentence[]> {
  if (!existsSync(folder)) throw new Error(`no treebank at ${folder}`);
  const splits = readSplits(folder);
  if (!splits) throw new Error(`no splits.md in or beside ${folder}`);
  const all = readConllu(folder);
  return { train: sentencesOfSplit(all, splits, 'train'), dev: sentencesOfSplit(all, splits, 'dev'), test: sentencesOfSplit(all, splits, 'test') };
}

/** How many words sentences have. */
export const wordCount = (sentences: readonly TreebankSentence[]): number => sentences.reduce((n, s) => n + s.words.length, 0);

/**
 * Scores each evaluation part of a CoNLL-U file or folder (see evaluationParts),
 * the first `limit` sentences of each when given; returns the scores by part
 * name and the one a report leads with (test, or all).
 */
export function scoreEvaluationParts<S>(path: string, limit: number | undefined, score: (sentences: TreebankSentence[]) => S): { scores: Record<string, S>; main: S; split: boolean } {
  const parts = evaluationParts(path, readConllu(path));
  // Bad input, not a bug: the user's --data holds no CoNLL-U sentences (an empty folder, a folder above the treebank's).
  if (parts.every((p) => p.sentences.length === 0)) throw new GoldDataError(`no sentences to score in ${path}: expected a CoNLL-U file or a folder of .conllu files`);
  const scores: Record<string, S> = {};
  for (const p of parts) scores[p.name] = score(limit === undefined ? p.sentences : p.sentences.slice(0, limit));
  const main = scores['test'] ?? scores['all'] ?? scores[parts[0]?.name ?? ''];
  if (main === undefined) throw new Error(`no sentences to score in ${path}`);
  return { scores, main, split: parts.length > 1 || parts[0]?.name !== 'all' };
}
