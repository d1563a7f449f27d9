import { attr, textOf, type Document } from './dom.js';
import { articleNodes, asString, publisherName, readJsonLd, type JsonLdNode } from './json-ld.js';
import { firstMeta, readMetaTags, SITE_META, type MetaTags } from './meta-tags.js';
import { indexPage, type PageIndex } from './page-index.js';
import { resolveModified, resolvePublished } from './published-date.js';
import { resolveTitle } from './title.js';
import { resolveAuthor } from './author.js';

/**
 * Page metadata resolved field by field from candidates, each with its evidence
 * (`title: og:title`, `published: json-ld:datePublished`, …). Read from the
 * uncleaned page: JSON-LD lives in scripts and bylines in elements that the body
 * extraction removes as furniture. One pass over the page (page-index.ts)
 * collects what every resolver reads.
 */
export interface PageMetadata {
  title?: string;
  author?: string;
  published?: string;
  modified?: string;
  language?: string;
  siteName?: string;
  canonicalUrl?: string;
  /** Which candidate each field came from. */
  evidence: Record<string, string>;
}

function resolveLanguage(index: PageIndex, meta: MetaTags, ld: JsonLdNode[]): string | undefined {
  const html = index.html;
  const raw = (html && attr(html, 'lang')) ?? (html && attr(html, 'xml:lang')) ?? meta.get('content-language') ?? meta.get('og:locale') ?? meta.get('language') ?? ld.map((n) => asString(n.inLanguage)).find((v) => v);
  const code = raw?.trim().toLowerCase().split(/[-_,;\s]/)[0];
  return code && /^[a-z]{2,3}$/.test(code) ? code : undefined;
}

function resolveCanonical(index: PageIndex, meta: MetaTags): string | undefined {
  const link = index.links.find((e) => (attr(e, 'rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'));
  const href = (link && attr(link, 'href')) ?? meta.get('og:url');
  return href && /^https?:\/\//i.test(href) ? href.trim() : undefined;
}

function resolveSiteName(meta: MetaTags, ld: JsonLdNode[], graph: JsonLdNode[]): string | undefined {
  const fromMeta = firstMeta(meta, SITE_META)?.value;
  if (fromMeta && !/^@/.test(fromMeta)) return fromMeta;
  for (const n of ld) {
    const name = publisherName(n, graph);
    if (name) return name;
  }
  return fromMeta?.replace(/^@/, '');
}

export function extractMetadata(doc: Document, url: string | undefined, reference: Date): PageMetadata {
  const evidence: Record<string, string> = {};
  const index = indexPage(doc);
  const meta = readMetaTags(index.metas);
  const graph = readJsonLd(index.jsonLdScripts);
  const ld = articleNodes(graph);
  const siteName = resolveSiteName(meta, ld, graph);
  const language = resolveLanguage(index, meta, ld);
  const canonicalUrl = resolveCanonical(index, meta);
  const result: PageMetadata = { evidence };
  const set = <K extends keyof PageMetadata>(key: K, value: PageMetadata[K] | undefined): void => {
    if (value !== undefined) result[key] = value;
  };
  set('siteName', siteName);
  set('language', language);
  const pageTitle = index.titleTag ? textOf(index.titleTag) : undefined;
  set('title', resolveTitle({ index, meta, ld, graph, siteName, url, pageTitle }, evidence));
  set('author', resolveAuthor({ index, meta, ld, graph, siteName, url }, evidence));
  const locale = (index.html && (attr(index.html, 'lang') ?? attr(index.html, 'xml:lang'))) ?? meta.get('og:locale') ?? meta.get('content-language');
  const dates = { index, meta, ld, url, canonicalUrl, language, locale, reference };
  const published = resolvePublished(dates);
  if (published) {
    result.published = published.value;
    evidence.published = published.source;
  }
  set('modified', resolveModified(dates)?.value);
  set('canonicalUrl', canonicalUrl);
  return result;
}
