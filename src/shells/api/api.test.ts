/**
 * The HTTP API over real HTTP (the server on a free port, fetch), on SQLite and on
 * PostgreSQL: search, walking every page by cursor, refusals (token, size, bad
 * query, bad cursor), the entity page, and analysing and storing a real article.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { makeTestDocument } from '../../store/contract.js';
import { queryCorpus } from '../../store/query-contract.js';
import { PostgresStore } from '../../store/postgres/postgres-store.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import type { Store } from '../../store/store.js';
import { dropSchemas, onPostgres, postgresUnavailable, randomSchemaName, testLocation } from '../../test-support/postgres.js';
import { syntheticDocuments } from '../../test-support/synthetic-documents.js';
import { entityId } from './entity-page.js';
import { AnalysisThread } from './analysis-thread.js';
import { startServer, type RunningServer } from './server.js';

const TOKEN = 'test-token-1234';
const MAX_BODY = 256 * 1024;
const SYNTHETIC = 130;
const SADR_ARTICLE = readFileSync(new URL('../../../../examples/shafaq-2020-09-30-sadr.txt', import.meta.url));

interface ErrorJson {
  error: { code: string; message: string; position?: { start: number; end: number } };
}

interface PageJson<T> {
  items: T[];
  total?: number;
  sort: string;
  next?: string;
}

const unavailable = await postgresUnavailable();
const schema = randomSchemaName();
/** One analysis thread for both stores' servers: its models load once. */
const analysis = new AnalysisThread();
after(async () => {
  await analysis.close();
  await dropSchemas([schema]);
});

apiSuite('sqlite', async () => SqliteStore.open(':memory:'));
onPostgres('HTTP API on postgres', unavailable, () => {
  apiSuite('postgres', () => PostgresStore.open(testLocation(schema)));
});

function apiSuite(name: string, open: () => Promise<Store>): void {
  describe(`HTTP API on ${name}`, () => {
    let store: Store;
    let server: RunningServer;
    let readOnly: RunningServer;

    before(async () => {
      store = await open();
      await store.putMany([...syntheticDocuments(SYNTHETIC, 5), ...queryCorpus(makeTestDocument)], 'test@1');
      server = await startServer({ store, token: TOKEN, writable: true, port: 0, maxBodyBytes: MAX_BODY, analysis });
      readOnly = await startServer({ store, port: 0 });
    });
    after(async () => {
      await server?.close();
      await readOnly?.close();
      await store?.close();
    });

    async function get<T>(path: string, status = 200): Promise<T> {
      const response = await fetch(`${server.url}${path}`).catch((error: unknown) => { throw new Error(`GET ${path}: ${String((error as { cause?: unknown }).cause ?? error)}`); });
      assert.equal(response.status, status, `${path}: ${response.status}`);
      assert.match(response.headers.get('content-type') ?? '', /^application\/json/u);
      return (await response.json()) as T;
    }

    async function walk<T>(path: string, key: (item: T) => string): Promise<{ keys: string[]; total: number | undefined; pages: number }> {
      const keys: string[] = [];
      let total: number | undefined;
      let pages = 0;
      let next: string | undefined;
      do {
        const page = await get<PageJson<T>>(`${path}${next ? `&cursor=${next}` : ''}`);
        total ??= page.total;
        pages += 1;
        keys.push(...page.items.map(key));
        next = page.next;
      } while (next);
      assert.equal(new Set(keys).size, keys.length, 'no row twice');
      return { keys, total, pages };
    }

    it('searches documents with the search language, with snippets', async () => {
      const page = await get<PageJson<{ id: string; snippet: string }>>('/api/documents?q=said-by%3Asadr');
      assert.deepEqual(page.items.map((hit) => hit.id), ['q-strike']);
      assert.equal(page.total, 1);
      const ranked = await get<PageJson<{ id: string; snippet: string }>>('/api/documents?q=baghdad+lang%3Aen&limit=3');
      assert.equal(ranked.sort, 'relevance');
      assert.ok(ranked.items.some((hit) => /«Baghdad»/u.test(hit.snippet)));
      const events = await get<PageJson<{ docId: string; evidence: string }>>('/api/events?q=event%3Aassault');
      assert.deepEqual(events.items.map((e) => e.docId), ['q-strike']);
      const quotes = await get<PageJson<{ content: string }>>('/api/quotes?q=said-by%3Aguterres');
      assert.deepEqual(quotes.items.map((r) => r.content), ['this is a beacon of hope']);
    });

    it('filters events by confidence, and refuses a confidence outside 0..1 with 400 and the position', async () => {
      const likely = await get<PageJson<{ docId: string; event: { id: string; confidence?: number } }>>(`/api/events?q=${encodeURIComponent('confidence:>=0.5')}&limit=1000`);
      assert.deepEqual(likely.items.map((r) => `${r.docId}/${r.event.id}`).sort(), ['q-grain/v1', 'q-strike/v1', 'q-sudan/v1']);
      assert.equal(likely.total, 3);
      assert.ok(likely.items.every((r) => r.event.confidence! >= 0.5));
      const documents = await get<PageJson<{ id: string }>>(`/api/documents?q=${encodeURIComponent('confidence:<0.5')}`);
      assert.deepEqual(documents.items.map((hit) => hit.id), ['q-talks'], 'a document with such an event');
      const bad = await get<ErrorJson>(`/api/events?q=${encodeURIComponent('iraq confidence:1.5')}`, 400);
      assert.equal(bad.error.code, 'query.bad-value');
      assert.deepEqual(bad.error.position, { start: 16, end: 19 });
    });

    it('lists events merged across articles with their counts and reports, page by page', async () => {
      const groups = await get<PageJson<{ key: string; numMentions: number; numArticles: number; numSources: number; mentions: { docId: string; outlet: string }[] }>>('/api/event-groups?q=event%3Aassault');
      assert.deepEqual(groups.items.map((g) => [g.key, g.numMentions, g.numArticles, g.numSources]), [['2020-09-28|IRQMIL||190||', 1, 1, 1]]);
      assert.deepEqual(groups.items[0]!.mentions.map((m) => [m.docId, m.outlet]), [['q-strike', 'shafaq.com']]);
      const events = await get<PageJson<unknown>>('/api/events?limit=1');
      const walked = await walk<{ key: string }>('/api/event-groups?limit=1&mentions=1', (g) => g.key);
      assert.equal(walked.total, walked.keys.length);
      assert.ok(walked.keys.length > 0 && walked.keys.length <= events.total!);
      assert.equal((await get<ErrorJson>('/api/event-groups?mentions=0', 400)).error.code, 'api.bad-parameter');
    });

    it('walks every page by cursor: no duplicates, no gaps, no cap', async () => {
      const everything = SYNTHETIC + 5;
      for (const sort of ['newest', 'oldest']) {
        const { keys, total, pages } = await walk<{ id: string }>(`/api/documents?sort=${sort}&limit=17`, (hit) => hit.id);
        assert.equal(total, everything);
        assert.equal(keys.length, everything);
        assert.equal(pages, Math.ceil(everything / 17));
      }
      const ranked = await walk<{ id: string }>('/api/documents?q=iraq&limit=9', (hit) => hit.id);
      assert.ok(ranked.keys.length > 9, 'more than one page');
      assert.equal(ranked.keys.length, ranked.total);
      const entities = await walk<{ id: string }>('/api/entities?limit=50&count=false', (entity) => entity.id);
      assert.equal(entities.total, undefined);
      assert.equal(entities.keys.length, (await get<PageJson<unknown>>('/api/entities?limit=1')).total);
    });

    it('refuses a cursor that is not for this route, order or query', async () => {
      const first = await get<PageJson<unknown>>('/api/documents?sort=newest&limit=2');
      assert.ok(first.next);
      for (const path of [`/api/documents?sort=oldest&limit=2&cursor=${first.next}`, `/api/documents?q=iraq&sort=newest&cursor=${first.next}`, `/api/events?cursor=${first.next}`, '/api/documents?cursor=not-a-cursor', '/api/documents?cursor=%7B%7D']) {
        const body = await get<ErrorJson>(path, 400);
        assert.equal(body.error.code, 'api.bad-cursor', path);
      }
    });

    it('answers a query it cannot read with 400, the code and the position', async () => {
      const body = await get<ErrorJson>(`/api/documents?q=${encodeURIComponent('iraq date:2020-13')}`, 400);
      assert.equal(body.error.code, 'query.bad-value');
      assert.deepEqual(body.error.position, { start: 10, end: 17 });
      assert.equal((await get<ErrorJson>('/api/events?q=%28iraq', 400)).error.code, 'query.syntax');
      assert.equal((await get<ErrorJson>('/api/documents?limit=0', 400)).error.code, 'api.bad-parameter');
      assert.equal((await get<ErrorJson>('/api/documents?sort=sideways', 400)).error.code, 'api.bad-parameter');
      assert.equal((await get<ErrorJson>('/api/facets?facets=day,colour', 400)).error.code, 'api.bad-parameter');
      const explained = await get<{ tree: { kind: string }; text: string }>(`/api/query/explain?q=${encodeURIComponent('sadr OR kadhimi date:2020-09')}`);
      assert.equal(explained.tree.kind, 'and');
      assert.match(explained.text, /^AND\n/u);
    });

    it('gives one document whole, and JSON 404s for what is not there', async () => {
      const doc = await get<{ id: string; events: unknown[] }>('/api/documents/q-strike');
      assert.equal(doc.events.length, 1);
      assert.equal((await get<ErrorJson>('/api/documents/no-such-id', 404)).error.code, 'api.not-found');
      assert.equal((await get<ErrorJson>('/api/no-such-route', 404)).error.code, 'api.not-found');
    });

    it("gives an entity's page: timeline, quotes, events as source and target, co-occurring entities", async () => {
      const sadr = await get<{ entity: { name: string; documents: number }; timeline: unknown[]; quotes: PageJson<{ content: string }>; coOccurring: { name: string }[]; queries: { quotes: string } }>(`/api/entities/${entityId({ type: 'PERSON', name: 'Muqtada al-Sadr' })}`);
      assert.equal(sadr.entity.name, 'Muqtada al-Sadr');
      assert.ok(sadr.entity.documents >= 1);
      assert.ok(sadr.timeline.length >= 1);
      assert.ok(sadr.quotes.items.some((r) => r.content === 'the occupiers must leave Iraq now'));
      assert.ok(!sadr.coOccurring.some((e) => e.name === 'Muqtada al-Sadr'), 'not itself');
      const guterres = await get<{ coOccurring: { name: string }[] }>(`/api/entities/${entityId({ type: 'PERSON', name: 'Guterres' })}`);
      assert.deepEqual(guterres.coOccurring.map((e) => e.name).sort(), ['Turkey', 'Ukraine', 'United Nations']);
      assert.equal(sadr.queries.quotes, 'said-by:"Muqtada al-Sadr"');
      const ukraine = await get<{ events: { asSource: { docId: string }[]; asTarget: unknown[] } }>(`/api/entities/${entityId({ type: 'GPE', name: 'Ukraine' })}?limit=5`);
      assert.deepEqual(ukraine.events.asSource.map((e) => e.docId), ['q-grain']);
      const turkey = await get<{ events: { asSource: unknown[]; asTarget: { docId: string }[] } }>(`/api/entities/${entityId({ type: 'GPE', name: 'Turkey' })}`);
      assert.deepEqual(turkey.events.asTarget.map((e) => e.docId), ['q-grain']);
      assert.equal((await get<ErrorJson>(`/api/entities/${entityId({ type: 'PERSON', name: 'Nobody Atall' })}`, 404)).error.code, 'api.not-found');
      assert.equal((await get<ErrorJson>('/api/entities/garbage', 400)).error.code, 'api.bad-entity-id');
    });

    it('gives facets and timelines', async () => {
      const facets = await get<{ source?: { key: string }[]; day?: unknown }>('/api/facets?q=country%3AIQ&facets=source');
      assert.deepEqual(Object.keys(facets), ['source']);
      assert.ok(facets.source?.some((b) => b.key === 'Shafaq News'));
      const weeks = await get<{ period: string; count: number }[]>('/api/timeline?q=country%3AIQ&interval=week');
      assert.ok(weeks.every((point) => /^\d{4}-W\d{2}$/u.test(point.period)));
      const events = await get<{ period: string }[]>('/api/timeline?of=events');
      assert.ok(events.some((point) => point.period === '2020-09-28'));
    });

    it('streams exports of any query, complete, and refuses a format that cannot show the subject', async () => {
      const csv = await fetch(`${server.url}/api/export?format=csv&what=events&q=country%3AIQ`);
      assert.equal(csv.status, 200);
      assert.match(csv.headers.get('content-type') ?? '', /^text\/csv/u);
      assert.match(csv.headers.get('content-disposition') ?? '', /^attachment; filename="wirewatch-events\.csv"$/u);
      const rows = (await csv.text()).trim().split('\n');
      assert.equal(rows.length, 3, 'a header and the two Iraqi events');
      const jsonl = await fetch(`${server.url}/api/export?format=jsonl`);
      const lines = (await jsonl.text()).trim().split('\n').map((line) => JSON.parse(line) as { id: string });
      assert.equal(new Set(lines.map((line) => line.id)).size, SYNTHETIC + 5, 'every document once');
      assert.equal((await get<ErrorJson>('/api/export?format=gdelt&what=quotes', 400)).error.code, 'export.unsupported');
      assert.equal((await get<ErrorJson>('/api/export?format=xls', 400)).error.code, 'api.bad-parameter');
      assert.equal((await get<ErrorJson>('/api/export?format=csv&q=%22', 400)).error.code, 'query.empty');
    });

    it('refuses writes without the right token, and all writes on a server without one', async () => {
      const post = (base: string, headers: Record<string, string>): Promise<Response> => fetch(`${base}/api/analyze`, { method: 'POST', headers: { 'content-type': 'text/plain', ...headers }, body: 'Some text.' });
      const missing = await post(server.url, {});
      assert.equal(missing.status, 401);
      assert.equal(missing.headers.get('www-authenticate'), 'Bearer realm="wirewatch"');
      assert.equal(((await missing.json()) as ErrorJson).error.code, 'api.unauthorized');
      assert.equal((await post(server.url, { authorization: 'Bearer wrong-token' })).status, 401);
      assert.equal((await post(server.url, { authorization: TOKEN })).status, 401, 'not as a bearer token');
      const disabled = await post(readOnly.url, { authorization: `Bearer ${TOKEN}` });
      assert.equal(disabled.status, 403);
      assert.equal(((await disabled.json()) as ErrorJson).error.code, 'api.writes-disabled');
    });

    it('refuses a body over the size limit with 413', async () => {
      const response = await fetch(`${server.url}/api/analyze`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/plain' }, body: 'word '.repeat(MAX_BODY / 4) });
      assert.equal(response.status, 413);
      assert.equal(((await response.json()) as ErrorJson).error.code, 'api.too-large');
    });

    it('analyses a real article; with store=true stores it once', async () => {
      const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/plain; charset=utf-8' };
      const analysed = await fetch(`${server.url}/api/analyze`, { method: 'POST', headers, body: SADR_ARTICLE });
      assert.equal(analysed.status, 200);
      const { document, stored } = (await analysed.json()) as { document: { id: string; title: string; quotes: unknown[]; entities: { name: string }[] }; stored?: string };
      assert.equal(stored, undefined);
      assert.match(document.title, /Sadr/u);
      assert.ok(document.entities.some((e) => e.name === 'Muqtada al-Sadr'));
      assert.ok(document.quotes.length > 0);
      assert.equal((await get<ErrorJson>(`/api/documents/${document.id}`, 404)).error.code, 'api.not-found', 'not stored without store=true');
      const first = await fetch(`${server.url}/api/analyze?store=true`, { method: 'POST', headers, body: SADR_ARTICLE });
      assert.equal(first.status, 201);
      assert.equal(((await first.json()) as { stored: string }).stored, 'inserted');
      const again = await fetch(`${server.url}/api/analyze?store=true`, { method: 'POST', headers, body: SADR_ARTICLE });
      assert.equal(((await again.json()) as { stored: string }).stored, 'unchanged');
      assert.equal((await get<{ id: string }>(`/api/documents/${document.id}`)).id, document.id);
      // A re-post under another headline joins the original's story cluster.
      const repost = `Cleric al-Sadr lashes out at factions\n\n${SADR_ARTICLE.toString('utf8').split('\n').slice(1).join('\n')}\n\nThis story was first published by Shafaq News.`;
      const copy = (await (await fetch(`${server.url}/api/analyze?store=true`, { method: 'POST', headers, body: repost })).json()) as { document: { id: string } };
      assert.notEqual(copy.document.id, document.id);
      const cluster = await get<{ clusterId?: string; documents: { id: string; duplicateOf?: string }[] }>(`/api/documents/${copy.document.id}/cluster`);
      assert.equal(cluster.clusterId, document.id);
      assert.deepEqual(cluster.documents.map((d) => [d.id, d.duplicateOf]), [[document.id, undefined], [copy.document.id, document.id]]);
      const alone = await get<{ clusterId?: string; documents: { id: string }[] }>('/api/documents/q-strike/cluster');
      assert.deepEqual(alone.documents.map((d) => d.id), ['q-strike'], 'a document without a record is its own story');
      assert.equal((await get<ErrorJson>('/api/documents/no-such-id/cluster', 404)).error.code, 'api.not-found');
      // Analysis runs in its own thread: the server answers other requests meanwhile.
      const page = `<html><body><article>${'<p>Officials in Baghdad said the talks would resume next week, and the ministry confirmed it.</p>'.repeat(300)}</article></body></html>`;
      const order: string[] = [];
      const slow = fetch(`${server.url}/api/analyze`, { method: 'POST', headers: { ...headers, 'content-type': 'text/html' }, body: page }).then(async (r) => { await r.arrayBuffer(); order.push('analysis'); });
      await new Promise((resolve) => setTimeout(resolve, 50));
      await get('/api/stats').then(() => order.push('stats'));
      await slow;
      assert.deepEqual(order, ['stats', 'analysis']);
      const empty = await fetch(`${server.url}/api/analyze`, { method: 'POST', headers, body: '' });
      assert.equal(empty.status, 400);
      const rejected = await fetch(`${server.url}/api/analyze`, { method: 'POST', headers: { ...headers, 'content-type': 'text/html' }, body: '<html><body><script>x()</script></body></html>' });
      assert.equal(rejected.status, 422);
      assert.match(((await rejected.json()) as ErrorJson).error.code, /^[a-z]+\.[a-z-]+$/u);
    });

    it('serves its OpenAPI document and security headers', async () => {
      const response = await fetch(`${server.url}/api/openapi.json`);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(response.headers.get('content-security-policy'), "default-src 'none'; frame-ancestors 'none'");
      const doc = (await response.json()) as { openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
      assert.equal(doc.openapi, '3.1.0');
      for (const path of ['/api/export', '/api/documents/{id}/cluster', '/api/documents', '/api/documents/{id}', '/api/events', '/api/event-groups', '/api/quotes', '/api/entities', '/api/entities/{id}', '/api/facets', '/api/timeline', '/api/query/explain', '/api/analyze']) {
        assert.ok(doc.paths[path], path);
      }
      assert.ok(doc.components.schemas.AnalysedDocument);
      assert.ok(doc.components.schemas.EventGroup);
    });
  });
}
