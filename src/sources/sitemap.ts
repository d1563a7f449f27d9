import { Parser } from 'htmlparser2';

/**
 * XML sitemaps (sitemaps.org) and Google News sitemaps: a `<urlset>` of pages,
 * each with `<loc>`, maybe `<lastmod>` and a `<news:news>` block (publication
 * date, title, language), or a `<sitemapindex>` of further sitemaps. Element
 * names are matched by local name, so any namespace prefix works.
 */
export interface SitemapEntry {
  url: string;
  lastmod?: string;
  /** news:publication_date */
  published?: string;
  /** news:title */
  title?: string;
  /** news:publication/news:language */
  language?: string;
}

export type ParsedSitemap =
  | { kind: 'index'; sitemaps: string[] }
  | { kind: 'urlset'; entries: SitemapEntry[] };

export type SitemapParse = { ok: true; sitemap: ParsedSitemap } | { ok: false; message: string };

const localName = (name: string): string => name.slice(name.indexOf(':') + 1).toLowerCase();

function absoluteHttpUrl(loc: string, base: string): string | undefined {
  const url = URL.canParse(loc, base) ? new URL(loc, base) : undefined;
  return url && (url.protocol === 'http:' || url.protocol === 'https:') ? url.href : undefined;
}

/** The fields of an entry that a child element's text fills, by the path of local names inside <url>. */
const ENTRY_FIELDS: Readonly<Record<string, keyof SitemapEntry>> = {
  'url/loc': 'url',
  'url/lastmod': 'lastmod',
  'url/news/publication_date': 'published',
  'url/news/title': 'title',
  'url/news/publication/language': 'language',
};

/**
 * Parses a sitemap's text; relative locations are resolved against `baseUrl`.
 *
 * @example parseSitemapText('<urlset><url><loc>https://a.example/1</loc></url></urlset>', 'https://a.example/sitemap.xml')
 */
export function parseSitemapText(text: string, baseUrl: string): SitemapParse {
  let root: string | undefined;
  const path: string[] = [];
  const sitemaps: string[] = [];
  const entries: SitemapEntry[] = [];
  let entry: Partial<Record<keyof SitemapEntry, string>> | undefined;
  let textBuffer = '';
  const parser = new Parser(
    {
      onopentag(name) {
        const local = localName(name);
        if (root === undefined) root = local;
        path.push(local);
        textBuffer = '';
        if (local === 'url' && root === 'urlset') entry = {};
      },
      ontext(chunk) {
        textBuffer += chunk;
      },
      onclosetag() {
        const inner = path.slice(1).join('/');
        const value = textBuffer.trim();
        if (root === 'sitemapindex' && inner === 'sitemap/loc' && value) {
          const url = absoluteHttpUrl(value, baseUrl);
          if (url) sitemaps.push(url);
        } else if (root === 'urlset' && entry) {
          const field = ENTRY_FIELDS[inner];
          if (field && value) entry[field] = value;
          if (inner === 'url') {
            const url = entry.url ? absoluteHttpUrl(entry.url, baseUrl) : undefined;
            if (url) entries.push({ ...entry, url });
            entry = undefined;
          }
        }
        path.pop();
        textBuffer = '';
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(text);
  parser.end();
  if (root === 'sitemapindex') return { ok: true, sitemap: { kind: 'index', sitemaps } };
  if (root === 'urlset') return { ok: true, sitemap: { kind: 'urlset', entries } };
  return { ok: false, message: root ? `the XML root is <${root}>, not <urlset> or <sitemapindex>` : 'no XML element found' };
}
