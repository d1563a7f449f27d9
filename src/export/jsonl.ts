/**
 * JSON Lines: one JSON value per line — a whole analysed document (the schema of
 * schema/document.schema.json), an event or a quotation with its document
 * (src/query/results.ts), or an entity count. JSON.stringify escapes line breaks
 * inside strings, so a line is always one record.
 */
import type { ExportFormat, ExportSubject, ExportTally } from './format.js';
import type { ExportSource } from './walk.js';

const ITEMS: Record<ExportSubject, (source: ExportSource) => AsyncIterable<unknown>> = {
  documents: (source) => source.documents(),
  events: (source) => source.events(),
  quotes: (source) => source.quotes(),
  entities: (source) => source.entities(),
};

async function* encode(subject: ExportSubject, source: ExportSource, tally: ExportTally): AsyncGenerator<string> {
  for await (const item of ITEMS[subject](source)) {
    tally.rows++;
    yield JSON.stringify(item) + '\n';
  }
}

export const jsonlFormat: ExportFormat = {
  name: 'jsonl',
  mediaType: 'application/x-ndjson; charset=utf-8',
  extension: 'jsonl',
  subjects: ['documents', 'events', 'quotes', 'entities'],
  description: 'JSON Lines: one analysed document (the full JSON), event, quotation or entity per line',
  encode,
};
