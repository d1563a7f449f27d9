import type { Fetcher, FetchedResource, FetchFailure } from '../fetch/fetcher.js';
import type { IngestItem } from '../ingest/ingest-inputs.js';
import type { RawInput } from '../model/working-document.js';
import { gunzipBounded, isGzip } from '../stages/ingest/gzip.js';
import { mapConcurrent } from './concurrent.js';
import { parseFeedText, type ParsedFeed } from './feed.js';
import type { InputProblem } from './files.js';
import { countSkip, failedFilter, sniffDeclaredLanguage, type SkipCounts, type SourceFilters } from './filters.js';
import { resourceKind } from './resource-kind.js';
import { parseSitemapText, type SitemapEntry } from './sitemap.js';

/**
 * Web inputs: a URL given to `ingest` may be a feed, a sitemap (or sitemap
 * index) or an article; it is fetched once and what it turns out to be decides
 * what happens next. Feeds and sitemaps expand into their article links, which
 * are filtered (host, date, declared language) and fetched concurrently within
 * the fetcher's per-host limits. Every article becomes an IngestItem, so a local
 * ingest and a queue enqueue take them the same way as files.
 */
export interface WebSourceOptions {
  fetcher: Fetcher;
  filters?: SourceFilters;
  /** Counts of links left out, by reason; the caller reports them. */
  skipped?: SkipCounts;
  /** Sitemaps read per given URL at most (an index of indexes can be huge). */
  maxSitemaps?: number;
  /** Article fetches in flight at once (the fetcher still applies its per-host limits). */
  concurrency?: number;
}

/** Sitemap index nesting followed: sitemaps.org allows one level; some sites nest two. */
const MAX_SITEMAP_DEPTH = 3;
const DEFAULT_MAX_SITEMAPS = 1000;
const DEFAULT_CONCURRENCY = 16;
/** sitemaps.org's limit for one uncompressed sitemap. */
const MAX_SITEMAP_BYTES = 50 * 1024 * 1024;

/** An article link to fetch, with what its feed or sitemap said about it. */
export interface ArticleLink {
  url: string;
  published?: string;
  language?: string;
}

const problemOf = (failure: FetchFailure, label = failure.url): InputProblem => ({ path: label, code: failure.code, message: failure.message });
const item = (label: string, value: RawInput | InputProblem): IngestItem => ({ label, read: () => value });

/** The fetched body, a gzipped sitemap (`sitemap.xml.gz`, served as application/gzip) inflated. */
function bodyOf(resource: FetchedResource, maxBytes: number): Uint8Array | InputProblem {
  if (!isGzip(resource.bytes)) return resource.bytes;
  const inflated = gunzipBounded(resource.bytes, maxBytes);
  if (!inflated.ok) return { path: resource.url, code: inflated.problem === 'too-large' ? 'fetch.too-large' : 'fetch.bad-encoding', message: `the gzip body ${inflated.message}` };
  return inflated.bytes;
}

/**
 * Turns a fetched article into a raw input, or says why not: a feed or sitemap
 * where an article was expected, a binary type, a language filtered out.
 */
export function articleInput(resource: FetchedResource, filters: SourceFilters = {}): RawInput | InputProblem | { skip: 'filter.language' } {
  const kind = resourceKind(resource.contentType, resource.bytes);
  if (kind !== 'page' && kind !== 'text') {
    return { path: resource.url, code: 'fetch.unsupported-type', message: `expected an article, got ${kind === 'unsupported' ? resource.contentType ?? 'an unknown type' : `a ${kind}`}` };
  }
  const language = resource.contentLanguage ?? (kind === 'page' ? sniffDeclaredLanguage(resource.bytes) : undefined);
  if (failedFilter(filters, { ...(language ? { language } : {}) })) return { skip: 'filter.language' };
  return {
    bytes: resource.bytes,
    mediaType: kind === 'page' ? 'text/html' : 'text/plain',
    url: resource.finalUrl,
    ...(resource.contentType ? { contentType: resource.contentType } : {}),
  };
}

/** The links of a feed that pass the filters (the rest counted in `skipped`). */
export function feedLinks(feed: ParsedFeed, filters: SourceFilters, skipped: SkipCounts): ArticleLink[] {
  const links: ArticleLink[] = [];
  for (const entry of feed.entries) {
    const reason = failedFilter(filters, { url: entry.url, ...(entry.published ? { date: entry.published } : {}), ...(feed.language ? { language: feed.language } : {}) });
    if (reason) countSkip(skipped, reason);
    else links.push({ url: entry.url, ...(entry.published ? { published: entry.published } : {}), ...(feed.language ? { language: feed.language } : {}) });
  }
  return links;
}

function sitemapLinks(entries: readonly SitemapEntry[], filters: SourceFilters, skipped: SkipCounts): ArticleLink[] {
  const links: ArticleLink[] = [];
  for (const entry of entries) {
    const date = entry.published ?? entry.lastmod;
    const reason = failedFilter(filters, { url: entry.url, ...(date ? { date } : {}), ...(entry.language ? { language: entry.language } : {}) });
    if (reason) countSkip(skipped, reason);
    else links.push({ url: entry.url, ...(date ? { published: date } : {}), ...(entry.language ? { language: entry.language } : {}) });
  }
  return links;
}

type Discovered = { kind: 'link'; link: ArticleLink } | { kind: 'item'; item: IngestItem };

/** Fetches one given URL and yields what it holds: its article, or its feed's or sitemap's links. */
async function* discover(url: string, options: WebSourceOptions, skipped: SkipCounts): AsyncGenerator<Discovered> {
  const filters = options.filters ?? {};
  const maxSitemaps = options.maxSitemaps ?? DEFAULT_MAX_SITEMAPS;
  const queue: { url: string; depth: number }[] = [{ url, depth: 0 }];
  let sitemapsRead = 0;
  while (queue.length > 0) {
    const next = queue.shift()!;
    const fetched = await options.fetcher.fetch(next.url);
    if (!fetched.ok) {
      yield { kind: 'item', item: item(next.url, problemOf(fetched, next.url)) };
      continue;
    }
    if (fetched.notModified) continue;
    const body = bodyOf(fetched, MAX_SITEMAP_BYTES);
    if ('code' in body) {
      yield { kind: 'item', item: item(next.url, body) };
      continue;
    }
    const resource: FetchedResource = { ...fetched, bytes: body };
    const kind = resourceKind(resource.contentType, body);
    const text = kind === 'feed' || kind === 'sitemap' ? Buffer.from(body).toString('utf8') : '';
    if (kind === 'feed') {
      const parsed = parseFeedText(text, resource.finalUrl);
      if (!parsed.ok) yield { kind: 'item', item: item(next.url, { path: next.url, code: 'source.bad-feed', message: parsed.message }) };
      else for (const link of feedLinks(parsed.feed, filters, skipped)) yield { kind: 'link', link };
    } else if (kind === 'sitemap') {
      sitemapsRead++;
      const parsed = parseSitemapText(text, resource.finalUrl);
      if (!parsed.ok) yield { kind: 'item', item: item(next.url, { path: next.url, code: 'source.bad-sitemap', message: parsed.message }) };
      else if (parsed.sitemap.kind === 'urlset') for (const link of sitemapLinks(parsed.sitemap.entries, filters, skipped)) yield { kind: 'link', link };
      else if (next.depth + 1 >= MAX_SITEMAP_DEPTH) yield { kind: 'item', item: item(next.url, { path: next.url, code: 'source.bad-sitemap', message: `sitemap indexes nest deeper than ${MAX_SITEMAP_DEPTH} levels` }) };
      else {
        const room = Math.max(0, maxSitemaps - sitemapsRead - queue.length);
        if (parsed.sitemap.sitemaps.length > room) countSkip(skipped, 'sitemap.over-limit');
        for (const child of parsed.sitemap.sitemaps.slice(0, room)) queue.push({ url: child, depth: next.depth + 1 });
      }
    } else {
      const reason = failedFilter(filters, { url: resource.finalUrl });
      if (reason) {
        countSkip(skipped, reason);
        continue;
      }
      const input = articleInput(resource, filters);
      if ('skip' in input) countSkip(skipped, input.skip);
      else yield { kind: 'item', item: item(next.url, input) };
    }
  }
}

/** Fetches one article link into an item; undefined when a filter on the fetched page leaves it out. */
export async function fetchArticle(link: ArticleLink, fetcher: Fetcher, filters: SourceFilters, skipped: SkipCounts): Promise<IngestItem | undefined> {
  const fetched = await fetcher.fetch(link.url);
  if (!fetched.ok) return item(link.url, problemOf(fetched));
  if (fetched.notModified) return undefined;
  const input = articleInput(fetched, link.language ? {} : filters);
  if ('skip' in input) {
    countSkip(skipped, input.skip);
    return undefined;
  }
  return item(link.url, input);
}

/**
 * One article URL as a raw input, or the coded reason it is not one: what a queue
 * worker's `fetchUrl` option wants for URL jobs.
 *
 * @example runWorker(queue, store, { fetchUrl: (url) => fetchRawInput(url, fetcher) })
 */
export async function fetchRawInput(url: string, fetcher: Fetcher): Promise<RawInput | InputProblem> {
  const fetched = await fetcher.fetch(url);
  if (!fetched.ok) return problemOf(fetched);
  if (fetched.notModified) return { path: url, code: 'fetch.http-status', message: 'HTTP 304 to an unconditional request' };
  const input = articleInput(fetched);
  return 'skip' in input ? { path: url, code: 'fetch.unsupported-type', message: 'filtered out' } : input;
}

/**
 * The articles behind `urls` (feeds, sitemaps, pages), as IngestItems ready to
 * read, fetched concurrently; problems come as items whose read() gives the
 * coded problem.
 *
 * @example
 *   const fetcher = new Fetcher();
 *   const report = await ingestInputs(webItems(['https://example.org/rss'], { fetcher }), store);
 */
export async function* webItems(urls: readonly string[], options: WebSourceOptions): AsyncGenerator<IngestItem> {
  const skipped = options.skipped ?? {};
  const filters = options.filters ?? {};
  const seenLinks = new Set<string>();
  async function* everything(): AsyncGenerator<Discovered> {
    for (const url of urls) yield* discover(url, options, skipped);
  }
  const results = mapConcurrent(everything(), options.concurrency ?? DEFAULT_CONCURRENCY, async (found): Promise<IngestItem | undefined> => {
    if (found.kind === 'item') return found.item;
    // A link listed by two feeds (or twice in one) is fetched once.
    if (seenLinks.has(found.link.url)) return undefined;
    seenLinks.add(found.link.url);
    return fetchArticle(found.link, options.fetcher, filters, skipped);
  });
  for await (const result of results) if (result) yield result;
}
