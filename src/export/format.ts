/** What every export format declares: a name, a media type, what it can export, and its encoder. */
import type { ExportSource } from './walk.js';

/** What an export is made of: the matching documents, their events, their quotations, or their entities. */
export const EXPORT_SUBJECTS = ['documents', 'events', 'quotes', 'entities'] as const;
export type ExportSubject = (typeof EXPORT_SUBJECTS)[number];

/** Counts an encoder keeps while it writes: rows written, and rows it had to leave out (with why). */
export interface ExportTally {
  rows: number;
  /** Matching items the format cannot represent, by reason (`no-coordinates`, `no-actors`). */
  skipped: Record<string, number>;
}

export interface ExportFormat {
  name: string;
  /** For an HTTP Content-Type header. */
  mediaType: string;
  /** For a download's file name. */
  extension: string;
  /** What the format can export; the first is the default. */
  subjects: readonly ExportSubject[];
  /** One line in `--help`. */
  description: string;
  /** The export as text pieces, in order; counts rows on `tally`. */
  encode(subject: ExportSubject, source: ExportSource, tally: ExportTally): AsyncIterable<string>;
}

export function skip(tally: ExportTally, reason: string): void {
  tally.skipped[reason] = (tally.skipped[reason] ?? 0) + 1;
}

/** An export that cannot be made as asked: a format that cannot show the subject, or a result past a format's limit. */
export class ExportError extends Error {
  constructor(
    readonly code: 'export.unknown-format' | 'export.unsupported' | 'export.too-large',
    message: string,
  ) {
    super(message);
    this.name = 'ExportError';
  }
}
