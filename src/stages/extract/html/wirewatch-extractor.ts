import { parseHtml } from './dom.js';
import { cleanDom } from './clean-dom.js';
import { extractMainContent, type MainContent } from './main-content.js';
import { readabilityExtractor } from './readability-extractor.js';
import { extractMetadata } from './metadata.js';
import type { ExtractedArticle, HtmlExtractor } from './extractor.js';

/** Pages larger than this (characters) are cut before parsing: no article needs more, and parsing time is linear. */
export const MAX_HTML_CHARS = 8_000_000;
/** A cleaned page with less running text than this may have lost its article to our furniture rules: Readability gives a second opinion. */
const SECOND_OPINION_PROSE_CHARS = 500;
/** Readability's body replaces ours only when at least this many times longer. */
const SECOND_OPINION_MIN_GAIN = 2;

const chars = (paragraphs: readonly string[]): number => paragraphs.reduce((n, p) => n + p.length, 0);

/**
 * The last step of the body cascade (main-content.ts has the first four): when
 * cleaning left the page with almost no running text, our rules may have removed the
 * article (a theme's "share" or "paywall" class on its wrapper); Mozilla's Readability,
 * which trusts class names less, is asked, and wins when it finds much more text.
 * About one page in sixteen of trafilatura's evaluation set takes this step.
 */
function withSecondOpinion(body: MainContent, page: string): { paragraphs: string[]; method: string } {
  if (body.pageProseChars >= SECOND_OPINION_PROSE_CHARS) return body;
  const other = readabilityExtractor.extract(page);
  return chars(other.paragraphs) >= SECOND_OPINION_MIN_GAIN * Math.max(1, chars(body.paragraphs)) ? { paragraphs: other.paragraphs, method: 'readability-fallback' } : body;
}

/**
 * Our extractor: metadata from the untouched page, then furniture removal and
 * the main-content cascade (main-content.ts) on the cleaned tree.
 */
export function extractArticle(html: string, url?: string, reference: Date = new Date()): ExtractedArticle & { evidence: Record<string, string> } {
  const page = html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html;
  const doc = parseHtml(page);
  const meta = extractMetadata(doc, url, reference);
  cleanDom(doc);
  const body = withSecondOpinion(extractMainContent(doc, meta.title), page);
  const article: ExtractedArticle & { evidence: Record<string, string> } = { paragraphs: body.paragraphs, method: body.method, evidence: meta.evidence };
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
