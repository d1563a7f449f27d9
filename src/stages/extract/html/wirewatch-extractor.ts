import { parseHtml } from './dom.js';
import { cleanDom } from './clean-dom.js';
import { extractMainContent } from './main-content.js';
import { extractMetadata } from './metadata.js';
import type { ExtractedArticle, HtmlExtractor } from './extractor.js';

/** Pages larger than this (characters) are cut before parsing: no article needs more, and parsing time is linear. */
export const MAX_HTML_CHARS = 8_000_000;

/**
 * Our extractor: metadata from the untouched page, then furniture removal and
 * the main-content cascade (main-content.ts) on the cleaned tree.
 */
export function extractArticle(html: string, url?: string, reference: Date = new Date()): ExtractedArticle & { evidence: Record<string, string> } {
  const doc = parseHtml(html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html);
  const meta = extractMetadata(doc, url, reference);
  cleanDom(doc);
  const body = extractMainContent(doc, meta.title);
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
