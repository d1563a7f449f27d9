import { type Element } from './dom.js';
import { cleanAuthor, looksLikeNames, MAX_NAME_CHARS, USER_NAME } from './author-names.js';
import { classOf, describe, isAuthorClass, NEVER_BYLINE_TAGS, parentOf, textOfName, textOfNameWithin } from './author-markup.js';
import type { AuthorCandidate, AuthorContext } from './author.js';

/**
 * Authors that the page's text names on lines of their own: bylines after a
 * label ("Von …", "Autor: …", "Quelle: …"), the news agency of a dateline
 * ("Hamburg (dpa/lno) – …"), and the person in a copyright line.
 */

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

/** The element whose text is the whole byline line: the text's parent, or its block when the parent is inline. */
function bylineElement(el: Element): Element {
  let e = el;
  while (/^(?:a|strong|b|em|i|span|small|font)$/.test(e.name)) {
    const parent = parentOf(e);
    if (!parent || textOfNameWithin(parent, 2 * MAX_NAME_CHARS) === undefined) break;
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

/**
 * Steps 3 and 5 in one pass over the page's text: the first byline line, and
 * the first "Quelle:" / "Source:" line, which also credit images and data and so
 * count later in the cascade.
 */
export function fromBylineText(ctx: AuthorContext, sites: ReadonlySet<string>): { byline?: AuthorCandidate; sourceLine?: AuthorCandidate } {
  const seen = new Set<Element>();
  const found: { byline?: AuthorCandidate; sourceLine?: AuthorCandidate } = {};
  for (const t of ctx.index.textParents) {
    if (found.byline) break;
    if (t.zone !== undefined || t.data.length > MAX_BYLINE_CHARS) continue;
    if (!HAS_BYLINE_LABEL.test(t.data)) continue;
    let el = bylineElement(t.el);
    // The line's text only when it can be a byline (a label alone is shorter still).
    let line = textOfNameWithin(el, MAX_BYLINE_CHARS);
    // A label in an element of its own ("<h5>Autor:</h5> Peter Maahn"): the line is its parent's.
    if (line !== undefined && LABEL_ONLY.test(line) && parentOf(el)) {
      el = parentOf(el)!;
      line = textOfNameWithin(el, MAX_BYLINE_CHARS);
    }
    if (seen.has(el) || el.name === 'h1' || el.name === 'h2') continue;
    seen.add(el);
    if (line === undefined) continue;
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
export function fromDateline(ctx: AuthorContext): AuthorCandidate | undefined {
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
export function fromCopyright(ctx: AuthorContext, sites: ReadonlySet<string>): AuthorCandidate | undefined {
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
