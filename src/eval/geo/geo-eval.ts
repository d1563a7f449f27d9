/**
 * `wirewatch eval geo --format lgl --data FILE`: the places stage on LGL.
 *
 * - Resolution: the gold toponym spans are resolved (all of an article's spans at once, as
 *   its context) and a resolved toponym is right when its point lies within 161 km (100 miles,
 *   the field's usual threshold) of the gold point. Accuracy is over gold toponyms that have
 *   a GeoNames point; an unresolved one counts as wrong.
 * - Detection: our places (from the entity stage's mentions) against all gold spans, exact
 *   span match (and, for information, any overlap).
 * Each is reported for the dev half (even docids, the one the weights were tuned on), the
 * held-out half (odd docids) and the whole.
 */
import { findEntities } from '../../stages/entities/entity-stage.js';
import { kilometresBetween } from '../../stages/geo/distance.js';
import { findPlaces } from '../../stages/geo/places.js';
import { resolveToponyms } from '../../stages/geo/resolve.js';
import { splitSentences } from '../../stages/nlp/sentences.js';
import { tokenize } from '../../stages/nlp/tokenize.js';
import type { Span, Token } from '../../model/schema.js';
import { f1, round4, type EvalReport, type EvalTask } from '../task.js';
import { lglSplit, readLgl, type LglArticle } from './lgl.js';

export const ACCURACY_KM = 161;

interface Counts {
  articles: number;
  resolvable: number;
  within: number;
  errorKmSum: number;
  byFeature: Record<string, { n: number; within: number }>;
  gold: number;
  predicted: number;
  exact: number;
  overlapGold: number;
  overlapPredicted: number;
}

const emptyCounts = (): Counts => ({ articles: 0, resolvable: 0, within: 0, errorKmSum: 0, byFeature: {}, gold: 0, predicted: 0, exact: 0, overlapGold: 0, overlapPredicted: 0 });

/** Unresolved toponyms count at this error in the mean (half the Earth's circumference). */
const UNRESOLVED_KM = 20038;

export function scoreResolution(article: LglArticle, counts: Counts): void {
  const resolved = resolveToponyms(article.text, article.toponyms.map((t) => ({ start: t.start, end: t.end, text: article.text.slice(t.start, t.end) })));
  article.toponyms.forEach((t, i) => {
    if (!t.gold) return;
    const p = resolved[i]!.place;
    const km = p ? kilometresBetween(p.lat, p.lon, t.gold.lat, t.gold.lon) : UNRESOLVED_KM;
    const ok = km < ACCURACY_KM;
    counts.resolvable++;
    counts.errorKmSum += km;
    if (ok) counts.within++;
    const feature = (counts.byFeature[t.gold.featureCode] ??= { n: 0, within: 0 });
    feature.n++;
    if (ok) feature.within++;
  });
}

function articleSentences(text: string): { sentences: Span[]; tokens: Token[] } {
  const sentences = splitSentences(text, 0, text.length);
  return { sentences, tokens: sentences.flatMap((s) => tokenize(text, s.start, s.end)) };
}

export function scoreDetection(article: LglArticle, counts: Counts): void {
  const { sentences, tokens } = articleSentences(article.text);
  const places = findPlaces(article.text, findEntities(article.text, tokens, sentences));
  const gold = article.toponyms;
  const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
  counts.gold += gold.length;
  counts.predicted += places.length;
  counts.exact += places.filter((p) => gold.some((g) => g.start === p.start && g.end === p.end)).length;
  counts.overlapGold += gold.filter((g) => places.some((p) => overlaps(p, g))).length;
  counts.overlapPredicted += places.filter((p) => gold.some((g) => overlaps(p, g))).length;
}

function summary(c: Counts) {
  const precision = c.predicted ? c.exact / c.predicted : 0;
  const recall = c.gold ? c.exact / c.gold : 0;
  const overlapP = c.predicted ? c.overlapPredicted / c.predicted : 0;
  const overlapR = c.gold ? c.overlapGold / c.gold : 0;
  return {
    articles: c.articles,
    accuracy161: round4(c.resolvable ? c.within / c.resolvable : 0),
    resolvable: c.resolvable,
    meanErrorKm: Math.round(c.resolvable ? c.errorKmSum / c.resolvable : 0),
    detection: { precision: round4(precision), recall: round4(recall), f1: round4(f1(precision, recall)), gold: c.gold, predicted: c.predicted, exact: c.exact },
    detectionOverlap: { precision: round4(overlapP), recall: round4(overlapR), f1: round4(f1(overlapP, overlapR)) },
    byFeatureCode: Object.fromEntries(Object.entries(c.byFeature).filter(([, v]) => v.n >= 10).sort((a, b) => b[1].n - a[1].n).map(([k, v]) => [k, { n: v.n, accuracy161: round4(v.within / v.n) }])),
  };
}

const merge = (a: Counts, b: Counts): Counts => ({
  articles: a.articles + b.articles, resolvable: a.resolvable + b.resolvable, within: a.within + b.within, errorKmSum: a.errorKmSum + b.errorKmSum,
  byFeature: Object.fromEntries([...new Set([...Object.keys(a.byFeature), ...Object.keys(b.byFeature)])].map((k) => [k, { n: (a.byFeature[k]?.n ?? 0) + (b.byFeature[k]?.n ?? 0), within: (a.byFeature[k]?.within ?? 0) + (b.byFeature[k]?.within ?? 0) }])),
  gold: a.gold + b.gold, predicted: a.predicted + b.predicted, exact: a.exact + b.exact, overlapGold: a.overlapGold + b.overlapGold, overlapPredicted: a.overlapPredicted + b.overlapPredicted,
});

export async function evaluateLgl(path: string, options: { limit?: number; detection?: boolean } = {}): Promise<EvalReport> {
  const articles = readLgl(path).slice(0, options.limit);
  const parts = { dev: emptyCounts(), heldout: emptyCounts() };
  let resolveMs = 0;
  let detectMs = 0;
  for (const article of articles) {
    const counts = parts[lglSplit(article)];
    counts.articles++;
    let t = performance.now();
    scoreResolution(article, counts);
    resolveMs += performance.now() - t;
    if (options.detection !== false) {
      t = performance.now();
      scoreDetection(article, counts);
      detectMs += performance.now() - t;
    }
  }
  const all = summary(merge(parts.dev, parts.heldout));
  return {
    task: 'geo', format: 'lgl', n: all.resolvable,
    precision: all.detection.precision, recall: all.detection.recall, f1: all.detection.f1,
    details: {
      ...all,
      dev: summary(parts.dev),
      heldout: summary(parts.heldout),
      msPerArticle: { resolveGoldSpans: round4(resolveMs / articles.length), entitiesAndPlaces: round4(detectMs / articles.length) },
      scoring: `accuracy161 = gold toponyms with a GeoNames point whose resolved point is within ${ACCURACY_KM} km (gold spans given, unresolved = wrong); detection = our places vs all gold spans, exact match (precision/recall/f1 of the report); dev = even docids (tuned on), heldout = odd docids`,
    },
  };
}

export const geoTask: EvalTask = {
  name: 'geo',
  description: 'toponym resolution (accuracy within 161 km over gold spans) and detection (exact-span P/R/F1) on LGL, dev and held-out halves',
  formats: {
    lgl: { data: 'the Local-Global Lexicon XML file (../shared/data/geo/lgl/lgl.xml)', run: (path, options) => evaluateLgl(path, options.limit === undefined ? {} : { limit: options.limit }) },
  },
};
