/** What every store implementation does the same way: validation, paging, row shapes. */
import type { AnalysedDocument } from '../model/schema.js';
import type { DocumentSummary, SearchOptions } from './store.js';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 1000;

/** A document summary as both stores' tables hold it. */
export interface SummaryRow {
  id: string;
  title: string;
  published: string | null;
  source_name: string;
  language: string;
  ingested_at: string;
}

/** Rejects documents no store may hold, so a bad document fails its whole putMany batch. */
export function assertStorable(doc: AnalysedDocument, analysisVersion: string): void {
  if (typeof doc.id !== 'string' || doc.id.trim() === '') {
    throw new TypeError('cannot store a document without an id');
  }
  if (typeof analysisVersion !== 'string' || analysisVersion === '') {
    throw new TypeError(`cannot store document ${doc.id} without an analysis version`);
  }
}

/**
 * Canonical names and aliases, one per line, so an alias search finds the document too.
 * (Quote speakers are found through the quotes index: document-index.ts.)
 */
export function entityNames(doc: AnalysedDocument): string {
  const names = doc.entities.flatMap((entity) => [entity.name, ...(entity.aliases ?? [])]);
  return [...new Set(names)].join('\n');
}

export function page(options: SearchOptions): { limit: number; offset: number } {
  return {
    limit: clampInteger(options.limit, DEFAULT_LIMIT, 0, MAX_LIMIT),
    offset: clampInteger(options.offset, 0, 0, Number.MAX_SAFE_INTEGER),
  };
}

export function clampInteger(value: number | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(Math.max(Math.trunc(value), min), max);
}

export function toSummary(row: SummaryRow): DocumentSummary {
  const summary: DocumentSummary = {
    id: row.id,
    title: row.title,
    source: row.source_name,
    language: row.language,
    ingestedAt: row.ingested_at,
  };
  if (row.published !== null) summary.published = row.published;
  return summary;
}
