import { attr, findFirst, walk, type AnyNode, type Document, type Element } from './dom.js';
import { collectBlocks, isHeading, isParagraphTag, linkDensity, type Block } from './blocks.js';
import { BODY_SELECTORS } from './html-patterns.js';
import { classifyBlocks, matchBlockPattern, matchTailPattern } from '../paragraph-classifier.js';
import { ENGLISH_STOPWORDS } from '../stopwords-en.js';
import { isDateLine } from './date-line.js';

/**
 * The article body of a cleaned page. The cascade (STYLE.md point 3), each step
 * engaged only when the one before under-delivers:
 *   1. `selector:<id>` — a body container named by markup (itemprop, CMS classes, <article>, <main>),
 *      accepted when it holds at least SELECTOR_MIN_SHARE of the best-scored container's text;
 *   2. `density` — the container with the highest paragraph score (commas, length, low link density,
 *      propagated to parent and grandparent, as Readability scores), with qualifying siblings;
 *   3. `classifier` — every block of the page through the jusText-style paragraph classifier;
 *   4. `baseline` — every block of the page that no furniture pattern matches.
 * Inside the chosen container, blocks are filtered: link-heavy, pattern-matched and date-only
 * blocks go, and a trailing-furniture marker ends the body.
 */

/** A body shorter than this (characters) means the step failed; try the next. */
const MIN_BODY_CHARS = 250;
/** Blocks shorter than this do not vote in container scoring (Readability uses 25). */
const MIN_SCORING_CHARS = 25;
/** A block with more than this share of its text in links is a menu or a list of other stories. */
const MAX_LINK_DENSITY = 0.4;
/** A selector's container must hold this share of the density winner's text, else the page marks up something else (a teaser, a wrapper). */
const SELECTOR_MIN_SHARE = 0.5;
/** Widening stops at an ancestor whose text is more than this share links (a page frame with menus). */
const WIDEN_MAX_LINK_DENSITY = 0.25;
/** …or where the current container holds less than this share of the ancestor's text. */
const WIDEN_MIN_SHARE = 0.6;
/** Short lines without closing punctuation act as headings for orphan removal. */
const ORPHAN_MAX_CHARS = 60;
/** A broad selector (<article>, <main>) around the density winner is used only if the winner holds this share of its text. */
const BROAD_SELECTOR_SHARE = 0.8;
/** A prose block: at least this long (shorter lines are headings, datelines, captions)… */
const PROSE_MIN_CHARS = 80;
/** …and at most this share links. */
const PROSE_MAX_LINK_DENSITY = 0.2;
/** A named container grows by at most this many levels of ancestors… */
const EXTEND_MAX_LEVELS = 3;
/** …each adding no more furniture than this share of the prose it adds. */
const EXTEND_MAX_FURNITURE = 0.1;
/** …plus this many characters, so that a "Print" link or an author's initials do not stop it. */
const EXTEND_FURNITURE_SLACK = 20;
/** The prose cover holds at least this share of the page's running text… */
const COVER_SHARE = 0.9;
/** …with no more than this share of its text in links. */
const COVER_MAX_LINK_DENSITY = 0.3;
/** The density winner gives way to the prose cover when it holds less than this share of the running text. */
const COVER_SWITCH_SHARE = 0.5;
/** A tail marker ends the body only after this share of the container's text: earlier, it heads a box inside the article. */
const TAIL_MIN_SHARE = 0.5;
/** A heading containing the title, or contained in it, repeats it when the shorter is at least this share of the longer. */
const TITLE_REPEAT_SHARE = 0.6;
/** Siblings of the winning container scoring this share of it are part of the article (split bodies). */
const SIBLING_SHARE = 0.25;

export interface MainContent {
  paragraphs: string[];
  method: string;
  /** Characters of running text on the cleaned page: near zero means cleaning (or the page) left no article to find. */
  pageProseChars: number;
}

/** Why blocks of the chosen container were left out: for debugging and error analysis. */
export interface BodyTrace {
  dropped: { text: string; reason: string }[];
  /** The container the body came from, when a container step won. */
  containers?: Element[];
}

interface Totals {
  chars: number;
  linkChars: number;
  score: number;
}

/** The element's parent while it is below the root, else undefined: walks a block's element and its ancestors without a list per block. */
function parentBelow(el: Element, root: AnyNode): Element | undefined {
  const parent = el.parent;
  return parent && parent !== root && parent.type !== 'root' ? (parent as Element) : undefined;
}

function blockScore(b: Block): number {
  if (b.text.length < MIN_SCORING_CHARS || linkDensity(b) > MAX_LINK_DENSITY) return 0;
  return 1 + countCommas(b.text) + Math.min(Math.floor(b.text.length / 100), 3);
}

/** Commas of Latin, Arabic and CJK text: counted, not matched (no array of matches per block). */
function countCommas(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2c || c === 0x060c || c === 0x3001 || c === 0xff0c) n++;
  }
  return n;
}

/** Per element: its text, link text and paragraph score, summed from the blocks below it. */
function scoreElements(blocks: Block[], root: AnyNode): Map<Element, Totals> {
  const totals = new Map<Element, Totals>();
  const get = (el: Element): Totals => {
    let t = totals.get(el);
    if (!t) totals.set(el, (t = { chars: 0, linkChars: 0, score: 0 }));
    return t;
  };
  for (const b of blocks) {
    const s = blockScore(b);
    // Loose text belongs to its container directly; a <p> hands its score up to its container.
    const shift = isParagraphTag(b.element.name) ? 0 : 1;
    for (let el: Element | undefined = b.element, i = 0; el; el = parentBelow(el, root), i++) {
      const t = get(el);
      t.chars += b.text.length;
      t.linkChars += b.linkChars;
      // A paragraph lends its score to its container fully, the next level half, the one above a sixth (Readability).
      const level = i + shift;
      if (s > 0) t.score += level === 1 ? s : level === 2 ? s / 2 : level === 3 ? s / 6 : 0;
    }
  }
  return totals;
}

function bestContainer(totals: Map<Element, Totals>): Element | undefined {
  let best: Element | undefined;
  let bestScore = 0;
  for (const [el, t] of totals) {
    const score = t.score * (1 - t.linkChars / Math.max(1, t.chars));
    if (score > bestScore) {
      bestScore = score;
      best = el;
    }
  }
  return best;
}

/**
 * Moves from the scored winner up to ancestors that add little but more article:
 * lists, tables and sub-headed sections beside the paragraphs score low on their own.
 */
function widen(winner: Element | undefined, totals: Map<Element, Totals>): Element | undefined {
  if (!winner) return undefined;
  let current = winner;
  for (let parent = current.parent; parent && parent.type === 'tag'; parent = parent.parent) {
    const p = totals.get(parent as Element);
    const c = totals.get(current)!;
    if (!p || (parent as Element).name === 'body' || p.linkChars / Math.max(1, p.chars) > WIDEN_MAX_LINK_DENSITY || c.chars < WIDEN_MIN_SHARE * p.chars) break;
    current = parent as Element;
  }
  return current;
}

const contains = (outer: Element, inner: Element): boolean => {
  for (let n: AnyNode | null = inner; n; n = n.parent) if (n === outer) return true;
  return false;
};

/**
 * An element's class tokens, by class string across pages: a page repeats its few class strings on hundreds of
 * elements, and most elements have none (one shared empty list). The lists are shared: read, never changed.
 */
const NO_CLASSES: string[] = [];
const classTokensByString = new Map<string, string[]>();
const MAX_REMEMBERED_CLASSES = 20_000;
function classTokens(cls: string | undefined): string[] {
  if (!cls) return NO_CLASSES;
  let tokens = classTokensByString.get(cls);
  if (tokens === undefined) {
    if (classTokensByString.size >= MAX_REMEMBERED_CLASSES) classTokensByString.clear();
    classTokensByString.set(cls, (tokens = cls.split(/\s+/).filter(Boolean)));
  }
  return tokens;
}

/** Every element a body selector names: by selector in their order, then in document order (one walk for all). */
function selectorContainer(doc: Document): { el: Element; id: string; strength: 'strong' | 'broad' }[] {
  const matches: Element[][] = BODY_SELECTORS.map(() => []);
  walk(doc, (el) => {
    const classes = classTokens(attr(el, 'class'));
    const id = attr(el, 'id') ?? '';
    for (let i = 0; i < BODY_SELECTORS.length; i++) if (BODY_SELECTORS[i]!.test(el.name, classes, id, el.attribs)) matches[i]!.push(el);
  });
  return BODY_SELECTORS.flatMap((selector, i) => matches[i]!.map((el) => ({ el, id: selector.id, strength: selector.strength })));
}

/** The headline printed again in the body, exactly or with a kicker or site name around it. */
function isTitleRepeat(heading: string, title: string): boolean {
  if (heading === title) return true;
  const [shorter, longer] = heading.length < title.length ? [heading, title] : [title, heading];
  return shorter.length >= TITLE_REPEAT_SHARE * longer.length && longer.includes(shorter);
}

/** The blocks of the article inside a container, in order, furniture removed. */
/** A block that ends like a sentence (a constant: a regular expression literal is a new object each evaluation). */
const SENTENCE_END = /[.!?:]$/;

/** What the block filters read: the text, its links and its tag. */
type TextBlock = Pick<Block, 'text' | 'linkChars' | 'tag'>;

function articleBlocks(blocks: readonly TextBlock[], title: string | undefined, trace?: BodyTrace): string[] {
  const out: string[] = [];
  const headings: boolean[] = [];
  const normalisedTitle = title?.toLowerCase();
  // Each attempt of the cascade starts afresh: the trace tells about the one that won.
  if (trace) trace.dropped = [];
  const drop = (b: TextBlock, reason: string): void => {
    trace?.dropped.push({ text: b.text, reason });
  };
  const containerChars = blocks.reduce((n, b) => n + b.text.length, 0);
  let charsBefore = 0;
  for (const [i, b] of blocks.entries()) {
    const tail = out.length > 0 ? matchTailPattern(b.text) : undefined;
    if (tail) {
      // Late in the container, a tail marker starts the page's closing furniture; early, it heads a box inside the article.
      if (charsBefore < TAIL_MIN_SHARE * containerChars) {
        drop(b, `pattern:${tail.id}`);
        charsBefore += b.text.length;
        continue;
      }
      for (const rest of blocks.slice(i)) drop(rest, `after-tail:${tail.id}`);
      break;
    }
    charsBefore += b.text.length;
    if (linkDensity(b) > MAX_LINK_DENSITY) { drop(b, 'link-density'); continue; }
    const pattern = matchBlockPattern(b.text);
    if (pattern) { drop(b, `pattern:${pattern.id}`); continue; }
    // The <h1> is the page's headline: metadata, not body text (pages repeat it with kickers the title lacks).
    if (b.tag === 'h1' || (isHeading(b.tag) && normalisedTitle && isTitleRepeat(b.text.toLowerCase(), normalisedTitle))) { drop(b, 'title'); continue; }
    if (isDateLine(b.text)) { drop(b, 'date-line'); continue; }
    if (out.length > 0 && out[out.length - 1] === b.text) continue;
    out.push(b.text);
    headings.push(isHeading(b.tag) || (b.text.length < ORPHAN_MAX_CHARS && !SENTENCE_END.test(b.text)));
  }
  const kept = dropOrphanHeadings(out, headings);
  if (trace && kept.length < out.length) for (const text of out.filter((t) => !kept.includes(t))) trace.dropped.push({ text, reason: 'orphan-heading' });
  return kept;
}

/**
 * A heading with no paragraph of its own before the next heading or the end introduces
 * a section that was removed (related links, "Weitere Themen"): it goes too.
 */
function dropOrphanHeadings(texts: string[], headings: boolean[]): string[] {
  // Every heading before the last paragraph has a paragraph after it; those after it have none.
  const lastParagraph = headings.lastIndexOf(false);
  return texts.filter((_, i) => i <= lastParagraph || !headings[i]);
}

/** A block that reads as running text: long enough to be a paragraph, mostly not links. */
const PROSE_PUNCT = /[.!?…:;"“”»]/;
const isProse = (b: Block): boolean => b.text.length >= PROSE_MIN_CHARS && linkDensity(b) < PROSE_MAX_LINK_DENSITY && PROSE_PUNCT.test(b.text);

/**
 * Moves from a container named by markup to ancestors that add article text beside it:
 * CMSs put the lead paragraph, a second body part or a fact box next to the element
 * their class calls the body. An ancestor is taken when what it adds is prose and
 * no more than a little furniture; headings and short lines are neutral.
 */
function extendWithProse(el: Element, allBlocks: Block[]): Element {
  let current = el;
  for (let level = 0; level < EXTEND_MAX_LEVELS; level++) {
    const parent = current.parent;
    if (!parent || parent.type !== 'tag' || (parent as Element).name === 'body' || (parent as Element).name === 'html') break;
    let prose = 0;
    let furniture = 0;
    for (const b of allBlocks) {
      if (!contains(parent as Element, b.element) || contains(current, b.element)) continue;
      if (isProse(b)) prose += b.text.length;
      else if (b.text.length >= PROSE_MIN_CHARS || linkDensity(b) > MAX_LINK_DENSITY) furniture += b.text.length;
    }
    if (furniture > EXTEND_MAX_FURNITURE * prose + EXTEND_FURNITURE_SLACK) break;
    current = parent as Element;
  }
  return current;
}

/** Running-text characters per element (blocks below it that read as prose) and on the whole page. */
interface ProseMap {
  byElement: Map<Element, number>;
  total: number;
}

function measureProse(allBlocks: Block[], root: AnyNode): ProseMap {
  const byElement = new Map<Element, number>();
  let total = 0;
  for (const b of allBlocks) {
    if (!isProse(b)) continue;
    total += b.text.length;
    for (let el: Element | undefined = b.element; el; el = parentBelow(el, root)) byElement.set(el, (byElement.get(el) ?? 0) + b.text.length);
  }
  return { byElement, total };
}

/** The share of the page's running text inside the given elements (assumed disjoint). */
const proseShare = (prose: ProseMap, members: Element[]): number => members.reduce((n, m) => n + (prose.byElement.get(m) ?? 0), 0) / Math.max(1, prose.total);

/**
 * The smallest element holding most of the page's running text: when the best-scored
 * container holds only one of several sections of an article (page builders nest each
 * section in its own grid cell), this is the article.
 */
function proseCover(prose: ProseMap, totals: Map<Element, Totals>): Element | undefined {
  let best: Element | undefined;
  let bestChars = Infinity;
  for (const [el, chars] of prose.byElement) {
    const t = totals.get(el);
    if (!t || chars < COVER_SHARE * prose.total || t.linkChars > COVER_MAX_LINK_DENSITY * t.chars) continue;
    if (t.chars < bestChars) {
      best = el;
      bestChars = t.chars;
    }
  }
  return best;
}

const totalChars = (paragraphs: string[]): number => paragraphs.reduce((n, p) => n + p.length, 0);

export function extractMainContent(doc: Document, title?: string, trace?: BodyTrace): MainContent {
  const body = findFirst(doc, (el) => el.name === 'body') ?? doc;
  const allBlocks = collectBlocks(body);
  const totals = scoreElements(allBlocks, body);
  const densityWinner = widen(bestContainer(totals), totals);
  const within = (el: Element): Block[] => allBlocks.filter((b) => contains(el, b.element));
  const prose = measureProse(allBlocks, body);
  const result = (paragraphs: string[], method: string): MainContent => ({ paragraphs, method, pageProseChars: prose.total });

  // 1. A container named by markup, if it holds the article rather than a teaser or the whole frame.
  if (densityWinner) {
    const winnerChars = totals.get(densityWinner)?.chars ?? 0;
    const candidates = selectorContainer(doc)
      .map((c) => ({ ...c, chars: totals.get(c.el)?.chars ?? 0 }))
      .filter((c) => {
        if (c.chars < SELECTOR_MIN_SHARE * winnerChars) return false;
        if (contains(densityWinner, c.el)) return true;
        // A broad container (<main>, a page-wide <article>) around the scored winner adds only furniture.
        return contains(c.el, densityWinner) && (c.strength === 'strong' || winnerChars >= BROAD_SELECTOR_SHARE * c.chars);
      });
    // The most specific container that still qualifies: fewest characters.
    candidates.sort((a, b) => a.chars - b.chars);
    for (const c of candidates) {
      const container = extendWithProse(c.el, allBlocks);
      const paragraphs = articleBlocks(within(container), title, trace);
      if (totalChars(paragraphs) >= MIN_BODY_CHARS) {
        if (trace) trace.containers = [container];
        return result(paragraphs, `selector:${c.id}`);
      }
    }
  }

  // 2. The best-scored container and its qualifying siblings.
  if (densityWinner) {
    const winnerScore = totals.get(densityWinner)!.score;
    const parent = densityWinner.parent as Element | null;
    const siblings = parent?.children?.filter((c): c is Element => c.type === 'tag' && c !== densityWinner && (totals.get(c as Element)?.score ?? 0) >= SIBLING_SHARE * winnerScore) ?? [];
    let members = [extendWithProse(densityWinner, allBlocks), ...siblings].filter((m, i, all) => !all.some((o, j) => j !== i && contains(o, m)));
    const cover = proseCover(prose, totals);
    if (cover && proseShare(prose, members) < COVER_SWITCH_SHARE) members = [cover];
    const paragraphs = articleBlocks(allBlocks.filter((b) => members.some((m) => contains(m, b.element))), title, trace);
    if (totalChars(paragraphs) >= MIN_BODY_CHARS) {
      if (trace) trace.containers = members;
      return result(paragraphs, 'density');
    }
  }

  // 3. The paragraph classifier over the whole page.
  const candidates = allBlocks.filter((b) => linkDensity(b) <= MAX_LINK_DENSITY).map((b) => b.text);
  const classified = classifyBlocks(candidates, ENGLISH_STOPWORDS).filter((c) => c.final === 'good').map((c) => c.text);
  if (totalChars(classified) >= MIN_BODY_CHARS) return result(classified, 'classifier');

  // 4. Whatever text the page has.
  return result(allBlocks.filter((b) => !matchBlockPattern(b.text)).map((b) => b.text), 'baseline');
}


/**
 * The body's block filters (furniture patterns, date stamps, late tail markers) applied
 * to paragraphs from another extractor, which come as plain text without markup.
 */
export function filterParagraphs(paragraphs: readonly string[], title?: string): string[] {
  return articleBlocks(paragraphs.map((text) => ({ text, linkChars: 0, tag: 'p' })), title);
}
