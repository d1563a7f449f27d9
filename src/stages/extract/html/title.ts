import { attr, collapseSpaces, isTag, isText, type AnyNode, type Element } from './dom.js';
import { asString, publisherName, type JsonLdNode } from './json-ld.js';
import type { MetaTags } from './meta-tags.js';
import type { PageIndex } from './page-index.js';

/**
 * The headline as the page prints it. Pages declare their title several times
 * (JSON-LD headline, og:title, twitter:title, <title>), usually with the site's
 * name around it, and print it once as a heading. The printed heading is what a
 * reader calls the title, but a page has many headings, and on blogs the <h1> is
 * the blog's name. The cascade:
 *
 *  1. h1 agreeing   the <h1> that agrees best with a declared title
 *  2. json-ld       the article's JSON-LD headline, unless it is only the kicker of another declared title
 *  3. h2 agreeing   an h2/h3 that agrees with a declared title (else any heading agreeing with a part of <title>)
 *  4. sole h1       the page's only <h1> outside navigation, branding and side lists
 *  5. classed       the first h1/h2 that templates mark as the headline (entry-title, itemprop=headline)
 *  6. first h2      on a page without <h1>, its first <h2> outside navigation and side lists
 *  7. declared      og:title, twitter:title or <title>, without the site's name
 *
 * A printed heading loses its kicker ("Corona-Pandemie", "Local News |", a
 * date): a short leading block in its own element, which the headline follows.
 */

export interface TitleContext {
  index: PageIndex;
  meta: MetaTags;
  ld: JsonLdNode[];
  graph: JsonLdNode[];
  siteName?: string;
  url?: string;
  pageTitle?: string;
}

/** Separators between headline and site name or section in <title> and og:title. */
const TITLE_SEPARATORS = /\s+[|–—·•»«›‹:/~]\s+|\s+-{1,2}\s+|\s*[|｜]\s*|\s+::\s+|(?<=[\p{Script=Han}！？。」])\s*[-_]\s*(?=\p{Script=Han})/u;
/** Headings shorter than this are labels ("News", "Menü"); longer ones are paragraphs marked up as headings. */
const MIN_TITLE_CHARS = 4;
const MAX_TITLE_CHARS = 300;
/** Share of words a heading and a declared title must have in common to be the same title. */
const MIN_AGREEMENT = 0.8;
/** A kicker has at most this many words; the headline after it has more. */
const MAX_KICKER_WORDS = 6;
/** Heading classes of common CMS templates for the article's headline. */
const HEADLINE_CLASS = /(?:^|[\s_-])(?:entry-title|post-title|article-title|article-heading|headline|title)(?:$|[\s_-])/i;
/** Text for screen readers only ("Headline:", "Article:"), not printed. */
const SCREEN_READER_ONLY = /(?:^|\s)(?:sr-only|visually-?hidden|screen-reader-text|screenreader|a11y-only|element-invisible|hide-visually)(?:\s|$)/i;
/** Elements that run inside a line of text; every other child element of a heading is a block of its own. */
const INLINE_TAGS = new Set(['a', 'em', 'strong', 'b', 'i', 'u', 'abbr', 'q', 'cite', 'mark', 'sup', 'sub', 'ruby', 'rb', 'font', 'nobr', 'wbr', 'time']);
/** Ruby annotations (Japanese readings above kanji) are not part of the headline's text. */
const SKIPPED_TAGS = new Set(['rt', 'rp', 'script', 'style', 'noscript', 'template', 'svg', 'button']);

/** Lower case, letters and digits only, one space between words: "„Wir“ – dekorieren" → "wir dekorieren". */
export const normaliseTitle = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
/** For comparing names across spellings: "Schweizer Jäger" ~ "schweizerjaeger.ch". */
const squash = (s: string): string => normaliseTitle(s.replace(/ä/gi, 'ae').replace(/ö/gi, 'oe').replace(/ü/gi, 'ue').replace(/ß/g, 'ss')).replace(/ /g, '');
const wordCount = (s: string): number => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** A heading's printed text: without ruby readings and screen-reader-only labels. */
function printedText(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (!isTag(node) || SKIPPED_TAGS.has(node.name) || SCREEN_READER_ONLY.test(attr(node, 'class') ?? '')) return '';
  if (node.name === 'br') return ' ';
  let out = '';
  for (const child of node.children) out += printedText(child);
  return out;
}

const headingText = (el: Element): string => collapseSpaces(printedText(el));

// ---------------------------------------------------------------- site names and declared titles

/** Names the site goes by: og:site_name and the like, the publisher, and the host name ("www.spektrum.de" → "spektrum", "spektrum.de"). */
function siteNames(ctx: TitleContext): string[] {
  const names = [ctx.siteName, ctx.meta.get('og:site_name'), ctx.meta.get('application-name'), ctx.meta.get('twitter:site')?.replace(/^@/, '')];
  for (const node of ctx.ld) names.push(publisherName(node, ctx.graph));
  const host = ctx.url ? /^[a-z]+:\/\/(?:www\d?\.)?([^/:?#]+)/i.exec(ctx.url)?.[1] : undefined;
  if (host) {
    names.push(host);
    const labels = host.split('.');
    names.push(labels.length > 1 ? labels.slice(0, -1).join(' ') : host);
    if (labels.length > 2) names.push(labels[labels.length - 2]);
  }
  return [...new Set(names.filter((n): n is string => n !== undefined && squash(n).length >= 2).map(squash))];
}

/** Exactly a site name ("Spektrum.de" for spektrum.de). */
const isExactSiteName = (part: string, sites: readonly string[]): boolean => sites.includes(squash(part));

/** Close to a site name: one contains the other, and both are long enough to be names ("Schweizer Jäger Online" for schweizerjaeger.ch). */
function isLikeSiteName(part: string, sites: readonly string[]): boolean {
  const p = squash(part);
  return p.length >= 4 && sites.some((s) => s.length >= 4 && (s.includes(p) || (p.includes(s) && s.length >= p.length * 0.6)));
}

/** "Headline | Site", "Site - Headline", "Section: Headline – Site" → the parts, trimmed. */
export const titleParts = (title: string): string[] => title.split(TITLE_SEPARATORS).map((p) => p.trim()).filter((p) => p.length > 0);

/**
 * Cuts the site's name from a declared title: parts equal to a site name first,
 * else parts close to one. Without a known site name, "Headline | Site" keeps
 * the part before the last pipe, and a title of two parts keeps the longer one
 * when it is at least twice as long.
 *
 * @example stripSiteName('Was ist Innovation? | BeyssOnManagement', ['beyssonmanagement']) // 'Was ist Innovation?'
 */
export function stripSiteName(title: string, sites: readonly string[]): string {
  // Parts without a letter or digit ("☆☆☆☆☆", "--") are decoration.
  const parts = titleParts(title).filter((p) => /[\p{L}\p{N}]/u.test(p));
  if (parts.length < 2) return parts[0] ?? title;
  for (const isSite of [isExactSiteName, isLikeSiteName]) {
    const site = parts.filter((p) => isSite(p, sites));
    if (site.length === 0 || site.length === parts.length) continue;
    const kept = parts.filter((p) => !isSite(p, sites));
    // The headline as one stretch of the title, with its own separators ("Kicker: Headline"), when the site's name is not inside it.
    const from = title.indexOf(kept[0]!);
    const last = kept[kept.length - 1]!;
    const stretch = title.slice(from, title.indexOf(last, from) + last.length);
    return site.some((s) => stretch.includes(s)) ? kept.join(' - ') : stretch;
  }
  const pipe = title.lastIndexOf('|');
  if (pipe > 0 && parts.length === 2 && /\s\|\s/.test(title)) return title.slice(0, pipe).trim();
  // Without a known name, the headline is the part clearly longer than the rest: twice the other of two, 1.5 times the next of more.
  if (parts.length === 1) return parts[0]!;
  const sorted = [...parts].sort((a, b) => b.length - a.length);
  const factor = parts.length === 2 ? 2 : 1.5;
  return sorted[0]!.length >= factor * sorted[1]!.length ? sorted[0]! : title;
}

interface Declared {
  text: string;
  norm: string;
  source: string;
  /** Full declared titles count more than fragments of <title>. */
  weight: number;
}

function declaredTitles(ctx: TitleContext, sites: readonly string[]): { all: Declared[]; ldHeadline?: Declared } {
  const all: Declared[] = [];
  const add = (text: string | undefined, source: string, weight: number): Declared | undefined => {
    const t = text ? collapseSpaces(text) : '';
    if (t.length < MIN_TITLE_CHARS || isExactSiteName(t, sites)) return undefined;
    const declared = { text: t, norm: normaliseTitle(t), source, weight };
    all.push(declared);
    return declared;
  };
  const rawLd = ctx.ld.map((n) => asString(n.headline) ?? asString(n.alternativeHeadline)).find((t) => t !== undefined);
  let ldHeadline: Declared | undefined;
  for (const [source, raw] of [['json-ld:headline', rawLd], ['og:title', ctx.meta.get('og:title')], ['twitter:title', ctx.meta.get('twitter:title')], ['title', ctx.pageTitle], ['meta:title', ctx.meta.get('title') ?? ctx.meta.get('dc.title')]] as const) {
    if (!raw) continue;
    const stripped = stripSiteName(collapseSpaces(raw), sites);
    const main = add(stripped, source, 1);
    if (source === 'json-ld:headline') ldHeadline = main;
    if (stripped !== raw) add(raw, source, 0.9);
    const parts = titleParts(stripped);
    if (parts.length > 1) for (const part of parts) add(part, `${source}-part`, 0.8);
  }
  const ldName = ctx.ld.map((n) => asString(n.name)).find((t) => t !== undefined);
  add(ldName && stripSiteName(ldName, sites), 'json-ld:name', 0.8);
  return ldHeadline ? { all, ldHeadline } : { all };
}

/**
 * Dice coefficient over the two titles' words (with repeats), 1 for equal titles.
 * A title that continues a declared one ("Auto leasen oder kaufen – was ist
 * günstiger?" for "Auto leasen oder kaufen") agrees just enough when the shorter
 * has at least four words and half the longer's.
 */
function agreement(a: string, b: string): number {
  if (a === b) return 1;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  const shortWords = wordCount(short);
  if (shortWords >= 4 && shortWords * 2 >= wordCount(long) && (long.startsWith(`${short} `) || long.endsWith(` ${short}`))) return Math.max(MIN_AGREEMENT, dice(a, b));
  return dice(a, b);
}

function dice(a: string, b: string): number {
  const x = a.split(' ');
  const y = b.split(' ');
  const counts = new Map<string, number>();
  for (const w of y) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of x) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

// ---------------------------------------------------------------- headings

/** One block of a heading: its printed text and, when it is an element of its own, the element. */
interface Block {
  text: string;
  el?: Element;
}

/** Classes and tags templates use for the line above a headline (roofline, Dachzeile, overline, eyebrow, label). */
const KICKER_CLASS = /kicker|roofline|dachzeile|overline|topline|eyebrow|supertitle|pre-?title|title-?pre|headline-?intro|label|rubri[ck]|category|section|spitzmarke|surtitre|antetitulo|occhiello/i;
const isKickerElement = (el: Element | undefined): boolean => el !== undefined && (el.name === 'small' || KICKER_CLASS.test(attr(el, 'class') ?? ''));

/**
 * The text blocks a heading is built from: kicker, separator, headline, trailing
 * date line. A wrapper around everything (<h1><div>…</div></h1>) is looked through.
 */
export function headingBlocks(heading: Element): Block[] {
  let el = heading;
  for (;;) {
    const meaningful = el.children.filter((c) => (isText(c) ? /\S/.test(c.data) : isTag(c) && printedText(c).trim().length > 0));
    const only = meaningful[0];
    if (meaningful.length !== 1 || !only || !isTag(only) || (INLINE_TAGS.has(only.name) && only.name !== 'a')) break;
    el = only;
  }
  const blocks: Block[] = [];
  let loose = '';
  const flush = (): void => {
    const t = collapseSpaces(loose);
    if (t) blocks.push({ text: t });
    loose = '';
  };
  for (const child of el.children) {
    if (isText(child)) loose += child.data;
    else if (isTag(child)) {
      if (child.name === 'br') flush();
      else if (INLINE_TAGS.has(child.name)) loose += printedText(child);
      else {
        flush();
        const t = collapseSpaces(printedText(child));
        if (t) blocks.push({ text: t, el: child });
      }
    }
  }
  flush();
  return blocks.filter((b) => /[\p{L}\p{N}]/u.test(b.text));
}

const LEADING_DATE = /^(?:\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})\s*[-–—|:]\s+(?=\S)/;

/** Text that continues a sentence (": und weiter", "der Pochers") does not start a headline after a kicker. */
const startsHeadline = (s: string): boolean => /^[\p{Lu}\p{N}"'«»„“”‚‘’¿¡([]/u.test(s) || (!/^\p{Ll}/u.test(s) && /^\p{L}/u.test(s));

/**
 * The heading's printed text without leading kicker blocks: a block the
 * template marks as a kicker, or a short block before a longer headline that is
 * not itself a declared title.
 *
 * @example <h1><span>Corona</span> <span>Ein Titel mit Worten</span></h1> → "Ein Titel mit Worten"
 */
function withoutKicker(el: Element, declared: readonly Declared[]): string {
  // A date before the headline ("23.01.2022 - Wierer darf jubeln") is a kicker too, even in the same text.
  const full = headingText(el).replace(LEADING_DATE, '');
  const blocks = headingBlocks(el);
  let start = 0;
  while (start < blocks.length - 1) {
    const block = blocks[start]!;
    const rest = blocks.slice(start + 1).map((b) => b.text).join(' ');
    const words = wordCount(block.text);
    const restWords = wordCount(rest);
    const marked = isKickerElement(block.el) && words <= 2 * MAX_KICKER_WORDS;
    const short = words <= MAX_KICKER_WORDS && words < restWords && !declared.some((d) => d.weight === 1 && d.norm === normaliseTitle(block.text));
    const kicker = words === 0 || ((marked || short) && restWords >= 2 && startsHeadline(rest));
    if (!kicker) break;
    start++;
  }
  if (start === 0) return full;
  const rest = blocks.slice(start).map((b) => b.text);
  const at = full.indexOf(rest[0]!);
  return at >= 0 ? full.slice(at).trim() : rest.join(' ');
}

interface Candidate {
  el: Element;
  text: string;
  level: number;
  order: number;
}

/** Headings that can hold the article's title: not in comments, side lists, navigation, footers or the site's branding, and not the site's name. */
function candidateHeadings(index: PageIndex, sites: readonly string[]): Candidate[] {
  const out: Candidate[] = [];
  for (const { el, zone, order } of index.headings) {
    if (zone !== undefined) continue;
    const text = headingText(el);
    if (text.length < MIN_TITLE_CHARS || text.length > MAX_TITLE_CHARS || isExactSiteName(text, sites)) continue;
    out.push({ el, text, level: +el.name.slice(1), order });
  }
  return out;
}

interface Agreed {
  candidate: Candidate;
  declared: Declared;
  score: number;
  /** The block of the heading that matched, when it matched better than the whole heading (a trailing date line cut off). */
  block?: string;
}

/** The candidate agreeing best with any of the declared titles, or undefined when none reaches MIN_AGREEMENT. */
function bestAgreeing(candidates: readonly Candidate[], declared: readonly Declared[]): Agreed | undefined {
  let best: Agreed | undefined;
  for (const candidate of candidates) {
    const fullNorm = normaliseTitle(candidate.text);
    const blocks = headingBlocks(candidate.el);
    // Each block normalised once for all declared titles.
    const blockNorms = blocks.length > 1 ? blocks.map((b) => normaliseTitle(b.text)) : [];
    for (const d of declared) {
      let score = agreement(fullNorm, d.norm);
      let block: string | undefined;
      if (blocks.length > 1) {
        for (let i = 0; i < blocks.length; i++) {
          const s = agreement(blockNorms[i]!, d.norm);
          if (s > score + 1e-9) [score, block] = [s, blocks[i]!.text];
        }
      }
      if (score < MIN_AGREEMENT) continue;
      const weighted = score * d.weight;
      if (!best || weighted > best.score + 1e-9 || (Math.abs(weighted - best.score) <= 1e-9 && candidate.order < best.candidate.order)) {
        best = block === undefined ? { candidate, declared: d, score: weighted } : { candidate, declared: d, score: weighted, block };
      }
    }
  }
  return best;
}

export function resolveTitle(ctx: TitleContext, evidence: Record<string, string>): string | undefined {
  const sites = siteNames(ctx);
  const { all, ldHeadline } = declaredTitles(ctx, sites);
  let declared = all;
  const candidates = candidateHeadings(ctx.index, sites);
  const printed = (agreed: Agreed | Candidate, source: string): string => {
    evidence.title = source;
    if (!('declared' in agreed)) return withoutKicker(agreed.el, declared);
    // A block that matches (the headline without a trailing date line or subtitle), when the whole heading
    // agrees with no declared title, or less well than the block.
    const whole = Math.max(0, ...declared.map((d) => agreement(normaliseTitle(agreed.candidate.text), d.norm) * d.weight));
    return agreed.block !== undefined && (whole < MIN_AGREEMENT || whole + 1e-9 < agreed.score) ? agreed.block : withoutKicker(agreed.candidate.el, declared);
  };
  // A JSON-LD headline that is only the start of another declared title is its kicker ("Vanlife in Schweden" of "Vanlife in Schweden: Skandinavien …").
  const ldIsKicker = ldHeadline !== undefined && declared.some((d) => d.weight === 1 && d.norm.startsWith(`${ldHeadline.norm} `) && wordCount(d.norm) >= wordCount(ldHeadline.norm) + 2);
  if (ldIsKicker) declared = declared.filter((d) => d !== ldHeadline);
  const full = declared.filter((d) => d.weight >= 0.9);
  const parts = declared.filter((d) => d.weight < 0.9);
  const h1s = candidates.filter((c) => c.level === 1);
  const lower = candidates.filter((c) => c.level > 1);
  const h1Agreed = bestAgreeing(h1s, full);
  if (h1Agreed) return printed(h1Agreed, `h1=${h1Agreed.declared.source}`);
  if (ldHeadline && !ldIsKicker) {
    evidence.title = 'json-ld:headline';
    return ldHeadline.text;
  }
  // Agreeing with a whole declared title is stronger evidence than an h1 agreeing with a fragment of <title> ("Site » Archive » Post").
  const agreed = bestAgreeing(lower, full) ?? bestAgreeing(h1s, parts) ?? bestAgreeing(lower, parts);
  if (agreed) return printed(agreed, `${agreed.candidate.el.name}=${agreed.declared.source}`);
  if (h1s.length === 1) return printed(h1s[0]!, 'h1:sole');
  const classed = candidates.find((c) => c.level <= 2 && (HEADLINE_CLASS.test(attr(c.el, 'class') ?? '') || attr(c.el, 'itemprop') === 'headline'));
  if (classed) return printed(classed, `${classed.el.name}:classed`);
  // Older templates without an <h1> print the headline as the first <h2> of the content.
  const firstH2 = h1s.length === 0 ? candidates.find((c) => c.level === 2) : undefined;
  if (firstH2) return printed(firstH2, 'h2:first');
  const first = declared.find((d) => d.weight === 1);
  if (first) {
    evidence.title = first.source;
    return first.text;
  }
  if (h1s.length > 0) return printed(h1s[0]!, 'h1:first');
  const fallback = ctx.pageTitle ? collapseSpaces(ctx.pageTitle) : '';
  if (!fallback) return undefined;
  evidence.title = 'title:unstripped';
  return fallback;
}
