import { attr, collapseSpaces, isTag, isText, type AnyNode, type Element } from './dom.js';
import { asString, typesOf, type JsonLdNode } from './json-ld.js';
import { AUTHOR_META, type MetaTags } from './meta-tags.js';
import type { PageIndex } from './page-index.js';

/**
 * The article's author(s), as the byline names them: "Jane Doe", not "By Jane
 * Doe, Staff Writer | Reuters"; several joined with "; ". Candidates come from
 * JSON-LD, from markup (itemprop=author, rel=author, hCard, byline classes), from
 * byline text ("Von …", "Autor: …") and from meta tags; each is cleaned and checked
 * (AUTHOR_REJECTS) before it counts. The cascade:
 *
 *  1. json-ld         the article node's author Persons (Organizations only when they are not the publisher)
 *  2. markup          the first element marked as the author's name (itemprop, rel, hCard), outside comments and side lists
 *  3. byline          the first line whose text says "Von …" / "By …" / "Autor: …"
 *  4. byline-element  the first element classed as author or byline, its whole text
 *  5. source-line     the first "Quelle: …" / "Source: …" line (these also credit pictures)
 *  6. dateline        the news agency of a dateline ("Hamburg (dpa/lno) – …")
 *  7. meta            meta name=author, the Twitter card's "Written by", and the like
 *  8. copyright       the person (not company) named in a "© 2019 Jane Doe" line
 *
 * JSON-LD yields to a visible candidate when its names are weak (see
 * weakLdName) or when the page prints one of them with more or fewer words.
 */

export interface AuthorContext {
  index: PageIndex;
  meta: MetaTags;
  ld: JsonLdNode[];
  graph: JsonLdNode[];
  siteName?: string;
  url?: string;
}

export interface AuthorCandidate {
  names: string[];
  source: string;
}

/** Words that introduce a name in bylines, across the languages of the data. */
const BY_LABEL = /^(?:(?:written|posted|published|submitted|reported|text|story|words|interview|fotos?|photos?|bilder?|und|and|&|erstellt|geschrieben|veröffentlicht|eingestellt|verfasst|gepostet|ein beitrag|eine kolumne|ein kommentar|ein gastbeitrag|artikel|rezept|beitrag|kolumne|kommentar|publicado|publicada|escrito|escrita|scritto|pubblicato|publié|publiée|écrit|écrite)\s+)*(?:by|von|vom|par|por|door|av|af|przez|da|autor(?:in|en)?|author(?:s)?|auteur(?:e|s)?|autore|reporter|redakteur(?:in)?|verfasser(?:in)?|redaktion|texte?|interview|quelle|source|fotos?)(?![\p{L}])\s*[:.]?\s*/iu;

/** What follows a name in a byline: a date, a role, a separator, a call to action. */
const AFTER_NAME = [
  /\s+(?:am|on|le|el|il|em|op|at|um|vom)\s+(?:\p{L}+,?\s+)?\d.*$/iu,
  /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\s+(?=\p{L})/u,
  /,?\s*\d{1,2}[./-]\d{1,2}[./-]\d{2,4}.*$/,
  /,?\s*\d{1,2}\.?\s+\p{L}+\.?\s+\d{4}.*$/u,
  /,?\s*(?:\p{L}+\.?\s+)?\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}.*$/u,
  /(?:\s+|(?<=\p{Ll}))(?:vor|il y a|hace)\s+\d+\s+\p{L}+.*$/iu,
  /,?\s*(?:datum|date|stand|fecha|updated|aktualisiert|veröffentlicht|published|posted)\s*:.*$/iu,
  /\s+(?:veröffentlicht|aktualisiert|published|updated|posted|stand|erstellt)\s*$/iu,
  /\s+(?:foto|fotos|photo|photos|bild|bilder)\s*:.*$/iu,
  /\s*[|•·∙]\s*.*$/,
  /\s+[-–—]\s+.*$/,
  /\s*\((?:[^)]*)\)\s*$/,
  /,\s*(?:staff|senior|chief|special|foreign|political|correspondent|editor|reporter|writer|contributor|redakteur|redakteurin|journalist|journalistin|korrespondent|korrespondentin|freie|freier|mitarbeiter|phd|md|dr\.?)\b.*$/i,
  /\s+(?:says|sagt|said|schreibt|writes|follow|folgen|mehr|more|alle artikel|all articles|shares?|profil|profile)\s*:?\s*$/i,
  /\s*@[\w.]+$/,
  /(?<=\p{Ll})(?:follow|folgen|mehr|more|profil|profile)$/iu,
  /(?:\s+\d+)+$/,
  /\s+(?:\d+|no|keine|one|ein)\s+(?:comments?|kommentare?|responses?|antworten|replies)\b.*$/iu,
  /\s+(?:leave a comment|schreibe einen kommentar|kommentar schreiben)\b.*$/iu,
  /\s+(?:weitere|alle|mehr|more)\s+(?:beiträge|artikel|artikel von|posts|articles|stories)\b.*$/iu,
  /\s*:\s*$/,
];

/** Values that are never an author: placeholders, CMS accounts, form labels, words from the byline's furniture. */
export const AUTHOR_REJECTS: readonly { id: string; pattern: RegExp; reason: string }[] = [
  { id: 'account', pattern: /^(?:admin|administrator|administration|webmaster|root|user|guest|gast|anonymous|anonym|unknown|unbekannt|editor|editors|superuser|system|wordpress|sysadmin|moderator|support|team|no author|none|null|undefined|n\/a)$/i, reason: 'CMS accounts and placeholders, not people or organisations that wrote the text.' },
  { id: 'label', pattern: /^(?:name|name \*|your name|ihr name|dein name|e-?mail|website|posted on|posted in|published|veröffentlicht(?: am)?|publiziert(?: am)?|eingestellt(?: am)?|geschrieben(?: am)?|follow|folgen|share|teilen|autor|author|authors|autoren|by|von|about the author|über den autor|mehr|more|read more|weiterlesen|kommentar|comments?|antworten|reply|home|menu|menü|login|anmelden|abonnieren|subscribe)\s*[:*]?$/i, reason: 'Form labels and byline furniture that sit in author-classed elements.' },
  { id: 'url', pattern: /^(?:https?:\/\/|www\.[^ ]+\/)|\/\//i, reason: 'Profile links (article:author holds a Facebook URL on many sites).' },
  { id: 'email', pattern: /^[\w.+-]+@[\w-]+\.[\w.]+$/, reason: 'An e-mail address alone is a contact, not a byline.' },
  { id: 'not-a-name', pattern: /^[^\p{L}]*$|^.{0,1}$|\d{4}|\d{1,2}:\d{2}/u, reason: 'No letters, one character, a year or a time of day: dates and counters in author-classed elements.' },
];

/** The editorial team as a byline ("Redaktion", "La rédaction"): a label elsewhere, an author on its own. */
const EDITORIAL_TEAM = /^(?:die\s+|la\s+|the\s+)?(?:redaktion|rédaction|redacción|redazione|redactie|editorial team|newsroom)$/i;

/** Longer values are sentences (an author box's biography), not bylines. */
const MAX_NAME_CHARS = 80;
const MAX_NAME_WORDS = 8;

/** Lower-case letters and digits only: compares "ORF.at" with "orf.at", "Mdr.de" with "MDR.DE". */
const squash = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Names a site goes by (og:site_name, publisher, host), squashed. */
function siteNames(ctx: AuthorContext): Set<string> {
  const names = new Set<string>();
  const add = (n: string | undefined): void => {
    if (n && squash(n).length >= 2) names.add(squash(n));
  };
  add(ctx.siteName);
  add(ctx.meta.get('og:site_name'));
  for (const node of ctx.ld) {
    const publisher = node.publisher as JsonLdNode | undefined;
    if (publisher && typeof publisher === 'object') add(asString(publisher.name));
  }
  const host = ctx.url ? /^[a-z]+:\/\/(?:www\d?\.)?([^/:?#]+)/i.exec(ctx.url)?.[1] : undefined;
  if (host) {
    add(host);
    add(host.split('.').slice(0, -1).join('.'));
  }
  return names;
}

/**
 * A raw byline → the name in it, or undefined when nothing name-like is left.
 *
 * @example cleanAuthor('By Jane Doe, Staff Writer | Reuters') // 'Jane Doe'
 * @example cleanAuthor('Veröffentlicht von Max Muster am 12.03.2019') // 'Max Muster'
 */
export function cleanAuthor(raw: string, sites: ReadonlySet<string> = new Set(), rejectSiteName = false): string | undefined {
  let name = collapseSpaces(raw.replace(/\u00ad/g, ''));
  for (let i = 0; i < 3; i++) {
    const before = name;
    name = name.replace(/^[~\-–—•·|:,\s]+/, '');
    // A label is cut only when a name follows it: "Redaktion" alone is a byline (the editorial team).
    const unlabelled = name.replace(BY_LABEL, '');
    if (unlabelled.trim().length > 0 || !EDITORIAL_TEAM.test(name)) name = unlabelled;
    if (name === before) break;
  }
  // An address alone is a contact, not a byline; checked before "@handle" suffixes are cut.
  if (/^[\w.+-]+@[\w-]+\.[\w.]+$/.test(name)) return undefined;
  for (const pattern of AFTER_NAME) name = name.replace(pattern, '');
  name = name.replace(/^@/, '').replace(/[\s,;:·|~\-–—]+$/, '').trim();
  // "Bob Yirka, Phys.org": the site's name after the person's.
  const comma = name.lastIndexOf(',');
  if (comma > 0 && sites.has(squash(name.slice(comma + 1)))) name = name.slice(0, comma).trim();
  if (name.length > MAX_NAME_CHARS || name.split(' ').length > MAX_NAME_WORDS) return undefined;
  if (AUTHOR_REJECTS.some((r) => r.pattern.test(name))) return undefined;
  // Meta tags and JSON-LD organisations often name the site itself; a byline that does (a one-person blog) is believed.
  if (rejectSiteName && sites.has(squash(name))) return undefined;
  return name;
}

// ---------------------------------------------------------------- JSON-LD

interface LdName {
  name: string;
  person: boolean;
}

/** Names in an author value: "X", {name}, [{name}], {"@id"} resolved against the graph; with whether each is a Person. */
function ldNames(value: unknown, graph: readonly JsonLdNode[], depth = 0): LdName[] {
  if (!value || depth > 3) return [];
  if (Array.isArray(value)) return value.flatMap((v) => ldNames(v, graph, depth + 1));
  if (typeof value === 'string') return [{ name: value, person: true }];
  if (typeof value !== 'object') return [];
  const node = value as JsonLdNode;
  const person = !typesOf(node).some((t) => /Organi[sz]ation|Corporation|NewsMedia|WebSite|Brand/i.test(t));
  const name = asString(node.name) ?? [asString(node.givenName), asString(node.familyName)].filter(Boolean).join(' ');
  if (name) return [{ name, person }];
  const id = asString(node['@id']);
  const target = id ? graph.find((n) => n['@id'] === id && n !== node) : undefined;
  return target ? ldNames(target, graph, depth + 1) : [];
}

function fromJsonLd(ctx: AuthorContext, sites: ReadonlySet<string>): AuthorCandidate | undefined {
  for (const node of ctx.ld) {
    const raw = ldNames(node.author ?? node.creator, ctx.graph);
    const names = raw.map((n) => cleanAuthor(n.name, sites, !n.person)).filter((n): n is string => n !== undefined);
    if (names.length > 0) return { names: [...new Set(names)], source: 'json-ld:author' };
  }
  return undefined;
}

// ---------------------------------------------------------------- markup

/** Classes of elements that hold only the author's name (hCard "fn", "author-name", …). */
const NAME_CLASS = /(?:^|[\s_-])(?:fn|author-?name|authorname|author__name|author-link|byline__author|byline__name|byline-name|byline-author|article__author|article-author-name|author-title|username|user-name|user__name|nickname|autor-?name|autorname|documentauthor)(?:$|[\s_-])/i;
/** Classes of elements around an author's name (byline rows, author boxes). */
const AUTHOR_CLASS = /(?:^|[\s_-])(?:author|authors|autor|autoren|auteur|byline|bylines|by-line|writer|reporter|creator|vcard|posted-by|postedby|article-author|post-author|entry-author|signature|verfasser|submitted)(?:$|[\s_-])/i;
/** Classes that contain "author" but label something else (avatars, "meta-prep-author" labels, follow buttons, bios, photo credits). */
const NOT_AUTHOR_CLASS = /(?:^|[\s_-])(?:avatar|image|img|photo|picture|meta-prep|prep|follow|bio|description|desc|about|social|share|more|count|date|time|label|heading|title-link|comment|credits?|copyright|info__follow)/i;
/** Elements too large to be a byline, and headings (hRecipe marks the recipe's name "fn"). */
const NEVER_BYLINE_TAGS = new Set(['html', 'body', 'main', 'article', 'section', 'h1', 'h2', 'table', 'form', 'nav']);

const classOf = (el: Element): string => attr(el, 'class') ?? '';
const parentOf = (el: Element): Element | undefined => (el.parent && isTag(el.parent) ? el.parent : undefined);

/** Text of an element without scripts, styles and screen-reader labels; a line break separates like a comma. */
function nameText(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (!isTag(node) || node.name === 'script' || node.name === 'style' || node.name === 'noscript' || node.name === 'svg' || /sr-only|screen-reader|visually-?hidden/i.test(classOf(node))) return '';
  if (node.name === 'br') return ' | ';
  let out = '';
  for (const child of node.children) out += nameText(child);
  return out;
}

const textOfName = (el: Element): string => collapseSpaces(nameText(el));

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
const classMatches = (el: Element, pattern: RegExp): boolean => classOf(el).split(/\s+/).some((t) => pattern.test(t) && !NOT_AUTHOR_CLASS.test(t));
const isAuthorClass = (el: Element): boolean => classMatches(el, AUTHOR_CLASS);

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

const describe = (el: Element): string => `${el.name}.${classOf(el).split(/\s+/)[0] || attr(el, 'itemprop') || attr(el, 'rel') || ''}`;

function fromMarkup(ctx: AuthorContext, sites: ReadonlySet<string>, tier: 0 | 1): AuthorCandidate | undefined {
  for (const placed of ctx.index.marked) {
    if (placed.zone !== undefined || markupTier(placed.el) !== tier) continue;
    const name = markedName(placed.el, sites);
    if (name) return { names: [name], source: `${tier === 0 ? 'markup' : 'byline-element'}:${describe(placed.el)}` };
  }
  return undefined;
}

// ---------------------------------------------------------------- byline text

/**
 * Labels that introduce the names of a byline: "Von …", "By …", "Autor …". Words
 * that are also ordinary nouns ("Text", "Quelle", "Redaktion") count only with a
 * colon: "Text & Fotos: …", "Quelle: …".
 */
const BYLINE_LABEL = /(?<![\p{L}])(?:(?:(?:written|posted|published|story|words|erstellt|ein beitrag|eine kolumne|ein gastbeitrag|ein artikel|artikel|ein bericht|bericht|geschrieben|verfasst|veröffentlicht|eingestellt|publicado|escrito|scritto|publié|écrit)\s+)?(?:by|von|par|por|door|autor(?:in|en)?|authors?|auteur|verfasser(?:in)?)(?![\p{L}])\s*[:.：]?|(?:redaktion|texte?(?:\s*(?:&|und)\s*fotos?)?|quelle|source|herausgeber|作者|记者|責任編集|责任编辑)\s*[:：])/giu;
/** A text that is a byline label and nothing else ("Autor:", "Von"). */
const LABEL_ONLY = new RegExp(`^\\s*(?:${BYLINE_LABEL.source})\\s*$`, 'iu');
/** Labels that also credit pictures and data. */
const WEAK_LABEL = /^\s*(?:quelle|source|herausgeber)\s*:/i;
/** The same, stateless, for testing (a global regex's test() moves its lastIndex, which matchAll() then copies). */
const HAS_BYLINE_LABEL = new RegExp(BYLINE_LABEL.source, 'iu');
/** What may stand before a byline label on its line: nothing, a separator, or a date or time ("06.11.2023 13:30 von Olga"). */
const BEFORE_LABEL = /(?:^|[|•·∙,;:)\]】」]\s*|\d\s*|\s[-–—]\s*|uhr\s*)$/iu;
/** Where the names of a byline end: a separator, a bracket, the next label ("Quelle:", "Foto:", "Datum:"). */
const AFTER_NAMES = /\s*(?:[|•·∙(]|\s[-–—]\s|\s\p{L}+\s*:\s).*$/iu;
/** Words a name is made of: capitalised words, initials, and the particles of names (von, de, van, …). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’./-]*|\p{Lo}{1,6}|\p{Lu}\.|(?:von|van|de|der|den|del|della|di|da|du|dos|das|la|le|zu|ten|ter|bin|ibn|al|el|y|e|v\.|und|and|&|et|mit|with|\/)|[\p{Lu}\d/.-]+)$/u;

/** Whether a cleaned byline reads as names: every word a name word, the first capitalised. */
function looksLikeNames(text: string): boolean {
  const words = text.replace(/,/g, ' , ').split(/\s+/).filter((w) => w.length > 0 && w !== ',');
  // Capitalised, or in a script without case (Chinese, Japanese, Arabic names).
  return words.length > 0 && words.length <= MAX_NAME_WORDS && /^[\p{Lu}\p{Lo}]/u.test(words[0]!) && words.every((w) => NAME_WORD.test(w));
}

/** The element whose text is the whole byline line: the text's parent, or its block when the parent is inline. */
function bylineElement(el: Element): Element {
  let e = el;
  while (/^(?:a|strong|b|em|i|span|small|font)$/.test(e.name)) {
    const parent = parentOf(e);
    if (!parent || textOfName(parent).length > 2 * MAX_NAME_CHARS) break;
    e = parent;
  }
  return e;
}

/** Byline lines longer than this are sentences that happen to contain "von" or "by". */
const MAX_BYLINE_CHARS = 160;

/** The names after the first byline label of a line that stands where bylines stand (see BEFORE_LABEL). */
export function bylineNames(line: string, sites: ReadonlySet<string> = new Set(), marked = false): string | undefined {
  for (const m of line.matchAll(BYLINE_LABEL)) {
    if (!BEFORE_LABEL.test(line.slice(0, m.index))) continue;
    // Line breaks between the label and the name ("Von:<br>Götz Warnke") are not the end of the names.
    const rest = line.slice(m.index + m[0].length).replace(/^[\s|•·∙:,–—-]+/, '').replace(AFTER_NAMES, '');
    // "Uta Staschewski, Projektleiterin der HSS": when the whole is not names, the part before the comma may be.
    for (const part of [rest, rest.split(',')[0]!]) {
      const name = cleanAuthor(part, sites);
      if (name && (looksLikeNames(name) || (marked && USER_NAME.test(name)))) return name;
    }
  }
  return undefined;
}

/** A forum or blog login ("lupa", "jesusfreak", "r23"): a name only where the markup says it is the author's. */
const USER_NAME = /^[\p{L}\d][\p{L}\d._-]{1,29}$/u;

/**
 * Steps 3 and 5 in one pass over the page's text: the first byline line, and
 * the first "Quelle:" / "Source:" line, which also credit images and data and so
 * count later in the cascade.
 */
function fromBylineText(ctx: AuthorContext, sites: ReadonlySet<string>): { byline?: AuthorCandidate; sourceLine?: AuthorCandidate } {
  const seen = new Set<Element>();
  const found: { byline?: AuthorCandidate; sourceLine?: AuthorCandidate } = {};
  for (const t of ctx.index.textParents) {
    if (found.byline) break;
    if (t.zone !== undefined || t.data.length > MAX_BYLINE_CHARS) continue;
    if (!HAS_BYLINE_LABEL.test(t.data)) continue;
    let el = bylineElement(t.el);
    // A label in an element of its own ("<h5>Autor:</h5> Peter Maahn"): the line is its parent's.
    if (LABEL_ONLY.test(textOfName(el)) && parentOf(el)) el = parentOf(el)!;
    if (seen.has(el) || el.name === 'h1' || el.name === 'h2') continue;
    seen.add(el);
    const line = textOfName(el);
    if (line.length > MAX_BYLINE_CHARS) continue;
    const weak = WEAK_LABEL.test(line);
    if (weak && found.sourceLine) continue;
    const name = bylineNames(line, sites, isAuthorClass(el) || isAuthorClass(t.el));
    if (!name) continue;
    if (weak) found.sourceLine = { names: [name], source: `source-line:${describe(el)}` };
    else found.byline = { names: [name], source: `byline:${describe(el)}` };
  }
  return found;
}

// ---------------------------------------------------------------- dateline

/** A news dateline with the agency that wrote the report: "Hamburg (dpa/lno) – …", "BERLIN (Reuters) - …". */
const DATELINE = /^\s*\p{Lu}[\p{L}.' /-]{1,40}?\s*\(([\p{L}][\p{L}\d./&, -]{1,30})\)\s*[-–—:]\s/u;

/**
 * News agencies, which sign reports in datelines: a dateline's bracket names a
 * country or a district as often ("Moskau (Russland) –"), so only these count.
 */
export const NEWS_AGENCIES: ReadonlySet<string> = new Set([
  'dpa', 'afp', 'ap', 'reuters', 'kna', 'epd', 'idea', 'apa', 'sda', 'ats', 'ansa', 'efe', 'anp', 'belga', 'ctk', 'pap', 'tass', 'ria',
  'xinhua', 'kyodo', 'yonhap', 'upi', 'ips', 'dts', 'sid', 'kathpress', 'afx', 'ddp', 'dapd', 'kipa', 'lusa', 'mti', 'hina', 'bta', 'ani', 'pti',
]);

/** The agency named in the article's dateline ("Hamburg (dpa/lno) – …"), for reports no byline signs. */
function fromDateline(ctx: AuthorContext): AuthorCandidate | undefined {
  for (const t of ctx.index.textParents) {
    if (t.zone !== undefined || t.el.name !== 'p') continue;
    const m = DATELINE.exec(t.data);
    const signed = m?.[1]?.trim();
    if (signed && signed.toLowerCase().split(/[\s/,&.]+/).some((w) => NEWS_AGENCIES.has(w))) return { names: [signed], source: 'dateline' };
  }
  return undefined;
}

// ---------------------------------------------------------------- copyright

/** Picture credits ("© Getty Images", "© Iona Dutz" under a photo) name photographers, not authors. */
const PICTURE_CLASS = /image|img|photo|foto|picture|gallery|caption|credit|media|teaser|slide/i;
function inPicture(el: Element): boolean {
  for (let e: Element | undefined = el, i = 0; e && i < 5 && !NEVER_BYLINE_TAGS.has(e.name); e = parentOf(e), i++) {
    if (e.name === 'figure' || e.name === 'figcaption' || PICTURE_CLASS.test(classOf(e))) return true;
  }
  return false;
}

/** "© 2019 Sven Schreivogel", "(c) Johannes Wolf • …", "Copyright (c) 2012- Gregory Szorc. All rights reserved." */
const COPYRIGHT = /(?:©|\(c\)|copyright)\s*(?:©|\(c\))?\s*(?:(?:19|20)\d{2}\s*(?:[-–]\s*(?:(?:19|20)\d{2})?)?\s*)?(?:by\s+)?([^|•·©]+)/i;
/** Legal forms: a company holds the copyright of a corporate page, which names no author. */
const ORGANISATION_WORD = /^(?:gmbh|ag|se|kg|ohg|e\.\s?v|inc|ltd|llc|plc|corp|co|sa|sas|sarl|srl|spa|bv|nv|ab|as|oy|verlag|media|medien|group|gruppe|holding|foundation|stiftung|agentur|agency|redaktion|stadt|gemeinde|forum|team|verein|verband|amt|ministerium|institut|institute|universität|university|college|school|schule|press|presse|news|magazin|magazine|online|digital|studio|design|consulting|solutions|services|marketing|innovation|software|systems|network|netzwerk|club|shop|store|blog|hr|it|images|world|kanton|canton|consortium|bund|bundes|land)$/i;
/** A person's name in a copyright line: two or three capitalised words, no company word, no dots or digits. */
const PERSON_NAME = /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2}$/u;

/**
 * The person who holds a page's copyright: on a one-person site (a blog, a
 * portfolio) the author. Taken only when it reads as a person's name (see
 * PERSON_NAME), never a company, an office or a site.
 */
function fromCopyright(ctx: AuthorContext, sites: ReadonlySet<string>): AuthorCandidate | undefined {
  for (const t of ctx.index.textParents) {
    if (t.zone === 'comments' || t.data.length > MAX_BYLINE_CHARS || !/©|\(c\)|copyright/i.test(t.data) || inPicture(t.el)) continue;
    const line = textOfName(bylineElement(t.el));
    const m = COPYRIGHT.exec(line);
    const raw = m?.[1]?.replace(/^copyright\s+/i, '').replace(/\s*(?:[.,]\s*)?(?:all rights|alle rechte|tous droits|todos los derechos|weitere rechte).*$/i, '').replace(/\s*(?:19|20)\d{2}.*$/, '');
    const name = raw ? cleanAuthor(raw, sites) : undefined;
    if (name && PERSON_NAME.test(name) && !name.split(/\s+/).some((w) => ORGANISATION_WORD.test(w))) return { names: [name], source: `copyright:${describe(t.el)}` };
  }
  return undefined;
}

// ---------------------------------------------------------------- meta

/** Twitter card labels that announce the author ("Written by" / "Verfasst von"), set by WordPress SEO plugins. */
const WRITTEN_BY_LABEL = /^(?:written by|verfasst von|geschrieben von|autor(?:in)?|author|écrit par|escrito por|scritto da|geschreven door)$/i;

function fromMeta(ctx: AuthorContext, sites: ReadonlySet<string>): AuthorCandidate | undefined {
  for (const n of [1, 2]) {
    const label = ctx.meta.get(`twitter:label${n}`);
    const raw = label && WRITTEN_BY_LABEL.test(label.trim()) ? ctx.meta.get(`twitter:data${n}`) : undefined;
    const name = raw ? cleanAuthor(raw, sites, true) : undefined;
    if (name) return { names: [name], source: `meta:twitter:data${n}` };
  }
  for (const key of AUTHOR_META) {
    const raw = ctx.meta.get(key);
    const name = raw ? cleanAuthor(raw, sites, true) : undefined;
    if (name) return { names: [name], source: `meta:${key}` };
  }
  return undefined;
}

// ---------------------------------------------------------------- the cascade

/** Separators between co-authors in a printed byline: "X, Y and Z", "X und Y", "X & Y". */
const CO_AUTHOR_SEPARATOR = /\s*(?:[,;&]|\s(?:und|and|et|y|e)\s)\s*/i;

/**
 * Whether a printed byline names every one of several JSON-LD authors and
 * nothing else ("Benjamin Fischer und Marcus Theurer"), or one JSON-LD author
 * and further people ("Rudolf Fischer, Simon Kohler": every part two to four
 * name words, so "Alex Durán, AMP Project Marketing, Google" is not one).
 */
function printsAll(shown: string, ldNames: readonly string[]): boolean {
  if (!looksLikeNames(shown)) return false;
  const folded = shown.toLowerCase();
  if (!ldNames.every((n) => folded.includes(n.toLowerCase()))) return false;
  const parts = shown.split(CO_AUTHOR_SEPARATOR).filter((p) => p.trim().length > 0);
  if (ldNames.length > 1) {
    let rest = folded;
    for (const n of ldNames) rest = rest.replace(n.toLowerCase(), ' ');
    return rest.split(CO_AUTHOR_SEPARATOR).every((p) => p.trim().length === 0);
  }
  return parts.length > 1 && parts.every((p) => {
    const n = p.trim().split(/\s+/).length;
    return n >= 2 && n <= 4;
  });
}

/** A CMS login rather than a name as printed: "edilson.la.rosa", "arianschlichenmayer", "jdoe_42". */
const USERNAME = /^[\p{Ll}\d]+(?:[._-][\p{Ll}\d]+)+$|^[\p{Ll}\d]{12,}$/u;

/** A JSON-LD name that a printed byline beats: a CMS login, the site's own name, or an abbreviation ("LN"). */
const weakLdName = (name: string, sites: ReadonlySet<string>): boolean => USERNAME.test(name) || sites.has(squash(name)) || squash(name).length <= 3;

const words = (s: string): string[] => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);

/** One name is the other with more words around it ("Nils" / "Nils Pickert", "FOCUS-Online-Experte Robin Tschöpe" / "Robin Tschöpe"). */
function overlaps(a: string, b: string): boolean {
  const [x, y] = [words(a), words(b)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length === 0 || short.length === long.length) return false;
  for (let i = 0; i + short.length <= long.length; i++) if (short.every((w, j) => long[i + j] === w)) return true;
  return false;
}

/** Every candidate, most trusted first; the resolver decides between them. Exported for error analysis. */
export function authorCandidates(ctx: AuthorContext, sites: ReadonlySet<string> = siteNames(ctx), complete = true): AuthorCandidate[] {
  const lines = fromBylineText(ctx, sites);
  const candidates = [fromJsonLd(ctx, sites), fromMarkup(ctx, sites, 0), lines.byline, fromMarkup(ctx, sites, 1), lines.sourceLine];
  // Meta tags and copyright lines only matter when the page has nothing better: not computed otherwise.
  if (complete || candidates.every((c) => c === undefined)) candidates.push(fromDateline(ctx), fromMeta(ctx, sites), fromCopyright(ctx, sites));
  return candidates.filter((c): c is AuthorCandidate => c !== undefined);
}

/**
 * JSON-LD wins unless its names look like CMS logins, or the page prints one of
 * them with more or fewer words around it (the printed form is the byline); then
 * the first visible candidate, then meta tags.
 */
export function resolveAuthor(ctx: AuthorContext, evidence: Record<string, string>): string | undefined {
  const sites = siteNames(ctx);
  const candidates = authorCandidates(ctx, sites, false);
  const ld = candidates.find((c) => c.source.startsWith('json-ld'));
  const visible = candidates.filter((c) => !/^(?:json-ld|meta|copyright|dateline)/.test(c.source));
  let best = candidates[0];
  // A printed byline of names only that names everyone JSON-LD names ("Benjamin Fischer und Marcus Theurer";
  // "Rudolf Fischer, Simon Kohler" where JSON-LD has only the first): the byline as printed.
  const fuller = ld && visible.find((v) => v.names.length === 1 && printsAll(v.names[0]!, ld.names));
  if (fuller) best = fuller;
  else if (ld) {
    // The printed form when it drops words JSON-LD adds ("FOCUS-Online-Experte Robin Tschöpe"), or completes a first name ("Nils").
    const printed = visible.find((v) => v.names.length === 1 && ld.names.some((n) => {
      const shown = v.names[0]!;
      if (!overlaps(n, shown)) return false;
      return words(shown).length < words(n).length || (words(n).length === 1 && looksLikeNames(shown));
    }));
    if (printed) best = printed;
    else if (ld.names.every((n) => weakLdName(n, sites)) && visible.length > 0) best = visible[0];
  }
  if (!best) return undefined;
  evidence.author = best.source;
  return best.names.join('; ');
}
