/**
 * `wirewatch eval quotes --format polnear --data DIR`: quotation attribution on
 * PolNeAR (a split folder with text/ and attributions/).
 *
 * Each article's text is analysed as it stands (offsets kept: one paragraph per
 * line, then sentences, tokens, entities and quotes, the pipeline's own stages).
 * Each annotation file is scored on its own, so an article with two annotators
 * counts twice. Matching is defined in span-match.ts; the scores are:
 *
 * - content (overlap): precision = predicted quotes whose content overlaps some gold
 *   content / predicted quotes; recall = gold attributions whose content some predicted
 *   content overlaps / gold attributions. Many-to-one both ways.
 * - source (overlap): scored on the same attribution: a predicted speaker span is correct
 *   when its quote's content overlaps a gold attribution's content and the speaker span
 *   overlaps that attribution's source. Precision is over predicted quotes with a speaker
 *   span, leaving out those whose content matches only gold attributions without a source
 *   (PolNeAR leaves a shared or implicit source unannotated; a speaker we infer there cannot
 *   be judged); recall is over gold attributions with a source.
 * - exact: the same two scores with the exact (normalised) match instead of overlap.
 * - coverage: letters of gold content covered by predicted content and vice versa (a
 *   length-weighted view that long, sloppy spans cannot game).
 */
import { readFileSync } from 'node:fs';
import type { Quote, Span } from '../../model/schema.js';
import type { WorkingDocument } from '../../model/working-document.js';
import { makeContext } from '../../pipeline/analyze.js';
import { runStages } from '../../pipeline/runner.js';
import type { Stage } from '../../pipeline/stage.js';
import { sentenceStage } from '../../stages/nlp/sentences.js';
import { tokenStage } from '../../stages/nlp/tokenize.js';
import { entityStage } from '../../stages/entities/entity-stage.js';
import { quoteStage, type QuoteInput } from '../../stages/quotes/quote-stage.js';
import { f1, round4, type EvalReport, type EvalTask } from '../task.js';
import { listPolnearAnnotations, readPolnearAnnotation, type GoldAttribution } from './polnear.js';
import { countLetters, coverage, intersect, spansEqual, spansOverlap } from './span-match.js';

/** Reads the raw text as the document, one paragraph per non-empty line, offsets unchanged. */
const rawTextStage: Stage = {
  name: 'raw-text',
  version: '1',
  requires: ['raw'],
  assigns: ['text', 'paragraphs'],
  run(doc: WorkingDocument) {
    const text = doc.raw.text ?? '';
    const paragraphs: Span[] = [];
    for (const match of text.matchAll(/[^\n]+/gu)) {
      const start = match.index + (match[0].length - match[0].trimStart().length);
      const end = match.index + match[0].trimEnd().length;
      if (end > start) paragraphs.push({ start, end });
    }
    doc.text = text;
    doc.paragraphs = paragraphs.map((p) => ({ ...p, kind: 'body' as const }));
  },
};

const EVAL_STAGES: readonly Stage[] = [rawTextStage, sentenceStage, tokenStage, entityStage, quoteStage];

/** A text read as it stands, analysed up to the quotes stage's input (for the quote filter's training). */
export function quoteInputOfText(text: string): QuoteInput {
  const { doc } = runStages(EVAL_STAGES.slice(0, -1), { text, mediaType: 'text/plain' }, makeContext());
  return { text: doc.text!, paragraphs: doc.paragraphs!, sentences: doc.sentences!, tokens: doc.tokens!, entities: doc.entities! };
}

/** The quotes our pipeline finds in a text read as it stands. */
export function quotesOfText(text: string): Quote[] {
  const { doc } = runStages(EVAL_STAGES, { text, mediaType: 'text/plain' }, makeContext());
  return doc.quotes ?? [];
}

export const contentOf = (q: Quote): Span[] => q.parts ?? [q.content];
const speakerOf = (q: Quote): Span[] => (q.speaker ? [{ start: q.speaker.start, end: q.speaker.end }] : []);

/** Counts for one score: true positives on each side and the two totals. */
export interface MatchCounts {
  predictedCorrect: number;
  predicted: number;
  goldFound: number;
  gold: number;
}

const emptyCounts = (): MatchCounts => ({ predictedCorrect: 0, predicted: 0, goldFound: 0, gold: 0 });

function addCounts(into: MatchCounts, from: MatchCounts): void {
  into.predictedCorrect += from.predictedCorrect;
  into.predicted += from.predicted;
  into.goldFound += from.goldFound;
  into.gold += from.gold;
}

export interface DocumentScore {
  content: MatchCounts;
  source: MatchCounts;
  exactContent: MatchCounts;
  exactSource: MatchCounts;
  coverage: { predicted: number; gold: number; both: number };
  /** Predicted quotes and correct ones, by the pattern that found them. */
  byPattern: Map<string, { predicted: number; correct: number }>;
  /** Gold attributions found, split by whether their content is quoted (contains a quotation mark). */
  byGoldKind: Map<string, { gold: number; found: number }>;
}

const QUOTATION_MARK = /["“”«»„'‘’]/u;

/** Scores one document's predicted quotes against one annotation of it. */
export function scoreDocument(text: string, predicted: readonly Quote[], gold: readonly GoldAttribution[]): DocumentScore {
  const score: DocumentScore = {
    content: emptyCounts(), source: emptyCounts(), exactContent: emptyCounts(), exactSource: emptyCounts(),
    coverage: { predicted: 0, gold: 0, both: 0 }, byPattern: new Map(), byGoldKind: new Map(),
  };
  const overlaps = predicted.map((p) => gold.map((g) => spansOverlap(text, contentOf(p), g.content)));
  const exact = predicted.map((p) => gold.map((g) => spansEqual(text, contentOf(p), g.content)));
  const sourceHit = (p: number, g: number, equal: boolean): boolean => {
    const q = predicted[p]!;
    const gs = gold[g]!.source;
    if (!q.speaker || gs.length === 0) return false;
    return equal ? spansEqual(text, speakerOf(q), gs) : spansOverlap(text, speakerOf(q), gs);
  };

  predicted.forEach((q, p) => {
    const matched = overlaps[p]!.some(Boolean);
    score.content.predicted++;
    if (matched) score.content.predictedCorrect++;
    score.exactContent.predicted++;
    if (exact[p]!.some(Boolean)) score.exactContent.predictedCorrect++;
    const pattern = score.byPattern.get(q.method ?? 'unknown') ?? { predicted: 0, correct: 0 };
    pattern.predicted++;
    if (matched) pattern.correct++;
    score.byPattern.set(q.method ?? 'unknown', pattern);
    if (!q.speaker) return;
    // Not scored for source: content matches only gold attributions that name no source.
    if (matched && gold.every((g, i) => !overlaps[p]![i] || g.source.length === 0)) return;
    score.source.predicted++;
    score.exactSource.predicted++;
    if (gold.some((_, g) => overlaps[p]![g] && sourceHit(p, g, false))) score.source.predictedCorrect++;
    if (gold.some((_, g) => overlaps[p]![g] && sourceHit(p, g, true))) score.exactSource.predictedCorrect++;
  });

  gold.forEach((g, i) => {
    const found = predicted.some((_, p) => overlaps[p]![i]);
    score.content.gold++;
    if (found) score.content.goldFound++;
    score.exactContent.gold++;
    if (predicted.some((_, p) => exact[p]![i])) score.exactContent.goldFound++;
    const kind = g.content.some((s) => QUOTATION_MARK.test(text.slice(s.start, s.end))) ? 'quoted' : 'unquoted';
    const k = score.byGoldKind.get(kind) ?? { gold: 0, found: 0 };
    k.gold++;
    if (found) k.found++;
    score.byGoldKind.set(kind, k);
    if (g.source.length === 0) return;
    score.source.gold++;
    score.exactSource.gold++;
    if (predicted.some((_, p) => overlaps[p]![i] && sourceHit(p, i, false))) score.source.goldFound++;
    if (predicted.some((_, p) => overlaps[p]![i] && sourceHit(p, i, true))) score.exactSource.goldFound++;
  });

  const predictedCover = coverage(predicted.flatMap(contentOf));
  const goldCover = coverage(gold.flatMap((g) => g.content));
  score.coverage = { predicted: countLetters(text, predictedCover), gold: countLetters(text, goldCover), both: countLetters(text, intersect(predictedCover, goldCover)) };
  return score;
}

function prf(c: MatchCounts): { precision: number; recall: number; f1: number; predicted: number; gold: number } {
  const precision = c.predicted === 0 ? 0 : c.predictedCorrect / c.predicted;
  const recall = c.gold === 0 ? 0 : c.goldFound / c.gold;
  return { precision: round4(precision), recall: round4(recall), f1: round4(f1(precision, recall)), predicted: c.predicted, gold: c.gold };
}

export async function evaluatePolnear(dir: string, limit?: number): Promise<EvalReport> {
  const all = listPolnearAnnotations(dir);
  const entries = limit === undefined ? all : all.slice(0, limit);
  const total: DocumentScore = {
    content: emptyCounts(), source: emptyCounts(), exactContent: emptyCounts(), exactSource: emptyCounts(),
    coverage: { predicted: 0, gold: 0, both: 0 }, byPattern: new Map(), byGoldKind: new Map(),
  };
  const predictions = new Map<string, Quote[]>();
  let skipped = 0;
  let ms = 0;
  let chars = 0;
  for (const entry of entries) {
    const text = readFileSync(entry.txt, 'utf8');
    const annotation = readPolnearAnnotation(entry, text);
    skipped += annotation.skipped;
    let quotes = predictions.get(entry.article);
    if (!quotes) {
      const started = performance.now();
      quotes = quotesOfText(text);
      ms += performance.now() - started;
      chars += text.length;
      predictions.set(entry.article, quotes);
    }
    const s = scoreDocument(text, quotes, annotation.attributions);
    for (const key of ['content', 'source', 'exactContent', 'exactSource'] as const) addCounts(total[key], s[key]);
    total.coverage.predicted += s.coverage.predicted;
    total.coverage.gold += s.coverage.gold;
    total.coverage.both += s.coverage.both;
    for (const [k, v] of s.byPattern) {
      const t = total.byPattern.get(k) ?? { predicted: 0, correct: 0 };
      t.predicted += v.predicted;
      t.correct += v.correct;
      total.byPattern.set(k, t);
    }
    for (const [k, v] of s.byGoldKind) {
      const t = total.byGoldKind.get(k) ?? { gold: 0, found: 0 };
      t.gold += v.gold;
      t.found += v.found;
      total.byGoldKind.set(k, t);
    }
  }
  const content = prf(total.content);
  const coverPrecision = total.coverage.predicted === 0 ? 0 : total.coverage.both / total.coverage.predicted;
  const coverRecall = total.coverage.gold === 0 ? 0 : total.coverage.both / total.coverage.gold;
  return {
    task: 'quotes', format: 'polnear', n: total.content.gold,
    precision: content.precision, recall: content.recall, f1: content.f1,
    details: {
      content,
      source: prf(total.source),
      exact: { content: prf(total.exactContent), source: prf(total.exactSource) },
      coverage: { precision: round4(coverPrecision), recall: round4(coverRecall), f1: round4(f1(coverPrecision, coverRecall)) },
      recallByGoldKind: Object.fromEntries([...total.byGoldKind].map(([k, v]) => [k, { gold: v.gold, recall: round4(v.gold === 0 ? 0 : v.found / v.gold) }])),
      precisionByPattern: Object.fromEntries([...total.byPattern].sort((a, b) => b[1].predicted - a[1].predicted).map(([k, v]) => [k, { predicted: v.predicted, precision: round4(v.predicted === 0 ? 0 : v.correct / v.predicted) }])),
      annotations: entries.length,
      articles: predictions.size,
      skippedAnnotationLines: skipped,
      msPerArticle: round4(predictions.size === 0 ? 0 : ms / predictions.size),
      charsPerArticle: Math.round(predictions.size === 0 ? 0 : chars / predictions.size),
      matching: 'content: overlap = share ≥1 letter or digit, many-to-one both ways; source: speaker span overlaps the gold source of an attribution whose content the quote overlaps (quotes matched only to source-less gold are not scored for source); exact: equal after trimming punctuation, quotation marks and a leading "that"',
    },
  };
}

export const quoteTask: EvalTask = {
  name: 'quotes',
  description: 'quotation attribution: content and source span-overlap P/R/F1, exact-match F1 (PolNeAR)',
  formats: {
    polnear: {
      data: 'a PolNeAR split folder with text/ and attributions/ (brat standoff), e.g. ../shared/data/quotes/polnear/dev',
      run: (dir, options) => evaluatePolnear(dir, options.limit),
    },
  },
};
