import { attr, collapseSpaces, type Element } from './dom.js';
import { decodeEntities } from './json-ld.js';

/**
 * The page's <meta> tags as one lookup (property, name, itemprop or http-equiv
 * → content, first occurrence wins), and the keys each metadata field reads,
 * most reliable first. Keys are lower-case.
 */
export type MetaTags = ReadonlyMap<string, string>;

export function readMetaTags(metas: readonly Element[]): MetaTags {
  const map = new Map<string, string>();
  for (const el of metas) {
    const content = attr(el, 'content') ?? attr(el, 'datetime');
    if (!content || !content.trim()) continue;
    // Some pages fill several of these on one tag (property="og:title" name="title"); each is a key.
    for (const keyAttr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = attr(el, keyAttr)?.toLowerCase().trim();
      // Entities escaped twice by the CMS ("&amp;#039;") survive the parser's one decoding.
      if (key && !map.has(key)) map.set(key, collapseSpaces(decodeEntities(content)));
    }
  }
  return map;
}

export function firstMeta(meta: MetaTags, keys: readonly string[]): { key: string; value: string } | undefined {
  for (const key of keys) {
    const value = meta.get(key);
    if (value) return { key, value };
  }
  return undefined;
}

/** Meta tags holding the publication date, most reliable first (OpenGraph article, schema.org, Dublin Core, vendor tags). */
export const PUBLISHED_META = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'article:published', 'datepublished', 'article.published',
  'publishdate', 'publish-date', 'publish_date', 'published_time', 'published-date', 'article_date_original', 'article.created',
  'parsely-pub-date', 'sailthru.date', 'cxenseparse:recs:publishtime', 'rnews:datepublished', 'bt:pubdate', 'pubdate', 'publication_date',
  'dc.date.issued', 'dcterms.issued', 'dc.date.created', 'dcterms.created', 'dc.created', 'dc:created', 'dc.date.publication',
  'citation_publication_date', 'citation_date', 'originalpublicationdate', 'og:pubdate', 'article:publicationdate', 'displaydate',
  'shareaholic:article_published_time', 'date_published', 'dateposted', 'datecreated', 'content_create_date',
] as const;

/**
 * Meta tags named just "date" and the like: a publication date on some sites,
 * the page's generation or change date on others, so they count after the
 * page's own markup (<time>, date elements).
 */
export const GENERIC_DATE_META = ['date', 'dc.date', 'dcterms.date', 'dc:date', 'created', 'timestamp'] as const;

/** Meta tags holding a modification date: a publication date only when nothing better exists. */
export const MODIFIED_META = [
  'article:modified_time', 'og:updated_time', 'og:article:modified_time', 'datemodified', 'dcterms.modified', 'dc.date.modified', 'dc.modified',
  'modified_time', 'updated_time', 'last-modified', 'lastmodified', 'lastmod',
] as const;

/**
 * Meta tags naming the author. twitter:creator is left out: it holds a handle
 * (@jdoe), often the site's own, never the byline as printed.
 */
export const AUTHOR_META = ['author', 'article:author', 'dc.creator', 'dcterms.creator', 'sailthru.author', 'parsely-author', 'byl', 'citation_author', 'creator', 'dc.contributor'] as const;

export const TITLE_META = ['og:title', 'twitter:title', 'dc.title', 'dcterms.title', 'headline', 'title', 'parsely-title', 'sailthru.title'] as const;

export const SITE_META = ['og:site_name', 'application-name', 'al:android:app_name', 'al:ios:app_name', 'apple-mobile-web-app-title', 'publisher', 'dc.publisher', 'twitter:site'] as const;
