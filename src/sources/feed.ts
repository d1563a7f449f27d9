import { parseFeed, type AnyFeed } from 'feedsmith';

/**
 * RSS 2.0, Atom, RDF (RSS 1.0) and JSON Feed, read with feedsmith into the few
 * things ingest needs from each entry: the article's link, an id to remember it
 * by, its title and date. The articles themselves are fetched from their links
 * (a feed's summary is not the article).
 */
export interface FeedEntry {
  /** The article's absolute http(s) URL. */
  url: string;
  /** The entry's guid/id when it has one, else its URL: what `watch` remembers as seen. */
  id: string;
  title?: string;
  /** As the feed gives it (RFC 822 in RSS, RFC 3339 in Atom and JSON Feed). */
  published?: string;
}

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title?: string;
  /** The feed's declared language (RSS <language>, JSON Feed `language`). */
  language?: string;
  entries: FeedEntry[];
  /** Entries without an http(s) link: nothing to fetch. */
  entriesWithoutLink: number;
}

export type FeedParse = { ok: true; feed: ParsedFeed } | { ok: false; message: string };

function absoluteHttpUrl(link: string | undefined, base: string): string | undefined {
  if (!link) return undefined;
  const url = URL.canParse(link.trim(), base) ? new URL(link.trim(), base) : undefined;
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return undefined;
  url.hash = '';
  return url.href;
}

interface RawEntry {
  link?: string;
  id?: string;
  title?: string;
  published?: string;
}

/** Atom text constructs come as { value, type }; older parsers gave strings. */
const atomText = (text: { value?: string } | string | undefined): string | undefined => (typeof text === 'string' ? text : text?.value);

/** The entries of any format, as links and dates before resolution. */
function rawEntries(parsed: AnyFeed<string>): { title?: string; language?: string; entries: RawEntry[] } {
  switch (parsed.format) {
    case 'rss':
      return {
        ...(parsed.feed.title ? { title: parsed.feed.title } : {}),
        ...(parsed.feed.language ? { language: parsed.feed.language } : {}),
        entries: (parsed.feed.items ?? []).map((item) => ({
          link: item.link ?? (item.guid?.isPermaLink !== false ? item.guid?.value : undefined),
          id: item.guid?.value,
          title: item.title,
          published: item.pubDate ?? item.dc?.dates?.[0],
        })),
      };
    case 'atom':
      return {
        ...(atomText(parsed.feed.title) ? { title: atomText(parsed.feed.title)! } : {}),
        entries: (parsed.feed.entries ?? []).map((entry) => {
          const links = entry.links ?? [];
          const alternate = links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0];
          return { link: alternate?.href, id: entry.id, title: atomText(entry.title), published: entry.published ?? entry.updated };
        }),
      };
    case 'rdf':
      return {
        ...(parsed.feed.title ? { title: parsed.feed.title } : {}),
        entries: (parsed.feed.items ?? []).map((item) => ({ link: item.link, id: item.rdf?.about ?? item.link, title: item.title, published: item.dc?.dates?.[0] })),
      };
    case 'json':
      return {
        ...(parsed.feed.title ? { title: parsed.feed.title } : {}),
        ...(parsed.feed.language ? { language: parsed.feed.language } : {}),
        entries: (parsed.feed.items ?? []).map((item) => ({ link: item.url ?? item.external_url, id: item.id, title: item.title, published: item.date_published ?? item.date_modified })),
      };
  }
}

/**
 * Parses a feed's text; relative links are resolved against `baseUrl` (the feed's own URL).
 *
 * @example parseFeedText(xml, 'https://example.org/rss.xml') // → { ok: true, feed: { format: 'rss', entries: [...] } }
 */
export function parseFeedText(text: string, baseUrl: string): FeedParse {
  let parsed: AnyFeed<string>;
  try {
    parsed = parseFeed<string>(text);
  } catch (error) {
    return { ok: false, message: `not a readable RSS, Atom, RDF or JSON feed (${(error as Error).message})` };
  }
  const { title, language, entries } = rawEntries(parsed);
  const feed: ParsedFeed = { format: parsed.format, entries: [], entriesWithoutLink: 0, ...(title ? { title } : {}), ...(language ? { language } : {}) };
  for (const entry of entries) {
    const url = absoluteHttpUrl(entry.link, baseUrl);
    if (!url) {
      feed.entriesWithoutLink++;
      continue;
    }
    feed.entries.push({ url, id: entry.id?.trim() || url, ...(entry.title ? { title: entry.title } : {}), ...(entry.published ? { published: entry.published } : {}) });
  }
  return { ok: true, feed };
}
