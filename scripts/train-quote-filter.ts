/**
 * Trains the quote filter (src/stages/quotes/quote-filter.ts) on PolNeAR train
 * and writes models/quote-filter.json.gz.
 *
 *   node dist/scripts/train-quote-filter.js [--data ../shared/data/quotes/polnear/train] [--out models/quote-filter.json]
 *   node dist/scripts/train-quote-filter.js --estimate    # the honest estimate: each fold scored by a model trained on the others (old name: --halves)
 *
 * Every candidate the rules propose (the stage with no filter) becomes one example per
 * annotation file of its article, labelled with the scorer's own matching
 * (src/eval/quotes/span-match.ts): content right = its content overlaps a gold content;
 * speaker right = its speaker overlaps the source of a gold attribution its content
 * overlaps (candidates whose content matches only source-less gold are not speaker
 * examples: the scorer leaves them out too).
 *
 * Thresholds are chosen on four folds of train split by article (each scored by a model
 * trained on the other three): the thresholds that maximise the mean of the folds'
 * source F1 among those whose content F1 does not fall on any fold; then the lowest
 * dropQuote within noise of it (preferFewerDropped). The shipped
 * model is then trained on all of train with those thresholds. Dev is never read.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Quote } from '../src/model/schema.js';
import { contentOf, quoteInputOfText, scoreDocument } from '../src/eval/quotes/quote-eval.js';
import { listPolnearAnnotations, readPolnearAnnotation, type GoldAttribution } from '../src/eval/quotes/polnear.js';
import { spansOverlap } from '../src/eval/quotes/span-match.js';
import { f1 } from '../src/eval/task.js';
import { candidateFeatureLists, findQuoteCandidates, quoteOfCandidate, quotesOfCandidates, speakerKindOf, type QuoteCandidates } from '../src/stages/quotes/quote-stage.js';
import { compileQuoteFilter, decideFrom, probabilities, QUOTE_FILTER_FILE, QUOTE_FILTER_FORMAT, type FilterDecision, type FilterThresholds, type LogisticWeights, type QuoteFilterModel } from '../src/stages/quotes/quote-filter.js';
import { DEFAULT_LOGISTIC, trainLogistic, type LabelledExample, type LogisticSettings } from '../src/nlp/logistic-regression.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data/quotes/polnear/train' },
    out: { type: 'string', default: QUOTE_FILTER_FILE },
    estimate: { type: 'boolean', default: false },
    halves: { type: 'boolean', default: false },
    epochs: { type: 'string', default: String(DEFAULT_LOGISTIC.epochs) },
    l2: { type: 'string', default: String(DEFAULT_LOGISTIC.l2) },
    rate: { type: 'string', default: String(DEFAULT_LOGISTIC.learningRate) },
    limit: { type: 'string' },
    'min-count': { type: 'string', default: String(DEFAULT_LOGISTIC.minCount) },
  },
});
if (/dev|test/.test(values.data)) throw new Error('the quote filter is trained and tuned on train only: pass the train split');
/** --estimate (or its old name --halves): the cross-fitted scores and the thresholds chosen, no model written. */
const estimateOnly = values.estimate || values.halves;
/**
 * Folds of train for choosing thresholds. Four cross-fitted folds, the thresholds with the best mean source F1, chose
 * better than the lower of two halves in each of four rotations of a quarter of train held out as a stand-in for dev
 * (source F1 on the held-out quarter +0.0002, +0.0027, +0.0004, +0.0010; 2026-11-28): one split's choice swings between
 * thresholds its halves cannot tell apart.
 */
const FOLDS = 4;
const settings: LogisticSettings = { ...DEFAULT_LOGISTIC, epochs: Number(values.epochs), l2: Number(values.l2), learningRate: Number(values.rate), minCount: Number(values['min-count']) };

/** One article: its candidates, their features and unfiltered quotes, and every annotation of it. */
interface Article {
  name: string;
  text: string;
  candidates: QuoteCandidates;
  features: string[][];
  quotes: Quote[];
  annotations: GoldAttribution[][];
}

const started = performance.now();
const entries = listPolnearAnnotations(values.data);
const byArticle = new Map<string, typeof entries>();
for (const e of entries) byArticle.set(e.article, [...(byArticle.get(e.article) ?? []), e]);
const names = [...byArticle.keys()].sort();
const articles: Article[] = (values.limit ? names.slice(0, Number(values.limit)) : names).map((name) => {
  const group = byArticle.get(name)!;
  const text = readFileSync(group[0]!.txt, 'utf8');
  const candidates = findQuoteCandidates(quoteInputOfText(text));
  return {
    name, text, candidates, features: candidateFeatureLists(candidates), quotes: candidates.attributions.map((_, i) => quoteOfCandidate(candidates, i)),
    annotations: group.map((e) => readPolnearAnnotation(e, text).attributions),
  };
});
const analysedMs = performance.now() - started;

/** The content and speaker examples of some articles. */
function examplesOf(list: readonly Article[]): { content: LabelledExample[]; speaker: LabelledExample[] } {
  const content: LabelledExample[] = [];
  const speaker: LabelledExample[] = [];
  for (const a of list) {
    for (const gold of a.annotations) {
      a.quotes.forEach((q, i) => {
        const overlapping = gold.filter((g) => spansOverlap(a.text, contentOf(q), g.content));
        content.push({ features: a.features[i]!, label: overlapping.length > 0 });
        if (!q.speaker) return;
        if (overlapping.length > 0 && overlapping.every((g) => g.source.length === 0)) return;
        const span = [{ start: q.speaker.start, end: q.speaker.end }];
        speaker.push({ features: a.features[i]!, label: overlapping.some((g) => g.source.length > 0 && spansOverlap(a.text, span, g.source)) });
      });
    }
  }
  return { content, speaker };
}

interface Probabilities {
  content: number[];
  speaker: number[];
}

function train(list: readonly Article[]): { content: LogisticWeights; speaker: LogisticWeights } {
  const { content, speaker } = examplesOf(list);
  return { content: trainLogistic(content, settings), speaker: trainLogistic(speaker, settings) };
}

function predict(model: { content: LogisticWeights; speaker: LogisticWeights }, a: Article): Probabilities {
  // Thresholds play no part in the probabilities.
  const filter = compileQuoteFilter({ ...model, thresholds: { dropQuote: 0, dropSpeaker: 0, acceptNested: 1, acceptFallback: 1 } });
  const p = a.features.map((f) => probabilities(filter, f));
  return { content: p.map((x) => x.content), speaker: p.map((x) => x.speaker) };
}

interface Scores {
  content: { p: number; r: number; f: number };
  source: { p: number; r: number; f: number };
}

/** Scores some articles with the decisions two thresholds make from their probabilities (no thresholds: all kept). */
function score(list: readonly Article[], probabilities: readonly Probabilities[], thresholds: FilterThresholds): Scores {
  const totals = { content: [0, 0, 0, 0], source: [0, 0, 0, 0] };
  list.forEach((a, k) => {
    const p = probabilities[k]!;
    const decisions: FilterDecision[] = a.quotes.map((_, i) => decideFrom(thresholds, p.content[i]!, p.speaker[i]!, speakerKindOf(a.candidates, i), a.candidates.origins[i]!));
    const quotes = quotesOfCandidates(a.candidates, decisions);
    for (const gold of a.annotations) {
      const s = scoreDocument(a.text, quotes, gold);
      for (const key of ['content', 'source'] as const) {
        const c = s[key];
        const t = totals[key];
        t[0]! += c.predictedCorrect;
        t[1]! += c.predicted;
        t[2]! += c.goldFound;
        t[3]! += c.gold;
      }
    }
  });
  const prf = ([pc, pn, gf, gn]: number[]): { p: number; r: number; f: number } => {
    const p = pn ? pc! / pn : 0;
    const r = gn ? gf! / gn : 0;
    return { p: round(p), r: round(r), f: round(f1(p, r)) };
  };
  return { content: prf(totals.content), source: prf(totals.source) };
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4;
const show = (s: Scores): string => `source F1 ${s.source.f} (P ${s.source.p} R ${s.source.r}), content F1 ${s.content.f} (P ${s.content.p} R ${s.content.r})`;

// The folds: every FOLDS-th article in name order (names start with the publisher, so each fold holds all seven).
// Each fold is scored by a model trained on the others ("cross-fitted").
const folds = Array.from({ length: FOLDS }, (_, k) => articles.filter((_, i) => i % FOLDS === k));
const t0 = performance.now();
const cross = folds.map((fold, k) => {
  const model = train(articles.filter((_, i) => i % FOLDS !== k));
  return fold.map((a) => predict(model, a));
});
const trainMs = (performance.now() - t0) / FOLDS;

/** Area under the ROC curve of cross-fitted probabilities against the examples' labels: how well a model ranks. */
function auc(list: readonly Article[], probabilities: readonly Probabilities[], which: 'content' | 'speaker'): number {
  const pairs: [number, boolean][] = [];
  list.forEach((a, k) => {
    const { content, speaker } = examplesOf([a]);
    const ex = which === 'content' ? content : speaker;
    const feats = a.features;
    for (const e of ex) pairs.push([probabilities[k]![which][feats.indexOf(e.features as string[])]!, e.label]);
  });
  pairs.sort((x, y) => x[0] - y[0]);
  let positives = 0;
  let rankSum = 0;
  pairs.forEach(([, label], r) => {
    if (label) {
      positives++;
      rankSum += r + 1;
    }
  });
  const negatives = pairs.length - positives;
  return round((rankSum - (positives * (positives + 1)) / 2) / (positives * negatives));
}
if (estimateOnly) {
  console.log(`AUC content: ${folds.map((f, k) => auc(f, cross[k]!, 'content')).join(' / ')}; speaker: ${folds.map((f, k) => auc(f, cross[k]!, 'speaker')).join(' / ')}`);
}

/** The rules alone: every attribution of theirs kept with its speaker, no nested one taken. */
const RULES_ONLY: FilterThresholds = { dropQuote: 0, dropSpeaker: 0, acceptNested: 2, acceptFallback: 2 };
const base = folds.map((f, k) => score(f, cross[k]!, RULES_ONLY));
const showFolds = (scores: readonly Scores[]): string => `source F1 ${meanSource(scores)} (folds ${scores.map((x) => x.source.f).join(' / ')}), content F1 ${scores.map((x) => x.content.f).join(' / ')}`;
const meanSource = (scores: readonly Scores[]): number => round(scores.reduce((sum, x) => sum + x.source.f, 0) / scores.length);
console.log(`analysed ${articles.length} articles in ${Math.round(analysedMs)} ms; one fold's model trains in ${Math.round(trainMs)} ms`);
console.log(`rules only: ${showFolds(base)}`);

const grid = (from: number, to: number, step: number): number[] => Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => round(from + i * step));
interface Try {
  thresholds: FilterThresholds;
  scores: Scores[];
  /** Content F1 does not fall on any fold. */
  holds: boolean;
}
let best: Try | undefined;
/**
 * Source F1 the folds cannot tell apart: the mean moves by about this much between neighbouring thresholds whatever
 * they are (0.7898–0.7901 for dropQuote 0.05–0.35 on the lower of two halves, 2026-11-28).
 */
const NOISE_F1 = 0.0005;

/**
 * The smallest dropQuote whose mean source F1 is within NOISE_F1 of the best: a dropped quote is lost to the user (its
 * content and speaker), so a higher threshold must earn its drops ("The party will stay in the coalition, its
 * spokesman, Ali Hassan, told The Baghdad Post." went at 0.3, chosen over 0.2 by 0.0000 on the lower half).
 */
function preferFewerDropped(tries: readonly Try[]): void {
  const chosen = best!;
  // The tries in ascending dropQuote, scored already by the loop that chose `best`.
  const fewer = tries.find((t) => t.thresholds.dropQuote <= chosen.thresholds.dropQuote && t.holds && meanSource(t.scores) >= meanSource(chosen.scores) - NOISE_F1);
  if (fewer) best = fewer;
}

/** Tries thresholds on every fold; keeps them when content F1 holds on each and the mean source F1 is higher. */
function tryThresholds(thresholds: FilterThresholds): Try {
  const scores = folds.map((f, k) => score(f, cross[k]!, thresholds));
  const holds = scores.every((x, k) => x.content.f >= base[k]!.content.f);
  if (estimateOnly) console.log(`${JSON.stringify(thresholds)}: ${showFolds(scores)}${holds ? '' : ' (content falls)'}`);
  const tried = { thresholds, scores, holds };
  if (holds && (!best || meanSource(scores) > meanSource(best.scores))) best = tried;
  return tried;
}
// One threshold at a time: the speaker's (it leaves content alone), the nested candidates', the content's.
for (const dropSpeaker of grid(0, 0.6, 0.05)) tryThresholds({ ...RULES_ONLY, dropSpeaker });
for (const acceptNested of grid(0.3, 0.95, 0.05)) tryThresholds({ ...best!.thresholds, acceptNested });
for (const acceptFallback of grid(0.3, 0.95, 0.05)) tryThresholds({ ...best!.thresholds, acceptFallback });
// Only dropQuote moves in this loop, so the tries differ from the best in dropQuote alone.
const dropQuoteTries = grid(0.05, 0.5, 0.05).map((dropQuote) => tryThresholds({ ...best!.thresholds, dropQuote }));
if (!best) throw new Error('no thresholds keep content F1 on every fold');
preferFewerDropped(dropQuoteTries);
console.log(`chosen ${JSON.stringify(best.thresholds)}: ${showFolds(best.scores)}`);

if (!estimateOnly) {
  const all = train(articles);
  const inSample = score(articles, articles.map((a) => predict(all, a)), best.thresholds);
  const model: QuoteFilterModel = {
    format: QUOTE_FILTER_FORMAT, kind: 'quote-filter',
    thresholds: best.thresholds,
    training: {
      data: 'PolNeAR train (Newell, Margolin & Ruths, LREC 2018), annotations only; feature keys are closed classes (quote-features.ts), no article text',
      articles: articles.length, annotations: articles.reduce((n, a) => n + a.annotations.length, 0),
      settings, script: 'scripts/train-quote-filter.ts',
      folds: FOLDS, rulesOnlyFolds: base, crossFitted: best.scores, trainInSample: inSample,
    },
    content: all.content, speaker: all.speaker,
  };
  // One key a line, so that zcat | diff shows what a retraining changed; gzip without a timestamp (Node writes none): the same model gives the same bytes.
  writeFileSync(values.out, gzipSync(`${JSON.stringify(model, null, 1)}\n`, { level: 9 }));
  console.log(`train (in-sample) ${show(inSample)}; wrote ${values.out}: ${Object.keys(all.content).length} content and ${Object.keys(all.speaker).length} speaker weights`);
}
