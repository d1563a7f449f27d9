import { RejectInput, type Stage, type StageContext } from '../../pipeline/stage.js';
import { addIssue } from '../../pipeline/issues.js';
import type { WorkingDocument } from '../../model/working-document.js';
import type { Source } from '../../model/schema.js';
import { assembleBody, fallbackTitle, isShortBody, wordCount } from './article-body.js';
import { classifyBlocks, LENGTH_HIGH, LENGTH_LOW, matchBlockPattern, matchTailPattern, STOPWORDS_LOW, stopwordDensity } from './paragraph-classifier.js';
import { ENGLISH_STOPWORDS } from './stopwords-en.js';
import { parseTimestampLine, type Timestamp } from './timestamp.js';
import { findOutlet, findOutletByDomain } from './outlets.js';
import { matchSourcePrefix } from './source-prefix.js';
import { formatOffset, offsetForLocalTime } from './time-zone.js';
import { repairSpacing } from './unicode.js';

/**
 * Article structure from already-scraped plain text: title, timestamp, byline,
 * source prefix and dateline, boilerplate removal, paragraphs. The cascade:
 *   1. header lines before the first prose block give title, timestamp and byline;
 *   2. a trailing-furniture marker (comment form, related stories) cuts the tail;
 *   3. the paragraph classifier keeps article blocks ('classifier');
 *   4. if it keeps nothing, every block that no pattern marks as furniture ('all-unmarked').
 */

/** Hard-wrapped lines are at most this long (mail and terminal text wrap at 72–80). */
const WRAP_MAX = 120;
/** …and all but the last line of a wrapped paragraph reach this share of the longest. */
const WRAP_FILL = 0.6;
/** A headline has this many words at most; longer first lines are prose. */
const TITLE_MAX_WORDS = 40;
const TITLE_MAX_CHARS = 300;

const BYLINE = /^by\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}.'’-]*){0,7})\s*(?:[,|–—-].{0,60})?$/iu;
const TITLE_LABEL = /^(?:title|headline)\s*:\s*/i;

function looksHardWrapped(lines: string[]): boolean {
  const max = Math.max(...lines.map((l) => l.length));
  return max <= WRAP_MAX && lines.slice(0, -1).every((l) => l.length >= WRAP_FILL * max);
}

/** Splits text into blocks: blank-line-separated chunks; lines inside a chunk stay apart unless hard-wrapped. */
export function splitBlocks(text: string): string[] {
  const blocks: string[] = [];
  for (const chunk of text.split(/\n[ \t]*\n/)) {
    const lines = chunk.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
    if (lines.length === 0) continue;
    if (lines.length > 1 && looksHardWrapped(lines)) blocks.push(lines.join(' '));
    else blocks.push(...lines);
  }
  return blocks;
}

/**
 * Whether to judge blocks by English function words. English prose is about 40% function
 * words and other languages share few of ours, so the density over the long blocks tells
 * it apart for this purpose at a fraction of the cost of a language model (the language
 * stage identifies the language properly later).
 */
const ENGLISH_DENSITY = 0.2;
function looksEnglish(blocks: string[]): boolean {
  const long = blocks.filter((b) => b.length >= LENGTH_LOW);
  return stopwordDensity((long.length > 0 ? long : blocks).join(' ').slice(0, 3000), ENGLISH_STOPWORDS).density >= ENGLISH_DENSITY;
}

const endsLikeSentence = (text: string): boolean => /[.!?…]["”’)]?$/.test(text);

/** Prose: long, or sentence-shaped and dense in function words. Headers end where prose starts. */
function isProse(block: string, stopwords: ReadonlySet<string> | undefined): boolean {
  if (matchBlockPattern(block)) return false;
  if (block.length >= LENGTH_HIGH) return true;
  if (block.length < LENGTH_LOW || !endsLikeSentence(block)) return false;
  return !stopwords || stopwordDensity(block, stopwords).density >= STOPWORDS_LOW;
}

function isTitleLike(block: string): boolean {
  const words = block.split(/\s+/).length;
  return words >= 2 && words <= TITLE_MAX_WORDS && block.length <= TITLE_MAX_CHARS && !/[:;,]$/.test(block) && !matchBlockPattern(block) && !matchTailPattern(block);
}

interface Header {
  title?: string;
  timestamp?: Timestamp;
  byline?: string;
  /** Indexes of blocks the header consumed. */
  used: Set<number>;
}

function readHeader(blocks: string[], proseStart: number, reference: Date): Header {
  const header: Header = { used: new Set() };
  for (let i = 0; i < proseStart; i++) {
    const block = blocks[i]!;
    if (!header.timestamp) {
      const timestamp = parseTimestampLine(block, reference);
      if (timestamp) {
        header.timestamp = timestamp;
        header.used.add(i);
        continue;
      }
    }
    const byline = !header.byline ? BYLINE.exec(block) : null;
    if (byline) {
      header.byline = byline[1]!;
      header.used.add(i);
      continue;
    }
    if (!header.title && isTitleLike(block)) {
      header.title = block.replace(TITLE_LABEL, '');
      header.used.add(i);
    }
  }
  return header;
}

/** Drops a " | Outlet" or " - Outlet" site-name suffix from a title. */
function stripSiteSuffix(title: string, outletName: string | undefined): string {
  const m = /^(.{10,}?)\s+[|–—-]\s+([^|–—-]{2,40})$/.exec(title);
  if (!m) return title;
  const suffix = m[2]!.trim();
  return findOutlet(suffix) || (outletName && suffix.toLowerCase() === outletName.toLowerCase()) ? m[1]! : title;
}

function resolvePublished(doc: WorkingDocument, timestamp: Timestamp, timeZone: string | undefined): void {
  doc.publishedLocal = timestamp.local;
  if (timestamp.offsetMinutes !== undefined) {
    doc.published = timestamp.local + formatOffset(timestamp.offsetMinutes);
  } else if (timeZone && timestamp.local.includes('T')) {
    doc.published = timestamp.local + formatOffset(offsetForLocalTime(timestamp.local, timeZone));
  } else {
    doc.published = timestamp.local;
    if (timestamp.local.includes('T')) addIssue(doc, 'extract', 'published.no-timezone', `no time zone known for ${doc.source?.name ?? 'this source'}`);
  }
}

function sourceFromInput(doc: WorkingDocument): Source {
  const { url, path } = doc.raw;
  if (url) {
    const domain = new URL(url).hostname.replace(/^www\./, '');
    const outlet = findOutletByDomain(domain);
    return { name: outlet?.name ?? domain, url, domain, method: 'url', ...(path ? { path } : {}) };
  }
  return { name: 'unknown', method: 'none', ...(path ? { path } : {}) };
}

function extract(doc: WorkingDocument, ctx: StageContext): string {
  const blocks = splitBlocks(doc.rawText!);
  const stopwords = looksEnglish(blocks) ? ENGLISH_STOPWORDS : undefined;

  let proseStart = blocks.findIndex((b) => isProse(b, stopwords));
  if (proseStart < 0) proseStart = blocks.length;
  const header = readHeader(blocks, proseStart, ctx.now());
  // A lone headline-like line with nothing after it is the article, not its title.
  const titleIndex = blocks.findIndex((b, i) => header.used.has(i) && b.replace(TITLE_LABEL, '') === header.title);
  const rest = blocks.filter((b, i) => !header.used.has(i) && !matchBlockPattern(b) && !matchTailPattern(b));
  if (titleIndex >= 0 && rest.length === 0) {
    header.used.delete(titleIndex);
    delete header.title;
  }

  const tailAt = blocks.findIndex((b, i) => i >= proseStart && i > 0 && matchTailPattern(b));
  const candidates = blocks.filter((_, i) => !header.used.has(i) && (tailAt < 0 || i < tailAt));

  const classified = classifyBlocks(candidates, stopwords);
  let kept = classified.filter((c) => c.final === 'good').map((c) => c.text);
  let method = 'classifier';
  if (kept.length === 0) {
    kept = candidates.filter((b) => !matchBlockPattern(b));
    method = 'all-unmarked';
  }
  if (kept.length === 0) throw new RejectInput('extract.no-body', 'no article text remained after removing page furniture');

  // A source or dateline prefix opens the first paragraph.
  let source = sourceFromInput(doc);
  const prefix = matchSourcePrefix(kept[0]!);
  if (prefix) {
    kept[0] = kept[0]!.slice(prefix.length);
    if (prefix.outlet) {
      const outlet = findOutlet(prefix.outlet);
      source = { ...source, name: outlet?.name ?? prefix.outlet, method: 'prefix', ...(outlet?.domain && !source.domain ? { domain: outlet.domain } : {}) };
    }
    if (prefix.place) doc.dateline = prefix.place;
  }
  if (source.method === 'none') addIssue(doc, 'extract', 'extract.no-source', 'no outlet name in the text');
  doc.source = source;

  const body = assembleBody(kept.map(repairSpacing).filter((p) => p.length > 0), ctx.config.maxTextChars);
  if (body.truncated) addIssue(doc, 'extract', 'extract.truncated', `body cut at ${body.text.length} characters (maxTextChars)`);
  doc.text = body.text;
  doc.paragraphs = body.paragraphs;
  if (isShortBody(body.text)) addIssue(doc, 'extract', 'extract.short-body', `${wordCount(body.text)} words`);

  if (header.title) {
    doc.title = stripSiteSuffix(repairSpacing(header.title), source.name);
  } else {
    doc.title = fallbackTitle(body.text);
    addIssue(doc, 'extract', 'extract.no-title', 'no headline line before the body');
  }
  if (header.byline) doc.byline = header.byline;
  const outlet = findOutlet(source.name);
  if (header.timestamp) resolvePublished(doc, header.timestamp, outlet?.timeZone);
  else addIssue(doc, 'extract', 'extract.no-date', 'no timestamp line in the header');
  return method;
}

/** Plain-text article extraction (already-scraped text). */
export const plainTextArticleStage: Stage = {
  name: 'extract',
  version: '3',
  requires: ['rawText'],
  assigns: ['title', 'text', 'paragraphs', 'source'],
  mediaTypes: ['text/plain'],
  run(doc, ctx) {
    return { method: extract(doc, ctx) };
  },
};
