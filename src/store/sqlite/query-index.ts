/**
 * The SQLite side of the query index (migration 4): the tables the search language's
 * fields are answered from (document-index.ts says what goes in them), and the
 * statements that write and clear a document's rows.
 */
import type Database from 'better-sqlite3';
import { AnalysedDocument } from '../../model/schema.js';
import { indexDocument, type DocumentIndex } from '../document-index.js';

export const QUERY_INDEX_SQL = `
  ALTER TABLE documents ADD COLUMN published_day TEXT NULL;
  ALTER TABLE documents ADD COLUMN source_words TEXT NOT NULL DEFAULT '';
  CREATE INDEX documents_day ON documents (published_day);
  CREATE INDEX documents_language ON documents (language);
  -- The order of query results by date: newest first, ties by id.
  CREATE INDEX documents_by_date ON documents (coalesce(published, ''), id);

  -- Entity names and aliases, one row per name, in the column of the entity's type group.
  CREATE VIRTUAL TABLE entity_names_fts USING fts5 (
    person, org, place, other, doc_seq UNINDEXED, entity_id UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
  );

  CREATE TABLE quotes (
    id        INTEGER PRIMARY KEY,
    doc_seq   INTEGER NOT NULL,
    doc_id    TEXT NOT NULL,
    ordinal   INTEGER NOT NULL,
    quote_id  TEXT NOT NULL,
    record    TEXT NOT NULL,
    UNIQUE (doc_seq, ordinal)
  );
  -- rowid = quotes.id
  CREATE VIRTUAL TABLE quotes_fts USING fts5 (
    content, speaker, doc_seq UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
  );

  CREATE TABLE events (
    id               INTEGER PRIMARY KEY,
    doc_seq          INTEGER NOT NULL,
    doc_id           TEXT NOT NULL,
    ordinal          INTEGER NOT NULL,
    event_id         TEXT NOT NULL,
    cameo            TEXT NOT NULL,
    cameo_root       TEXT NOT NULL,
    plover           TEXT NULL,
    quad_class       INTEGER NULL,
    day              TEXT NULL,
    location_country TEXT NULL,
    source_country   TEXT NULL,
    target_country   TEXT NULL,
    record           TEXT NOT NULL,
    UNIQUE (doc_seq, ordinal)
  );
  CREATE INDEX events_cameo ON events (cameo);
  CREATE INDEX events_plover ON events (plover);
  CREATE INDEX events_by_date ON events (coalesce(day, ''), doc_id, ordinal);

  CREATE TABLE doc_countries (
    country TEXT NOT NULL,
    doc_seq INTEGER NOT NULL,
    PRIMARY KEY (country, doc_seq)
  ) WITHOUT ROWID;
  CREATE INDEX doc_countries_doc ON doc_countries (doc_seq);
`;

type Nullable = string | null;

export interface QueryIndexStatements {
  documentFields: Database.Statement<[Nullable, string, number]>;
  insertName: Database.Statement<[Nullable, Nullable, Nullable, Nullable, number, string]>;
  insertQuote: Database.Statement<[number, string, number, string, string]>;
  insertQuoteText: Database.Statement<[number, string, string, number]>;
  insertEvent: Database.Statement<[number, string, number, string, string, string, Nullable, number | null, Nullable, Nullable, Nullable, Nullable, string, string, string, number | null]>;
  insertCountry: Database.Statement<[string, number]>;
  deleteNames: Database.Statement<[number]>;
  deleteQuoteTexts: Database.Statement<[number]>;
  deleteQuotes: Database.Statement<[number]>;
  deleteEvents: Database.Statement<[number]>;
  deleteCountries: Database.Statement<[number]>;
}

export function prepareQueryIndexStatements(db: Database.Database): QueryIndexStatements {
  return {
    documentFields: db.prepare<[string | null, string, number]>('UPDATE documents SET published_day = ?, source_words = ? WHERE seq = ?'),
    insertName: db.prepare<[string | null, string | null, string | null, string | null, number, string]>(
      'INSERT INTO entity_names_fts (person, org, place, other, doc_seq, entity_id) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    insertQuote: db.prepare<[number, string, number, string, string]>('INSERT INTO quotes (doc_seq, doc_id, ordinal, quote_id, record) VALUES (?, ?, ?, ?, ?)'),
    insertQuoteText: db.prepare<[number, string, string, number]>('INSERT INTO quotes_fts (rowid, content, speaker, doc_seq) VALUES (?, ?, ?, ?)'),
    insertEvent: db.prepare<[number, string, number, string, string, string, string | null, number | null, string | null, string | null, string | null, string | null, string, string, string, number | null]>(
      `INSERT INTO events (doc_seq, doc_id, ordinal, event_id, cameo, cameo_root, plover, quad_class, day,
                           location_country, source_country, target_country, record, event_key, outlet, confidence)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertCountry: db.prepare<[string, number]>('INSERT OR IGNORE INTO doc_countries (country, doc_seq) VALUES (?, ?)'),
    deleteNames: db.prepare<[number]>('DELETE FROM entity_names_fts WHERE doc_seq = ?'),
    deleteQuoteTexts: db.prepare<[number]>('DELETE FROM quotes_fts WHERE rowid IN (SELECT id FROM quotes WHERE doc_seq = ?)'),
    deleteQuotes: db.prepare<[number]>('DELETE FROM quotes WHERE doc_seq = ?'),
    deleteEvents: db.prepare<[number]>('DELETE FROM events WHERE doc_seq = ?'),
    deleteCountries: db.prepare<[number]>('DELETE FROM doc_countries WHERE doc_seq = ?'),
  };
}

/** Clears the index rows of the document stored at `seq` (before it is indexed again). */
export function clearQueryIndex(statements: QueryIndexStatements, seq: number): void {
  statements.deleteNames.run(seq);
  statements.deleteQuoteTexts.run(seq);
  statements.deleteQuotes.run(seq);
  statements.deleteEvents.run(seq);
  statements.deleteCountries.run(seq);
}

/** Writes the index rows of `doc`, stored at `seq`; runs inside the caller's transaction. */
export function writeQueryIndex(statements: QueryIndexStatements, seq: number, doc: AnalysedDocument, index: DocumentIndex = indexDocument(doc)): void {
  statements.documentFields.run(index.publishedDay, index.sourceWords, seq);
  for (const row of index.names) {
    statements.insertName.run(
      row.column === 'person' ? row.name : null,
      row.column === 'org' ? row.name : null,
      row.column === 'place' ? row.name : null,
      row.column === 'other' ? row.name : null,
      seq,
      row.entityId,
    );
  }
  for (const row of index.quotes) {
    const id = Number(statements.insertQuote.run(seq, doc.id, row.ordinal, row.quoteId, JSON.stringify(row.record)).lastInsertRowid);
    statements.insertQuoteText.run(id, row.content, row.speakers, seq);
  }
  for (const row of index.events) {
    statements.insertEvent.run(seq, doc.id, row.ordinal, row.eventId, row.cameo, row.cameoRoot, row.plover, row.quadClass, row.day, row.locationCountry, row.sourceCountry, row.targetCountry, JSON.stringify(row.record), row.eventKey, row.outlet, row.confidence);
  }
  for (const country of index.countries) statements.insertCountry.run(country, seq);
}

/** Indexes the documents stored before migration 4, a page at a time (inside the migration's transaction). */
export function backfillQueryIndex(db: Database.Database): void {
  const statements = prepareQueryIndexStatements(db);
  const page = db.prepare<[number], { seq: number; json: string }>('SELECT seq, json FROM documents WHERE seq > ? ORDER BY seq LIMIT 500');
  for (let after = 0; ; ) {
    const rows = page.all(after);
    if (rows.length === 0) return;
    for (const row of rows) writeQueryIndex(statements, row.seq, AnalysedDocument.parse(JSON.parse(row.json)));
    after = rows[rows.length - 1]!.seq;
  }
}
