import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { AnalysedDocument } from '../model/schema.js';
import { PostgresStore } from '../store/postgres/postgres-store.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';
import { dropSchemas, onPostgres, postgresUnavailable, randomSchemaName, testLocation } from '../test-support/postgres.js';
import { ExportError, exportQuery, GDELT_COLUMNS, writeExport, type ExportOptions, type ExportSummary } from './index.js';
import { exportTestCorpus } from './test-fixtures.js';

const DOCS = 25;
/** Small pages, so every export walks many of them (and ties on the publication time). */
const PAGE = 4;
const corpus = exportTestCorpus(DOCS);
const allEvents = corpus.flatMap((doc) => doc.events.map((event) => ({ doc, event })));
const located = allEvents.filter(({ event }) => event.location !== undefined).length;

async function exported(store: Store, query: string, options: ExportOptions): Promise<{ text: string; summary: ExportSummary }> {
  const out = new PassThrough();
  const pieces: Buffer[] = [];
  out.on('data', (chunk: Buffer) => pieces.push(chunk));
  const summary = await writeExport(store, query, { pageSize: PAGE, ...options }, out);
  out.end();
  return { text: Buffer.concat(pieces).toString('utf8'), summary };
}

const csvRecords = (text: string): Record<string, string>[] => parseCsv(text, { columns: true, relax_quotes: false, record_delimiter: '\r\n' }) as Record<string, string>[];

function exportSuite(name: string, open: () => Promise<Store>): void {
  describe(`exports on ${name}`, () => {
    let store: Store;
    before(async () => {
      store = await open();
      await store.putMany(corpus, 'test@1');
    });
    after(() => store.close());

    it('CSV of documents: every document exactly once across pages, fields read back by an RFC 4180 parser', async () => {
      const { text, summary } = await exported(store, '', { format: 'csv' });
      const rows = csvRecords(text);
      assert.equal(summary.rows, DOCS);
      assert.deepEqual(rows.map((r) => r.id).sort(), corpus.map((d) => d.id).sort());
      const first = rows.find((r) => r.id === 'doc-000')!;
      assert.equal(first.title, corpus[0]!.title);
      assert.equal(first.source, 'Test, "Wire"');
      assert.equal(first.events, '3');
      assert.equal(first.quotes, '1');
      assert.equal(first.organisations, '2');
      assert.equal(first.characters, String(corpus[0]!.text.length));
    });

    it('CSV of events: one row per event, evidence with quotes, tabs and line breaks intact', async () => {
      const rows = csvRecords((await exported(store, '', { format: 'csv', what: 'events' })).text);
      assert.equal(rows.length, allEvents.length);
      assert.equal(new Set(rows.map((r) => `${r.doc_id}/${r.event_id}`)).size, allEvents.length);
      const row = rows.find((r) => r.doc_id === 'doc-003' && r.event_id === 'ev2')!;
      const doc = corpus[3]!;
      const event = doc.events[1]!;
      assert.equal(row.evidence, doc.text.slice(event.evidence.start, event.evidence.end));
      assert.match(row.evidence!, /\t.*\n/su);
      assert.equal(row.source_code, 'IRQGOV');
      assert.equal(row.target_name, 'Kataib Hezbollah');
      assert.equal(row.lead, 'false');
    });

    it('CSV of quotes and entities', async () => {
      const quotes = csvRecords((await exported(store, '', { format: 'csv', what: 'quotes' })).text);
      assert.equal(quotes.length, DOCS);
      assert.equal(quotes[0]!.content, 'condemned the "attacks"');
      const entities = csvRecords((await exported(store, '', { format: 'csv', what: 'entities' })).text);
      assert.deepEqual(entities.map((e) => e.name).sort(), ['Baghdad', 'Iraq', 'Kataib Hezbollah', 'Mosul', 'United Nations']);
      assert.ok(entities.every((e) => e.documents === String(DOCS)));
    });

    it('JSONL of documents: each line a whole analysed document that validates against the schema', async () => {
      const { text } = await exported(store, '', { format: 'jsonl' });
      const lines = text.split('\n').filter(Boolean);
      assert.equal(lines.length, DOCS);
      const docs = lines.map((line) => AnalysedDocument.parse(JSON.parse(line)));
      assert.deepEqual(docs.map((d) => d.id).sort(), corpus.map((d) => d.id).sort());
      assert.deepEqual(docs.find((d) => d.id === 'doc-006'), corpus[6]);
    });

    it('a query narrows the export: event:14 exports only the protests, a phrase only its document', async () => {
      const protests = (await exported(store, 'event:14', { format: 'jsonl', what: 'events' })).text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { event: { cameo: string } });
      assert.equal(protests.length, DOCS);
      assert.ok(protests.every((p) => p.event.cameo === '145'));
      const { summary } = await exported(store, '"day 7"', { format: 'csv' });
      assert.equal(summary.rows, 1);
    });

    it('GDELT TSV: 61 columns per row, one row per event merged across articles, stable unique ids, the documented mapping', async () => {
      const { text } = await exported(store, '', { format: 'gdelt' });
      const rows = text.split('\n').filter(Boolean).map((line) => line.split('\t'));
      assert.ok(rows.every((cells) => cells.length === 61));
      const column = (cells: string[], name: string): string => cells[GDELT_COLUMNS.findIndex((c) => c.name === name)]!;
      assert.equal(new Set(rows.map((cells) => column(cells, 'GlobalEventID'))).size, rows.length);
      // Every report is counted once; the undated condemnation and meeting of three articles published the same day merge.
      assert.equal(rows.reduce((sum, cells) => sum + Number(column(cells, 'NumMentions')), 0), allEvents.length);
      assert.ok(rows.length < allEvents.length);
      const condemnations = rows.filter((cells) => column(cells, 'EventCode') === '122' && column(cells, 'Day') === '20200902');
      assert.equal(condemnations.length, 1);
      const condemn = condemnations[0]!;
      assert.deepEqual(['NumMentions', 'NumArticles', 'NumSources'].map((name) => column(condemn, name)), ['3', '3', '1'], 'three articles of one outlet');
      assert.equal(column(condemn, 'SOURCEURL'), 'https://example.org/news/4?a=1&b=2', 'the first report that places the event (news/3 does not)');
      assert.equal(column(condemn, 'Actor1Code'), 'IRQGOV');
      assert.equal(column(condemn, 'Actor1CountryCode'), 'IRQ');
      assert.equal(column(condemn, 'Actor1Type1Code'), 'GOV');
      assert.equal(column(condemn, 'Actor2Name'), 'KATAIB HEZBOLLAH');
      assert.equal(column(condemn, 'Actor2Code'), 'IRQREB');
      assert.equal(column(condemn, 'QuadClass'), '3', 'from the CAMEO root when the coder gives none');
      assert.equal(column(condemn, 'IsRootEvent'), '0');
      assert.equal(column(condemn, 'Day'), '20200902', 'the publication day when the event has no date');
      assert.equal(column(condemn, 'DATEADDED'), '20200902053000', 'the publication time in UTC');
      assert.equal(column(condemn, 'ActionGeo_Lat'), '33.34058');
      assert.equal(column(condemn, 'ActionGeo_Type'), '4');
      assert.equal(column(condemn, 'ActionGeo_FullName'), 'Baghdad, Iraq');
      const again = (await exported(store, '', { format: 'gdelt' })).text;
      assert.equal(again, text, 'a re-export is identical');
    });

    it('PLOVER JSON: an array of POLECAT-style records', async () => {
      const records = JSON.parse((await exported(store, '', { format: 'plover' })).text) as Record<string, unknown>[];
      assert.equal(records.length, allEvents.length);
      const consult = records.find((r) => r.id === 'doc-001:ev3') as { event_type: string; actors: { role: string; code: string | null }[]; location: { lat: number }; evidence: { text: string } };
      assert.equal(consult.event_type, 'CONSULT');
      assert.deepEqual(consult.actors.map((a) => [a.role, a.code]), [['source', 'IGOUNO'], ['target', 'IRQGOV']]);
      assert.equal(consult.location.lat, 36.335);
      assert.equal(consult.evidence.text, 'The United Nations met Iraqi officials in Mosul.');
      const reject = records.find((r) => r.id === 'doc-001:ev2') as { event_type: string; event_type_from: string };
      assert.deepEqual([reject.event_type, reject.event_type_from], ['REJECT', 'cameo-root']);
    });

    it('GeoJSON: a FeatureCollection of located events (the rest counted as skipped), and of documents\' places', async () => {
      const { text, summary } = await exported(store, '', { format: 'geojson' });
      const collection = JSON.parse(text) as { type: string; features: { type: string; geometry: { type: string; coordinates: number[] }; properties: Record<string, unknown> }[] };
      assert.equal(collection.type, 'FeatureCollection');
      assert.equal(collection.features.length, located);
      assert.equal(summary.skipped['no-coordinates'], allEvents.length - located);
      for (const feature of collection.features) {
        assert.equal(feature.type, 'Feature');
        assert.equal(feature.geometry.type, 'Point');
        const [lon, lat] = feature.geometry.coordinates as [number, number];
        assert.ok(feature.geometry.coordinates.length === 2 && Math.abs(lon) <= 180 && Math.abs(lat) <= 90);
      }
      assert.deepEqual(collection.features.find((f) => f.properties.place === 'Mosul')!.geometry.coordinates, [43.11889, 36.335]);
      const places = JSON.parse((await exported(store, '', { format: 'geojson', what: 'documents' })).text) as { features: unknown[] };
      assert.equal(places.features.length, DOCS * 2, 'two of each document\'s three places have coordinates');
    });

    it('GEXF: well-formed XML 1.3 of the actor network, edges weighted by events, cooperation/conflict', async () => {
      const { text, summary } = await exported(store, '', { format: 'gexf' });
      assert.equal(XMLValidator.validate(text), true);
      assert.equal(summary.rows, allEvents.length);
      const gexf = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['node', 'edge', 'attvalue', 'attribute'].includes(name) }).parse(text) as {
        gexf: { version: string; graph: { nodes: { node: { id: string; label: string }[] }; edges: { edge: { source: string; target: string; weight: string; attvalues: { attvalue: { for: string; value: string }[] } }[] } } };
      };
      assert.equal(gexf.gexf.version, '1.3');
      const nodes = gexf.gexf.graph.nodes.node;
      const edges = gexf.gexf.graph.edges.edge;
      assert.deepEqual(nodes.map((n) => n.label).sort(), ['Iraq', 'Iraqi officials', 'Kataib Hezbollah', 'police', 'Protesters', 'United Nations'].sort());
      assert.equal(edges.length, 3);
      assert.ok(edges.every((e) => e.weight === String(DOCS)));
      const label = (id: string): string => nodes.find((n) => n.id === id)!.label;
      const relation = (e: (typeof edges)[number]): string => e.attvalues.attvalue.find((a) => a.for === 'relation')!.value;
      assert.deepEqual(edges.map((e) => `${label(e.source)}→${label(e.target)}: ${relation(e)}`).sort(), [
        'Iraq→Kataib Hezbollah: conflict',
        'Protesters→police: conflict',
        'United Nations→Iraqi officials: cooperation',
      ]);
    });

    it('exportQuery: a web stream with its media type and file name, the same bytes as writeExport', async () => {
      const exp = exportQuery(store, 'event:12', { format: 'gdelt', pageSize: PAGE });
      assert.equal(exp.mediaType, 'text/tab-separated-values; charset=utf-8');
      assert.equal(exp.fileName, 'wirewatch-events.tsv');
      const body = await new Response(exp.stream()).text();
      assert.equal(body, (await exported(store, 'event:12', { format: 'gdelt' })).text);
      // One row per condemnation merged across the articles of its (publication) day.
      assert.equal(exp.tally.rows, new Set(corpus.map((doc) => doc.published?.slice(0, 10))).size);
      assert.throws(() => exportQuery(store, '', { format: 'gexf', what: 'quotes' }), ExportError);
    });

    it('refuses a format that cannot show the subject, and a bad query, before writing anything', async () => {
      const out = new PassThrough();
      await assert.rejects(writeExport(store, '', { format: 'gdelt', what: 'documents' }, out), (e) => e instanceof ExportError && e.code === 'export.unsupported');
      await assert.rejects(writeExport(store, '', { format: 'xlsx' }, out), (e) => e instanceof ExportError && e.code === 'export.unknown-format');
      await assert.rejects(writeExport(store, 'title:(', { format: 'csv' }, out), /query/iu);
      assert.equal(out.readableLength, 0);
    });
  });
}

exportSuite('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wirewatch-export-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return SqliteStore.open(join(dir, 'export.db'));
});

const unavailable = await postgresUnavailable();
onPostgres('exports on PostgreSQL', unavailable, () => {
  const schemas: string[] = [];
  after(() => dropSchemas(schemas));
  exportSuite('PostgreSQL', async () => {
    const schema = randomSchemaName();
    schemas.push(schema);
    return PostgresStore.open(testLocation(schema));
  });
});
