import { attr, collapseSpaces, isTag, isText, type AnyNode, type Element } from './dom.js';
import { cleanAuthor, MAX_NAME_CHARS } from './author-names.js';
import type { AuthorCandidate, AuthorContext } from './author.js';

/**
 * Authors that the page's markup names: schema.org itemprop=author, rel=author,
 * the hCard "fn" of an author element, and elements classed as the author or
 * byline (whose whole text is the byline). Shared with author-lines.ts: how an
 * element's text is read for names.
 */

/** Classes of elements that hold only the author's name (hCard "fn", "author-name", …). */
const NAME_CLASS = /(?:^|[\s_-])(?:fn|author-?name|authorname|author__name|author-link|byline__author|byline__name|byline-name|byline-author|article__author|article-author-name|author-title|username|user-name|user__name|nickname|autor-?name|autorname|documentauthor)(?:$|[\s_-])/i;
/** Classes of elements around an author's name (byline rows, author boxes). */
const AUTHOR_CLASS = /(?:^|[\s_-])(?:author|authors|autor|autoren|auteur|byline|bylines|by-line|writer|reporter|creator|vcard|posted-by|postedby|article-author|post-author|entry-author|signature|verfasser|submitted)(?:$|[\s_-])/i;
/** Classes that contain "author" but label something else (avatars, "meta-prep-author" labels, follow buttons, bios, photo credits). */
const NOT_AUTHOR_CLASS = /(?:^|[\s_-])(?:avatar|image|img|photo|picture|meta-prep|prep|follow|bio|description|desc|about|social|share|more|count|date|time|label|heading|title-link|comment|credits?|copyright|info__follow)/i;
/** Elements too large to be a byline, and headings (hRecipe marks the recipe's name "fn"). */
export const NEVER_BYLINE_TAGS = new Set(['html', 'body', 'main', 'article', 'section', 'h1', 'h2', 'table', 'form', 'nav']);

export const classOf = (el: Element): string => attr(el, 'class') ?? '';
export const parentOf = (el: Element): Element | undefined => (el.parent && isTag(el.parent) ? el.parent : undefined);

/** Text of an element without scripts, styles and screen-reader labels; a line break separates like a comma. */
export function nameText(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (!isTag(node) || node.name === 'script' || node.name === 'style' || node.name === 'noscript' || node.name === 'svg' || /sr-only|screen-reader|visually-?hidden/i.test(classOf(node))) return '';
  if (node.name === 'br') return ' | ';
  let out = '';
  for (const child of node.children) out += nameText(child);
  return out;
}

export const textOfName = (el: Element): string => collapseSpaces(nameText(el));

/** nameText's characters so far, and the length at which to check them against the limit next. */
interface BoundedText {
  out: string;
  checkAt: number;
}

/** Whether the text so far is already sure to be longer than `limit` once spaces are collapsed (at most its trailing space can still go). */
function overLimit(state: BoundedText, limit: number): boolean {
  if (state.out.length < state.checkAt) return false;
  if (state.out.replace(/\s+/g, ' ').trimStart().length - 1 > limit) return true;
  state.checkAt = 2 * state.out.length;
  return false;
}

/** nameText, stopping (true) as soon as the text is sure to be longer than `limit`. */
function boundedNameText(node: AnyNode, state: BoundedText, limit: number): boolean {
  if (isText(node)) {
    state.out += node.data;
    return overLimit(state, limit);
  }
  if (!isTag(node) || node.name === 'script' || node.name === 'style' || node.name === 'noscript' || node.name === 'svg' || /sr-only|screen-reader|visually-?hidden/i.test(classOf(node))) return false;
  if (node.name === 'br') {
    state.out += ' | ';
    return overLimit(state, limit);
  }
  for (const child of node.children) if (boundedNameText(child, state, limit)) return true;
  return false;
}

/**
 * textOfName when it is at most `limit` characters long, else undefined, without reading
 * all of a large element: a byline's candidate line is often a whole article's container.
 */
export function textOfNameWithin(el: Element, limit: number): string | undefined {
  const state: BoundedText = { out: '', checkAt: limit + 2 };
  if (boundedNameText(el, state, limit)) return undefined;
  const text = collapseSpaces(state.out);
  return text.length <= limit ? text : undefined;
}

function findDescendant(el: Element, test: (e: Element) => boolean): Element | undefined {
  const stack: AnyNode[] = [...el.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    if (test(node)) return node;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return undefined;
}

const hasAuthorProp = (el: Element): boolean => /(?:^|\s)(?:author|creator)(?:\s|$)/i.test(attr(el, 'itemprop') ?? '') || (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/).includes('author');
/**
 * The class tokens that match `pattern` and are not avatars, labels, bios and
 * the like: "field--name-field-term-author" counts on an element that also has
 * "field--label-hidden"; "author-avatar" does not.
 */
const classMatches = (el: Element, pattern: RegExp): boolean => {
  const cls = classOf(el);
  if (cls === '') return false;
  let known = classMatchesByPattern.get(pattern);
  if (!known) classMatchesByPattern.set(pattern, (known = new Map()));
  let matches = known.get(cls);
  if (matches === undefined) {
    if (known.size >= MAX_REMEMBERED_CLASSES) known.clear();
    matches = cls.split(/\s+/).some((t) => pattern.test(t) && !NOT_AUTHOR_CLASS.test(t));
    known.set(cls, matches);
  }
  return matches;
};
/**
 * classMatches by pattern and class string, across pages: the author steps test every marked element's classes, and a
 * page repeats a few class strings on most of them (the tests took ~0.15 ms a page). Each map cleared at its bound.
 */
const classMatchesByPattern = new Map<RegExp, Map<string, boolean>>();
const MAX_REMEMBERED_CLASSES = 20_000;
export const isAuthorClass = (el: Element): boolean => classMatches(el, AUTHOR_CLASS);

/** An element that is or sits in (up to three levels) something marked as the author. */
function inAuthorContext(el: Element): boolean {
  let e: Element | undefined = el;
  for (let i = 0; i < 4 && e; i++, e = parentOf(e)) {
    // An hCard in the page's headline is the site owner's card (a blog's name), not a byline.
    if (e.name === 'h1' || e.name === 'h2') return false;
    if (hasAuthorProp(e) || isAuthorClass(e)) return true;
  }
  return false;
}

/**
 * How surely markup names the author: 0 for schema.org and rel=author and the
 * hCard name inside an author element, 1 for an element classed as the author
 * or byline whose whole text is taken.
 */
function markupTier(el: Element): 0 | 1 | undefined {
  if (NEVER_BYLINE_TAGS.has(el.name)) return undefined;
  if (hasAuthorProp(el)) return 0;
  const cls = classOf(el);
  if (cls === '') return undefined;
  // A name class that says "author" itself ("author-name", "authorname-txt"), or a name class ("fn") inside an author element.
  if (classMatches(el, NAME_CLASS) && (/aut[h]?or/i.test(cls) || inAuthorContext(el))) return 0;
  if (classMatches(el, AUTHOR_CLASS)) return 1;
  return undefined;
}

/** The name an author element holds: its itemprop=name or hCard fn when it has one, else its own text. */
function markedName(el: Element, sites: ReadonlySet<string>): string | undefined {
  const inner = findDescendant(el, (e) => attr(e, 'itemprop') === 'name' || classMatches(e, NAME_CLASS));
  const text = textOfName(inner ?? el);
  if (text.length === 0 || text.length > 2 * MAX_NAME_CHARS) return undefined;
  return cleanAuthor(text, sites);
}

export const describe = (el: Element): string => `${el.name}.${classOf(el).split(/\s+/)[0] || attr(el, 'itemprop') || attr(el, 'rel') || ''}`;

export function fromMarkup(ctx: AuthorContext, sites: ReadonlySet<string>, tier: 0 | 1): AuthorCandidate | undefined {
  for (const placed of ctx.index.marked) {
    if (placed.zone !== undefined || markupTier(placed.el) !== tier) continue;
    const name = markedName(placed.el, sites);
    if (name) return { names: [name], source: `${tier === 0 ? 'markup' : 'byline-element'}:${describe(placed.el)}` };
  }
  return undefined;
}
