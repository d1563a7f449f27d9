import { parseHtmlWithShape } from './dom.js';
import { cleanDom } from './clean-dom.js';
import { extractMainContent, filterParagraphs, type MainContent } from './main-content.js';
import { extractMetadata } from './metadata.js';
import type { ExtractedArticle, HtmlExtractor } from './extractor.js';
import { readabilityExtractor } from './readability-extractor.js';
import { normaliseUnicode } from '../unicode.js';

/**
 * Pages larger than this (characters) are cut before parsing: the largest page in
 * trafilatura's evaluation set is under 2 MB, no article needs more, and parsing
 * time and memory grow with the page (about 1 s and 400 MB of DOM at this size).
 */
export const MAX_HTML_CHARS = 8_000_000;
/**
 * The extractor's own version: bump it whenever extraction output can change
 * (main-content, clean-dom, blocks, patterns, metadata, dates), so that the HTML
 * stage's version, and with it analysisVersion, tells stored results apart.
 */
export const EXTRACTOR_VERSION = '3';

/** Inline scripts and styles, whose content is never article text (attributes bounded, so a tag without `>` cannot make the scan quadratic). */
const CODE_OPENING = /<(script|style)\b[^>]{0,4096}>/gi;
/** JSON-LD metadata is kept when stripping code, unless it is itself outsized. */
const MAX_KEPT_JSON_LD = 200_000;

/**
 * The page without the content of its inline scripts and styles. Outsized pages are
 * mostly application state (`__NEXT_DATA__`, inlined bundles): dropping it first keeps
 * the article within the limit. JSON-LD is kept. Linear: each opening is matched once,
 * and an unclosed script swallows the rest of the page, as it does in a browser.
 */
export function withoutInlineCode(html: string): string {
  const parts: string[] = [];
  let at = 0;
  const opening = new RegExp(CODE_OPENING);
  for (let open = opening.exec(html); open; open = opening.exec(html)) {
    const contentStart = open.index + open[0].length;
    const closing = new RegExp(`</${open[1]}\\s*>`, 'gi');
    closing.lastIndex = contentStart;
    const close = closing.exec(html);
    const contentEnd = close ? close.index : html.length;
    const keep = /application\/ld\+json/i.test(open[0]) && contentEnd - contentStart <= MAX_KEPT_JSON_LD;
    parts.push(html.slice(at, keep ? contentEnd : contentStart));
    at = contentEnd;
    if (!close) break;
    opening.lastIndex = close.index + close[0].length;
  }
  parts.push(html.slice(at));
  return parts.join('');
}

/**
 * Pages with more tags than this are cut at this tag: every tag becomes a DOM node
 * (about 1 KB of memory each, with the extractor's bookkeeping), and htmlparser2's
 * time grows with the square of the nesting depth (50,000 nested <div>s: 3.5 s).
 * The most in the evaluation sets is under 20,000; a page of a million empty
 * paragraphs took 1 GB before this limit.
 */
export const MAX_HTML_TAGS = 100_000;

/** The offset of the `count`-th `<`, or undefined when there are not that many. */
function offsetOfTag(html: string, count: number): number | undefined {
  let at = -1;
  for (let n = 0; n < count; n++) {
    at = html.indexOf('<', at + 1);
    if (at < 0) return undefined;
  }
  return at;
}

export interface LimitedHtml {
  html: string;
  /** The page was cut: its end was not read. */
  cut: boolean;
  /** Inline scripts and styles were dropped to make it fit. */
  codeRemoved: boolean;
}

/**
 * A page within the limits: as it is when it fits; else without inline code; else
 * also cut before the last tag that fits (no tag split), at maxChars characters
 * or maxTags tags, whichever comes first.
 */
export function limitHtml(html: string, maxChars: number = MAX_HTML_CHARS, maxTags: number = MAX_HTML_TAGS): LimitedHtml {
  const tagCut = (page: string): number | undefined => offsetOfTag(page, maxTags + 1);
  if (html.length <= maxChars && tagCut(html) === undefined) return { html, cut: false, codeRemoved: false };
  const slim = withoutInlineCode(html);
  const codeRemoved = slim.length < html.length;
  const atTag = tagCut(slim);
  if (slim.length <= maxChars && atTag === undefined) return { html: slim, cut: false, codeRemoved };
  const cuts = atTag === undefined ? [] : [atTag];
  if (slim.length > maxChars) {
    const lastTag = slim.lastIndexOf('<', maxChars);
    cuts.push(lastTag > 0 ? lastTag : maxChars);
  }
  return { html: slim.slice(0, Math.min(...cuts)), cut: true, codeRemoved };
}

/**
 * The last steps of main-content's cascade, taken when no container held the article:
 * there, Readability's own container scoring is tried before settling for them.
 */
const WEAK_METHODS: ReadonlySet<string> = new Set(['classifier', 'baseline']);
/**
 * Readability's body replaces a weak one only with at least this much text (the
 * length under which main-content itself calls a step failed).
 */
const READABILITY_MIN_CHARS = 250;
/**
 * A cleaned page with less running text than this may have lost its article to our
 * furniture rules (a theme's "share" or "paywall" class on the article wrapper), even
 * when a container step produced something: Readability, which trusts class names
 * less, is asked too…
 */
const SECOND_OPINION_PROSE_CHARS = 500;
/** …and its body replaces ours only when at least this many times longer. */
const SECOND_OPINION_MIN_GAIN = 2;
/**
 * Readability on linkedom is only run on trees shaped like real pages: its time grows
 * steeply with nesting (garbage markup of 5,000 unclosed tags, 210 deep: 7.5 s; 10,000:
 * 44 s). The 1,789 pages of the two evaluation sets nest at most 42 deep and hold at
 * most 10,081 elements; these bounds leave half as much again.
 */
const READABILITY_MAX_DEPTH = 64;
const READABILITY_MAX_ELEMENTS = 15_000;

const totalChars = (paragraphs: readonly string[]): number => paragraphs.reduce((n, p) => n + p.length, 0);

/**
 * The cascade's last step: Readability as a second opinion where ours is weak (a
 * page-wide fallback won) or the cleaned page kept almost no running text. On
 * trafilatura's set it runs on about one page in fifteen.
 */
function withSecondOpinion(body: MainContent, page: string, url: string | undefined, title: string | undefined, shape: { depth: number; elements: number }): { paragraphs: string[]; method: string } {
  const weak = WEAK_METHODS.has(body.method);
  if (!weak && body.pageProseChars >= SECOND_OPINION_PROSE_CHARS) return body;
  if (shape.depth > READABILITY_MAX_DEPTH || shape.elements > READABILITY_MAX_ELEMENTS) return body;
  const fallback = filterParagraphs(readabilityExtractor.extract(page, url).paragraphs, title);
  const needed = weak ? READABILITY_MIN_CHARS : SECOND_OPINION_MIN_GAIN * Math.max(1, totalChars(body.paragraphs));
  return totalChars(fallback) >= needed ? { paragraphs: fallback, method: 'readability' } : body;
}

/**
 * Our extractor: metadata from the untouched page, then furniture removal and
 * the main-content cascade (main-content.ts) on the cleaned tree; when that
 * cascade ends in its weak steps, Readability on linkedom (method `readability`).
 */
export function extractArticle(html: string, url?: string, reference: Date = new Date()): ExtractedArticle & { evidence: Record<string, string> } {
  const page = limitHtml(html).html;
  const { doc, shape } = parseHtmlWithShape(page);
  const meta = extractMetadata(doc, url, reference);
  cleanDom(doc);
  const body = withSecondOpinion(extractMainContent(doc, meta.title), page, url, meta.title, shape);
  const article: ExtractedArticle & { evidence: Record<string, string> } = { paragraphs: body.paragraphs.map(normaliseUnicode), method: body.method, evidence: meta.evidence };
  if (meta.title) article.title = meta.title;
  if (meta.author) article.author = meta.author;
  if (meta.published) article.published = meta.published;
  if (meta.language) article.language = meta.language;
  if (meta.siteName) article.siteName = meta.siteName;
  if (meta.canonicalUrl) article.canonicalUrl = meta.canonicalUrl;
  return article;
}

export const wirewatchHtmlExtractor: HtmlExtractor = {
  name: 'wirewatch',
  extract: (html, url) => extractArticle(html, url),
};
