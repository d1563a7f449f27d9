import { attr, rawText, textOf, type Element } from './dom.js';
import { asString, type JsonLdNode } from './json-ld.js';
import { GENERIC_DATE_META, MODIFIED_META, PUBLISHED_META, type MetaTags } from './meta-tags.js';
import { dateFromUrl, findDates, parseMachineDate, plausible, type TextDate } from './date-text.js';
import type { PageIndex, Placed } from './page-index.js';
import { guessSiteZone, inSiteZone } from './site-time-zone.js';

/**
 * The publication date, by a written-down cascade (STYLE.md point 3), in the
 * spirit of htmldate: each step engages only when the ones before found
 * nothing plausible (between 1995 and a day after the reference date). The
 * winning step is recorded as evidence.
 *
 *  1. url            a full date in the URL: the CMS wrote it at publication, in the site's own day
 *                    (with the time of a step-2/3 value on that very day, when there is one)
 *  2. meta           publication meta tags (OpenGraph article, schema.org itemprop, Dublin Core, vendors)
 *  3. json-ld        datePublished / dateCreated of the article node
 *  4. markup         itemprop="datePublished", <time pubdate>, time.entry-date / .published
 *  5. element        the first date in an element whose class or id says "date" (tiered, see DATE_HINTS)
 *  6. time           the earliest <time> (or timestamped <abbr>) outside comments and side lists
 *  7. labelled       a date after a publication label in the visible text ("Veröffentlicht am 12.03.2019", "Stand: …")
 *  8. generic meta   meta name="date" and the like (a generation date on some sites)
 *  9. timestamp      a date followed by a time of day in the visible text ("12.03.2019 14:05")
 * 10. title          a date in <title> or <h1>
 * 11. modified       dateModified / modification meta tags: a late estimate beats none
 * 12. script         a publication date in script state (Shopify, Next.js), when the scripts give one day only
 * 13. image          a full date in the path of the article's picture (/uploads/2019/03/12/…)
 * 14. text           the first full date in the visible text
 * 15. script stamp   the first machine timestamp in any script
 * 16. furniture      a timestamp, else the earliest <time>, in a footer or side zone, when the page has no other date
 *
 * A UTC time is then restated in the site's likely zone (site-time-zone.ts).
 */

export interface DateContext {
  index: PageIndex;
  meta: MetaTags;
  /** Article nodes of the page's JSON-LD, most article-like first. */
  ld: JsonLdNode[];
  url?: string;
  canonicalUrl?: string;
  language?: string;
  /** The page's locale as written ("de-DE", "en_US"): its region tells the site's time zone. */
  locale?: string;
  reference: Date;
}

export interface ResolvedDate {
  value: string;
  source: string;
}

/** Class/id words of elements that print the article's date, by how surely they mean publication. */
export interface DateHint {
  id: string;
  pattern: RegExp;
  tier: number;
  reason: string;
}

const token = (words: string): RegExp => new RegExp(`(?:^|[-_])(?:${words})(?:$|[-_\\d])`);

export const DATE_HINTS: readonly DateHint[] = [
  { id: 'published', pattern: token('published|publish|pubdate|pub-date|publication-date|date-published|posted-on|posted|entry-date|post-date|postdate|article-date|articledate|date-publication|created-post|veroeffentlicht'), tier: 0, reason: 'Names the publication itself.' },
  { id: 'date', pattern: /date|datum|fecha|data-pub|dateline|datetime|timestamp|zeit/, tier: 1, reason: 'Any element named for a date: the article\'s, when outside comments and side lists.' },
  { id: 'meta', pattern: token('post-meta|postmeta|entry-meta|article-meta|meta|byline|subline|article-info|post-info|info|details|submitted|author|autor|time|header'), tier: 2, reason: 'Byline and meta rows print the date next to the author.' },
];

/** Hints of a date the page was changed or the page's own clock, not its publication. */
const NOT_PUBLICATION_CLASS = /(?:^|[-_])(?:updated|modified|update|last-modified|lastmod|current|today|heute|clock|weather|wetter)(?:$|[-_\d])|teaser/;

/** Words before a date that make it a modification date ("Updated: …", "Aktualisiert am …"). */
const MODIFIED_LABEL = /(?:updated|update|modified|last edited|aktualisiert|geändert|mis à jour|mise à jour|actualizado|actualización|aggiornato|atualizado|bijgewerkt)\s*(?:on|am|le|el|il|em|op)?\s*[:.]?\s*$/i;

/** Words before a date that make it the publication date ("Veröffentlicht am …", "Published on …", "Datum: …"). */
const PUBLISHED_LABEL = /(?:published|posted|veröffentlicht|publiziert|erstellt|erschienen|datum|date|stand|publié|publicado|pubblicato|gepubliceerd|opublikowano)\s*(?:on|am|le|el|il|em|op|:)?\s*[:.]?\s*(?:\p{L}+,?\s*)?$/iu;

/**
 * How much of the page's visible text the text steps read: an article prints
 * its date near its top, and reading megabytes of text for a date would make
 * pathological pages slow.
 */
const MAX_SCANNED_TEXT = 100_000;

function visibleText(parts: readonly string[]): string {
  let out = '';
  for (const part of parts) {
    if (out.length >= MAX_SCANNED_TEXT) break;
    out += part + ' ';
  }
  return out.slice(0, MAX_SCANNED_TEXT);
}

/** Element texts longer than this are paragraphs that mention a date, not date lines. */
const MAX_DATE_LINE = 160;

/** Country domains of English-writing countries that write dates day first. */
const DAY_FIRST_ENGLISH_TLD = new Set(['uk', 'ie', 'au', 'nz', 'in', 'za', 'ng', 'ke', 'pk', 'sg', 'my', 'ph', 'hk']);

/**
 * Whether the page's visible text writes 03/05/2021 month first: American
 * English. (Machine values in meta tags are read month first everywhere: CMSs
 * write them in their server's US default, "11/01/2023 12:43:42" on a Swiss page.) A locale
 * with a region decides (en-US yes, en-GB no); English without one is month
 * first unless the site's country domain says otherwise; other languages never.
 */
export function monthFirst(ctx: Pick<DateContext, 'language' | 'locale' | 'url' | 'canonicalUrl'>): boolean {
  const region = ctx.locale?.toLowerCase().replace('_', '-').split('-')[1]?.slice(0, 2);
  if (region) return region === 'us';
  if (ctx.language !== undefined && ctx.language !== 'en') return false;
  const tld = /^[a-z]+:\/\/[^/:?#]+\.([a-z]+)(?:[:/?#]|$)/i.exec(ctx.canonicalUrl ?? ctx.url ?? '')?.[1]?.toLowerCase();
  return !(tld && DAY_FIRST_ENGLISH_TLD.has(tld));
}

function plausibleValue(value: string | undefined, reference: Date): string | undefined {
  return value && plausible(value, reference) ? value : undefined;
}

function fromLd(ctx: DateContext, key: 'datePublished' | 'dateModified'): string | undefined {
  for (const node of ctx.ld) {
    const raw = key === 'datePublished' ? asString(node.datePublished) ?? asString(node.dateCreated) ?? asString(node.uploadDate) : asString(node.dateModified);
    const v = plausibleValue(raw ? parseMachineDate(raw) : undefined, ctx.reference);
    if (v) return v;
  }
  return undefined;
}

function fromMeta(ctx: DateContext, keys: readonly string[]): ResolvedDate | undefined {
  for (const key of keys) {
    const raw = ctx.meta.get(key);
    const v = plausibleValue(raw ? parseMachineDate(raw) : undefined, ctx.reference);
    if (v) return { value: v, source: `meta:${key}` };
  }
  return undefined;
}

const classTokens = (el: Element): string[] => `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`.toLowerCase().split(/\s+/).filter((t) => t.length > 0);

const machineValue = (el: Element): string | undefined => attr(el, 'datetime') ?? attr(el, 'content') ?? attr(el, 'data-datetime') ?? attr(el, 'data-time') ?? attr(el, 'data-utime') ?? attr(el, 'data-timestamp');

/** Step 4: markup that declares publication. */
/** More distinct days than this in publication markup make it a list of other items, not the article's date. */
const MAX_MARKUP_DAYS = 2;

function fromMarkup(ctx: DateContext): ResolvedDate | undefined {
  // Markup outside any zone first; then in side zones (templates put the article's data box in a sidebar),
  // never in comments and lists of other stories.
  let first: ResolvedDate | undefined;
  let reserve: ResolvedDate | undefined;
  const days = new Set<string>();
  for (const { el, zone } of ctx.index.marked) {
    if (zone === 'comments' || zone === 'related') continue;
    const itemprop = attr(el, 'itemprop')?.toLowerCase();
    const declares = itemprop === 'datepublished' || itemprop === 'datecreated'
      || (el.name === 'time' && (el.attribs.pubdate !== undefined || /(?:^|\s)(?:entry-date|published|publish-date|pubdate)(?:\s|$)/i.test(attr(el, 'class') ?? '')));
    if (!declares || el.name === 'meta') continue;
    const machine = machineValue(el);
    const v = plausibleValue(machine ? parseMachineDate(machine) : firstTextDate(textOf(el), ctx)?.day, ctx.reference);
    if (!v) continue;
    days.add(v.slice(0, 10));
    const found = { value: v, source: `markup:${itemprop ?? 'time'}` };
    if (zone === undefined) first ??= found;
    else reserve ??= found;
  }
  return days.size > MAX_MARKUP_DAYS ? undefined : first ?? reserve;
}

/**
 * The first plausible written date in a short text that is not labelled as a
 * modification; `before` is the text that precedes it on its line (the label of
 * "last edited: <span>17 Jun 2018</span>" sits outside the date's element).
 */
function firstTextDate(text: string, ctx: DateContext, before = ''): TextDate | undefined {
  if (text.length > MAX_DATE_LINE || !/\d/.test(text)) return undefined;
  const dates = findDates(text, { monthFirst: monthFirst(ctx), twoDigitYears: true });
  return dates.find((d) => plausible(d.day, ctx.reference) && !MODIFIED_LABEL.test((before + text.slice(0, d.index)).slice(-40)));
}

/** The text before an element on its line: its preceding siblings' text, up to a short distance. */
function textBefore(el: Element): string {
  let out = '';
  for (let node = el.prev; node && out.length < 40; node = node.prev) out = rawText(node) + out;
  return out.replace(/\s+/g, ' ');
}

function hintTier(el: Element): number | undefined {
  const tokens = classTokens(el);
  if (tokens.length === 0 || tokens.some((t) => NOT_PUBLICATION_CLASS.test(t))) return undefined;
  for (const hint of DATE_HINTS) if (tokens.some((t) => hint.pattern.test(t))) return hint.tier;
  return undefined;
}

/** Step 5: elements named for dates, best tier first, then document order. */
function fromDateElements(ctx: DateContext): ResolvedDate | undefined {
  let best: { tier: number; order: number; value: string; el: Element } | undefined;
  for (const placed of ctx.index.marked) {
    if (placed.zone !== undefined) continue;
    const tier = hintTier(placed.el);
    if (tier === undefined || (best && (tier > best.tier || (tier === best.tier && placed.order > best.order)))) continue;
    const value = dateOfElement(placed, ctx);
    if (value) best = { tier, order: placed.order, value, el: placed.el };
  }
  return best ? { value: best.value, source: `element:${best.el.name}.${classTokens(best.el)[0] ?? ''}` } : undefined;
}

function dateOfElement({ el }: Placed, ctx: DateContext): string | undefined {
  const machine = machineValue(el);
  const fromMachine = machine ? plausibleValue(parseMachineDate(machine), ctx.reference) : undefined;
  if (fromMachine) return fromMachine;
  const fromText = firstTextDate(textOf(el), ctx, textBefore(el))?.day;
  if (fromText) return fromText;
  const title = attr(el, 'title');
  return title ? firstTextDate(title, ctx)?.day : undefined;
}

/**
 * Step 6: the earliest <time> (or timestamped <abbr>) outside comments and side
 * lists: later ones are updates and replies. With `inZones`, the last resort:
 * those in side zones, never those in comments.
 */
function fromTimeElements(ctx: DateContext, inZones = false): ResolvedDate | undefined {
  let earliest: string | undefined;
  for (const placed of ctx.index.marked) {
    const zoneOk = inZones ? placed.zone !== undefined && placed.zone !== 'comments' : placed.zone === undefined;
    if (!zoneOk || !(placed.el.name === 'time' || (placed.el.name === 'abbr' && attr(placed.el, 'data-utime') !== undefined))) continue;
    const value = dateOfElement(placed, ctx);
    if (value && (!earliest || value.slice(0, 10) < earliest.slice(0, 10))) earliest = value;
  }
  return earliest ? { value: earliest, source: inZones ? 'time:zone' : 'time' } : undefined;
}

/** Keys under which CMSs keep the publication date in script state (Shopify, Next.js, Nuxt, Arc). */
const SCRIPT_DATE_KEY = /["'](?:datePublished|published_at|publishedAt|publishDate|publish_date|pubDate|firstPublished|first_published_at|publication_date|date_published|displayDate)["']\s*:\s*["']((?:19|20)\d{2}-\d{2}-\d{2}[^"']*)["']/g;
/** Scripts longer than this are libraries, not page state. */
const MAX_SCRIPT_CHARS = 500_000;

/**
 * A publication date in the page's script state, when the scripts give one day
 * only: several days under these keys are a list of other items (search
 * results, related products).
 */
function fromScripts(ctx: DateContext): ResolvedDate | undefined {
  let found: string | undefined;
  for (const script of ctx.index.scripts) {
    const text = rawText(script);
    if (text.length > MAX_SCRIPT_CHARS) continue;
    for (const m of text.matchAll(SCRIPT_DATE_KEY)) {
      const v = plausibleValue(parseMachineDate(m[1]!), ctx.reference);
      if (!v) continue;
      if (found && found.slice(0, 10) !== v.slice(0, 10)) return undefined;
      found ??= v;
    }
  }
  return found ? { value: found, source: 'script' } : undefined;
}

/** Step 9: a date with a time of day in the visible text. */
function fromTimestamp(ctx: DateContext, dates: TextDate[]): ResolvedDate | undefined {
  const stamped = dates.find((d) => d.withTime);
  return stamped ? { value: stamped.day, source: 'text:timestamp' } : undefined;
}

/**
 * Step 14: the first full date of the visible text. Articles print their date
 * above the text; later dates are events the text mentions, comments and
 * teasers. (On the development half of both evaluation sets the first date was
 * right in 47 of 56 pages where the text held the right one, the most frequent
 * in 38.)
 */
function fromFirstTextDate(dates: TextDate[]): ResolvedDate | undefined {
  return dates[0] ? { value: dates[0].day, source: 'text:first' } : undefined;
}

/**
 * The publication date, restated in the site's time zone when the page gives it
 * in UTC (see site-time-zone.ts), so that its day is the day readers saw.
 */
export function resolvePublished(ctx: DateContext): ResolvedDate | undefined {
  const found = publishedCandidate(ctx);
  // A URL's day is the site's own: nothing to restate.
  if (!found || found.source.startsWith('url')) return found;
  const local = inSiteZone(found.value, guessSiteZone(ctx.canonicalUrl ?? ctx.url, ctx.locale));
  return local === found.value ? found : { value: local, source: `${found.source}+site-zone` };
}

function publishedCandidate(ctx: DateContext): ResolvedDate | undefined {
  const mf = fromMeta(ctx, PUBLISHED_META);
  const ld = fromLd(ctx, 'datePublished');
  for (const url of [ctx.url, ctx.canonicalUrl, ctx.meta.get('og:url')]) {
    const v = url ? plausibleValue(dateFromUrl(url), ctx.reference) : undefined;
    if (!v) continue;
    // The URL gives the day; a meta tag or JSON-LD on that same day gives the time and offset too.
    // The value as the page wrote it when its day is the URL's, else restated in the site's zone if that makes it so.
    const zone = guessSiteZone(ctx.canonicalUrl ?? ctx.url, ctx.locale);
    for (const [value, source] of [[mf?.value, mf?.source], [ld, 'json-ld:datePublished']] as const) {
      if (!value || value.length <= 10) continue;
      const onDay = value.slice(0, 10) === v ? value : inSiteZone(value, zone).slice(0, 10) === v ? inSiteZone(value, zone) : undefined;
      if (onDay) return { value: onDay, source: `url+${source}` };
    }
    return { value: v, source: 'url' };
  }
  if (mf) return mf;
  if (ld) return { value: ld, source: 'json-ld:datePublished' };
  const found = fromMarkup(ctx) ?? fromDateElements(ctx) ?? fromTimeElements(ctx);
  if (found) return found;
  const visible = visibleText(ctx.index.text);
  const allTextDates = findDates(visible, { monthFirst: monthFirst(ctx), twoDigitYears: 'with-time' }).filter((d) => plausible(d.day, ctx.reference));
  // Dates labelled as edits ("last edited 2019-11-10") count only when the page has no other.
  const unlabelled = allTextDates.filter((d) => !MODIFIED_LABEL.test(visible.slice(Math.max(0, d.index - 40), d.index)));
  const textDates = unlabelled.length > 0 ? unlabelled : allTextDates;
  const labelled = textDates.find((d) => PUBLISHED_LABEL.test(visible.slice(Math.max(0, d.index - 40), d.index)));
  if (labelled) return { value: labelled.day, source: 'text:labelled' };
  const generic = fromMeta(ctx, GENERIC_DATE_META);
  if (generic) return generic;
  const stamped = fromTimestamp(ctx, textDates);
  if (stamped) return stamped;
  for (const el of [ctx.index.titleTag, ctx.index.headings.find((h) => h.el.name === 'h1')?.el]) {
    const v = el ? firstTextDate(textOf(el), ctx)?.day : undefined;
    if (v) return { value: v, source: `title:${el!.name}` };
  }
  const modified = resolveModified(ctx);
  if (modified) return { value: modified.value, source: `modified:${modified.source}` };
  return fromScripts(ctx) ?? fromImageUrl(ctx) ?? fromFirstTextDate(textDates) ?? fromScriptTimestamp(ctx) ?? fromZoneTimestamp(ctx) ?? fromTimeElements(ctx, true);
}

/**
 * Step 13: a full date in the path of the article's picture (og:image, or an
 * <img> of the content): CMSs file uploads under the day of publication.
 */
function fromImageUrl(ctx: DateContext): ResolvedDate | undefined {
  for (const url of [ctx.meta.get('og:image'), ctx.meta.get('twitter:image')]) {
    const v = url ? plausibleValue(dateFromUrl(url), ctx.reference) : undefined;
    if (v) return { value: v, source: 'image-url' };
  }
  for (const { el, zone } of ctx.index.marked) {
    if (zone !== undefined || el.name !== 'img') continue;
    const src = attr(el, 'src');
    const v = src ? plausibleValue(dateFromUrl(src), ctx.reference) : undefined;
    if (v) return { value: v, source: 'image-url' };
  }
  return undefined;
}

/** A machine timestamp with seconds: what CMSs write into script state, never a date a text mentions. */
const SCRIPT_TIMESTAMP = /(?<!\d)((?:19|20)\d{2}-\d{2}-\d{2})[T ]\d{2}:\d{2}:\d{2}/;

/** Step 15: the first machine timestamp in any script, when the page shows no date at all (htmldate's timestamp search). */
function fromScriptTimestamp(ctx: DateContext): ResolvedDate | undefined {
  for (const script of ctx.index.scripts) {
    const text = rawText(script);
    if (text.length > MAX_SCRIPT_CHARS) continue;
    const m = SCRIPT_TIMESTAMP.exec(text);
    const v = m ? plausibleValue(parseMachineDate(m[1]!), ctx.reference) : undefined;
    if (v) return { value: v, source: 'script:timestamp' };
  }
  return undefined;
}

/**
 * Step 16: a timestamp in the page's furniture (a footer's "© 19.12.2019 - 12:14"),
 * when the page has no other date at all. Comments are still left out: their
 * timestamps are the readers'.
 */
function fromZoneTimestamp(ctx: DateContext): ResolvedDate | undefined {
  for (const t of ctx.index.textParents) {
    if (t.zone === undefined || t.zone === 'comments' || !/\d/.test(t.data)) continue;
    const stamped = findDates(t.data, { monthFirst: monthFirst(ctx), twoDigitYears: 'with-time' }).find((d) => d.withTime && plausible(d.day, ctx.reference));
    if (stamped) return { value: stamped.day, source: `text:${t.zone}-timestamp` };
  }
  return undefined;
}

export function resolveModified(ctx: DateContext): ResolvedDate | undefined {
  const ld = fromLd(ctx, 'dateModified');
  if (ld) return { value: ld, source: 'json-ld:dateModified' };
  return fromMeta(ctx, MODIFIED_META);
}
