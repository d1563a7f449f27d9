import { attr, findAll, removeNodes, walk, type Element, type AnyNode } from './dom.js';
import { CLASS_PATTERNS, FURNITURE_TAGS, NEVER_CONTENT_TAGS, type ClassPattern } from './html-patterns.js';

/** An element holding at least this share of the page's paragraph text is the main column: `unless-main` patterns spare it. */
const MAIN_SHARE = 0.45;
/** …and at this share even `always` patterns spare it (a theme's "comments-open" class on the page wrapper). */
const DOMINANT_SHARE = 0.5;
/** A <noscript> with this many characters in paragraphs holds the article, not a fallback notice. */
const NOSCRIPT_ARTICLE_CHARS = 200;
/** Class names on these say nothing about their content (themes put state classes on them). */
const NEVER_REMOVED_BY_CLASS: ReadonlySet<string> = new Set(['html', 'body', 'main', 'article']);

export interface CleanTrace {
  /** Removed elements counted by the rule that removed them. */
  removed: Record<string, number>;
}

/**
 * Class tokens that name what an element is. State and modifier classes say what it
 * has or how it looks, not what it is: `o-section--has-ads`, `has-sharing`, `js-comments-toggle`
 * sit on article containers. BEM modifiers (after `--`) and has-/with-/no-/js- tokens are dropped.
 */
const STATE_TOKEN = /^(?:has|with|no|js|is)-/;

export function classTokens(el: Element): string[] {
  return (attr(el, 'class') ?? '')
    .toLowerCase()
    .split(/\s+/)
    .filter((t) => t.length > 0 && !STATE_TOKEN.test(t))
    .map((t) => t.split('--')[0]!)
    .filter((t) => t.length > 0);
}

/**
 * Patterns by class-and-id string, across pages: a page repeats its few class strings on hundreds of elements
 * (as page-index.ts's zones do). Cleared when it reaches its bound.
 */
const patternByNames = new Map<string, ClassPattern | null>();
const MAX_REMEMBERED_NAMES = 20_000;

export function matchClassPattern(el: Element): ClassPattern | undefined {
  const cls = attr(el, 'class');
  const idAttr = attr(el, 'id');
  if (!cls && !idAttr) return undefined;
  const names = `${cls ?? ''}\u0000${idAttr ?? ''}`;
  const known = patternByNames.get(names);
  if (known !== undefined) return known ?? undefined;
  const tokens = classTokens(el);
  const id = (idAttr ?? '').toLowerCase();
  const pattern = CLASS_PATTERNS.find((p) => (id.length > 0 && p.pattern.test(id)) || tokens.some((t) => p.pattern.test(t)));
  if (patternByNames.size >= MAX_REMEMBERED_NAMES) patternByNames.clear();
  patternByNames.set(names, pattern ?? null);
  return pattern;
}

function isHidden(el: Element): boolean {
  if (el.attribs.hidden !== undefined || attr(el, 'aria-hidden') === 'true') return true;
  const style = attr(el, 'style');
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Characters of text directly or indirectly inside <p> elements, per element, in one pass over the tree. */
function paragraphCharsByElement(root: AnyNode): Map<AnyNode, number> {
  const chars = new Map<AnyNode, number>();
  const count = (node: AnyNode, inParagraph: boolean): number => {
    if (node.type === 'text') return inParagraph ? (node as { data: string }).data.trim().length : 0;
    const children = (node as { children?: AnyNode[] }).children;
    if (!children) return 0;
    const inside = inParagraph || (node as Element).name === 'p';
    let n = 0;
    for (const child of children) n += count(child, inside);
    chars.set(node, n);
    return n;
  };
  count(root, false);
  return chars;
}

function paragraphChars(root: AnyNode): number {
  return paragraphCharsByElement(root).get(root) ?? 0;
}

/**
 * Some script-driven sites (Blogger themes among them) put the whole article in
 * <noscript> for readers without JavaScript; usually <noscript> holds a tracking
 * pixel or an "enable JavaScript" line. Paragraphs of real length decide.
 */
function isNoscriptArticle(el: Element): boolean {
  return el.name === 'noscript' && paragraphChars(el) >= NOSCRIPT_ARTICLE_CHARS;
}

/**
 * Removes what is never article text (scripts, forms' controls, hidden elements),
 * then page furniture by tag and by class/id patterns, protecting the main column.
 * Mutates the tree; returns what it removed, by rule.
 */
export function cleanDom(root: AnyNode): CleanTrace {
  const trace: CleanTrace = { removed: {} };
  const count = (rule: string): void => {
    trace.removed[rule] = (trace.removed[rule] ?? 0) + 1;
  };
  const never = findAll(root, (e) => (NEVER_CONTENT_TAGS.has(e.name) && !isNoscriptArticle(e)) || isHidden(e));
  removeNodes(never);
  for (const el of never) count(NEVER_CONTENT_TAGS.has(el.name) ? 'tag:never-content' : 'hidden');
  const chars = paragraphCharsByElement(root);
  const total = Math.max(1, chars.get(root) ?? 0);
  const share = (el: Element): number => (chars.get(el) ?? 0) / total;
  const doomed: { el: Element; rule: string }[] = [];
  walk(root, (el) => {
    if (FURNITURE_TAGS.has(el.name) && share(el) < MAIN_SHARE) {
      doomed.push({ el, rule: `tag:${el.name}` });
      return false;
    }
    const pattern = NEVER_REMOVED_BY_CLASS.has(el.name) ? undefined : matchClassPattern(el);
    if (pattern && share(el) < (pattern.strength === 'always' ? DOMINANT_SHARE : MAIN_SHARE)) {
      doomed.push({ el, rule: `class:${pattern.id}` });
      return false;
    }
    return undefined;
  });
  removeNodes(doomed.map((d) => d.el));
  for (const { rule } of doomed) count(rule);
  return trace;
}
