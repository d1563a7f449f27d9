import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ExtractedArticle, HtmlExtractor } from './extractor.js';
import { htmlTextBlocks } from './naive-text-extractor.js';

/**
 * Mozilla's Readability (Firefox Reader View) over linkedom's DOM: the reference
 * our own extractor is measured against. Readability returns cleaned article HTML;
 * we cut it into paragraphs at block elements, as every extractor here does.
 */

type ReadabilityArticle = NonNullable<ReturnType<Readability['parse']>>;

/**
 * linkedom makes the first element the document element when there is no <html>
 * tag, and Readability needs a real <html> with a <body>: give fragments both.
 */
function asFullDocument(html: string): string {
  if (/<html[\s>]/i.test(html)) return html;
  if (/<(?:head|body)[\s>]/i.test(html)) return `<!DOCTYPE html><html>${html}</html>`;
  return `<!DOCTYPE html><html><body>${html}</body></html>`;
}

const clean = (s: string | null | undefined): string | undefined => {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
};

function paragraphsOf(article: ReadabilityArticle): string[] {
  const fromBlocks = htmlTextBlocks(article.content ?? '').map((b) => b.replace(/\s+/g, ' '));
  if (fromBlocks.length > 0) return fromBlocks;
  // Content without block markup: fall back to the plain text, cut at blank lines.
  return (article.textContent ?? '').split(/\n\s*\n/).map(clean).filter((p): p is string => p !== undefined);
}

/** "By Jane Doe" → "Jane Doe": the interface wants names only. */
const authorOf = (byline: string | null | undefined): string | undefined => clean(byline?.replace(/^\s*(?:by|von|par|por|di)\s+/i, ''));

/** "de-DE" → "de"; anything not a two-letter primary subtag is dropped. */
function languageOf(lang: string | null | undefined): string | undefined {
  const primary = lang?.trim().toLowerCase().split(/[-_]/)[0];
  return primary && /^[a-z]{2}$/.test(primary) ? primary : undefined;
}

function toExtracted(article: ReadabilityArticle | null): ExtractedArticle {
  if (!article) return { paragraphs: [], method: 'readability-empty' };
  const paragraphs = paragraphsOf(article);
  const fields: Omit<ExtractedArticle, 'paragraphs' | 'method'> = {
    title: clean(article.title),
    author: authorOf(article.byline),
    published: clean(article.publishedTime),
    language: languageOf(article.lang),
    siteName: clean(article.siteName),
  };
  const present = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  return { ...present, paragraphs, method: paragraphs.length > 0 ? 'readability' : 'readability-empty' };
}

export const readabilityExtractor: HtmlExtractor = {
  name: 'readability',
  extract(html: string): ExtractedArticle {
    try {
      const { document } = parseHTML(asFullDocument(html));
      return toExtracted(new Readability(document).parse());
    } catch {
      // Readability and linkedom throw on some broken documents; a page must never take down a batch.
      return { paragraphs: [], method: 'readability-failed' };
    }
  },
};
