import { asString, publisherName, typesOf, type JsonLdNode } from './json-ld.js';
import { AUTHOR_META, type MetaTags } from './meta-tags.js';
import type { PageIndex } from './page-index.js';
import { cleanAuthor, looksLikeNames, squash } from './author-names.js';
import { fromMarkup } from './author-markup.js';
import { fromBylineText, fromCopyright, fromDateline } from './author-lines.js';

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
 * Markup candidates come from author-markup.ts, text lines from
 * author-lines.ts, and every name is cleaned by author-names.ts.
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

/** Names a site goes by (og:site_name, publisher, host), squashed. */
function siteNames(ctx: AuthorContext): Set<string> {
  const names = new Set<string>();
  const add = (n: string | undefined): void => {
    if (n && squash(n).length >= 2) names.add(squash(n));
  };
  add(ctx.siteName);
  add(ctx.meta.get('og:site_name'));
  for (const node of ctx.ld) add(publisherName(node, ctx.graph));
  const host = ctx.url ? /^[a-z]+:\/\/(?:www\d?\.)?([^/:?#]+)/i.exec(ctx.url)?.[1] : undefined;
  if (host) {
    add(host);
    add(host.split('.').slice(0, -1).join('.'));
  }
  return names;
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
