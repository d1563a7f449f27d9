/**
 * Recognises lines that are only a date stamp ("Donnerstag, 31. Mai 2012",
 * "15. Mai 2019, 05:28 Uhr", "16 marca 2021", "3:59 PM"): page furniture above or
 * below the article, whose date the metadata step reads separately.
 *
 * Month and weekday names come from the ICU data built into Node (Intl), in the
 * grammatical form dates use ("16 marca", genitive), so no word list is kept here.
 */

/** Languages whose month and weekday names are recognised: those of the news we read most. */
const LANGUAGES = [
  'en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'cs', 'sk', 'sv', 'da', 'nb', 'fi', 'ro', 'hu', 'tr', 'ru', 'uk', 'el',
  'ar', 'fa', 'he', 'hi', 'bn', 'id', 'vi', 'zh', 'ja', 'ko', 'hr', 'sl', 'bg', 'lt', 'lv', 'et', 'ca',
];

/** Words that join the parts of a date or time without being one ("um 10 Uhr", "le 3 mars", "at 5 pm"). */
const DATE_FILLERS = [
  'am', 'pm', 'uhr', 'um', 'den', 'der', 'vom', 'at', 'on', 'the', 'of', 'de', 'del', 'le', 'la', 'el', 'à', 'h', 'hrs',
  'gmt', 'utc', 'cet', 'cest', 'est', 'edt', 'pst', 'pdt', 'mez', 'mesz', 'kl', 'klo', 'r', 'st', 'nd', 'rd', 'th', 'er', 'o',
];

/** A stamp is short: longer lines carry something besides the date. */
const MAX_DATE_LINE_CHARS = 60;
/** One stray word is allowed ("| Genesis", "Posted"), more make it a sentence. */
const MAX_OTHER_WORDS = 1;

const fold = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\.$/, '');

function buildDateWords(): ReadonlySet<string> {
  const words = new Set<string>();
  for (const language of LANGUAGES) {
    const formats = [
      new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', timeZone: 'UTC' }),
      new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', timeZone: 'UTC' }),
      new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' }),
      new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }),
      new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' }),
    ];
    // Twelve months from January, seven days from a Monday (2021-01-04).
    for (let i = 0; i < 12; i++) {
      const date = new Date(Date.UTC(2021, i, i < 7 ? 4 + i : 16));
      for (const format of formats) {
        for (const part of format.formatToParts(date)) {
          if (part.type !== 'month' && part.type !== 'weekday') continue;
          for (const word of part.value.split(/[\s.]+/)) if (word) words.add(fold(word));
        }
      }
    }
  }
  return words;
}

let dateWords: ReadonlySet<string> | undefined;
const FILLERS: ReadonlySet<string> = new Set(DATE_FILLERS.map(fold));

const NUMERIC_DATE = /\b\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})\b|\b\d{4}[./-]\d{1,2}[./-]\d{1,2}\b|\b\d{1,2}:\d{2}\b/;

/**
 * True when the line is a date or time stamp and little else.
 *
 * @example isDateLine('Donnerstag, 31. Mai 2012') // true
 * @example isDateLine('Am 31. Mai 2012 trat das Gesetz in Kraft.') // false
 */
export function isDateLine(text: string): boolean {
  if (text.length > MAX_DATE_LINE_CHARS || !/\d/.test(text)) return false;
  dateWords ??= buildDateWords();
  const words = text.split(/[^\p{L}\p{M}\p{N}]+/u).filter((w) => w.length > 0 && !/^\d+(?:st|nd|rd|th|er|e)?$/i.test(w));
  let named = 0;
  let other = 0;
  for (const word of words) {
    const folded = fold(word);
    if (dateWords.has(folded)) named++;
    else if (!FILLERS.has(folded)) other++;
  }
  return other <= MAX_OTHER_WORDS && (named > 0 || NUMERIC_DATE.test(text));
}
