import { attr, collapseSpaces, findAll, findFirst, textOf, type Document } from './dom.js';
import { articleNodes, asString, personNames, readJsonLd, type JsonLdNode } from './json-ld.js';
import { dateFromUrl, findDateInText, parseMachineDate, plausible } from './date-text.js';

/**
 * Page metadata resolved field by field from candidates, each with its evidence
 * (`title: og:title`, `published: json-ld:datePublished`, …). Read from the
 * uncleaned page: JSON-LD lives in scripts and bylines in elements that the body
 * extraction removes as furniture.
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

/** Meta tags holding the publication date, most reliable first. */
const DATE_META = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'datepublished', 'publishdate', 'publish-date', 'publish_date',
  'pubdate', 'date', 'dc.date.issued', 'dc.date', 'dcterms.date', 'dcterms.issued', 'dcterms.created', 'dc.date.created', 'sailthru.date',
  'parsely-pub-date', 'article.published', 'published_time', 'publication_date', 'citation_publication_date', 'citation_date',
  'originalpublicationdate', 'og:pubdate', 'release_date', 'displaydate', 'created', 'content_create_date', 'datecreated',
];
const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'datemodified', 'last-modified', 'dcterms.modified', 'dc.date.modified', 'lastmod'];
const AUTHOR_META = ['author', 'article:author', 'dc.creator', 'dcterms.creator', 'sailthru.author', 'parsely-author', 'byl', 'citation_author', 'twitter:creator', 'creator'];
const TITLE_META = ['og:title', 'twitter:title', 'dc.title', 'dcterms.title', 'headline', 'title', 'parsely-title', 'sailthru.title'];
const SITE_META = ['og:site_name', 'application-name', 'publisher', 'dc.publisher', 'twitter:site'];
/** Classes and ids of elements that show the date on the page. */
const DATE_ELEMENT = /(?:^|[-_\s])(?:date|time|published|publish|pubdate|posted|post-date|entry-date|dateline|datum|fecha|meta|byline|article-info|post-meta|entry-meta|timestamp|updated|info)(?:$|[-_\s\d])/i;
/** Classes and itemprops of elements that name the author. */
const AUTHOR_ELEMENT = /(?:^|[-_\s])(?:author|byline|by-line|autor|auteur|writer|reporter|creator|article-author|post-author|entry-author|author-name|authorname|vcard)(?:$|[-_\s])/i;
/** Title separators between headline and site name. */
const TITLE_SEPARATORS = /\s+[|–—·•»:]\s+|\s+-\s+|\s+::\s+/;

function metaMap(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of findAll(doc, (e) => e.name === 'meta')) {
    const key = (attr(el, 'property') ?? attr(el, 'name') ?? attr(el, 'itemprop') ?? attr(el, 'http-equiv') ?? '').toLowerCase().trim();
    const content = attr(el, 'content');
    if (key && content && content.trim() && !map.has(key)) map.set(key, collapseSpaces(content));
  }
  return map;
}

const firstMeta = (meta: Map<string, string>, keys: string[]): { key: string; value: string } | undefined => {
  for (const key of keys) {
    const value = meta.get(key);
    if (value) return { key, value };
  }
  return undefined;
};

// ---------------------------------------------------------------- title

function titleParts(title: string): string[] {
  return title.split(TITLE_SEPARATORS).map((p) => p.trim()).filter((p) => p.length > 0);
}

/** Cuts " | Site name" / "Site name - " from a title, using the known site name or the longest part. */
export function stripSiteName(title: string, siteName?: string): string {
  const parts = titleParts(title);
  if (parts.length < 2) return title;
  const site = siteName?.toLowerCase();
  const kept = parts.filter((p) => !site || (p.toLowerCase() !== site && !site.includes(p.toLowerCase())));
  if (site && kept.length > 0 && kept.length < parts.length) return kept.join(' - ');
  // Without a known site name, the headline is the longest part, if clearly longest.
  const sorted = [...parts].sort((a, b) => b.length - a.length);
  return sorted[0]!.length >= 2 * (sorted[1]?.length ?? 0) ? sorted[0]! : title;
}

const similar = (a: string, b: string): boolean => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x === y || (x.length > 10 && y.includes(x)) || (y.length > 10 && x.includes(y));
};

function resolveTitle(doc: Document, meta: Map<string, string>, ld: JsonLdNode[], siteName: string | undefined, evidence: Record<string, string>): string | undefined {
  const titleTag = findFirst(doc, (e) => e.name === 'title');
  const pageTitle = titleTag ? textOf(titleTag) : undefined;
  const h1s = findAll(doc, (e) => e.name === 'h1').map(textOf).filter((t) => t.length > 3 && t.length < 300);
  const metaTitle = firstMeta(meta, TITLE_META);
  const ldTitle = ld.map((n) => asString(n.headline) ?? asString(n.name)).find((t) => t !== undefined);
  // An <h1> that the page's own title or og:title confirms is the headline as printed.
  for (const h1 of h1s) {
    for (const [source, other] of [['title', pageTitle], [metaTitle?.key ?? 'meta', metaTitle?.value], ['json-ld', ldTitle]] as const) {
      if (other && similar(h1, other)) {
        evidence.title = `h1=${source}`;
        return h1;
      }
    }
  }
  if (ldTitle) {
    evidence.title = 'json-ld:headline';
    return stripSiteName(collapseSpaces(ldTitle), siteName);
  }
  if (metaTitle) {
    evidence.title = `meta:${metaTitle.key}`;
    return stripSiteName(metaTitle.value, siteName);
  }
  if (h1s.length === 1) {
    evidence.title = 'h1';
    return h1s[0];
  }
  if (pageTitle) {
    evidence.title = 'title';
    return stripSiteName(pageTitle, siteName);
  }
  return h1s[0];
}

// ---------------------------------------------------------------- author

const BY_PREFIX = /^(?:by|von|par|por|di|door|av|de|from|written by|text(?:e)?|autor(?:in)?|author|reporter)\s*[:.]?\s+/i;

/** "By Jane Doe, Staff Writer | Reuters" → "Jane Doe". Undefined for URLs, e-mails and handles only. */
export function cleanAuthor(raw: string, siteName?: string): string | undefined {
  let name = collapseSpaces(raw).replace(BY_PREFIX, '');
  if (/^https?:\/\//i.test(name) || /^[\w.+-]+@[\w-]+\.[\w.]+$/.test(name)) return undefined;
  name = name.split(/\s*[|•·]\s*|\s+-\s+|,\s*(?=(?:staff|senior|chief|correspondent|editor|reporter|writer|contributor|redakteur|journalist)\b)/i)[0]!;
  name = name.replace(/\s*\((?:[^)]*)\)\s*$/, '').replace(/^@/, '').trim();
  if (name.length < 2 || name.length > 100) return undefined;
  if (siteName && name.toLowerCase() === siteName.toLowerCase()) return undefined;
  return name;
}

function resolveAuthor(doc: Document, meta: Map<string, string>, ld: JsonLdNode[], graph: JsonLdNode[], siteName: string | undefined, evidence: Record<string, string>): string | undefined {
  const fromLd = [...new Set(ld.flatMap((n) => personNames(n.author ?? n.creator, graph)).map((n) => cleanAuthor(n, siteName)).filter((n): n is string => n !== undefined))];
  if (fromLd.length > 0) {
    evidence.author = 'json-ld:author';
    return fromLd.join('; ');
  }
  const fromMeta = firstMeta(meta, AUTHOR_META);
  const metaName = fromMeta ? cleanAuthor(fromMeta.value, siteName) : undefined;
  if (metaName && !/^[a-z0-9_]+$/.test(metaName)) {
    evidence.author = `meta:${fromMeta!.key}`;
    return metaName;
  }
  const candidates = findAll(doc, (e) => attr(e, 'itemprop') === 'author' || attr(e, 'rel') === 'author' || AUTHOR_ELEMENT.test(attr(e, 'class') ?? '') || AUTHOR_ELEMENT.test(attr(e, 'id') ?? ''));
  for (const el of candidates) {
    const nameEl = findFirst(el, (e) => attr(e, 'itemprop') === 'name') ?? el;
    const text = textOf(nameEl);
    if (text.length === 0 || text.length > 80 || /\d{4}/.test(text)) continue;
    const name = cleanAuthor(text, siteName);
    if (name && name.split(' ').length <= 6) {
      evidence.author = `element:${el.name}.${(attr(el, 'class') ?? attr(el, 'itemprop') ?? attr(el, 'rel') ?? '').split(' ')[0]}`;
      return name;
    }
  }
  if (metaName) {
    evidence.author = `meta:${fromMeta!.key}`;
    return metaName;
  }
  return undefined;
}

// ---------------------------------------------------------------- dates

function resolvePublished(doc: Document, meta: Map<string, string>, ld: JsonLdNode[], url: string | undefined, language: string | undefined, reference: Date, evidence: Record<string, string>): string | undefined {
  const accept = (value: string | undefined, source: string): string | undefined => {
    if (!value || !plausible(value.slice(0, 10), reference)) return undefined;
    evidence.published = source;
    return value;
  };
  for (const node of ld) {
    const v = accept(parseMachineDate(asString(node.datePublished) ?? asString(node.dateCreated) ?? asString(node.uploadDate) ?? ''), 'json-ld:datePublished');
    if (v) return v;
  }
  for (const key of DATE_META) {
    const value = meta.get(key);
    const v = value ? accept(parseMachineDate(value) ?? findDateInText(value, reference, language), `meta:${key}`) : undefined;
    if (v) return v;
  }
  const timed = findAll(doc, (e) => (e.name === 'time' || attr(e, 'itemprop') === 'datePublished') && (attr(e, 'datetime') ?? attr(e, 'content')) !== undefined);
  const preferred = timed.find((e) => attr(e, 'itemprop') === 'datePublished' || e.attribs.pubdate !== undefined || /publish|entry-date|posted/i.test(attr(e, 'class') ?? '')) ?? timed[0];
  if (preferred) {
    const v = accept(parseMachineDate(attr(preferred, 'datetime') ?? attr(preferred, 'content') ?? ''), `time:${attr(preferred, 'itemprop') ?? 'datetime'}`);
    if (v) return v;
  }
  const fromUrl = url ? accept(dateFromUrl(url), 'url') : undefined;
  if (fromUrl) return fromUrl;
  const dateElements = findAll(doc, (e) => e.name !== 'body' && e.name !== 'html' && (DATE_ELEMENT.test(attr(e, 'class') ?? '') || DATE_ELEMENT.test(attr(e, 'id') ?? '') || e.name === 'time'));
  for (const el of dateElements) {
    const text = textOf(el);
    if (text.length > 150) continue;
    const v = accept(findDateInText(text, reference, language), `element:${el.name}.${(attr(el, 'class') ?? '').split(' ')[0]}`);
    if (v) return v;
  }
  return undefined;
}

function resolveModified(meta: Map<string, string>, ld: JsonLdNode[]): string | undefined {
  const ldValue = ld.map((n) => asString(n.dateModified)).find((v) => v !== undefined);
  const value = ldValue ?? firstMeta(meta, MODIFIED_META)?.value;
  return value ? parseMachineDate(value) : undefined;
}

// ---------------------------------------------------------------- the rest

function resolveLanguage(doc: Document, meta: Map<string, string>, ld: JsonLdNode[]): string | undefined {
  const html = findFirst(doc, (e) => e.name === 'html');
  const raw = (html && attr(html, 'lang')) ?? (html && attr(html, 'xml:lang')) ?? meta.get('content-language') ?? meta.get('og:locale') ?? meta.get('language') ?? ld.map((n) => asString(n.inLanguage)).find((v) => v);
  const code = raw?.trim().toLowerCase().split(/[-_,;\s]/)[0];
  return code && /^[a-z]{2,3}$/.test(code) ? code : undefined;
}

function resolveCanonical(doc: Document, meta: Map<string, string>): string | undefined {
  const link = findFirst(doc, (e) => e.name === 'link' && (attr(e, 'rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'));
  const href = (link && attr(link, 'href')) ?? meta.get('og:url');
  return href && /^https?:\/\//i.test(href) ? href.trim() : undefined;
}

function resolveSiteName(meta: Map<string, string>, ld: JsonLdNode[]): string | undefined {
  const fromMeta = firstMeta(meta, SITE_META)?.value;
  if (fromMeta && !/^@/.test(fromMeta)) return fromMeta;
  for (const n of ld) {
    const publisher = n.publisher as JsonLdNode | undefined;
    const name = publisher && typeof publisher === 'object' ? asString(publisher.name) : undefined;
    if (name) return name;
  }
  return fromMeta?.replace(/^@/, '');
}

export function extractMetadata(doc: Document, url: string | undefined, reference: Date): PageMetadata {
  const evidence: Record<string, string> = {};
  const meta = metaMap(doc);
  const graph = readJsonLd(doc);
  const ld = articleNodes(graph);
  const siteName = resolveSiteName(meta, ld);
  const language = resolveLanguage(doc, meta, ld);
  const result: PageMetadata = { evidence };
  const set = <K extends keyof PageMetadata>(key: K, value: PageMetadata[K] | undefined): void => {
    if (value !== undefined) result[key] = value;
  };
  set('siteName', siteName);
  set('language', language);
  set('title', resolveTitle(doc, meta, ld, siteName, evidence));
  set('author', resolveAuthor(doc, meta, ld, graph, siteName, evidence));
  set('published', resolvePublished(doc, meta, ld, url, language, reference, evidence));
  set('modified', resolveModified(meta, ld));
  set('canonicalUrl', resolveCanonical(doc, meta));
  return result;
}

