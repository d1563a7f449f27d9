import { join } from 'node:path';
import type { HtmlExtractor } from '../../stages/extract/html/extractor.js';
import { f1, round4, type EvalReport } from '../task.js';
import { dayOf, ratio, sameDay } from './metadata-match.js';
import { findPagePath, newRunStats, readJson, readPage, recordRun, runDetails, runExtractor } from './pages.js';

/**
 * htmldate's evaluation set (eval_default.json: {url: {file, date}}): is the
 * publication day right? Day-exact, time and zone ignored. A page without a
 * predicted date counts as wrong, so accuracy (= recall) is over all pages and
 * precision over the pages where the extractor committed to a date.
 */

interface HtmlDateItem {
  file: string;
  date: string;
}

export interface DateCounts {
  correct: number;
  predicted: number;
  total: number;
}

export function addDatePrediction(counts: DateCounts, gold: string, published: string | undefined): void {
  counts.total++;
  if (dayOf(published) !== undefined) counts.predicted++;
  if (sameDay(gold, published)) counts.correct++;
}

export function dateScores(c: DateCounts): { precision: number; recall: number; f1: number; accuracy: number } {
  const precision = ratio(c.correct, c.predicted);
  const recall = ratio(c.correct, c.total);
  return { precision, recall, f1: f1(precision, recall), accuracy: recall };
}

/**
 * Scores the `published` field of an extractor on htmldate's data (a folder with
 * eval_default.json and html/).
 *
 * @example await evaluateHtmlDate('../shared/data/extract/htmldate-eval', readabilityExtractor)
 */
export async function evaluateHtmlDate(dataDir: string, extractor: HtmlExtractor, limit = Infinity): Promise<EvalReport> {
  const items = Object.entries(readJson<Record<string, HtmlDateItem>>(join(dataDir, 'eval_default.json'))).slice(0, limit);
  const counts: DateCounts = { correct: 0, predicted: 0, total: 0 };
  const stats = newRunStats();
  const missing: string[] = [];
  for (const [url, item] of items) {
    const path = findPagePath(join(dataDir, 'html'), item.file);
    if (!path) {
      missing.push(item.file);
      continue;
    }
    const run = runExtractor(extractor, readPage(path), url);
    recordRun(stats, url, run);
    addDatePrediction(counts, item.date, run.article?.published);
  }
  const scores = dateScores(counts);
  return {
    task: 'date', format: 'htmldate', n: counts.total,
    precision: round4(scores.precision), recall: round4(scores.recall), f1: round4(scores.f1),
    details: { extractor: extractor.name, accuracy: round4(scores.accuracy), ...counts, ...runDetails(stats, missing) },
  };
}
