/**
 * Filters applied to web and archive inputs before any HTML is parsed: by host
 * (from the URL), by date (from a feed, a sitemap or the WARC-Date header) and
 * by language (from what the source declares: Content-Language, a sitemap's
 * news:language, a feed's language, or a cheap look at `<html lang>` in the
 * first bytes). A filter drops only what it knows to be out: an input with no
 * date or no declared language passes, since nothing says it is out.
 */
export interface SourceFilters {
  /** Keep inputs published (or crawled, for archives) at or after this instant. */
  since?: Date;
  /** Keep inputs whose host is one of these or a subdomain of one (`bbc.co.uk` keeps `www.bbc.co.uk`). */
  hosts?: readonly string[];
  /** Keep inputs declared in one of these languages (ISO 639-1 primary subtags, lower case). */
  languages?: readonly string[];
}

/** Why an input was left out, for the report's counts. */
export type SkipReason = 'filter.host' | 'filter.date' | 'filter.language';

/** The primary language subtag, lower case: `en-GB` → `en`. */
export const primaryLanguage = (tag: string): string => tag.trim().toLowerCase().split(/[-_]/)[0]!;

export function hostMatches(url: string, hosts: readonly string[] | undefined): boolean {
  if (!hosts || hosts.length === 0) return true;
  const host = URL.canParse(url) ? new URL(url).hostname.toLowerCase().replace(/\.$/, '') : '';
  return hosts.some((wanted) => {
    const w = wanted.trim().toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
    return host === w || host.endsWith(`.${w}`);
  });
}

export function dateMatches(date: string | Date | undefined, since: Date | undefined): boolean {
  if (!since || date === undefined) return true;
  const at = date instanceof Date ? date.getTime() : Date.parse(date);
  return Number.isNaN(at) || at >= since.getTime();
}

/** A declared language list ("en, fr" in Content-Language) matches when any of it is wanted. */
export function languageMatches(declared: string | undefined, languages: readonly string[] | undefined): boolean {
  if (!languages || languages.length === 0 || !declared || declared.trim() === '') return true;
  const wanted = new Set(languages.map(primaryLanguage));
  return declared.split(',').some((tag) => wanted.has(primaryLanguage(tag)));
}

/** Bytes looked at for `<html lang>`: the opening tag sits in the first few hundred bytes of a page. */
export const LANGUAGE_SNIFF_BYTES = 4096;
const HTML_LANG = /<html\b[^>]*?\s(?:xml:)?lang\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)/i;
const META_LANGUAGE = /<meta\b[^>]*http-equiv\s*=\s*["']?content-language["']?[^>]*content\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)/i;

/** The language a page declares in its first bytes (`<html lang>`, or the content-language meta), undefined if none. */
export function sniffDeclaredLanguage(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, LANGUAGE_SNIFF_BYTES)).toString('latin1');
  const match = HTML_LANG.exec(head) ?? META_LANGUAGE.exec(head);
  return match ? primaryLanguage(match[1]!) : undefined;
}

/** The first filter an input fails, or undefined when it passes them all. */
export function failedFilter(filters: SourceFilters, facts: { url?: string; date?: string | Date; language?: string }): SkipReason | undefined {
  if (facts.url !== undefined && !hostMatches(facts.url, filters.hosts)) return 'filter.host';
  if (!dateMatches(facts.date, filters.since)) return 'filter.date';
  if (!languageMatches(facts.language, filters.languages)) return 'filter.language';
  return undefined;
}

/** Counts of inputs left out, by reason (filters, and archive records that are not pages). */
export type SkipCounts = Partial<Record<string, number>>;

export const countSkip = (counts: SkipCounts, reason: string): void => {
  counts[reason] = (counts[reason] ?? 0) + 1;
};
