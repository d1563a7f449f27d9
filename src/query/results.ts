/**
 * What a query returns, declared once with zod: the store interface's types, the
 * HTTP API's responses and its OpenAPI document all derive from these.
 *
 * An event, quote or entity hit is self-contained: it carries the document fields a
 * reader (or an export row) needs, so a page never needs a second trip per hit.
 */
import { z } from 'zod';
import { EntityType, Event, Quote } from '../model/schema.js';

/** The document an event or quote comes from, as a hit shows it. */
export const DocumentRef = z.object({
  id: z.string(),
  title: z.string(),
  published: z.string().optional(),
  source: z.string(),
  url: z.string().optional(),
  language: z.string(),
});
export type DocumentRef = z.infer<typeof DocumentRef>;

/** A document found by a query. */
export const DocumentHit = DocumentRef.extend({
  ingestedAt: z.string(),
  /** A short excerpt, plain text, matched words between « and »; the opening words when the query has no words. */
  snippet: z.string(),
  /** Relevance, higher is better, comparable within one result list only; 0 when the query has no words. */
  score: z.number(),
});
export type DocumentHit = z.infer<typeof DocumentHit>;

/** An event actor with what the document says about it. */
export const ActorRecord = z.object({
  /** The words of the text. */
  text: z.string(),
  /** The canonical name of the entity it resolves to. */
  name: z.string().optional(),
  entityId: z.string().optional(),
  type: EntityType.optional(),
  /** CAMEO-style actor code (`IRQ`, `USAGOV`). */
  code: z.string().optional(),
  /** ISO 3166-1 alpha-3: the entity's, else the first three letters of the code when they name a country. */
  country: z.string().optional(),
});
export type ActorRecord = z.infer<typeof ActorRecord>;

/** Where an event happened, from the document's places (or a country the location names). */
export const LocationRecord = z.object({
  text: z.string(),
  name: z.string().optional(),
  /** ISO 3166-1 alpha-2 (as GeoNames) and alpha-3. */
  country: z.string().optional(),
  countryIso3: z.string().optional(),
  admin1: z.string().optional(),
  lat: z.number().optional(),
  lon: z.number().optional(),
  geonamesId: z.number().int().optional(),
  featureClass: z.string().optional(),
});
export type LocationRecord = z.infer<typeof LocationRecord>;

export const EventRecord = z.object({
  docId: z.string(),
  /** The event's own date (day, month or year) when it has one, else the publication's day. */
  day: z.string().optional(),
  event: Event,
  source: ActorRecord.optional(),
  target: ActorRecord.optional(),
  location: LocationRecord.optional(),
  /** The sentence the event was read from. */
  evidence: z.string(),
  /** Whether the evidence lies in the first paragraph (GDELT's IsRootEvent). */
  lead: z.boolean(),
  document: DocumentRef,
});
export type EventRecord = z.infer<typeof EventRecord>;

/** One report of a merged event: which article said it, in which sentence, from which outlet. */
export const EventMention = z.object({
  docId: z.string(),
  eventId: z.string(),
  /** The sentence the event was read from in that article. */
  evidence: z.string(),
  /** The outlet (the URL's host, else its folded name; `?` and the document id when unknown) that counts towards NumSources. */
  outlet: z.string(),
  document: DocumentRef,
});
export type EventMention = z.infer<typeof EventMention>;

/**
 * The reports of one event across articles merged into one (src/store/event-key.ts says
 * which reports are one event), with GDELT's counts.
 */
export const EventGroup = z.object({
  /** The merge key: day|source|target|CAMEO base code|place|mode. */
  key: z.string(),
  /**
   * The report that stands for the event in a one-row view (a GDELT row): the first
   * listed report that places the event, else the first listed report.
   */
  record: EventRecord,
  /** Reports (events coded) of it, over every matching article: GDELT's NumMentions. */
  numMentions: z.number().int(),
  /** Distinct articles reporting it: NumArticles. */
  numArticles: z.number().int(),
  /** Distinct outlets reporting it (a wire copy counts once per outlet that published it): NumSources. */
  numSources: z.number().int(),
  /**
   * Distinct stories among those articles: a wire story and its copies on other outlets
   * (one near-duplicate cluster, src/dedup/) count once; an article without a cluster
   * record is its own story. GDELT has no such count.
   */
  numStories: z.number().int(),
  /** The reports, earliest published first, at most the `mentions` option asked for. */
  mentions: z.array(EventMention),
});
export type EventGroup = z.infer<typeof EventGroup>;

export const QuoteRecord = z.object({
  docId: z.string(),
  quote: Quote,
  /** What was said (the pieces joined by " … "). */
  content: z.string(),
  /** Who said it: the words of the text and the entity they resolve to. */
  speaker: z.object({ text: z.string(), name: z.string().optional(), entityId: z.string().optional(), type: EntityType.optional() }).optional(),
  document: DocumentRef,
});
export type QuoteRecord = z.infer<typeof QuoteRecord>;

/** An entity (name and type) over the documents of a query. */
export const EntityCount = z.object({
  name: z.string(),
  type: EntityType,
  /** Documents naming it. */
  documents: z.number().int(),
  /** Mentions over those documents. */
  mentions: z.number().int(),
});
export type EntityCount = z.infer<typeof EntityCount>;

export const FacetBucket = z.object({ key: z.string(), count: z.number().int() });
export type FacetBucket = z.infer<typeof FacetBucket>;

/** Counts over the documents (or, for event types, the events) a query matches. */
export const Facets = z.object({
  /** Documents per publication day, in day order. */
  day: z.array(FacetBucket).optional(),
  /** Documents per outlet, most first. */
  source: z.array(FacetBucket).optional(),
  /** Documents per entity, most first, per entity type (PERSON, ORG, GPE, …); key is the entity's name. */
  entity: z.record(z.string(), z.array(FacetBucket)).optional(),
  /** Events per CAMEO root (01–20) and per PLOVER type. */
  event: z.object({ cameoRoot: z.array(FacetBucket), plover: z.array(FacetBucket) }).optional(),
  /** Documents per country (ISO 3166-1 alpha-3) of their entities, places and event actors. */
  country: z.array(FacetBucket).optional(),
});
export type Facets = z.infer<typeof Facets>;

export const FACET_NAMES = ['day', 'source', 'entity', 'event', 'country'] as const;
export type FacetName = (typeof FACET_NAMES)[number];

export const TimelinePoint = z.object({
  /** A day (2020-09-29) or an ISO week (2020-W40). */
  period: z.string(),
  count: z.number().int(),
});
export type TimelinePoint = z.infer<typeof TimelinePoint>;
