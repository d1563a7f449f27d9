import { join } from 'node:path';
import type { HtmlExtractor } from '../../stages/extract/html/extractor.js';
import { f1, round4, type EvalReport } from '../task.js';
import { ratio } from './metadata-match.js';
import { bodyText, findPagePath, newRunStats, readJson, readPage, recordRun, runDetails, runExtractor } from './pages.js';

/**
 * The Zyte (Scrapinghub) article-extraction-benchmark, scored as its evaluate.py:
 * the body is compared with the gold articleBody as multisets of 4-token shingles;
 * precision and recall are computed per document and averaged over documents, so
 * a long article weighs no more than a short one; F1 is taken of the two averages.
 */

/** Shingle length of the benchmark. */
const SHINGLE_TOKENS = 4;

/**
 * Tokens as the benchmark's `re.findall(r'\w+', text)`: Python's Unicode \w is
 * letters, numbers and underscore. Case is kept, as there (no lower-casing).
 */
export function tokenize(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** Counted 4-token shingles; a text shorter than four tokens is one shingle of all its tokens. */
export function shingles(text: string, n = SHINGLE_TOKENS): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    // U+0001 cannot occur inside a \w token, so joined shingles cannot collide.
    const key = tokens.slice(i, i + n).join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface ShingleCounts {
  tp: number;
  fp: number;
  fn: number;
}

export function shingleCounts(truth: string, prediction: string): ShingleCounts {
  const t = shingles(truth);
  const p = shingles(prediction);
  let tp = 0, fp = 0, fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const inTruth = t.get(key) ?? 0;
    const inPrediction = p.get(key) ?? 0;
    tp += Math.min(inTruth, inPrediction);
    fp += Math.max(0, inPrediction - inTruth);
    fn += Math.max(0, inTruth - inPrediction);
  }
  return { tp, fp, fn };
}

/**
 * One document's scores. Like the benchmark, precision is undefined (left out of
 * the average) when nothing was predicted and recall when nothing was expected;
 * unlike it, an empty truth with an empty prediction counts as a perfect 1.0
 * (the benchmark leaves such a document out of both averages).
 */
export interface DocumentScore {
  precision?: number;
  recall?: number;
  f1: number;
}

export function scoreDocument(truth: string, prediction: string): DocumentScore {
  const { tp, fp, fn } = shingleCounts(truth, prediction);
  if (tp + fp + fn === 0) return { precision: 1, recall: 1, f1: 1 };
  const precision = tp + fp > 0 ? tp / (tp + fp) : undefined;
  const recall = tp + fn > 0 ? tp / (tp + fn) : undefined;
  return { ...(precision !== undefined ? { precision } : {}), ...(recall !== undefined ? { recall } : {}), f1: f1(precision ?? 0, recall ?? 0) };
}

const mean = (xs: number[]): number => ratio(xs.reduce((a, b) => a + b, 0), xs.length);

/** Averages per-document scores as the benchmark's metrics_from_tp_fp_fns does. */
export function averageScores(scores: readonly DocumentScore[]): { precision: number; recall: number; f1: number; meanDocumentF1: number } {
  const precision = mean(scores.flatMap((s) => (s.precision === undefined ? [] : [s.precision])));
  const recall = mean(scores.flatMap((s) => (s.recall === undefined ? [] : [s.recall])));
  return { precision, recall, f1: f1(precision, recall), meanDocumentF1: mean(scores.map((s) => s.f1)) };
}

/** The benchmark's "accuracy": the token sequences are identical. */
const sameTokens = (truth: string, prediction: string): boolean => tokenize(truth).join('\u0001') === tokenize(prediction).join('\u0001');

interface ZyteTruth {
  articleBody?: string | null;
  url?: string;
}

/**
 * Scores an extractor on a folder laid out as the benchmark: ground-truth.json
 * ({id: {articleBody, url}}) and html/<id>.html.gz.
 *
 * @example await evaluateZyte('../article-extraction-benchmark', readabilityExtractor)
 */
export async function evaluateZyte(dataDir: string, extractor: HtmlExtractor, limit = Infinity): Promise<EvalReport> {
  const truth = readJson<Record<string, ZyteTruth>>(join(dataDir, 'ground-truth.json'));
  const htmlDir = join(dataDir, 'html');
  const stats = newRunStats();
  const missing: string[] = [];
  const scores: DocumentScore[] = [];
  let exact = 0;
  for (const [id, gold] of Object.entries(truth).slice(0, limit)) {
    const path = findPagePath(htmlDir, id);
    if (!path) {
      missing.push(id);
      continue;
    }
    const run = runExtractor(extractor, readPage(path), gold.url);
    recordRun(stats, id, run);
    const prediction = bodyText(run.article);
    scores.push(scoreDocument(gold.articleBody ?? '', prediction));
    if (sameTokens(gold.articleBody ?? '', prediction)) exact++;
  }
  const avg = averageScores(scores);
  return {
    task: 'extract', format: 'zyte', n: stats.pages,
    precision: round4(avg.precision), recall: round4(avg.recall), f1: round4(avg.f1),
    details: { extractor: extractor.name, accuracy: round4(ratio(exact, scores.length)), meanDocumentF1: round4(avg.meanDocumentF1), ...runDetails(stats, missing) },
  };
}
