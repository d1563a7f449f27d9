/**
 * The HTTP API of `wirewatch serve` (README "HTTP API"): Hono routes under /api over
 * one open store. Reads are open; writes (POST) need the bearer token. Every answer
 * is JSON (errors too: errors.ts), pages carry opaque cursors (cursor.ts), and the
 * OpenAPI document is generated from the same zod schemas the handlers validate with.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { logger } from 'hono/logger';
import { secureHeaders } from 'hono/secure-headers';
import type { RawInput } from '../../model/working-document.js';
import { analysisVersion } from '../../pipeline/analyze.js';
import { DEFAULT_CONFIG } from '../../pipeline/config.js';
import { nearDuplicatesFor } from '../../dedup/near-duplicates.js';
import { exportQuery } from '../../export/index.js';
import { explainQuery } from '../../query/explain.js';
import { parseQuery } from '../../query/parse.js';
import type { FacetName } from '../../query/results.js';
import { rawInputFromBytes } from '../../sources/files.js';
import type { QueryPage, SortKey, Store } from '../../store/store.js';
import { AnalysisThread } from './analysis-thread.js';
import { requireToken } from './auth.js';
import { cursorScope, decodeCursor, encodeCursor } from './cursor.js';
import { storyCluster } from './cluster.js';
import { entityHit, entityPage, parseEntityId } from './entity-page.js';
import { ApiError, errorResponse } from './errors.js';
import { openApiDocument } from './openapi.js';
import { AnalyzeParams, DocumentsParams, EventGroupsParams, ExportParams, EntitiesParams, EntityParams, ExplainParams, FacetsParams, ItemsParams, parseParams, TimelineParams } from './schemas.js';
import { mountStatic } from './static.js';

/** Request bodies above this are refused with 413 before they are read (the analysis's own input limit). */
export const DEFAULT_MAX_BODY_BYTES = DEFAULT_CONFIG.maxInputBytes;

export interface ApiOptions {
  store: Store;
  /** The bearer token writes need; none: writes are refused (403). */
  token?: string;
  /** Whether the store was opened for writing (POST /api/analyze?store=true). */
  writable?: boolean;
  maxBodyBytes?: number;
  /** A directory of web files to serve at / (static.ts); skipped when it has no index.html. */
  staticDirectory?: string;
  /** Where internal errors are logged (their details never reach the client). */
  log?: (message: string) => void;
  /** Where one line per request goes (method, path, status, time); none: no access log. */
  accessLog?: (line: string) => void;
  /** Runs analyses off the HTTP thread; one is made (and its thread started on the first analysis) when absent. */
  analysis?: AnalysisThread;
}

/** Content-Security-Policy of API answers: JSON loads nothing and is framed by nobody. */
const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

export function createApp(options: ApiOptions): Hono {
  const { store } = options;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const analysis = options.analysis ?? new AnalysisThread();
  const app = new Hono();

  if (options.accessLog) {
    const write = options.accessLog;
    // Only the finished request ("-->"), not its start.
    app.use('*', logger((line) => { if (line.startsWith('-->')) write(line); }));
  }
  app.use('*', secureHeaders({ crossOriginResourcePolicy: 'same-origin', xFrameOptions: 'DENY', strictTransportSecurity: false }));
  app.use('/api/*', async (c, next) => {
    await next();
    c.res.headers.set('Content-Security-Policy', API_CONTENT_SECURITY_POLICY);
    c.res.headers.set('Cache-Control', 'no-store');
  });
  app.onError((error, c) => {
    const { status, body, internal } = errorResponse(error);
    if (internal) options.log?.(`internal error on ${c.req.method} ${c.req.path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    // The rest of a refused body is never read: the connection cannot carry another request.
    if (status === 413) c.header('Connection', 'close');
    return c.json(body, status);
  });

  app.get('/api/openapi.json', (c) => c.json(openApiDocument()));
  app.get('/api/stats', async (c) => c.json(await store.stats()));

  app.get('/api/documents', async (c) => {
    const p = parseParams(DocumentsParams, c.req.query());
    const scope = cursorScope('documents', p.sort ?? 'default', p.q);
    const page = await store.findDocuments(rootOf(p.q), { ...(p.sort ? { sort: p.sort } : {}), ...paging(p, scope) });
    return c.json(withCursor(page, scope));
  });

  app.get('/api/documents/:id', async (c) => {
    const doc = await store.get(c.req.param('id'));
    if (!doc) throw new ApiError(404, 'api.not-found', `no document with id ${JSON.stringify(c.req.param('id'))}`);
    return c.json(doc);
  });

  app.get('/api/documents/:id/cluster', async (c) => {
    const id = c.req.param('id');
    if (!(await store.has(id))) throw new ApiError(404, 'api.not-found', `no document with id ${JSON.stringify(id)}`);
    return c.json(await storyCluster(store, id));
  });

  app.get('/api/events', async (c) => {
    const p = parseParams(ItemsParams, c.req.query());
    const sort = p.sort ?? 'newest';
    const scope = cursorScope('events', sort, p.q);
    return c.json(withCursor(await store.findEvents(rootOf(p.q), { sort, ...paging(p, scope) }), scope));
  });

  app.get('/api/event-groups', async (c) => {
    const p = parseParams(EventGroupsParams, c.req.query());
    const sort = p.sort ?? 'newest';
    const scope = cursorScope('event-groups', sort, p.q);
    const page = await store.findEventGroups(rootOf(p.q), { sort, ...paging(p, scope), ...(p.mentions ? { mentions: p.mentions } : {}) });
    return c.json(withCursor(page, scope));
  });

  app.get('/api/quotes', async (c) => {
    const p = parseParams(ItemsParams, c.req.query());
    const sort = p.sort ?? 'newest';
    const scope = cursorScope('quotes', sort, p.q);
    return c.json(withCursor(await store.findQuotes(rootOf(p.q), { sort, ...paging(p, scope) }), scope));
  });

  app.get('/api/entities', async (c) => {
    const p = parseParams(EntitiesParams, c.req.query());
    const scope = cursorScope('entities', 'documents', p.q);
    const page = await store.countEntities(rootOf(p.q), paging(p, scope));
    return c.json(withCursor({ ...page, items: page.items.map(entityHit) }, scope));
  });

  app.get('/api/entities/:id', async (c) => {
    const p = parseParams(EntityParams, c.req.query());
    const data = await entityPage(store, parseEntityId(c.req.param('id')), p.limit ?? 20);
    // The quotes continue at /api/quotes?q=<queries.quotes> with this cursor.
    return c.json({ ...data, quotes: withCursor(data.quotes, cursorScope('quotes', 'newest', data.queries.quotes)) });
  });

  app.get('/api/facets', async (c) => {
    const p = parseParams(FacetsParams, c.req.query());
    const facets = p.facets ? [...new Set(p.facets.split(','))] as FacetName[] : undefined;
    return c.json(await store.facets(rootOf(p.q), { ...(facets ? { facets } : {}), ...(p.limit ? { limit: p.limit } : {}) }));
  });

  app.get('/api/timeline', async (c) => {
    const p = parseParams(TimelineParams, c.req.query());
    return c.json(await store.timeline(rootOf(p.q), { of: p.of ?? 'documents', interval: p.interval ?? 'day' }));
  });

  app.get('/api/query/explain', (c) => {
    const p = parseParams(ExplainParams, c.req.query());
    const parsed = parseQuery(p.q, { allowEmpty: true });
    return c.json({ query: p.q, tree: parsed.root, text: explainQuery(parsed) });
  });

  app.get('/api/export', (c) => {
    const p = parseParams(ExportParams, c.req.query());
    // Query, format and subject are checked here (400 before a byte is sent); the rows are then pulled from the
    // store a page at a time as the client reads, so an export of any size streams in constant memory.
    const exported = exportQuery(store, p.q ?? '', { format: p.format, ...(p.what ? { what: p.what } : {}) });
    return new Response(exported.stream(), {
      headers: { 'Content-Type': exported.mediaType, 'Content-Disposition': `attachment; filename="${exported.fileName}"` },
    });
  });

  app.post(
    '/api/analyze',
    requireToken(options.token),
    bodyLimit({ maxSize: maxBodyBytes, onError: () => { throw new ApiError(413, 'api.too-large', `the request body is over ${maxBodyBytes} bytes`); } }),
    async (c) => analyzeBody(c, options, analysis),
  );

  app.all('/api/*', () => {
    throw new ApiError(404, 'api.not-found', 'no such route: GET /api/openapi.json lists them');
  });
  if (options.staticDirectory !== undefined) mountStatic(app, options.staticDirectory);
  app.notFound(() => {
    throw new ApiError(404, 'api.not-found', 'nothing here: the API is under /api (GET /api/openapi.json lists its routes)');
  });
  return app;
}

async function analyzeBody(c: Context, options: ApiOptions, analysis: AnalysisThread): Promise<Response> {
  const p = parseParams(AnalyzeParams, c.req.query());
  const storeIt = p.store === 'true';
  if (storeIt && !options.writable) throw new ApiError(403, 'api.read-only', 'the store is open read-only');
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  if (bytes.length === 0) throw new ApiError(400, 'api.empty-body', 'send the text or the HTML page as the request body');
  const contentType = c.req.header('content-type') ?? '';
  const sniffed = rawInputFromBytes(bytes, p.url ? { url: p.url } : {});
  // A declared type wins over sniffing; its charset outranks the page's own declaration, as for fetched pages.
  const mediaType: RawInput['mediaType'] = /^text\/html|^application\/xhtml\+xml/iu.test(contentType) ? 'text/html' : /^text\/plain/iu.test(contentType) ? 'text/plain' : sniffed.mediaType;
  const raw: RawInput = { ...sniffed, mediaType, ...(contentType !== '' ? { contentType } : {}) };
  const result = await analysis.analyze(raw, options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
  if (!result.ok) throw new ApiError(422, result.rejection.code, result.rejection.message);
  if (!storeIt) return c.json({ document: result.document });
  const docs = [result.document];
  const [stored] = await options.store.putMany(docs, analysisVersion(), { nearDuplicates: await nearDuplicatesFor(docs, options.store) });
  return c.json({ document: result.document, stored }, stored === 'inserted' ? 201 : 200);
}

/** The query text as a tree; absent or blank means every document. A query that cannot be read is QueryError → 400. */
function rootOf(text: string | undefined) {
  return parseQuery(text ?? '', { allowEmpty: true }).root;
}

function paging(p: { limit?: number; cursor?: string; count?: 'true' | 'false' }, scope: string): { limit?: number; after?: SortKey; count: boolean } {
  return {
    ...(p.limit !== undefined ? { limit: p.limit } : {}),
    ...(p.cursor !== undefined && p.cursor !== '' ? { after: decodeCursor(p.cursor, scope) } : {}),
    count: p.count !== 'false',
  };
}

function withCursor<T>(page: QueryPage<T>, scope: string): Omit<QueryPage<T>, 'next'> & { next?: string } {
  const { next, ...rest } = page;
  return next ? { ...rest, next: encodeCursor(scope, next) } : rest;
}
