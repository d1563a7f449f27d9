import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Fetcher } from '../fetch/fetcher.js';
import type { IngestItem } from '../ingest/ingest-inputs.js';
import type { IssueCode } from '../model/issue-codes.js';
import { mapConcurrent } from './concurrent.js';
import { parseFeedText } from './feed.js';
import type { InputProblem } from './files.js';
import type { SkipCounts, SourceFilters } from './filters.js';
import { resourceKind } from './resource-kind.js';
import { feedLinks, fetchArticle } from './web.js';

/**
 * Feed polling for `wirewatch watch`: each round asks every feed for what
 * changed since the last round (conditional GET with the ETag and
 * Last-Modified it sent), and yields the articles of entries not seen before.
 *
 * State lives in a small JSON file, not in the store: it is per watcher (two
 * people watching the same feeds into one PostgreSQL store keep their own), it
 * is tiny, and a lost state file costs one round of re-fetching, never a
 * duplicate document (documents are idempotent by id).
 */
export interface FeedState {
  etag?: string;
  lastModified?: string;
  /** ISO time of the last poll. */
  lastPolled?: string;
  /** Entry ids already handled, oldest first (bounded by MAX_SEEN_PER_FEED). */
  seen: string[];
}

export interface WatchState {
  version: 1;
  feeds: Record<string, FeedState>;
}

/** Feeds list their last 10–100 entries; remembering this many per feed is plenty and keeps the file small. */
export const MAX_SEEN_PER_FEED = 5000;
/** Article fetches in flight per feed (the fetcher's per-host limits still apply). */
const ARTICLE_CONCURRENCY = 8;
/** Failures worth trying again next round: the entry is not marked seen. */
const TRANSIENT: ReadonlySet<IssueCode> = new Set(['fetch.timeout', 'fetch.network', 'fetch.robots-unavailable', 'fetch.http-status']);

export const emptyWatchState = (): WatchState => ({ version: 1, feeds: {} });

/** Reads the state file; a missing file is a fresh state, a corrupt one an error naming the file. */
export function loadWatchState(path: string): WatchState {
  if (!existsSync(path)) return emptyWatchState();
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<WatchState>;
  if (parsed.version !== 1 || typeof parsed.feeds !== 'object' || parsed.feeds === null) throw new Error(`${path} is not a Wirewatch watch state file`);
  return parsed as WatchState;
}

/** Writes the state file atomically (a crash leaves the old file or the new one, never half of one). */
export function saveWatchState(path: string, state: WatchState): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(state, null, 1));
  renameSync(temporary, path);
}

/** Feed URLs from arguments: a URL is itself, anything else is a file of URLs (one a line, # comments). */
export function feedUrls(args: readonly string[]): string[] {
  const urls: string[] = [];
  for (const arg of args) {
    if (/^https?:\/\//i.test(arg)) urls.push(arg.trim());
    else {
      for (const line of readFileSync(arg, 'utf8').split(/\r?\n/)) {
        const url = line.replace(/#.*$/, '').trim();
        if (url) urls.push(url);
      }
    }
  }
  return [...new Set(urls)];
}

export interface RoundCounts {
  feeds: number;
  notModified: number;
  failedFeeds: number;
  newEntries: number;
}

export interface WatchRoundOptions {
  fetcher: Fetcher;
  filters?: SourceFilters;
  skipped?: SkipCounts;
  /** Stops the round between feeds and between articles (ctrl-C). */
  signal?: AbortSignal;
  now?: () => Date;
}

const problemItem = (problem: InputProblem): IngestItem => ({ label: problem.path, read: () => problem });

function remember(state: FeedState, ids: readonly string[]): void {
  const seen = new Set(state.seen);
  for (const id of ids) if (!seen.has(id)) state.seen.push(id);
  if (state.seen.length > MAX_SEEN_PER_FEED) state.seen.splice(0, state.seen.length - MAX_SEEN_PER_FEED);
}

/**
 * One polling round over `feeds`, as IngestItems (articles of new entries, and
 * feed or article problems). `state` is updated as the round goes; save it
 * after the items are consumed.
 */
export async function* watchRound(feeds: readonly string[], state: WatchState, options: WatchRoundOptions, counts: RoundCounts): AsyncGenerator<IngestItem> {
  const skipped = options.skipped ?? {};
  const filters = options.filters ?? {};
  const now = options.now ?? (() => new Date());
  for (const url of feeds) {
    if (options.signal?.aborted) return;
    counts.feeds++;
    const feedState = (state.feeds[url] ??= { seen: [] });
    const fetched = await options.fetcher.fetch(url, { ...(feedState.etag ? { etag: feedState.etag } : {}), ...(feedState.lastModified ? { lastModified: feedState.lastModified } : {}) });
    feedState.lastPolled = now().toISOString();
    if (!fetched.ok) {
      counts.failedFeeds++;
      yield problemItem({ path: url, code: fetched.code, message: fetched.message });
      continue;
    }
    if (fetched.notModified) {
      counts.notModified++;
      continue;
    }
    const parsed = resourceKind(fetched.contentType, fetched.bytes) === 'feed' ? parseFeedText(Buffer.from(fetched.bytes).toString('utf8'), fetched.finalUrl) : { ok: false as const, message: 'not a feed (RSS, Atom, RDF or JSON Feed)' };
    if (!parsed.ok) {
      counts.failedFeeds++;
      yield problemItem({ path: url, code: 'source.bad-feed', message: parsed.message });
      continue;
    }
    // Validators are kept only once the feed was read: a bad body must not be skipped as "not modified" next time.
    delete feedState.etag;
    delete feedState.lastModified;
    if (fetched.etag) feedState.etag = fetched.etag;
    if (fetched.lastModified) feedState.lastModified = fetched.lastModified;
    const seen = new Set(feedState.seen);
    const fresh = parsed.feed.entries.filter((entry) => !seen.has(entry.id));
    counts.newEntries += fresh.length;
    const idOf = new Map(fresh.map((entry) => [entry.url, entry.id]));
    const links = feedLinks({ ...parsed.feed, entries: fresh }, filters, skipped);
    const kept = new Set(links.map((l) => l.url));
    // Entries a filter left out would be left out again: they are done.
    remember(feedState, fresh.filter((entry) => !kept.has(entry.url)).map((entry) => entry.id));
    const articles = mapConcurrent(links, ARTICLE_CONCURRENCY, async (link) => ({ link, item: options.signal?.aborted ? undefined : await fetchArticle(link, options.fetcher, filters, skipped) }));
    for await (const { link, item } of articles) {
      if (!item) {
        if (!options.signal?.aborted) remember(feedState, [idOf.get(link.url)!]);
        continue;
      }
      const value = await item.read();
      if (!('code' in value && TRANSIENT.has(value.code))) remember(feedState, [idOf.get(link.url)!]);
      yield item;
    }
  }
}
