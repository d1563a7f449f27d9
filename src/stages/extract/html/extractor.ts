/**
 * What an HTML article extractor returns, whichever method produced it. Our own
 * cascade, @mozilla/readability and the naive baseline all implement HtmlExtractor,
 * so the evaluation and the benchmark compare them through one interface.
 */
export interface ExtractedArticle {
  title?: string;
  /** Body paragraphs in reading order, plain text, whitespace-normalised. */
  paragraphs: string[];
  /** Authors, without "By" or roles, joined with "; ". */
  author?: string;
  /** ISO 8601 date or date-time, as precise as the page says. */
  published?: string;
  /** ISO 639-1 code from the markup (html lang, og:locale, …). */
  language?: string;
  siteName?: string;
  canonicalUrl?: string;
  /** Which method of the extractor's cascade produced the body. */
  method: string;
}

export interface HtmlExtractor {
  name: string;
  extract(html: string, url?: string): ExtractedArticle;
}
