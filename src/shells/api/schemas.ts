/**
 * The API's requests and responses as zod schemas: handlers validate query strings
 * with them, and the OpenAPI document (openapi.ts) is generated from the same
 * schemas, so the two cannot drift apart. Result shapes come from src/query/results.ts,
 * the store's own declarations.
 */
import { z } from 'zod';
import { EXPORT_FORMATS, EXPORT_SUBJECTS } from '../../export/index.js';
import { AnalysedDocument } from '../../model/schema.js';
import { DocumentHit, EntityCount, EventGroup, EventRecord, FACET_NAMES, QuoteRecord, TimelinePoint } from '../../query/results.js';
import { ApiError } from './errors.js';

const query = z.string().optional().describe('A query in the search language (README: "Search language"); absent or empty: everything.');
const limit = z.coerce.number().int().min(1).max(1000).optional().describe('Rows per page, 1 to 1000 (default 20).');
const cursor = z.string().optional().describe('The `next` of the previous page, unchanged: the page after it.');
const count = z.enum(['true', 'false']).optional().describe('Count every match into `total` (default true; false is faster for deep walks).');

export const DocumentsParams = z.object({
  q: query,
  sort: z.enum(['relevance', 'newest', 'oldest']).optional().describe('Default: relevance when the query has words, else newest.'),
  limit,
  cursor,
  count,
});

export const ItemsParams = z.object({
  q: query,
  sort: z.enum(['newest', 'oldest']).optional().describe("By the event's day (events) or the publication (quotes); default newest."),
  limit,
  cursor,
  count,
});

export const EventGroupsParams = ItemsParams.extend({
  mentions: z.coerce.number().int().min(1).max(1000).optional().describe('Reports listed per merged event (default 10); the counts cover every report.'),
});

export const EntitiesParams = z.object({ q: query, limit, cursor, count });

export const FacetsParams = z.object({
  q: query,
  facets: z.string().regex(new RegExp(`^(?:${FACET_NAMES.join('|')})(?:,(?:${FACET_NAMES.join('|')}))*$`, 'u')).optional().describe(`Which facets, comma-separated: ${FACET_NAMES.join(', ')} (default all).`),
  limit: z.coerce.number().int().min(1).max(1000).optional().describe('Buckets per facet (per entity type for entities), default 10; days are all given.'),
});

export const TimelineParams = z.object({
  q: query,
  of: z.enum(['documents', 'events']).optional().describe('Count documents by publication day (default) or events by their day.'),
  interval: z.enum(['day', 'week']).optional().describe('Days (2020-09-29) or ISO weeks (2020-W40); default day.'),
});

export const ExplainParams = z.object({ q: z.string().describe('The query to parse.') });

export const AnalyzeParams = z.object({
  store: z.enum(['true', 'false']).optional().describe('Also store the analysed document (default false).'),
  url: z.url({ protocol: /^https?$/u }).optional().describe("The text's original address: source domain, a date in the URL, and the document id."),
});

export const ExportParams = z.object({
  q: query,
  format: z.enum(EXPORT_FORMATS.map((f) => f.name) as [string, ...string[]]).describe(EXPORT_FORMATS.map((f) => `${f.name}: ${f.description}`).join('; ')),
  what: z.enum(EXPORT_SUBJECTS).optional().describe("What to export: documents, events, quotes or entities (default the format's first: documents for csv and jsonl, else events)."),
});

export const EntityParams = z.object({
  limit: z.coerce.number().int().min(1).max(100).optional().describe('Rows in each list of the entity page (default 20).'),
});

/** One page of a result list. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int().optional().describe('Every match (absent with count=false).'),
    sort: z.string().describe('The order the page is in.'),
    next: z.string().optional().describe('Cursor of the next page; absent on the last page.'),
  });
}

export const EntityHit = EntityCount.extend({
  id: z.string().describe('The entity (its name and type) as a path segment for /api/entities/{id}.'),
});
export type EntityHit = z.infer<typeof EntityHit>;

export const DocumentsPage = pageOf(DocumentHit);
export const EventsPage = pageOf(EventRecord);
export const EventGroupsPage = pageOf(EventGroup);
export const QuotesPage = pageOf(QuoteRecord);
export const EntitiesPage = pageOf(EntityHit);
export const Timeline = z.array(TimelinePoint);

export const Explanation = z.object({
  query: z.string(),
  tree: z.unknown().describe('The parsed tree (src/query/ast.ts): and/or/not nodes and leaves, each leaf with its position `at` in the query.'),
  text: z.string().describe('The tree as `wirewatch search --explain` prints it.'),
});

export const EntityPage = z.object({
  entity: EntityHit,
  queries: z.object({
    documents: z.string().describe('The query of the documents naming the entity (for /api/documents, /api/export).'),
    quotes: z.string().describe('The query of the quotations by the entity (for /api/quotes).'),
  }),
  timeline: Timeline.describe('Documents naming the entity, per publication day.'),
  quotes: QuotesPage.describe('The first page of quotations by the entity.'),
  events: z.object({
    asSource: z.array(EventRecord).describe('Events with the entity as the source actor, newest first.'),
    asTarget: z.array(EventRecord).describe('Events with the entity as the target actor, newest first.'),
  }),
  coOccurring: z.array(EntityHit).describe('Entities of the documents naming this one, the most widely named first.'),
});

export const Analysis = z.object({
  document: AnalysedDocument,
  stored: z.enum(['inserted', 'updated', 'unchanged']).optional().describe('What storing did, with store=true.'),
});

export const Stats = z.object({ documents: z.number().int(), entities: z.number().int(), storeVersion: z.number().int() });

/** Query-string values checked by `schema`; ApiError api.bad-parameter naming the first bad one. */
export function parseParams<T extends z.ZodType>(schema: T, values: Record<string, string>): z.infer<T> {
  const result = schema.safeParse(values);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const name = issue.path.join('.') || 'query string';
  throw new ApiError(400, 'api.bad-parameter', `bad parameter ${name}: ${issue.message}`);
}
