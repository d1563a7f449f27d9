import { Parser } from 'htmlparser2';
import { DEFAULT_CONFIG } from '../../../pipeline/config.js';
import { silentLogger } from '../../../pipeline/logger.js';
import { runStages } from '../../../pipeline/runner.js';
import type { StageContext } from '../../../pipeline/stage.js';
import { decodeStage } from '../../ingest/decode.js';
import { normaliseStage } from '../normalise.js';
import { plainTextArticleStage } from '../plain-text-article.js';
import type { ExtractedArticle, HtmlExtractor } from './extractor.js';

/**
 * The baseline: what a naive scraper makes of a page (all visible text, one block
 * per block element), cleaned by our own plain-text article stages. Comparing it
 * with the HTML extractors measures what the markup is worth, and how well the
 * plain-text cleaner does on real scraped pages.
 */

/** Elements whose content is never visible text. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head']);

/** Elements that start and end a block of text in a browser's layout (th and hr added to the usual list). */
const BLOCKS = new Set([
  'p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'th', 'section', 'article', 'header', 'footer', 'nav',
  'aside', 'blockquote', 'pre', 'table', 'ul', 'ol', 'dl', 'dt', 'dd', 'figure', 'figcaption', 'form', 'main', 'hr',
]);

/**
 * The text of a page as blocks, in document order: a block ends at every block
 * element boundary, `<br>` becomes a line break inside a block, other whitespace
 * collapses. Streams through htmlparser2, which recovers from any input, so this
 * never throws.
 *
 * @example htmlTextBlocks('<p>One<br>two</p><p>Three</p>') // ['One\ntwo', 'Three']
 */
export function htmlTextBlocks(html: string): string[] {
  const blocks: string[] = [];
  const skipping: string[] = [];
  let buffer = '';
  const flush = (): void => {
    const lines = buffer.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l.length > 0);
    if (lines.length > 0) blocks.push(lines.join('\n'));
    buffer = '';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        // A page that never closes <head> still shows its body: a block element ends the head.
        if (skipping.length === 1 && skipping[0] === 'head' && (BLOCKS.has(name) || name === 'body')) skipping.pop();
        if (SKIPPED.has(name)) skipping.push(name);
        if (skipping.length > 0) return;
        if (name === 'br') buffer += '\n';
        else if (BLOCKS.has(name)) flush();
      },
      onclosetag(name) {
        if (skipping.length > 0) {
          if (skipping[skipping.length - 1] === name) skipping.pop();
          return;
        }
        if (BLOCKS.has(name)) flush();
      },
      ontext(text) {
        if (skipping.length === 0) buffer += text.replace(/\n/g, ' ');
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return blocks;
}

/** Blocks separated by blank lines, as scraped article text is usually stored; <br> lines stay single. */
export function htmlToPlainText(html: string): string {
  return htmlTextBlocks(html).join('\n\n');
}

const PLAIN_TEXT_STAGES = [decodeStage, normaliseStage, plainTextArticleStage];

const context = (): StageContext => ({ config: DEFAULT_CONFIG, logger: silentLogger, now: () => new Date() });

/** The plain-text stage writes co-authors as "A and B"; the extractor interface joins them with "; ". */
const bylineToAuthor = (byline: string): string => byline.split(/\s+(?:and|&)\s+/i).join('; ');

export const naiveTextExtractor: HtmlExtractor = {
  name: 'text',
  extract(html: string, url?: string): ExtractedArticle {
    const text = htmlToPlainText(html);
    // The extract stage parses the URL for the source; a malformed one must not fail the page.
    const raw = url && URL.canParse(url) ? { text, mediaType: 'text/plain' as const, url } : { text, mediaType: 'text/plain' as const };
    const { doc, rejected } = runStages(PLAIN_TEXT_STAGES, raw, context());
    if (rejected) return { paragraphs: [], method: 'text-rejected' };
    if (doc.text === undefined || !doc.paragraphs) return { paragraphs: [], method: 'text-failed' };
    const body = doc.text;
    return {
      paragraphs: doc.paragraphs.map((p) => body.slice(p.start, p.end)),
      ...(doc.title ? { title: doc.title } : {}),
      ...(doc.published ? { published: doc.published } : {}),
      ...(doc.byline ? { author: bylineToAuthor(doc.byline) } : {}),
      method: 'text',
    };
  },
};
