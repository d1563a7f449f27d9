/**
 * Every result of a query, page by page through the store's keyset cursors: one page
 * in memory at a time, whatever the result size, and no cap. A page's `next` key is
 * where the following page starts, so rows stored during the walk neither repeat nor
 * shift it.
 */
import type { AnalysedDocument } from '../model/schema.js';
import type { QueryNode } from '../query/ast.js';
import type { DocumentHit, EntityCount, EventGroup, EventRecord, QuoteRecord } from '../query/results.js';
import type { QueryPage, SortKey, Store } from '../store/store.js';

/** Rows per store page: big enough that per-page overhead is small, small enough to keep memory flat. */
export const DEFAULT_PAGE_SIZE = 500;

/** The walks an encoder may take over one query's results. */
export interface ExportSource {
  /** Matching documents as the query finds them (no body). */
  documentHits(): AsyncIterable<DocumentHit>;
  /** Matching documents, whole (read a page at a time with Store.getMany). */
  documents(): AsyncIterable<AnalysedDocument>;
  events(): AsyncIterable<EventRecord>;
  /** Matching events merged across articles (Store.findEventGroups), with their counts. */
  eventGroups(): AsyncIterable<EventGroup>;
  quotes(): AsyncIterable<QuoteRecord>;
  entities(): AsyncIterable<EntityCount>;
}

type PageReader<T> = (after: SortKey | undefined) => Promise<QueryPage<T>>;

/** Yields every item of every page, asking for the next page only when the last one is used up. */
export async function* walkPages<T>(read: PageReader<T>): AsyncGenerator<T> {
  let after: SortKey | undefined;
  do {
    const page = await read(after);
    yield* page.items;
    after = page.next;
  } while (after !== undefined);
}

/**
 * The walks over `store` for the query `root`, oldest first (a stable order: by
 * publication or event day, then id) without counting totals.
 */
export function storeSource(store: Store, root: QueryNode, pageSize = DEFAULT_PAGE_SIZE): ExportSource {
  const options = (after: SortKey | undefined) => ({ limit: pageSize, count: false, sort: 'oldest' as const, ...(after ? { after } : {}) });
  const documentPages: PageReader<DocumentHit> = (after) => store.findDocuments(root, options(after));
  return {
    documentHits: () => walkPages(documentPages),
    async *documents() {
      let after: SortKey | undefined;
      do {
        const page = await documentPages(after);
        if (page.items.length > 0) yield* await store.getMany(page.items.map((hit) => hit.id));
        after = page.next;
      } while (after !== undefined);
    },
    events: () => walkPages((after) => store.findEvents(root, options(after))),
    eventGroups: () => walkPages((after) => store.findEventGroups(root, options(after))),
    quotes: () => walkPages((after) => store.findQuotes(root, options(after))),
    entities: () => walkPages((after) => store.countEntities(root, { limit: pageSize, count: false, ...(after ? { after } : {}) })),
  };
}
