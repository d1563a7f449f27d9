/**
 * Exports of any query, streamed and complete: every matching document, event,
 * quotation or entity, read page by page through the store's keyset cursors (one
 * page in memory at a time; no cap), written as it is read.
 *
 * Formats (EXPORT_FORMATS): csv, jsonl (documents, events, quotes, entities);
 * gdelt (GDELT 2.0 event-table TSV; column mapping in ./gdelt.ts), plover (POLECAT-style
 * JSON), gexf (actor network) — events; geojson — events, or documents' places.
 *
 * Two ways in, for the CLI and the HTTP API alike:
 *
 * @example
 *   // Into a Node stream (a file, process.stdout, an http.ServerResponse), with backpressure:
 *   const summary = await writeExport(store, 'person:sadr date:2020-09', { format: 'gdelt' }, process.stdout);
 *   // summary → { format: 'gdelt', subject: 'events', rows: 1234, skipped: {} }
 *
 *   // For a web Response (Hono's GET /api/export): checked before anything is read, then pulled.
 *   const exp = exportQuery(store, c.req.query('q') ?? '', { format: 'csv', what: 'events' }); // ExportError, QueryError
 *   return new Response(exp.stream(), { headers: { 'Content-Type': exp.mediaType,
 *     'Content-Disposition': `attachment; filename="${exp.fileName}"` } });
 *
 * `query` is search-language text (an empty string exports everything) or a parsed
 * QueryNode. Bad query text throws QueryError; a format that cannot show the subject,
 * ExportError. Nothing is cached: a client that stops reading stops the walk.
 */
import type { QueryNode } from '../query/ast.js';
import { parseQuery } from '../query/parse.js';
import type { Store } from '../store/store.js';
import { csvFormat } from './csv.js';
import { ExportError, type ExportFormat, type ExportSubject, type ExportTally } from './format.js';
import { gdeltFormat } from './gdelt.js';
import { geojsonFormat } from './geojson.js';
import { gexfFormat } from './gexf.js';
import { jsonlFormat } from './jsonl.js';
import { ploverFormat } from './plover.js';
import { toReadableStream, writeChunks } from './sink.js';
import { DEFAULT_PAGE_SIZE, storeSource } from './walk.js';

export { EXPORT_SUBJECTS, ExportError, type ExportFormat, type ExportSubject, type ExportTally } from './format.js';
export { ExportOutputClosed } from './sink.js';
export { GDELT_COLUMNS } from './gdelt.js';

export const EXPORT_FORMATS: readonly ExportFormat[] = [csvFormat, jsonlFormat, gdeltFormat, ploverFormat, geojsonFormat, gexfFormat];
export interface ExportOptions {
  /** csv, jsonl, gdelt, plover, geojson or gexf (checked: ExportError otherwise). */
  format: string;
  /** What to export; default the format's first subject (documents for csv/jsonl, else events). */
  what?: ExportSubject;
  /** Rows per store page (default 500; 1–1000). */
  pageSize?: number;
}

export interface ExportPlan {
  format: ExportFormat;
  subject: ExportSubject;
  pageSize: number;
  /** Filled in while the export runs. */
  tally: ExportTally;
}

export interface ExportSummary {
  format: string;
  subject: ExportSubject;
  /** Rows (records, features, events in the network) written. */
  rows: number;
  /** Matching items the format could not show, by reason (`no-coordinates`, `no-actors`). */
  skipped: Record<string, number>;
}

/** Checks a format and subject before anything is written (an API answers 400 on ExportError). */
export function planExport(formatName: string, what?: ExportSubject, pageSize = DEFAULT_PAGE_SIZE): ExportPlan {
  const format = EXPORT_FORMATS.find((f) => f.name === formatName);
  if (!format) throw new ExportError('export.unknown-format', `unknown export format "${formatName}"; one of ${EXPORT_FORMATS.map((f) => f.name).join(', ')}`);
  const subject = what ?? format.subjects[0]!;
  if (!format.subjects.includes(subject)) {
    throw new ExportError('export.unsupported', `${format.name} exports ${format.subjects.join(' or ')}, not ${subject}`);
  }
  return { format, subject, pageSize, tally: { rows: 0, skipped: {} } };
}

const rootOf = (query: string | QueryNode): QueryNode => (typeof query === 'string' ? parseQuery(query, { allowEmpty: true }).root : query);

/** The export as text pieces, in order; `plan.tally` counts as they are produced. */
export function encodeExport(store: Store, query: string | QueryNode, plan: ExportPlan): AsyncIterable<string> {
  const source = storeSource(store, rootOf(query), plan.pageSize);
  return plan.format.encode(plan.subject, source, plan.tally);
}

/** Writes the export of `query` to `out` (not ended), waiting for 'drain' when it is full. */
export async function writeExport(store: Store, query: string | QueryNode, options: ExportOptions, out: NodeJS.WritableStream): Promise<ExportSummary> {
  const root = rootOf(query); // a bad query fails before anything is written
  const plan = planExport(options.format, options.what, options.pageSize);
  await writeChunks(encodeExport(store, root, plan), out);
  return { format: plan.format.name, subject: plan.subject, rows: plan.tally.rows, skipped: plan.tally.skipped };
}

export interface QueryExport {
  format: string;
  subject: ExportSubject;
  /** For Content-Type. */
  mediaType: string;
  /** `wirewatch-events.tsv`, for Content-Disposition. */
  fileName: string;
  /** Rows and left-out items so far (complete once the text has been read to its end). */
  tally: ExportTally;
  /** The export as text pieces (read once). */
  text: AsyncIterable<string>;
  /** The export as a pulled web stream of UTF-8 bytes; cancelling it ends the store walk (read once). */
  stream(): ReadableStream<Uint8Array>;
}

/**
 * One export, checked now (query, format, subject: QueryError or ExportError before
 * anything is read) and run as it is read.
 */
export function exportQuery(store: Store, query: string | QueryNode, options: ExportOptions): QueryExport {
  const root = rootOf(query);
  const plan = planExport(options.format, options.what, options.pageSize);
  const text = encodeExport(store, root, plan);
  return {
    format: plan.format.name,
    subject: plan.subject,
    mediaType: plan.format.mediaType,
    fileName: `wirewatch-${plan.subject}.${plan.format.extension}`,
    tally: plan.tally,
    text,
    stream: () => toReadableStream(text),
  };
}
