import { sniffsAsHtml } from '../stages/ingest/media-type.js';

/**
 * What a fetched resource is, so one `ingest URL` works for a feed, a sitemap
 * or an article: the body's first element decides for XML (the server's
 * Content-Type for feeds is often plain `text/xml` or even `text/html`), the
 * Content-Type and an HTML sniff for the rest.
 */
export type ResourceKind = 'feed' | 'sitemap' | 'page' | 'text' | 'unsupported';

const FEED_ROOTS = new Set(['rss', 'feed', 'rdf']);
const SITEMAP_ROOTS = new Set(['urlset', 'sitemapindex']);
/** Bytes read to find the root element: past an XML declaration, a stylesheet instruction and comments. */
const HEAD_BYTES = 4096;
/** Prolog items before the root element: declarations, processing instructions, comments, doctype. */
const PROLOG_ITEM = /^\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)/i;

/** The local name of the first element, lower case, undefined when the text does not open with markup. */
export function rootElement(head: string): string | undefined {
  let rest = head.replace(/^\uFEFF/, '');
  for (let match = PROLOG_ITEM.exec(rest); match; match = PROLOG_ITEM.exec(rest)) rest = rest.slice(match[0].length);
  const tag = /^\s*<([A-Za-z_][\w.-]*(?::[\w.-]+)?)/.exec(rest);
  if (!tag) return undefined;
  const name = tag[1]!.toLowerCase();
  return name.slice(name.indexOf(':') + 1);
}

const mimeOf = (contentType: string | undefined): string => (contentType ?? '').split(';')[0]!.trim().toLowerCase();

/**
 * @example resourceKind('text/xml', bytesOf('<?xml version="1.0"?><rss version="2.0">…')) // → 'feed'
 */
export function resourceKind(contentType: string | undefined, bytes: Uint8Array): ResourceKind {
  const mime = mimeOf(contentType);
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, HEAD_BYTES)).toString('utf8');
  if (mime === 'application/feed+json' || (/^\s*\{/.test(head) && /jsonfeed\.org\/version/i.test(head))) return 'feed';
  const root = rootElement(head);
  if (root && FEED_ROOTS.has(root)) return 'feed';
  if (root && SITEMAP_ROOTS.has(root)) return 'sitemap';
  if (mime === 'text/html' || mime === 'application/xhtml+xml' || root === 'html' || sniffsAsHtml(bytes)) return 'page';
  if (mime === 'text/plain' || mime === '') return 'text';
  return 'unsupported';
}
