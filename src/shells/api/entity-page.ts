/**
 * What the dashboard's entity page shows about one entity (a name and a type, as
 * the store counts entities): how often it is named over time, what it said, the
 * events it took part in as source or target, and who is named beside it. Each list
 * comes from the store's query engine through the same search-language leaves a
 * user could type (person:"…", said-by:"…"), and the page says which queries, so
 * the client can page further through /api/documents, /api/quotes and /api/export.
 */
import { EntityType } from '../../model/schema.js';
import type { NameField, NameLeaf, QueryNode } from '../../query/ast.js';
import type { EntityCount, EventRecord } from '../../query/results.js';
import type { SortKey, Store } from '../../store/store.js';
import { ApiError } from './errors.js';
import type { EntityHit } from './schemas.js';

/** Rows of events read per store page while looking for the entity's own events. */
const EVENT_PAGE = 500;

export interface EntityKey {
  type: EntityType;
  name: string;
}

/** An entity's id in URLs: its type and name as JSON in base64url (names hold slashes, quotes and any script). */
export function entityId(entity: EntityKey): string {
  return Buffer.from(JSON.stringify([entity.type, entity.name]), 'utf8').toString('base64url');
}

export function parseEntityId(id: string): EntityKey {
  try {
    const value: unknown = JSON.parse(Buffer.from(id, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[1] === 'string' && value[1] !== '') {
      return { type: EntityType.parse(value[0]), name: value[1] };
    }
  } catch {
    // falls through to the refusal
  }
  throw new ApiError(400, 'api.bad-entity-id', 'not an entity id: use the "id" of an item of /api/entities');
}

export function entityHit(count: EntityCount): EntityHit {
  return { id: entityId(count), ...count };
}

const FIELD_OF_TYPE: Partial<Record<EntityType, NameField>> = { PERSON: 'person', ORG: 'org', GPE: 'place', LOC: 'place', FAC: 'place' };

/** The name as a phrase the parser reads back unchanged (a double quote inside would end it). */
function phrase(name: string): string {
  return name.replace(/"/gu, ' ').replace(/\s+/gu, ' ').trim();
}

export interface EntityPageData {
  entity: EntityHit;
  queries: { documents: string; quotes: string };
  timeline: Awaited<ReturnType<Store['timeline']>>;
  quotes: { items: Awaited<ReturnType<Store['findQuotes']>>['items']; total?: number; sort: string; next?: SortKey };
  events: { asSource: EventRecord[]; asTarget: EventRecord[] };
  coOccurring: EntityHit[];
}

export async function entityPage(store: Store, key: EntityKey, limit: number): Promise<EntityPageData> {
  const field = FIELD_OF_TYPE[key.type] ?? 'entity';
  const words = phrase(key.name);
  const named: NameLeaf = { kind: 'name', field, text: words, prefix: false, at: { start: 0, end: 0 } };
  const said: QueryNode = { kind: 'quote', field: 'speaker', text: words, prefix: false, at: { start: 0, end: 0 } };

  const entity = await findEntity(store, named, key);
  if (!entity) throw new ApiError(404, 'api.not-found', `no ${key.type} named ${JSON.stringify(key.name)} in the store`);
  const [timeline, quotes, events, coOccurring] = await Promise.all([
    store.timeline(named),
    store.findQuotes(said, { limit }),
    actorEvents(store, named, key, limit),
    store.countEntities(named, { limit: limit + 1, count: false, match: 'document' }),
  ]);
  return {
    entity: entityHit(entity),
    queries: { documents: `${field}:"${words}"`, quotes: `said-by:"${words}"` },
    timeline,
    quotes,
    events,
    coOccurring: coOccurring.items.filter((other) => other.name !== key.name || other.type !== key.type).slice(0, limit).map(entityHit),
  };
}

/** The store's count for exactly this name and type among the entities whose names hold its words. */
async function findEntity(store: Store, named: QueryNode, key: EntityKey): Promise<EntityCount | undefined> {
  let after: SortKey | undefined;
  for (;;) {
    const page = await store.countEntities(named, { limit: 1000, count: false, ...(after ? { after } : {}) });
    const found = page.items.find((item) => item.name === key.name && item.type === key.type);
    if (found || !page.next) return found;
    after = page.next;
  }
}

/** Events of the documents naming the entity, kept where it is the source or the target actor, up to `limit` each. */
async function actorEvents(store: Store, named: QueryNode, key: EntityKey, limit: number): Promise<{ asSource: EventRecord[]; asTarget: EventRecord[] }> {
  const asSource: EventRecord[] = [];
  const asTarget: EventRecord[] = [];
  const isThis = (actor: EventRecord['source']): boolean => actor !== undefined && (actor.name ?? actor.text) === key.name && (actor.type === undefined || actor.type === key.type);
  let after: SortKey | undefined;
  do {
    const page = await store.findEvents(named, { limit: EVENT_PAGE, count: false, ...(after ? { after } : {}) });
    for (const record of page.items) {
      if (asSource.length < limit && isThis(record.source)) asSource.push(record);
      if (asTarget.length < limit && isThis(record.target)) asTarget.push(record);
    }
    after = page.next;
  } while (after && (asSource.length < limit || asTarget.length < limit));
  return { asSource, asTarget };
}
