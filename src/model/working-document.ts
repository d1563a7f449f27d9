import type { AnalysedDocument, DocumentIssue, Provenance } from './schema.js';

/** What the pipeline starts from: bytes or text, and where they came from. */
export interface RawInput {
  /** Undecoded bytes (files, HTTP bodies). Either bytes or text is set. */
  bytes?: Uint8Array;
  /** Already-decoded text (stdin as string, library callers). */
  text?: string;
  mediaType: 'text/plain';
  path?: string;
  url?: string;
}

/**
 * A document while stages fill it in: every public field is optional until
 * the stage that assigns it has run. Stages declare which fields they require
 * and assign; the runner checks both (src/pipeline/runner.ts).
 */
export interface WorkingDocument extends Partial<Omit<AnalysedDocument, 'issues' | 'provenance'>> {
  raw: RawInput;
  /** Decoded and Unicode-normalised input, before boilerplate removal. */
  rawText?: string;
  /** The publication time as found, before time-zone resolution. */
  publishedLocal?: string;
  issues: DocumentIssue[];
  provenance: Provenance[];
}

export type DocumentField = keyof WorkingDocument;
