import { RejectInput, type Stage, type StageContext } from '../../pipeline/stage.js';
import { addIssue } from '../../pipeline/issues.js';
import type { WorkingDocument } from '../../model/working-document.js';
import type { Source } from '../../model/schema.js';
import { assembleBody, fallbackTitle, isShortBody, wordCount } from './article-body.js';
import { EXTRACTOR_VERSION, extractArticle, limitHtml, MAX_HTML_CHARS, MAX_HTML_TAGS } from './html/wirewatch-extractor.js';
import type { ExtractedArticle } from './html/extractor.js';
import { findOutlet, findOutletByDomain } from './outlets.js';
import { matchSourcePrefix } from './source-prefix.js';
import { formatOffset, offsetForLocalTime } from './time-zone.js';
import { normaliseUnicode, repairSpacing } from './unicode.js';

/**
 * Article extraction from a web page: runs our HTML extractor (html/wirewatch-extractor.ts:
 * metadata from JSON-LD, meta tags, elements and the URL; body by the selector → density →
 * classifier → baseline cascade) and fills the document as the plain-text stage does —
 * body text with paragraph offsets, title, published, byline, source, dateline — plus the
 * language the markup declares as a hint for the language stage. The cascade's winning
 * method is the stage's provenance method.
 */

/** "2020-09-30T06:49:00+03:00", "…Z": the page gave the time zone. */
const HAS_OFFSET = /(?:[+-]\d{2}:?\d{2}|Z)$/;

const cleanText = (s: string): string => repairSpacing(normaliseUnicode(s).replace(/\s*\n\s*/g, ' '));

/** An http(s) URL, or undefined for anything a URL parser would choke on. */
function httpUrl(value: string | undefined): URL | undefined {
  if (!value || !URL.canParse(value)) return undefined;
  const url = new URL(value);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
}

/**
 * The page's own address: its canonical URL unless that points at a site's home page
 * (some CMSs put the home page in every page's canonical link, which would give every
 * article the same id), else the address the caller gave.
 */
function pageUrl(canonical: string | undefined, given: string | undefined): URL | undefined {
  const canon = httpUrl(canonical);
  const givenUrl = httpUrl(given);
  if (canon && (canon.pathname.length > 1 || canon.search.length > 1)) return canon;
  return givenUrl ?? undefined;
}

function resolveSource(doc: WorkingDocument, article: ExtractedArticle, prefixOutlet: string | undefined): Source {
  const url = pageUrl(article.canonicalUrl, doc.raw.url);
  const domain = url?.hostname.replace(/^www\./, '');
  const byDomain = domain ? findOutletByDomain(domain) : undefined;
  const site = article.siteName ? cleanText(article.siteName) : undefined;
  const fromPrefix = prefixOutlet ? (findOutlet(prefixOutlet)?.name ?? prefixOutlet) : undefined;
  const [name, method] = site
    ? [site, 'site-name']
    : byDomain
      ? [byDomain.name, 'outlet-list']
      : fromPrefix
        ? [fromPrefix, 'prefix']
        : domain
          ? [domain, 'url']
          : ['unknown', 'none'];
  const path = doc.raw.path;
  return { name, method, ...(url ? { url: url.href } : {}), ...(domain ? { domain } : {}), ...(path ? { path } : {}) };
}

/**
 * The publication time with an offset when one is known: as the page gave it, else
 * from the outlet's time zone (outlets.ts, found by the domain). A bare date stays a date.
 */
function resolvePublished(doc: WorkingDocument, value: string, domain: string | undefined): void {
  doc.publishedLocal = value;
  if (!value.includes('T') || HAS_OFFSET.test(value)) {
    doc.published = value;
    return;
  }
  const timeZone = domain ? findOutletByDomain(domain)?.timeZone : undefined;
  if (timeZone) {
    doc.published = value + formatOffset(offsetForLocalTime(value, timeZone));
  } else {
    doc.published = value;
    addIssue(doc, 'extract-html', 'published.no-timezone', `the page gives no time zone and none is known for ${domain ?? 'this source'}`);
  }
}

/** "A; B; C" (the extractor's list) → "A, B and C", as a byline reads and as the plain-text stage writes it. */
export function bylineFromAuthors(authors: string): string {
  const names = authors.split(/\s*;\s*/).map(cleanText).filter((n) => n.length > 0);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function extract(doc: WorkingDocument, ctx: StageContext): string {
  const limited = limitHtml(doc.rawText!);
  if (limited.cut) {
    const how = limited.codeRemoved ? 'inline scripts and styles removed, then cut' : 'cut';
    addIssue(doc, 'extract-html', 'extract.html-truncated', `page of ${doc.rawText!.length} characters over the limits (${MAX_HTML_CHARS} characters, ${MAX_HTML_TAGS} tags): ${how} to ${limited.html.length} before parsing`);
  } else if (limited.codeRemoved) {
    ctx.logger.debug('oversized page fits without its inline scripts and styles', { chars: doc.rawText!.length, kept: limited.html.length });
  }
  const given = httpUrl(doc.raw.url)?.href;
  const article = extractArticle(limited.html, given, ctx.now());
  ctx.logger.debug('html extraction', { method: article.method, evidence: article.evidence });

  const paragraphs = article.paragraphs.map(cleanText).filter((p) => p.length > 0);
  if (paragraphs.length === 0) throw new RejectInput('extract.no-body', `no article text in the page (extraction method ${article.method})`);

  // A source or dateline prefix opens the first paragraph, as in plain text: "BAGHDAD (Reuters) - …".
  const prefix = matchSourcePrefix(paragraphs[0]!);
  if (prefix && prefix.length < paragraphs[0]!.length) {
    paragraphs[0] = paragraphs[0]!.slice(prefix.length);
    if (prefix.place) doc.dateline = prefix.place;
  }
  const source = resolveSource(doc, article, prefix?.outlet);
  if (source.method === 'none') addIssue(doc, 'extract-html', 'extract.no-source', 'no site name in the page and no URL');
  doc.source = source;

  const body = assembleBody(paragraphs, ctx.config.maxTextChars);
  if (body.truncated) addIssue(doc, 'extract-html', 'extract.truncated', `body cut at ${body.text.length} characters (maxTextChars)`);
  doc.text = body.text;
  doc.paragraphs = body.paragraphs;
  if (isShortBody(body.text)) addIssue(doc, 'extract-html', 'extract.short-body', `${wordCount(body.text)} words`);

  const title = article.title ? cleanText(article.title) : '';
  if (title) {
    doc.title = title;
  } else {
    doc.title = fallbackTitle(body.text);
    addIssue(doc, 'extract-html', 'extract.no-title', 'no title in the page');
  }
  if (article.author) {
    const byline = bylineFromAuthors(article.author);
    if (byline) doc.byline = byline;
  }
  if (article.published) resolvePublished(doc, article.published, source.domain);
  else addIssue(doc, 'extract-html', 'extract.no-date', 'no publication date in the page or its URL');
  if (article.language) doc.languageHint = article.language;
  return article.method;
}

/** Article extraction from HTML pages; text inputs take the plain-text stage instead. */
export const htmlArticleStage: Stage = {
  name: 'extract-html',
  version: `3+extractor.${EXTRACTOR_VERSION}`,
  requires: ['rawText'],
  assigns: ['title', 'text', 'paragraphs', 'source'],
  mediaTypes: ['text/html'],
  run(doc, ctx) {
    return { method: extract(doc, ctx) };
  },
};
