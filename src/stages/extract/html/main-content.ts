import { attr, findAll, findFirst, type AnyNode, type Document, type Element } from './dom.js';
import { collectBlocks, isHeading, isParagraphTag, linkDensity, type Block } from './blocks.js';
import { BODY_SELECTORS } from './html-patterns.js';
import { classifyBlocks, matchBlockPattern, matchTailPattern } from '../paragraph-classifier.js';
import { ENGLISH_STOPWORDS } from '../stopwords-en.js';
import { parseTimestampLine } from '../timestamp.js';

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
/** A block whose text is mostly links is a menu or a list of other stories. */
const MAX_LINK_DENSITY = 0.5;
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
/** Siblings of the winning container scoring this share of it are part of the article (split bodies). */
const SIBLING_SHARE = 0.25;

export interface MainContent {
  paragraphs: string[];
  method: string;
}

interface Totals {
  chars: number;
  linkChars: number;
  score: number;
}

function ancestors(el: Element, root: AnyNode): Element[] {
  const out: Element[] = [];
  let node = el.parent;
  while (node && node !== root && node.type !== 'root') {
    out.push(node as Element);
    node = node.parent;
  }
  return out;
}

function blockScore(b: Block): number {
  if (b.text.length < MIN_SCORING_CHARS || linkDensity(b) > MAX_LINK_DENSITY) return 0;
  const commas = (b.text.match(/[,،、，]/g) ?? []).length;
  return 1 + commas + Math.min(Math.floor(b.text.length / 100), 3);
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
    const chain = [b.element, ...ancestors(b.element, root)];
    // Loose text belongs to its container directly; a <p> hands its score up to its container.
    const shift = isParagraphTag(b.element.name) ? 0 : 1;
    chain.forEach((el, i) => {
      const t = get(el);
      t.chars += b.text.length;
      t.linkChars += b.linkChars;
      // A paragraph lends its score to its container fully, the next level half, the one above a sixth (Readability).
      const level = i + shift;
      if (s > 0) t.score += level === 1 ? s : level === 2 ? s / 2 : level === 3 ? s / 6 : 0;
    });
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

function selectorContainer(doc: Document): { el: Element; id: string; strength: 'strong' | 'broad' }[] {
  const found: { el: Element; id: string; strength: 'strong' | 'broad' }[] = [];
  for (const selector of BODY_SELECTORS) {
    const matches = findAll(doc, (el) => {
      const classes = (attr(el, 'class') ?? '').split(/\s+/).filter(Boolean);
      return selector.test(el.name, classes, attr(el, 'id') ?? '', el.attribs);
    });
    for (const el of matches) found.push({ el, id: selector.id, strength: selector.strength });
  }
  return found;
}

/** The blocks of the article inside a container, in order, furniture removed. */
function articleBlocks(blocks: Block[], title: string | undefined): string[] {
  const out: string[] = [];
  const headings: boolean[] = [];
  const normalisedTitle = title?.toLowerCase();
  for (const b of blocks) {
    if (out.length > 0 && matchTailPattern(b.text)) break;
    if (linkDensity(b) > MAX_LINK_DENSITY) continue;
    if (matchBlockPattern(b.text)) continue;
    if (isHeading(b.tag) && normalisedTitle && b.text.toLowerCase() === normalisedTitle) continue;
    if (b.text.length < 40 && parseTimestampLine(b.text, new Date(0))) continue;
    if (out.length > 0 && out[out.length - 1] === b.text) continue;
    out.push(b.text);
    headings.push(isHeading(b.tag) || (b.text.length < ORPHAN_MAX_CHARS && !/[.!?:]$/.test(b.text)));
  }
  return dropOrphanHeadings(out, headings);
}

/**
 * A heading with no paragraph of its own before the next heading or the end introduces
 * a section that was removed (related links, "Weitere Themen"): it goes too.
 */
function dropOrphanHeadings(texts: string[], headings: boolean[]): string[] {
  return texts.filter((_, i) => {
    if (!headings[i]) return true;
    for (let j = i + 1; j < texts.length; j++) if (!headings[j]) return true;
    return false;
  });
}

const totalChars = (paragraphs: string[]): number => paragraphs.reduce((n, p) => n + p.length, 0);

export function extractMainContent(doc: Document, title?: string): MainContent {
  const body = findFirst(doc, (el) => el.name === 'body') ?? doc;
  const allBlocks = collectBlocks(body);
  const totals = scoreElements(allBlocks, body);
  const densityWinner = widen(bestContainer(totals), totals);
  const within = (el: Element): Block[] => allBlocks.filter((b) => contains(el, b.element));

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
      const paragraphs = articleBlocks(within(c.el), title);
      if (totalChars(paragraphs) >= MIN_BODY_CHARS) return { paragraphs, method: `selector:${c.id}` };
    }
  }

  // 2. The best-scored container and its qualifying siblings.
  if (densityWinner) {
    const winnerScore = totals.get(densityWinner)!.score;
    const parent = densityWinner.parent as Element | null;
    const siblings = parent?.children?.filter((c): c is Element => c.type === 'tag' && c !== densityWinner && (totals.get(c as Element)?.score ?? 0) >= SIBLING_SHARE * winnerScore) ?? [];
    const members = [densityWinner, ...siblings];
    const paragraphs = articleBlocks(allBlocks.filter((b) => members.some((m) => contains(m, b.element))), title);
    if (totalChars(paragraphs) >= MIN_BODY_CHARS) return { paragraphs, method: 'density' };
  }

  // 3. The paragraph classifier over the whole page.
  const candidates = allBlocks.filter((b) => linkDensity(b) <= MAX_LINK_DENSITY).map((b) => b.text);
  const classified = classifyBlocks(candidates, ENGLISH_STOPWORDS).filter((c) => c.final === 'good').map((c) => c.text);
  if (totalChars(classified) >= MIN_BODY_CHARS) return { paragraphs: classified, method: 'classifier' };

  // 4. Whatever text the page has.
  return { paragraphs: allBlocks.filter((b) => !matchBlockPattern(b.text)).map((b) => b.text), method: 'baseline' };
}
