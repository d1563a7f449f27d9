import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { ExtractedArticle, HtmlExtractor } from '../../stages/extract/html/extractor.js';
import { round4 } from '../task.js';
import { decodeBytes } from '../../stages/ingest/charset.js';

/**
 * Reading the pages of an extraction data set, and running an extractor on one
 * page so that a crash or a slow page is counted rather than fatal.
 */

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/**
 * The stored page for a gold entry's file name. The data sets store pages gzipped
 * under html/, named `<file>.gz`, or `<file>.html.gz` when the file name has no
 * extension; a plain `<file>` is accepted too.
 */
export function findPagePath(htmlDir: string, file: string): string | undefined {
  return [`${file}.gz`, `${file}.html.gz`, file].map((name) => join(htmlDir, name)).find((path) => existsSync(path));
}

/** A page's bytes, gunzipped when stored gzipped, decoded by its declared or detected encoding (the ingest decoder's cascade). */
export function readPage(path: string): string {
  const stored = readFileSync(path);
  return decodeBytes(path.endsWith('.gz') ? gunzipSync(stored) : stored, { html: true }).text;
}

export interface ExtractionRun {
  /** Undefined when the extractor threw. */
  article?: ExtractedArticle;
  ms: number;
  error?: string;
}

/** Runs one extraction, timed; an exception is returned as data, so one page cannot end an evaluation. */
export function runExtractor(extractor: HtmlExtractor, html: string, url?: string): ExtractionRun {
  const started = performance.now();
  try {
    const article = extractor.extract(html, url);
    return { article, ms: performance.now() - started };
  } catch (error) {
    return { ms: performance.now() - started, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The body as one text, paragraphs on their own lines, which is what the scorers read. */
export const bodyText = (article: ExtractedArticle | undefined): string => (article ? article.paragraphs.join('\n') : '');

/** Counts how often each method of an extractor's cascade produced the body. */
export function countMethod(counts: Record<string, number>, article: ExtractedArticle | undefined): void {
  const method = article?.method ?? 'threw';
  counts[method] = (counts[method] ?? 0) + 1;
}

/** What every extraction report carries about speed and robustness. */
export interface RunStats {
  pages: number;
  failures: number;
  failed: string[];
  extractMs: number;
  methods: Record<string, number>;
}

export const newRunStats = (): RunStats => ({ pages: 0, failures: 0, failed: [], extractMs: 0, methods: {} });

/** Keeps the first few failure messages: enough to start debugging, short enough for a report. */
const FAILURES_LISTED = 10;

export function recordRun(stats: RunStats, key: string, run: ExtractionRun): void {
  stats.pages++;
  stats.extractMs += run.ms;
  countMethod(stats.methods, run.article);
  if (run.error === undefined) return;
  stats.failures++;
  if (stats.failed.length < FAILURES_LISTED) stats.failed.push(`${key}: ${run.error}`);
}

export const pagesPerSecond = (stats: RunStats): number => (stats.extractMs === 0 ? 0 : stats.pages / (stats.extractMs / 1000));

const perPage = (ms: number, pages: number): number => (pages === 0 ? 0 : ms / pages);

/** The speed and robustness part of every extraction report's details. */
export function runDetails(stats: RunStats, missing: readonly string[]): Record<string, unknown> {
  return {
    pagesPerSecond: round4(pagesPerSecond(stats)),
    msPerPage: round4(perPage(stats.extractMs, stats.pages)),
    failures: stats.failures,
    ...(stats.failed.length > 0 ? { failed: stats.failed } : {}),
    missingFiles: missing.length,
    methods: stats.methods,
  };
}
