import { extname } from 'node:path';
import type { MediaType } from '../../model/working-document.js';
import { isGzip, peekGunzip } from './gzip.js';

/**
 * What kind of input a file or a stream is: a web page or already-scraped text.
 * The name decides when it says something; otherwise the first bytes do, by the
 * WHATWG MIME Sniffing Standard's rules for HTML.
 */

/** Extensions, after an optional `.gz`, and the media type they name. */
export const EXTENSION_MEDIA_TYPES: Readonly<Record<string, MediaType>> = {
  '.txt': 'text/plain',
  '.text': 'text/plain',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.xhtml': 'text/html',
  '.shtml': 'text/html',
};

/** The extension that matters, `.gz` looked through: `page.html.gz` → `.html`. */
export function contentExtension(path: string): string {
  const lower = path.toLowerCase();
  return extname(lower.endsWith('.gz') ? lower.slice(0, -3) : lower);
}

/** The media type a file name gives, or undefined when the name says nothing (no or another extension). */
export function mediaTypeFromName(path: string): MediaType | undefined {
  const ext = contentExtension(path);
  return Object.hasOwn(EXTENSION_MEDIA_TYPES, ext) ? EXTENSION_MEDIA_TYPES[ext] : undefined;
}

/**
 * The tags that, opening a resource, make browsers treat it as HTML (WHATWG MIME Sniffing,
 * "identifying a resource with an unknown MIME type"), each followed by a space or `>`.
 */
const HTML_OPENINGS = ['!doctype html', 'html', 'head', 'script', 'iframe', 'h1', 'div', 'font', 'table', 'a', 'style', 'title', 'b', 'body', 'br', 'p', '!--'];
const SNIFF_OPENING = new RegExp(`^<(?:${HTML_OPENINGS.map((t) => t.replace(/[-!]/g, '\\$&')).join('|')})[\\s>]`, 'i');
/** XHTML opens with an XML declaration; what follows it decides. */
const XML_DECLARATION = /^<\?xml\b[^>]*\?>\s*/i;
const SNIFF_BYTES = 1024;

/** Whether bytes open like an HTML page (after a BOM, whitespace and an XML declaration). */
export function sniffsAsHtml(bytes: Uint8Array): boolean {
  const head = (isGzip(bytes) ? peekGunzip(bytes) : bytes).subarray(0, SNIFF_BYTES);
  // Latin-1 reads every byte as one character: the ASCII markup shows whatever the encoding (UTF-16 pages excepted).
  const text = Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('latin1').replace(/^\u00ef\u00bb\u00bf/, '').trimStart();
  return SNIFF_OPENING.test(text.replace(XML_DECLARATION, ''));
}

/** The name's media type, else what the content sniffs as (text unless it opens like HTML). */
export function mediaTypeOf(path: string | undefined, bytes: Uint8Array): MediaType {
  return (path ? mediaTypeFromName(path) : undefined) ?? (sniffsAsHtml(bytes) ? 'text/html' : 'text/plain');
}

/** Tags of common HTML elements: a document named .html that has none of them is not a page. */
const MARKUP = /<(?:!doctype\s+html|\/?(?:html|head|body|title|meta|link|script|style|div|span|p|a|br|hr|img|h[1-6]|ul|ol|li|table|tr|td|article|section|main|header|footer|nav|aside|form|iframe|font|b|i|em|strong)\b)/i;
/** Markup shows in the first bytes of any page; scanning further only costs time on long texts. */
const MARKUP_SCAN_CHARS = 65_536;

/** Whether decoded text contains HTML markup at all. */
export const hasHtmlMarkup = (text: string): boolean => MARKUP.test(text.slice(0, MARKUP_SCAN_CHARS));
