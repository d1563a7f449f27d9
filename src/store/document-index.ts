/**
 * What every store indexes beside a document so that the search language's fields
 * can be answered in SQL, the same way on every store: computed here once, at put
 * time, and written by each store into its own tables (see the migrations).
 *
 * - names: every entity name and alias, in the column of its type group (person,
 *   org, place, other), one row per name so a phrase never runs across two names;
 * - quotes: each quotation's words and its speaker's names, with a QuoteRecord;
 * - events: each event's codes, day, countries and confidence, with an EventRecord;
 * - countries: the ISO alpha-3 codes of the document's entities, places and event actors;
 * - the publication day, and the outlet's name and domain as folded words.
 */
import type { AnalysedDocument, Entity, EntityType, Event, Place, Quote } from '../model/schema.js';
import { countryOfIso3, findCountry, iso3Of } from '../query/countries.js';
import { dayOf } from '../query/dates.js';
import type { ActorRecord, DocumentRef, EventRecord, LocationRecord, QuoteRecord } from '../query/results.js';
import { eventKey, eventOutlet } from './event-key.js';
import { foldName } from './fold.js';

/** The name columns of the entity-name index, by entity type. */
export type NameColumn = 'person' | 'org' | 'place' | 'other';

const NAME_COLUMN: Record<EntityType, NameColumn> = {
  PERSON: 'person',
  ORG: 'org',
  GPE: 'place',
  LOC: 'place',
  FAC: 'place',
  NORP: 'other',
  EVENT: 'other',
  PRODUCT: 'other',
  MISC: 'other',
};

export function nameColumn(type: EntityType): NameColumn {
  return NAME_COLUMN[type];
}

export interface NameRow {
  entityId: string;
  column: NameColumn;
  name: string;
}

export interface QuoteRow {
  ordinal: number;
  quoteId: string;
  content: string;
  /** The speaker's names, one a line. */
  speakers: string;
  record: QuoteRecord;
}

export interface EventRow {
  ordinal: number;
  eventId: string;
  cameo: string;
  cameoRoot: string;
  plover: string | null;
  quadClass: number | null;
  day: string | null;
  locationCountry: string | null;
  sourceCountry: string | null;
  targetCountry: string | null;
  /** What identifies the event across articles (event-key.ts). */
  eventKey: string;
  /** The outlet it was reported by, for NumSources. */
  outlet: string;
  /** The probability that a reader judges it right (event-confidence.ts); null when the analysis gave none. */
  confidence: number | null;
  record: EventRecord;
}

export interface DocumentIndex {
  publishedDay: string | null;
  /** Folded words of the outlet's name and domain, space-separated with a space at each end, for `source:` LIKE patterns. */
  sourceWords: string;
  names: NameRow[];
  quotes: QuoteRow[];
  events: EventRow[];
  countries: string[];
}

const WORD = /[\p{L}\p{N}]+/gu;
/** A speaker phrase that is a pronoun or a description, not a name, is not a name to find the speaker by. */
const NAMELESS = /^(?:he|she|they|it|we|i|you|who|which|that|the|a|an|this|these|those|his|her|their|its|one|some|many|officials?|sources?)\b/iu;

/** The folded words of a text, space-separated: "Shafaq News" → "shafaq news". */
export function foldedWords(text: string): string {
  return [...foldName(text).matchAll(WORD)].map((m) => m[0]).join(' ');
}

export function indexDocument(doc: AnalysedDocument): DocumentIndex {
  const entities = new Map(doc.entities.map((entity) => [entity.id, entity]));
  const ref = documentRef(doc);
  const events = doc.events.map((event, ordinal) => eventRow(doc, event, ordinal, entities, ref));
  const countries = new Set<string>();
  for (const entity of doc.entities) addCountry(countries, entity.country);
  for (const place of doc.places) addCountry(countries, place.country);
  for (const row of events) for (const code of [row.locationCountry, row.sourceCountry, row.targetCountry]) addCountry(countries, code ?? undefined);
  return {
    publishedDay: dayOf(doc.published) ?? null,
    sourceWords: ` ${[foldedWords(doc.source.name), foldedWords(doc.source.domain ?? hostOf(doc.source.url) ?? '')].filter((w) => w !== '').join(' ')} `,
    names: doc.entities.flatMap((entity) => [...new Set([entity.name, ...(entity.aliases ?? [])])].map((name) => ({ entityId: entity.id, column: nameColumn(entity.type), name }))),
    quotes: doc.quotes.map((quote, ordinal) => quoteRow(doc, quote, ordinal, entities, ref)),
    events,
    countries: [...countries].sort(),
  };
}

function addCountry(countries: Set<string>, code: string | undefined): void {
  const iso3 = iso3Of(code);
  if (iso3) countries.add(iso3);
}

function hostOf(url: string | undefined): string | undefined {
  if (!url || !URL.canParse(url)) return undefined;
  return new URL(url).hostname.replace(/^www\./u, '');
}

function documentRef(doc: AnalysedDocument): DocumentRef {
  const ref: DocumentRef = { id: doc.id, title: doc.title, source: doc.source.name, language: doc.language };
  if (doc.published !== undefined) ref.published = doc.published;
  if (doc.source.url !== undefined) ref.url = doc.source.url;
  return ref;
}

/** The names a quote's speaker is found by: its entity's name and aliases, and the speaker mention when it is a name. */
export function speakerNames(quote: Quote, entities: ReadonlyMap<string, Entity>): string[] {
  if (!quote.speaker) return [];
  const names = new Set<string>();
  const entity = quote.speaker.entityId ? entities.get(quote.speaker.entityId) : undefined;
  if (entity) for (const name of [entity.name, ...(entity.aliases ?? [])]) names.add(name);
  if (/^\p{Lu}/u.test(quote.speaker.text) && !NAMELESS.test(quote.speaker.text)) names.add(quote.speaker.text);
  return [...names];
}

function quoteRow(doc: AnalysedDocument, quote: Quote, ordinal: number, entities: ReadonlyMap<string, Entity>, ref: DocumentRef): QuoteRow {
  const content = (quote.parts ?? [quote.content]).map((part) => doc.text.slice(part.start, part.end)).join(' … ');
  const record: QuoteRecord = { docId: doc.id, quote, content, document: ref };
  if (quote.speaker) {
    const entity = quote.speaker.entityId ? entities.get(quote.speaker.entityId) : undefined;
    record.speaker = { text: quote.speaker.text, ...(entity ? { name: entity.name, entityId: entity.id, type: entity.type } : {}) };
  }
  return { ordinal, quoteId: quote.id, content, speakers: speakerNames(quote, entities).join('\n'), record };
}

function eventRow(doc: AnalysedDocument, event: Event, ordinal: number, entities: ReadonlyMap<string, Entity>, ref: DocumentRef): EventRow {
  const day = dayOf(event.date) ?? dayOf(doc.published);
  const source = event.source ? actorRecord(event.source, entities) : undefined;
  const target = event.target ? actorRecord(event.target, entities) : undefined;
  const location = event.location ? locationRecord(event.location, doc.places) : undefined;
  const firstParagraphEnd = doc.paragraphs[0]?.end ?? doc.text.length;
  const record: EventRecord = {
    docId: doc.id,
    event,
    evidence: doc.text.slice(event.evidence.start, event.evidence.end),
    lead: event.evidence.start < firstParagraphEnd,
    document: ref,
  };
  if (day !== undefined) record.day = day;
  if (source) record.source = source;
  if (target) record.target = target;
  if (location) record.location = location;
  return {
    ordinal,
    eventId: event.id,
    cameo: event.cameo,
    cameoRoot: event.cameoRoot,
    plover: event.plover?.toUpperCase() ?? null,
    quadClass: event.quadClass ?? null,
    day: day ?? null,
    locationCountry: location?.countryIso3 ?? null,
    sourceCountry: source?.country ?? null,
    targetCountry: target?.country ?? null,
    eventKey: eventKey(record),
    outlet: eventOutlet(record),
    confidence: event.confidence ?? null,
    record,
  };
}

function actorRecord(actor: NonNullable<Event['source']>, entities: ReadonlyMap<string, Entity>): ActorRecord {
  const entity = actor.entityId ? entities.get(actor.entityId) : undefined;
  const record: ActorRecord = { text: actor.text };
  if (entity) Object.assign(record, { name: entity.name, entityId: entity.id, type: entity.type });
  const code = actor.code ?? entity?.actorCode;
  if (code) record.code = code;
  const country = iso3Of(entity?.country) ?? (code && code.length >= 3 ? countryOfIso3(code.slice(0, 3))?.iso3 : undefined);
  if (country) record.country = country;
  return record;
}

/**
 * An event's location names one of the document's places (by its words or its
 * resolved name, ignoring case); failing that, a country it names is the location.
 */
function locationRecord(location: string, places: readonly Place[]): LocationRecord {
  const wanted = foldName(location.trim());
  const place = places.find((p) => foldName(p.text) === wanted || (p.name !== undefined && foldName(p.name) === wanted));
  if (place) {
    const record: LocationRecord = { text: place.text };
    for (const key of ['name', 'country', 'admin1', 'lat', 'lon', 'geonamesId', 'featureClass'] as const) {
      if (place[key] !== undefined) Object.assign(record, { [key]: place[key] });
    }
    const iso3 = iso3Of(place.country);
    if (iso3) record.countryIso3 = iso3;
    return record;
  }
  const country = findCountry(location);
  return country ? { text: location, name: country.name, country: country.iso2, countryIso3: country.iso3 } : { text: location };
}
