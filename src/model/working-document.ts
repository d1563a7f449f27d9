import type { AnalysedDocument, DocumentIssue, Provenance } from './schema.js';

/** The kinds of input the pipeline reads: web pages and already-scraped text. Stages may declare which they apply to. */
export type MediaType = 'text/plain' | 'text/html';

/** What the pipeline starts from: bytes or text, and where they came from. */
export interface RawInput {
  /** Undecoded bytes (files, HTTP bodies), gzipped or not. Either bytes or text is set. */
  bytes?: Uint8Array;
  /** Already-decoded text (stdin as string, library callers). */
  text?: string;
  /** What the source says the input is (file extension, sniffing, HTTP); decode may correct text/html to text/plain. */
  mediaType: MediaType;
  /** The HTTP Content-Type header, when fetched: its charset outranks a page's own declaration. */
  contentType?: string;
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
  /** The media type the input turned out to be (set by decode); stages that declare mediaTypes run only on theirs. */
  mediaType?: MediaType;
  /** The language the page's markup declares (ISO 639-1), a hint for the language stage. */
  languageHint?: string;
  issues: DocumentIssue[];
  provenance: Provenance[];
}

export type DocumentField = keyof WorkingDocument;
