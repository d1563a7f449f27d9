import { foldMonthName, MONTH_NUMBER } from './month-names.js';

/**
 * Dates as pages write them. Machine values (meta tags, JSON-LD, <time datetime>)
 * are ISO-like and read by pattern; human text ("31. Mai 2019", "May 7, 2022",
 * "le 3 mars 2021", "3 de marzo de 2019", "2019年3月12日") by the patterns below
 * over the month names of month-names.ts. chrono-node reads only some of these
 * languages and reads 03.05.2021 month first, so it is not used here.
 */

/** Earliest publication date we accept: older values are template defaults, birthdays and historical dates. */
export const EARLIEST_DATE = '1995-01-01';

const pad = (n: number): string => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const isoDay = (y: number, m: number, d: number): string | undefined => (validDay(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : undefined);

/** Keeps dates between EARLIEST_DATE and a day after the reference (the crawl or now). */
export function plausible(day: string, reference: Date): boolean {
  const latest = new Date(reference.getTime() + 86_400_000).toISOString().slice(0, 10);
  const d = day.slice(0, 10);
  return d >= EARLIEST_DATE && d <= latest;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;
const COMPACT = /^((?:19|20)\d{2})(\d{2})(\d{2})(?:T?(\d{2})(\d{2}))?(?!\d)/;

/**
 * A machine value → normalised ISO ("2020-09-30T06:49:00+03:00" or "2020-09-30").
 * Accepts ISO 8601, compact "20200930", Unix timestamps in seconds or
 * milliseconds, and as a last resort any written date in the value, with
 * slashed dates read month first unless `monthFirst` is false.
 */
export function parseMachineDate(value: string, monthFirst = true): string | undefined {
  const v = value.trim();
  const m = ISO.exec(v);
  if (m) {
    const day = isoDay(+m[1]!, +m[2]!, +m[3]!);
    if (!day || m[4] === undefined) return day;
    const zone = m[7] === undefined ? '' : m[7] === 'Z' ? '+00:00' : m[7].includes(':') ? m[7] : `${m[7].slice(0, 3)}:${m[7].slice(3)}`;
    return `${day}T${pad(+m[4])}:${m[5]}:${m[6] ?? '00'}${zone}`;
  }
  const compact = COMPACT.exec(v);
  if (compact) return isoDay(+compact[1]!, +compact[2]!, +compact[3]!);
  if (/^\d{9,13}$/.test(v)) {
    // Unix time: 9–10 digits are seconds (2001–2286), 12–13 milliseconds.
    const ms = v.length <= 10 ? +v * 1000 : +v;
    return new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00');
  }
  return findDates(v, { monthFirst })[0]?.day;
}

// ---------------------------------------------------------------- written dates

/** A date found in text: the day it names and where it stands. */
export interface TextDate {
  day: string;
  index: number;
  length: number;
  /** Which written form matched; `numeric-2y` has a two-digit year. */
  form: 'name-dmy' | 'name-mdy' | 'cjk' | 'iso' | 'numeric' | 'numeric-2y';
  /** A time of day follows ("12.03.2019, 14:05"): a timestamp, which pages print for publication. */
  withTime: boolean;
}

export interface FindDatesOptions {
  /** Read 03/05/2021 as March 5 (American usage); day first otherwise. */
  monthFirst?: boolean;
  /**
   * Accept "12.03.19": right in bylines (true), too loose for free text, where
   * only a two-digit year followed by a time of day ("28.09.19 12:44") is a date ('with-time').
   */
  twoDigitYears?: boolean | 'with-time';
}

const MONTH = [...MONTH_NUMBER.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/\./g, '\\.')).join('|');
const YEAR = '((?:19|20)\\d{2})(?!\\d)';
const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_LETTER_AFTER = '(?![\\p{L}])';

const NAME_DMY = new RegExp(`(?<![\\d.])(\\d{1,2})(?:\\.|st|nd|rd|th|er|eme|º|°)?\\s*(?:de\\s+|of\\s+|-)?(${MONTH})${NOT_LETTER_AFTER}\\.?,?\\s*(?:de\\s+|del\\s+|-|')?${YEAR}`, 'giu');
// The day may run into the year in compact layouts ("Apr 042013", "Mai062018"), when it has two digits.
const NAME_MDY = new RegExp(`${NOT_LETTER_BEFORE}(${MONTH})${NOT_LETTER_AFTER}\\.?\\s*(\\d{2}(?=(?:19|20)\\d{2}(?!\\d))|\\d{1,2}(?!\\d))(?:st|nd|rd|th)?,?\\s*${YEAR}`, 'giu');
const CJK = /((?:19|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})/gu;
const ISO_IN_TEXT = /(?<![\d.])((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?![\d])/g;
// A two-digit year may run into a time of day ("28.09.1912:44" in forum posts).
const NUMERIC = /(?<![\d.,/])(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d{2}(?![\d:])|\d{2}(?=\d{1,2}:\d{2})|\d{2}(?!\d))(?!\.\d)/g;
/** What YEAR matches, anywhere. */
const FOUR_DIGIT_YEAR = /(?:19|20)\d{2}/;
const TIME_AFTER = /^[\s,|–—-]{0,4}(?:um|at|à|a las|alle|om|kl\.?|,)?\s{0,2}\d{1,2}[:.h]\d{2}(?!\d)/i;

/** Lower case, diacritics off, one code unit per character where possible, so indices stay close to the original's. */
const foldText = (text: string): string => (/[^ -~\s]/.test(text) ? foldMonthName(text) : text.toLowerCase());

/**
 * Every full date (day, month and year) written in a text, in reading order.
 *
 * @example findDates('Veröffentlicht am 12. März 2019, 14:05 Uhr') // [{ day: '2019-03-12', withTime: true, … }]
 */
export function findDates(text: string, options: FindDatesOptions = {}): TextDate[] {
  if (!/\d/.test(text)) return [];
  const folded = foldText(text);
  const found: TextDate[] = [];
  const add = (match: RegExpExecArray, day: string | undefined, form: TextDate['form']): void => {
    if (!day) return;
    const end = match.index + match[0].length;
    found.push({ day, index: match.index, length: match[0].length, form, withTime: TIME_AFTER.test(folded.slice(end, end + 16)) });
  };
  // These four forms need a four-digit year: a text without one is not scanned for month names (NAME_MDY tries them at every character).
  if (FOUR_DIGIT_YEAR.test(folded)) {
    for (const m of folded.matchAll(NAME_DMY)) add(m, isoDay(+m[3]!, MONTH_NUMBER.get(m[2]!)!, +m[1]!), 'name-dmy');
    for (const m of folded.matchAll(NAME_MDY)) add(m, isoDay(+m[3]!, MONTH_NUMBER.get(m[1]!)!, +m[2]!), 'name-mdy');
    for (const m of folded.matchAll(CJK)) add(m, isoDay(+m[1]!, +m[2]!, +m[3]!), 'cjk');
    for (const m of folded.matchAll(ISO_IN_TEXT)) add(m, isoDay(+m[1]!, +m[3]!, +m[4]!), 'iso');
  }
  for (const m of folded.matchAll(NUMERIC)) {
    const [p, sep, q, y] = [+m[1]!, m[2]!, +m[3]!, m[4]!];
    if (y.length === 2) {
      const end = m.index + m[0].length;
      const allowed = options.twoDigitYears === true || (options.twoDigitYears === 'with-time' && TIME_AFTER.test(folded.slice(end, end + 16)));
      if (!allowed || sep === '-') continue;
    }
    const year = y.length === 2 ? 2000 + +y : +y;
    // Dotted and dashed dates are day first everywhere; slashed ones month first in American usage, unless impossible.
    const monthFirst = sep === '/' && options.monthFirst === true ? p <= 12 : q > 12 && p <= 12;
    add(m, monthFirst ? isoDay(year, p, q) : isoDay(year, q, p), y.length === 2 ? 'numeric-2y' : 'numeric');
  }
  found.sort((a, b) => a.index - b.index);
  // One date per stretch of text: a later pattern can match inside an earlier one ("2019-03-12" in "2019-03-12T…").
  return found.filter((d, i) => i === 0 || d.index >= found[i - 1]!.index + found[i - 1]!.length);
}

/** The first plausible full date in a piece of human text, as YYYY-MM-DD. */
export function findDateInText(text: string, reference: Date, language?: string): string | undefined {
  const monthFirst = language === undefined || language === 'en';
  return findDates(text, { monthFirst, twoDigitYears: true }).find((d) => plausible(d.day, reference))?.day;
}

// ---------------------------------------------------------------- URLs

/**
 * Date patterns of URL paths, with the group order of year, month and day.
 * Slashed dates end with a slash, an extension or the path: "/2023/10/3-fragen-…"
 * is October and a slug, not 3 October.
 */
const URL_DATES: readonly { pattern: RegExp; ymd: [number, number, number] }[] = [
  { pattern: /(?:^|\/)((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?:[/.?#]|$)/, ymd: [1, 2, 3] },
  { pattern: /(?:^|[/_-])((?:19|20)\d{2})([_-])(\d{1,2})\2(\d{1,2})(?:[/_.-]|$)/, ymd: [1, 3, 4] },
  { pattern: /(?:^|[/_-])((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/, ymd: [1, 2, 3] },
  // Day first, as some German and French CMSs write it: /meldungen/29-10-2021.
  { pattern: /\/(\d{2})-(\d{2})-((?:19|20)\d{2})(?:[/_.-]|$)/, ymd: [3, 2, 1] },
];

/** Dates in URLs: /2019/08/02/, /2019-08-02-, /20190802/, _2019_08_02, /02-08-2019. */
export function dateFromUrl(url: string): string | undefined {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  for (const { pattern, ymd } of URL_DATES) {
    const m = pattern.exec(path);
    const day = m ? isoDay(+m[ymd[0]]!, +m[ymd[1]]!, +m[ymd[2]]!) : undefined;
    if (day) return day;
  }
  return undefined;
}
