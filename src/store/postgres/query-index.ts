/**
 * The PostgreSQL side of the query index (migration 3): the same tables as the SQLite
 * store's (../sqlite/query-index.ts), with tsvector columns where SQLite has FTS5
 * tables, written set-based (one statement per table per batch).
 */
import type pg from 'pg';
import { AnalysedDocument } from '../../model/schema.js';
import { indexDocument } from '../document-index.js';

/** Migration 3's SQL; `s` is the quoted schema, `trigramOps` pg_trgm's GIN operator class. Sorted and compared text is COLLATE "C", byte order as SQLite. */
export const queryIndexSql = (s: string, trigramOps: string): string => `
  ALTER TABLE ${s}.documents ADD COLUMN published_day text COLLATE "C" NULL;
  ALTER TABLE ${s}.documents ADD COLUMN source_words text NOT NULL DEFAULT '';
  CREATE INDEX documents_day ON ${s}.documents (published_day);
  CREATE INDEX documents_language ON ${s}.documents (language);
  CREATE INDEX documents_source_words ON ${s}.documents USING gin (source_words ${trigramOps});
  CREATE INDEX documents_by_date ON ${s}.documents ((coalesce(published, '') COLLATE "C"), (id COLLATE "C"));

  CREATE TABLE ${s}.entity_names (
    doc_seq   bigint NOT NULL,
    entity_id text NOT NULL,
    kind      text NOT NULL,
    search    tsvector NOT NULL
  );
  CREATE INDEX entity_names_search ON ${s}.entity_names USING gin (search);
  CREATE INDEX entity_names_doc ON ${s}.entity_names (doc_seq);

  CREATE TABLE ${s}.quotes (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    doc_seq        bigint NOT NULL,
    doc_id         text COLLATE "C" NOT NULL,
    ordinal        integer NOT NULL,
    quote_id       text NOT NULL,
    record         jsonb NOT NULL,
    content_search tsvector NOT NULL,
    speaker_search tsvector NOT NULL,
    UNIQUE (doc_seq, ordinal)
  );
  CREATE INDEX quotes_content ON ${s}.quotes USING gin (content_search);
  CREATE INDEX quotes_speaker ON ${s}.quotes USING gin (speaker_search);

  CREATE TABLE ${s}.events (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    doc_seq          bigint NOT NULL,
    doc_id           text COLLATE "C" NOT NULL,
    ordinal          integer NOT NULL,
    event_id         text NOT NULL,
    cameo            text COLLATE "C" NOT NULL,
    cameo_root       text COLLATE "C" NOT NULL,
    plover           text COLLATE "C" NULL,
    quad_class       integer NULL,
    day              text COLLATE "C" NULL,
    location_country text NULL,
    source_country   text NULL,
    target_country   text NULL,
    record           jsonb NOT NULL,
    UNIQUE (doc_seq, ordinal)
  );
  CREATE INDEX events_cameo ON ${s}.events (cameo);
  CREATE INDEX events_plover ON ${s}.events (plover);
  CREATE INDEX events_by_date ON ${s}.events ((coalesce(day, '')), doc_id, ordinal);

  CREATE TABLE ${s}.doc_countries (
    country text NOT NULL,
    doc_seq bigint NOT NULL,
    PRIMARY KEY (country, doc_seq)
  );
  CREATE INDEX doc_countries_doc ON ${s}.doc_countries (doc_seq);
`;

/** Clears the index rows of the documents at `seqs`. */
export async function clearQueryIndex(client: pg.ClientBase, s: string, seqs: readonly number[]): Promise<void> {
  if (seqs.length === 0) return;
  for (const table of ['entity_names', 'quotes', 'events', 'doc_countries']) {
    await client.query(`DELETE FROM ${s}.${table} WHERE doc_seq = ANY($1::bigint[])`, [seqs]);
  }
}

/** Writes the index rows of `docs` (each with the seq it is stored at); runs inside the caller's transaction. */
export async function writeQueryIndex(client: pg.ClientBase, s: string, config: string, docs: readonly { seq: number; doc: AnalysedDocument }[]): Promise<void> {
  if (docs.length === 0) return;
  const indexed = docs.map(({ seq, doc }) => ({ seq, doc, index: indexDocument(doc) }));
  await client.query(
    `UPDATE ${s}.documents d SET published_day = t.day, source_words = t.words
     FROM unnest($1::bigint[], $2::text[], $3::text[]) AS t (seq, day, words) WHERE d.seq = t.seq`,
    [indexed.map((x) => x.seq), indexed.map((x) => x.index.publishedDay), indexed.map((x) => x.index.sourceWords)],
  );
  const names = indexed.flatMap((x) => x.index.names.map((row) => ({ seq: x.seq, ...row })));
  if (names.length > 0) {
    await client.query(
      `INSERT INTO ${s}.entity_names (doc_seq, entity_id, kind, search)
       SELECT t.seq, t.entity_id, t.kind, to_tsvector($1::regconfig, t.name)
       FROM unnest($2::bigint[], $3::text[], $4::text[], $5::text[]) AS t (seq, entity_id, kind, name)`,
      [config, names.map((n) => n.seq), names.map((n) => n.entityId), names.map((n) => n.column), names.map((n) => n.name)],
    );
  }
  const quotes = indexed.flatMap((x) => x.index.quotes.map((row) => ({ seq: x.seq, docId: x.doc.id, ...row })));
  if (quotes.length > 0) {
    await client.query(
      `INSERT INTO ${s}.quotes (doc_seq, doc_id, ordinal, quote_id, record, content_search, speaker_search)
       SELECT t.seq, t.doc_id, t.ordinal, t.quote_id, t.record::jsonb, to_tsvector($1::regconfig, t.content), to_tsvector($1::regconfig, t.speakers)
       FROM unnest($2::bigint[], $3::text[], $4::int[], $5::text[], $6::text[], $7::text[], $8::text[]) AS t (seq, doc_id, ordinal, quote_id, record, content, speakers)`,
      [config, quotes.map((q) => q.seq), quotes.map((q) => q.docId), quotes.map((q) => q.ordinal), quotes.map((q) => q.quoteId), quotes.map((q) => JSON.stringify(q.record)), quotes.map((q) => q.content), quotes.map((q) => q.speakers)],
    );
  }
  const events = indexed.flatMap((x) => x.index.events.map((row) => ({ seq: x.seq, docId: x.doc.id, ...row })));
  if (events.length > 0) {
    await client.query(
      `INSERT INTO ${s}.events (doc_seq, doc_id, ordinal, event_id, cameo, cameo_root, plover, quad_class, day, location_country, source_country, target_country, record, event_key, outlet, confidence)
       SELECT t.seq, t.doc_id, t.ordinal, t.event_id, t.cameo, t.cameo_root, t.plover, t.quad_class, t.day, t.lc, t.sc, t.tc, t.record::jsonb, t.event_key, t.outlet, t.confidence
       FROM unnest($1::bigint[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::float8[])
            AS t (seq, doc_id, ordinal, event_id, cameo, cameo_root, plover, quad_class, day, lc, sc, tc, record, event_key, outlet, confidence)`,
      [
        events.map((e) => e.seq), events.map((e) => e.docId), events.map((e) => e.ordinal), events.map((e) => e.eventId),
        events.map((e) => e.cameo), events.map((e) => e.cameoRoot), events.map((e) => e.plover), events.map((e) => e.quadClass),
        events.map((e) => e.day), events.map((e) => e.locationCountry), events.map((e) => e.sourceCountry), events.map((e) => e.targetCountry),
        events.map((e) => JSON.stringify(e.record)), events.map((e) => e.eventKey), events.map((e) => e.outlet), events.map((e) => e.confidence),
      ],
    );
  }
  const countries = indexed.flatMap((x) => x.index.countries.map((country) => ({ seq: x.seq, country })));
  if (countries.length > 0) {
    await client.query(
      `INSERT INTO ${s}.doc_countries (country, doc_seq) SELECT * FROM unnest($1::text[], $2::bigint[]) ON CONFLICT DO NOTHING`,
      [countries.map((c) => c.country), countries.map((c) => c.seq)],
    );
  }
}

/** Indexes the documents stored before migration 3, a page at a time (inside the migration's transaction). */
export async function backfillQueryIndex(client: pg.ClientBase, s: string, config: string): Promise<void> {
  for (let after = 0; ; ) {
    const { rows } = await client.query<{ seq: string; json: unknown }>(`SELECT seq, json FROM ${s}.documents WHERE seq > $1 ORDER BY seq LIMIT 500`, [after]);
    if (rows.length === 0) return;
    await writeQueryIndex(client, s, config, rows.map((row) => ({ seq: Number(row.seq), doc: AnalysedDocument.parse(row.json) })));
    after = Number(rows[rows.length - 1]!.seq);
  }
}
