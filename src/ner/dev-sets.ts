/**
 * The development sets every tuning decision is made on (never the UNER test sets):
 * UNER EWT dev, GUM's dev documents (gum/splits.md) and CrossNER politics dev. Under
 * `train-ner --holdout` they are left out of training; this module says which
 * documents they are and scores a tagger on them, both as the recogniser's own
 * PER/ORG/LOC spans and as the entity stage's output mapped to UNER's types (what
 * `wirewatch eval ner` scores on the test sets).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TaggedDocument, TokenSpan } from './corpus.js';
import { NER_DATASETS, readDataset } from './datasets.js';
import { evaluateTagger, type DocumentTagger } from './evaluate.js';
import type { ConllEvalResult } from './conlleval.js';

export const DEV_SET_NAMES = ['uner-ewt-dev', 'gum-dev', 'crossner-dev'] as const;
export type DevSetName = (typeof DEV_SET_NAMES)[number];

/** GUM's dev document ids ("GUM_news_…"), from the corpus's own splits.md. */
export function gumDevDocuments(root: string): Set<string> {
  const text = readFileSync(join(root, 'gum', 'splits.md'), 'utf8');
  const dev = /## dev\s+([\s\S]*?)(?=\n## )/.exec(text)?.[1] ?? '';
  return new Set([...dev.matchAll(/\*\s+(GUM_\S+)/g)].map((m) => m[1]!));
}

/** Which development set a document of a training dataset belongs to, if any. */
export function devSetOf(datasetId: string, documentId: string, gumDev: ReadonlySet<string>): DevSetName | undefined {
  if (datasetId === 'uner-ewt-dev') return 'uner-ewt-dev';
  if (datasetId === 'gum' && gumDev.has(documentId.split('#')[1] ?? '')) return 'gum-dev';
  if (datasetId === 'crossner-politics' && documentId.startsWith('crossner-politics/dev.txt#')) return 'crossner-dev';
  return undefined;
}

/** The development sets read as training reads them (adapters and all). */
export function readDevSets(root: string): Record<DevSetName, TaggedDocument[]> {
  const gumDev = gumDevDocuments(root);
  const out: Record<DevSetName, TaggedDocument[]> = { 'uner-ewt-dev': [], 'gum-dev': [], 'crossner-dev': [] };
  for (const id of ['uner-ewt-dev', 'gum', 'crossner-politics']) {
    for (const document of readDataset(root, NER_DATASETS.find((d) => d.id === id)!)) {
      const set = devSetOf(id, document.id, gumDev);
      if (set) out[set].push(document);
    }
  }
  return out;
}

export interface DevScores {
  /** Per set and kind ("model" or "stage"): the conlleval result. */
  results: { set: string; kind: string; result: ConllEvalResult }[];
  /** Mean micro F1 over the sets, per kind. */
  mean: Record<string, number>;
}

/** Scores each tagger (by kind name) on each non-empty set. */
export function scoreDevSets(sets: Partial<Record<string, readonly TaggedDocument[]>>, taggers: Record<string, DocumentTagger>): DevScores {
  const nonEmpty = Object.entries(sets).filter((e): e is [string, readonly TaggedDocument[]] => (e[1]?.length ?? 0) > 0);
  const results: DevScores['results'] = [];
  const mean: Record<string, number> = {};
  for (const [set, documents] of nonEmpty) {
    for (const [kind, tagger] of Object.entries(taggers)) {
      const result = evaluateTagger(tagger, documents);
      results.push({ set, kind, result });
      mean[kind] = (mean[kind] ?? 0) + result.micro.f1 / nonEmpty.length;
    }
  }
  return { results, mean };
}

/** One line per set and kind, then the means: for logs. */
export function formatDevScores(scores: DevScores): string {
  const lines = scores.results.map(({ set, kind, result: r }) => {
    const types = Object.entries(r.byType).map(([t, s]) => `${t} ${s.f1.toFixed(3)} (P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)})`).join(', ');
    return `${set} ${kind}: micro F1 ${r.micro.f1.toFixed(4)} (P ${r.micro.precision.toFixed(3)} R ${r.micro.recall.toFixed(3)}); ${types}`;
  });
  lines.push(`dev mean F1: ${Object.entries(scores.mean).map(([kind, f]) => `${kind} ${f.toFixed(4)}`).join(', ')}`);
  return lines.join('\n');
}

/** Spans of the entity stage's typed output, as UNER's three types (others dropped). */
export type TypedTagger = (sentences: readonly (readonly string[])[]) => { start: number; end: number; type: string }[][];
export function asUnerTagger(tagger: TypedTagger, unerType: (type: string) => string | undefined): DocumentTagger {
  return (sentences) => tagger(sentences).map((spans) => spans.flatMap((span): TokenSpan[] => {
    const type = unerType(span.type);
    return type ? [{ start: span.start, end: span.end, type }] : [];
  }));
}
