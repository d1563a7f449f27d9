import { isTag, isText, type AnyNode, type Document, type Element } from './dom.js';

/**
 * One pass over the untouched page that collects what the metadata resolvers
 * read (meta tags, JSON-LD scripts, headings, <time> elements, elements with a
 * class, id, itemprop or rel) and marks each with the page zone it sits in. A
 * date or a name inside a comment thread, a sidebar or a list of other stories
 * belongs to someone else's text: the resolvers trust such evidence least.
 */

/** Parts of a page whose dates, names and headings describe other content than the article. */
export type Zone = 'comments' | 'related' | 'sidebar' | 'footer' | 'nav' | 'form' | 'branding';

export interface ZonePattern {
  zone: Zone;
  /** Tested on each class token and on the id, lower-cased. */
  pattern: RegExp;
  reason: string;
  examples: string[];
}

const token = (words: string): RegExp => new RegExp(`(?:^|[-_])(?:${words})(?:$|[-_\\d])`);

export const ZONE_PATTERNS: readonly ZonePattern[] = [
  {
    zone: 'comments',
    pattern: token('comments?|commentlist|respond|reply|replies|disqus|discussion|kommentare?|commentaires?|comentarios?|reactions'),
    reason: 'Comment threads carry their own authors and dates, often more of them than the article has.',
    examples: ['comments', 'comment-list', 'respond', 'disqus_thread', 'kommentare'],
  },
  {
    zone: 'related',
    pattern: token('related|recommended|recommendations|more-stories|moreposts|read-more|also-read|outbrain|taboola|trending|most-read|mostread|popular|teaser-list|teasers|latest|recent-posts|recentposts|more-articles|weitere'),
    reason: 'Lists of other stories print those stories\' dates, authors and headlines.',
    examples: ['related-posts', 'recent-posts', 'teaser-list', 'most-read', 'outbrain'],
  },
  {
    zone: 'sidebar',
    pattern: /^(?:[a-z]+[-_])?(?:sidebar|sidebars|aside|right-rail|rightcol|right-col|marginalia)(?:[-_][a-z0-9]+)?$|^widgets?(?:$|[-_])|^widget-area/,
    reason: 'Sidebars hold archives, calendars and author boxes of the site. A whole token, so that page builders\' "elementor-widget" and layout classes ("panel-two-col-sidebar-right-mix") are not sidebars.',
    examples: ['sidebar', 'widget-area', 'right-rail', 'widget_recent_entries', 'blog-sidebar'],
  },
  {
    zone: 'footer',
    pattern: /^(?:footer|site-footer|page-footer|global-footer|main-footer|footer-(?:wrap|wrapper|container|inner|main|top|bottom|widgets|menu|links|nav|area|content)|colophon|copyright)$/,
    reason: 'Site footers hold copyright years, imprint names and newsletter forms. Whole tokens only: "post-footer" and "entry-footer" are the article\'s own, with its byline and date.',
    examples: ['footer', 'site-footer', 'colophon'],
  },
  {
    zone: 'nav',
    pattern: /(?:^|[-_])(?:nav|navbar|navigation|menu|breadcrumbs?|pagination|pager|skip-links?)(?:$|[-_\d])|^wm-ipp/,
    reason: 'Navigation lists section names, never the article\'s metadata; so does the Wayback Machine\'s toolbar (#wm-ipp) on archived pages, with its capture dates.',
    examples: ['nav', 'main-menu', 'breadcrumb', 'wm-ipp-base'],
  },
  {
    zone: 'form',
    pattern: token('login|signup|newsletter|subscribe|search-form|searchform'),
    reason: 'Forms label their fields "Name", "Author", "Date".',
    examples: ['newsletter-signup', 'searchform'],
  },
  {
    zone: 'branding',
    pattern: token('site-title|sitetitle|site-name|sitename|site-branding|branding|logo|masthead|navbar-brand|blog-title|blogtitle|site-header|header-logo|brand'),
    reason: 'The site\'s name, often an <h1> on every page of a blog, and the header\'s "today" date.',
    examples: ['site-title', 'site-branding', 'masthead', 'navbar-brand'],
  },
];

/** Elements whose tag alone puts them in a zone (HTML5 sectioning semantics). */
// <form> is not among them: ASP.NET pages wrap the whole page in one.
const ZONE_TAGS: Readonly<Record<string, Zone>> = { aside: 'sidebar', footer: 'footer', nav: 'nav' };

/** Elements whose text is never visible page text. */
const INVISIBLE_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'title', 'select', 'option', 'textarea', 'iframe']);

/** Elements that hold the whole page or the article: their classes describe the layout ("has-sidebar"), not a zone. */
const NEVER_ZONE_TAGS = new Set(['html', 'body', 'main', 'article']);
/**
 * Class tokens that describe a layout around the content rather than a zone:
 * "has-sidebar", "with-comments", "sidebar_right" on the wrapper of a page
 * whose sidebar sits on the right.
 */
const LAYOUT_TOKEN = /^(?:has|with|no|show|hide|layout|template|page|is|single)[-_]|[-_](?:left|right|layout|wrap|wrapper|container|active|open|enabled|page|template|template-default)$/;

export function zoneOf(el: Element): Zone | undefined {
  return ZONE_TAGS[el.name] ?? zoneByClass(el);
}

/**
 * Zones by class-and-id string, across pages: a page repeats its few class strings on hundreds of elements, and the
 * patterns took 0.3 ms of a page's indexing (bench/pipeline-html.ts profile). Cleared when it reaches its bound.
 */
const zoneByNames = new Map<string, Zone | null>();
const MAX_REMEMBERED_NAMES = 20_000;

/** The zone an element's class or id names. */
function zoneByClass(el: Element): Zone | undefined {
  const cls = el.attribs.class;
  const id = el.attribs.id;
  if ((!cls && !id) || NEVER_ZONE_TAGS.has(el.name)) return undefined;
  const names = `${cls ?? ''} ${id ?? ''}`;
  const known = zoneByNames.get(names);
  if (known !== undefined) return known ?? undefined;
  if (zoneByNames.size >= MAX_REMEMBERED_NAMES) zoneByNames.clear();
  const zone = zoneOfNames(names);
  zoneByNames.set(names, zone ?? null);
  return zone;
}

function zoneOfNames(names: string): Zone | undefined {
  const tokens = names.toLowerCase().split(/\s+/).filter((t) => t.length > 0 && !LAYOUT_TOKEN.test(t));
  for (const p of ZONE_PATTERNS) if (tokens.some((t) => p.pattern.test(t))) return p.zone;
  return undefined;
}

/** An element with the zone it sits in (undefined: the page's own content or chrome). */
export interface Placed {
  el: Element;
  zone: Zone | undefined;
  /** Position in document order. */
  order: number;
}

export interface PageIndex {
  doc: Document;
  html?: Element;
  titleTag?: Element;
  metas: Element[];
  links: Element[];
  jsonLdScripts: Element[];
  /** Other inline scripts: some CMSs keep the publication date only in a JSON state object. */
  scripts: Element[];
  /** h1–h3, in document order. */
  headings: Placed[];
  /** Elements with a class, id, itemprop or rel attribute, and every <time> and <abbr>. */
  marked: Placed[];
  /** Visible text outside the zones, in reading order, one entry per text node. */
  text: string[];
  /** Every visible text node's parent element, with its zone, in reading order (bylines are found by their first words). */
  textParents: (Placed & { data: string })[];
}

/**
 * Elements that mark the article itself. A zone class on one of their ancestors
 * describes the page's layout ("content-area sidebar", "one-sidebar"), not a
 * side zone: a zone never holds the article's headline.
 */
const CONTENT_CLASS = /(?:^|\s)(?:(?:post|entry|article|story|blog-post)[-_](?:body|content|text|excerpt|wrapper|entry|inner)|articlebody|hentry|type-post|single-post-content)(?:\s|$)/i;
/** CONTENT_CLASS by class string, across pages (as zoneByNames, and with its bound). */
const contentByClass = new Map<string, boolean>();
function hasContentClass(cls: string | undefined): boolean {
  if (!cls) return false;
  let known = contentByClass.get(cls);
  if (known === undefined) {
    if (contentByClass.size >= MAX_REMEMBERED_NAMES) contentByClass.clear();
    contentByClass.set(cls, (known = CONTENT_CLASS.test(cls)));
  }
  return known;
}
const isContentAnchor = (el: Element): boolean => el.name === 'h1' || el.name === 'article' || el.name === 'main' || el.attribs.itemprop === 'articleBody' || hasContentClass(el.attribs.class);

// Constants, not literals in the walk: a regular expression literal is a new object each time it is evaluated.
const NON_SPACE = /\S/;
const JSON_LD_TYPE = /ld\+json/i;

/** Header, footer and asides of an article (<article><footer>…) hold its byline and date: not page furniture. */
const SECTIONING_PARTS = new Set(['footer', 'header', 'aside']);

/**
 * Walks the page once (an explicit stack: parsed junk can nest thousands of
 * levels deep), then again to assign zones, which depend on what an element contains.
 */
export function indexPage(doc: Document): PageIndex {
  const index: PageIndex = { doc, metas: [], links: [], jsonLdScripts: [], scripts: [], headings: [], marked: [], text: [], textParents: [] };
  // Built in their final shape, zones filled in after the walk: no second object per element or text.
  const headings: Placed[] = index.headings;
  const marked: Placed[] = index.marked;
  const texts: { el: Element | undefined; zone: Zone | undefined; order: number; data: string }[] = [];
  const anchors: Element[] = [];
  let order = 0;
  // Two parallel stacks: nodes, and whether they sit inside invisible elements (scripts, styles).
  const nodes: AnyNode[] = [doc];
  const hidden: boolean[] = [false];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const invisible = hidden.pop()!;
    if (isText(node)) {
      if (!invisible && NON_SPACE.test(node.data)) texts.push({ el: isTag(node.parent as AnyNode) ? (node.parent as Element) : undefined, zone: undefined, order, data: node.data });
      continue;
    }
    let childInvisible = invisible;
    if (isTag(node)) {
      const el = node;
      const name = el.name;
      order++;
      if (name === 'meta') index.metas.push(el);
      else if (name === 'link') index.links.push(el);
      else if (name === 'html') index.html = el;
      else if (name === 'title' && !index.titleTag) index.titleTag = el;
      else if (name === 'script') (JSON_LD_TYPE.test(el.attribs.type ?? '') ? index.jsonLdScripts : index.scripts).push(el);
      childInvisible = invisible || INVISIBLE_TAGS.has(name);
      if (name === 'h1' || name === 'h2' || name === 'h3') headings.push({ el, zone: undefined, order });
      if (isContentAnchor(el)) anchors.push(el);
      const a = el.attribs;
      if (a.class !== undefined || a.id !== undefined || a.itemprop !== undefined || a.rel !== undefined || name === 'time' || name === 'abbr') marked.push({ el, zone: undefined, order });
    }
    const children = (node as { children?: AnyNode[] }).children;
    if (children) {
      for (let i = children.length - 1; i >= 0; i--) {
        nodes.push(children[i]!);
        hidden.push(childInvisible);
      }
    }
  }
  const holdsContent = new Set<Element>();
  for (const anchor of anchors) {
    for (let p = anchor.parent; p && isTag(p) && !holdsContent.has(p); p = p.parent) holdsContent.add(p);
  }
  const ownZone = (el: Element, inArticle: boolean): Zone | undefined => {
    if (holdsContent.has(el)) return undefined;
    // An article's own <footer>, <header> or <aside> is not the page's, but its classes still count ("comment-meta").
    if (SECTIONING_PARTS.has(el.name) && inArticle) return zoneByClass(el);
    return zoneOf(el);
  };
  // A second walk, top-down and in the same order, hands each element's zone to its children: the outermost zone
  // wins, so an element's zone is its parent's, else its own. The lists above are in this order: each entry takes its
  // zone when the walk reaches it. No map of elements, no chain per lookup. Zones and the <article> test stop at a
  // node that is no element (the document), as the parent chain of an element does.
  let h = 0;
  let m = 0;
  let t = 0;
  const zoneStack: (Zone | undefined)[] = [undefined];
  // Whether the node sits inside an <article> (an ancestor, not itself).
  const articleStack: boolean[] = [false];
  nodes.push(doc);
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const inherited = zoneStack.pop();
    const inArticle = articleStack.pop()!;
    if (isText(node)) {
      const entry = texts[t];
      if (entry !== undefined && entry.data === node.data && entry.el === (isTag(node.parent as AnyNode) ? node.parent : undefined)) {
        t++;
        if (inherited === undefined) index.text.push(entry.data);
        if (entry.el) {
          entry.zone = inherited;
          index.textParents.push(entry as Placed & { data: string });
        }
      }
      continue;
    }
    const children = (node as { children?: AnyNode[] }).children;
    let zone: Zone | undefined;
    let childInArticle = false;
    if (isTag(node)) {
      zone = inherited ?? ownZone(node, inArticle);
      if (headings[h]?.el === node) headings[h++]!.zone = zone;
      if (marked[m]?.el === node) marked[m++]!.zone = zone;
      childInArticle = inArticle || node.name === 'article';
    }
    if (children) {
      for (let i = children.length - 1; i >= 0; i--) {
        nodes.push(children[i]!);
        zoneStack.push(zone);
        articleStack.push(childInArticle);
      }
    }
  }
  return index;
}
