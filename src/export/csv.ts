/**
 * CSV (RFC 4180): a header row, then one row per document, event, quotation or entity;
 * CRLF line ends; a field holding a comma, a double quote, CR or LF is quoted, its
 * quotes doubled. Empty fields are absent values. UTF-8 without a byte-order mark.
 */
import type { AnalysedDocument, EntityType } from '../model/schema.js';
import type { EntityCount, EventRecord, QuoteRecord } from '../query/results.js';
import type { ExportFormat, ExportSubject, ExportTally } from './format.js';
import type { ExportSource } from './walk.js';

export type Cell = string | number | boolean | undefined | null;

const NEEDS_QUOTES = /[",\r\n]/u;

export function csvField(value: Cell): string {
  if (value === undefined || value === null) return '';
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(cells: readonly Cell[]): string {
  return cells.map(csvField).join(',') + '\r\n';
}

/** A table: its header and how one item becomes a row. */
interface Table<T> {
  header: readonly string[];
  items: (source: ExportSource) => AsyncIterable<T>;
  row: (item: T) => Cell[];
}

const PLACE_TYPES: ReadonlySet<EntityType> = new Set(['GPE', 'LOC', 'FAC']);

const documents: Table<AnalysedDocument> = {
  header: ['id', 'published', 'source', 'title', 'url', 'language', 'characters', 'entities', 'persons', 'organisations', 'places', 'quotes', 'events', 'issues'],
  items: (source) => source.documents(),
  row: (doc) => {
    const ofType = (test: (type: EntityType) => boolean): number => doc.entities.filter((e) => test(e.type)).length;
    return [
      doc.id, doc.published, doc.source.name, doc.title, doc.source.url, doc.language, doc.text.length,
      doc.entities.length, ofType((t) => t === 'PERSON'), ofType((t) => t === 'ORG'), ofType((t) => PLACE_TYPES.has(t)),
      doc.quotes.length, doc.events.length, doc.issues.map((issue) => issue.code).join(' '),
    ];
  },
};

const actorColumns = (role: string): string[] => ['text', 'name', 'code', 'country'].map((c) => `${role}_${c}`);

const events: Table<EventRecord> = {
  header: [
    'doc_id', 'event_id', 'day', 'cameo', 'cameo_root', 'plover', 'quad_class', 'goldstein', 'kind', 'confidence',
    ...actorColumns('source'), ...actorColumns('target'),
    'location', 'location_country', 'lat', 'lon', 'lead', 'evidence', 'title', 'published', 'outlet', 'url',
  ],
  items: (source) => source.events(),
  row: (r) => [
    r.docId, r.event.id, r.day, r.event.cameo, r.event.cameoRoot, r.event.plover, r.event.quadClass, r.event.goldstein, r.event.kind, r.event.confidence,
    r.source?.text, r.source?.name, r.source?.code, r.source?.country,
    r.target?.text, r.target?.name, r.target?.code, r.target?.country,
    r.location?.name ?? r.location?.text, r.location?.countryIso3, r.location?.lat, r.location?.lon, r.lead, r.evidence,
    r.document.title, r.document.published, r.document.source, r.document.url,
  ],
};

const quotes: Table<QuoteRecord> = {
  header: ['doc_id', 'quote_id', 'kind', 'class', 'speaker_text', 'speaker_name', 'speaker_type', 'cue', 'medium', 'content', 'title', 'published', 'outlet', 'url'],
  items: (source) => source.quotes(),
  row: (r) => [
    r.docId, r.quote.id, r.quote.kind, r.quote.class, r.speaker?.text, r.speaker?.name, r.speaker?.type, r.quote.cue?.text, r.quote.medium, r.content,
    r.document.title, r.document.published, r.document.source, r.document.url,
  ],
};

const entities: Table<EntityCount> = {
  header: ['name', 'type', 'documents', 'mentions'],
  items: (source) => source.entities(),
  row: (e) => [e.name, e.type, e.documents, e.mentions],
};


async function* encodeTable<T>(table: Table<T>, source: ExportSource, tally: ExportTally): AsyncGenerator<string> {
  yield csvRow(table.header);
  for await (const item of table.items(source)) {
    tally.rows++;
    yield csvRow(table.row(item));
  }
}

const ENCODERS: Record<ExportSubject, (source: ExportSource, tally: ExportTally) => AsyncIterable<string>> = {
  documents: (source, tally) => encodeTable(documents, source, tally),
  events: (source, tally) => encodeTable(events, source, tally),
  quotes: (source, tally) => encodeTable(quotes, source, tally),
  entities: (source, tally) => encodeTable(entities, source, tally),
};

export const csvFormat: ExportFormat = {
  name: 'csv',
  mediaType: 'text/csv; charset=utf-8; header=present',
  extension: 'csv',
  subjects: ['documents', 'events', 'quotes', 'entities'],
  description: 'CSV (RFC 4180) with a header: one row per document (with entity, quote and event counts), event, quotation or entity',
  encode: (subject, source, tally) => ENCODERS[subject](source, tally),
};
