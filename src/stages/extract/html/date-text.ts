import * as chrono from 'chrono-node';

/**
 * Dates as pages write them. Machine values (meta tags, JSON-LD, <time datetime>)
 * are ISO-like and read by pattern; human text ("31. Mai 2019", "May 7, 2022",
 * "le 3 mars 2021") by chrono-node's locale parsers, with the numeric forms that
 * chrono reads the American way (03.05.2021) read by the page's convention first.
 */

/** Earliest publication date we accept: older values are template defaults or birthdays. */
export const EARLIEST_DATE = '1995-01-01';

const pad = (n: number): string => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Keeps dates between EARLIEST_DATE and a day after the reference (the crawl or now). */
export function plausible(isoDay: string, reference: Date): boolean {
  const latest = new Date(reference.getTime() + 86_400_000).toISOString().slice(0, 10);
  return isoDay >= EARLIEST_DATE && isoDay <= latest;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;

/** An ISO-like machine value → normalised ISO ("2020-09-30T06:49:00+03:00" or "2020-09-30"). */
export function parseMachineDate(value: string): string | undefined {
  const v = value.trim();
  const m = ISO.exec(v);
  if (m) {
    const [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
    if (!validDay(y, mo, d)) return undefined;
    const day = `${y}-${pad(mo)}-${pad(d)}`;
    if (m[4] === undefined) return day;
    const zone = m[7] === undefined ? '' : m[7] === 'Z' ? '+00:00' : m[7].includes(':') ? m[7] : `${m[7].slice(0, 3)}:${m[7].slice(3)}`;
    return `${day}T${pad(+m[4])}:${m[5]}:${m[6] ?? '00'}${zone}`;
  }
  const compact = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2}))?/.exec(v);
  if (compact && validDay(+compact[1]!, +compact[2]!, +compact[3]!)) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  return undefined;
}

/** Numeric dates that chrono reads month-first: dotted ones are day-first everywhere. */
function numericDate(text: string, monthFirst: boolean): string | undefined {
  const dotted = /(?<!\d)(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2})(?!\d)/.exec(text);
  if (dotted && validDay(+dotted[3]!, +dotted[2]!, +dotted[1]!)) return `${dotted[3]}-${pad(+dotted[2]!)}-${pad(+dotted[1]!)}`;
  const slashed = /(?<!\d)(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})(?!\d)/.exec(text);
  if (slashed) {
    const [p, q, y] = [+slashed[1]!, +slashed[2]!, +slashed[3]!];
    // Month first on English pages unless the first number cannot be a month; day first elsewhere.
    const [month, day] = (monthFirst && p <= 12) || q > 12 ? [p, q] : [q, p];
    if (validDay(y, month, day)) return `${y}-${pad(month)}-${pad(day)}`;
  }
  const iso = /(?<!\d)((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/.exec(text);
  if (iso && validDay(+iso[1]!, +iso[2]!, +iso[3]!)) return `${iso[1]}-${pad(+iso[2]!)}-${pad(+iso[3]!)}`;
  return undefined;
}

type ChronoParser = { parse: (text: string, ref: Date) => chrono.ParsedResult[] };

/** chrono's locale parsers, the page's language first. */
function parsersFor(language: string | undefined): ChronoParser[] {
  const locales = ['en', 'de', 'fr', 'es', 'pt', 'nl', 'it'];
  const ordered = language && locales.includes(language) ? [language, ...locales.filter((l) => l !== language)] : locales;
  return ordered.map((l) => (chrono as unknown as Record<string, ChronoParser | undefined>)[l]).filter((p): p is ChronoParser => p !== undefined);
}

/** The first full date (day, month and year all written) in a piece of human text, as YYYY-MM-DD. */
export function findDateInText(text: string, reference: Date, language?: string): string | undefined {
  if (!/\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2}/.test(text)) return undefined;
  const numeric = numericDate(text, language === 'en' || language === undefined);
  if (numeric) return numeric;
  for (const parser of parsersFor(language)) {
    const hit = parser.parse(text, reference).find((r) => r.start.isCertain('day') && r.start.isCertain('month') && r.start.isCertain('year'));
    if (hit) return `${hit.start.get('year')}-${pad(hit.start.get('month')!)}-${pad(hit.start.get('day')!)}`;
  }
  return undefined;
}

/** Dates in URLs: /2019/08/02/, /2019-08-02-, /20190802/. */
export function dateFromUrl(url: string): string | undefined {
  const m = /[/_-]((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?:[/_.-]|$)/.exec(url) ?? /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/.exec(url);
  return m && validDay(+m[1]!, +m[2]!, +m[3]!) ? `${m[1]}-${pad(+m[2]!)}-${pad(+m[3]!)}` : undefined;
}
