/**
 * The words time expressions are built from, as data (STYLE.md point 4): each
 * list has an id and a reason, each entry its surface forms (lower case; a
 * trailing full stop is allowed after abbreviations by the patterns) and what it
 * means. rules.ts turns the lists into pattern pieces; lexicon.test.ts lints them.
 */
import { MONTH_NAMES } from '../extract/html/month-names.js';
import type { PartOfDay, Season, Unit } from './timex-value.js';

export interface LexiconEntry<V> {
  forms: readonly string[];
  value: V;
}

export interface WordList<V> {
  id: string;
  reason: string;
  entries: readonly LexiconEntry<V>[];
}

const englishMonths = MONTH_NAMES.find((m) => m.language === 'en')!.months;

export const MONTHS: WordList<number> = {
  id: 'months',
  reason: 'English month names and the abbreviations of wire copy ("Sept. 30", "Aug. 7"); shared with the HTML date reader (month-names.ts).',
  entries: englishMonths.map((forms, i) => ({ forms, value: i + 1 })),
};

/**
 * Month forms that are also common words ("may", "march", "mar"): they count as
 * months only when capitalised, and alone (without a day or year) only after a
 * word that introduces a time ("in May", "last March").
 */
export const AMBIGUOUS_MONTH_FORMS: ReadonlySet<string> = new Set(['may', 'march', 'mar', 'jan', 'jun', 'dec', 'sep']);

export const WEEKDAYS: WordList<number> = {
  id: 'weekdays',
  reason: 'Full weekday names, ISO numbered (Monday = 1). Abbreviations are left out: "Sun", "Sat", "Wed" are words and newspaper names more often than days.',
  entries: [
    { forms: ['monday'], value: 1 }, { forms: ['tuesday'], value: 2 }, { forms: ['wednesday'], value: 3 }, { forms: ['thursday'], value: 4 },
    { forms: ['friday'], value: 5 }, { forms: ['saturday'], value: 6 }, { forms: ['sunday'], value: 7 },
  ],
};

export const SEASONS: WordList<Season> = {
  id: 'seasons',
  reason: 'TimeML season codes. "fall" and "spring" are verbs too; the patterns accept them only after a determiner or time word ("last fall", "the spring of 1990").',
  entries: [
    { forms: ['spring'], value: 'SP' }, { forms: ['summer'], value: 'SU' }, { forms: ['fall', 'autumn'], value: 'FA' }, { forms: ['winter'], value: 'WI' },
  ],
};

export const PARTS_OF_DAY: WordList<PartOfDay> = {
  id: 'parts-of-day',
  reason: 'TimeML part-of-day codes for "Friday morning", "this evening", "last night".',
  entries: [
    { forms: ['morning'], value: 'MO' }, { forms: ['afternoon'], value: 'AF' }, { forms: ['evening'], value: 'EV' },
    { forms: ['night', 'overnight'], value: 'NI' }, { forms: ['midday'], value: 'MI' },
  ],
};

/** Units in their singular and plural forms; `unitForms` splits them for patterns that need one or the other. */
export const UNITS: WordList<Unit> = {
  id: 'units',
  reason: 'Calendar and clock units of durations and offsets ("three days", "two years ago", "the past two quarters"), with wire-copy abbreviations.',
  entries: [
    { forms: ['second', 'seconds', 'sec', 'secs'], value: 'second' },
    { forms: ['minute', 'minutes', 'min', 'mins'], value: 'minute' },
    { forms: ['hour', 'hours', 'hr', 'hrs'], value: 'hour' },
    { forms: ['day', 'days'], value: 'day' },
    { forms: ['week', 'weeks'], value: 'week' },
    { forms: ['weekend', 'weekends'], value: 'weekend' },
    { forms: ['month', 'months'], value: 'month' },
    { forms: ['quarter', 'quarters'], value: 'quarter' },
    { forms: ['year', 'years', 'yr', 'yrs'], value: 'year' },
    { forms: ['decade', 'decades'], value: 'decade' },
    { forms: ['century', 'centuries'], value: 'century' },
  ],
};

export const NUMBER_WORDS: WordList<number> = {
  id: 'number-words',
  reason: 'Spelled-out amounts ("three days", "twenty four hours"); tens combine with units in numberValue. "a"/"an" are one ("a year ago").',
  entries: [
    { forms: ['a', 'an', 'one', 'single'], value: 1 }, { forms: ['two', 'couple of', 'a couple of'], value: 2 }, { forms: ['three'], value: 3 }, { forms: ['four'], value: 4 },
    { forms: ['five'], value: 5 }, { forms: ['six'], value: 6 }, { forms: ['seven'], value: 7 }, { forms: ['eight'], value: 8 },
    { forms: ['nine'], value: 9 }, { forms: ['ten'], value: 10 }, { forms: ['eleven'], value: 11 }, { forms: ['twelve', 'a dozen', 'dozen'], value: 12 },
    { forms: ['thirteen'], value: 13 }, { forms: ['fourteen'], value: 14 }, { forms: ['fifteen'], value: 15 }, { forms: ['sixteen'], value: 16 },
    { forms: ['seventeen'], value: 17 }, { forms: ['eighteen'], value: 18 }, { forms: ['nineteen'], value: 19 }, { forms: ['twenty'], value: 20 },
    { forms: ['thirty'], value: 30 }, { forms: ['forty'], value: 40 }, { forms: ['fifty'], value: 50 }, { forms: ['sixty'], value: 60 },
    { forms: ['seventy'], value: 70 }, { forms: ['eighty'], value: 80 }, { forms: ['ninety'], value: 90 }, { forms: ['hundred', 'a hundred', 'one hundred'], value: 100 },
    { forms: ['thousand', 'a thousand', 'one thousand'], value: 1000 }, { forms: ['half a', 'half an'], value: 0.5 },
  ],
};

/** Amounts that name no number: the duration is PX<unit> ("several years" → PXY). */
export const VAGUE_AMOUNTS: WordList<undefined> = {
  id: 'vague-amounts',
  reason: 'TimeML writes an unknown amount as X: "several years" is PXY, "a few days" PXD.',
  entries: [{ forms: ['a few', 'few', 'several', 'some', 'many', 'a number of', 'countless', 'numerous'], value: undefined }],
};

export const ORDINALS: WordList<number> = {
  id: 'ordinals',
  reason: 'Ordinals for quarters, halves, centuries and spelled days ("the third quarter", "the 20th century", "March eighth").',
  entries: [
    { forms: ['first', '1st'], value: 1 }, { forms: ['second', '2nd'], value: 2 }, { forms: ['third', '3rd'], value: 3 }, { forms: ['fourth', '4th'], value: 4 },
    { forms: ['fifth', '5th'], value: 5 }, { forms: ['sixth', '6th'], value: 6 }, { forms: ['seventh', '7th'], value: 7 }, { forms: ['eighth', '8th'], value: 8 },
    { forms: ['ninth', '9th'], value: 9 }, { forms: ['tenth', '10th'], value: 10 }, { forms: ['eleventh', '11th'], value: 11 }, { forms: ['twelfth', '12th'], value: 12 },
    { forms: ['thirteenth', '13th'], value: 13 }, { forms: ['fourteenth', '14th'], value: 14 }, { forms: ['fifteenth', '15th'], value: 15 },
    { forms: ['sixteenth', '16th'], value: 16 }, { forms: ['seventeenth', '17th'], value: 17 }, { forms: ['eighteenth', '18th'], value: 18 },
    { forms: ['nineteenth', '19th'], value: 19 }, { forms: ['twentieth', '20th'], value: 20 }, { forms: ['twenty-first', 'twenty first', '21st'], value: 21 },
    { forms: ['last', 'final'], value: -1 },
  ],
};

/** Spelled decades, for "the nineties" and spoken years ("nineteen ninety-six"). */
export const DECADE_WORDS: WordList<number> = {
  id: 'decade-words',
  reason: 'Broadcast transcripts spell years and decades out ("the nineties", "nineteen ninety-six").',
  entries: [
    { forms: ['twenties'], value: 2 }, { forms: ['thirties'], value: 3 }, { forms: ['forties'], value: 4 }, { forms: ['fifties'], value: 5 },
    { forms: ['sixties'], value: 6 }, { forms: ['seventies'], value: 7 }, { forms: ['eighties'], value: 8 }, { forms: ['nineties'], value: 9 },
  ],
};

/** Fixed-date and computed holidays, as (month, day) or a rule in holidays.ts. */
export const HOLIDAYS: WordList<string> = {
  id: 'holidays',
  reason: 'Holidays news dates events by; computed ones (Thanksgiving, Easter, Election Day) are resolved per year in holidays.ts.',
  entries: [
    { forms: ["new year's day", 'new year day'], value: '01-01' },
    { forms: ["new year's eve"], value: '12-31' },
    { forms: ["valentine's day"], value: '02-14' },
    { forms: ['independence day', 'fourth of july', 'july fourth'], value: '07-04' },
    { forms: ['halloween'], value: '10-31' },
    { forms: ['christmas eve'], value: '12-24' },
    { forms: ['christmas', 'christmas day'], value: '12-25' },
    { forms: ['boxing day'], value: '12-26' },
    { forms: ['thanksgiving', 'thanksgiving day'], value: 'thanksgiving' },
    { forms: ['easter', 'easter sunday'], value: 'easter' },
    { forms: ['good friday'], value: 'good-friday' },
    { forms: ['election day'], value: 'us-election-day' },
    { forms: ['labor day'], value: 'us-labor-day' },
    { forms: ['memorial day'], value: 'us-memorial-day' },
  ],
};

/** Frequency adverbs and their TIMEX3 set values. */
export const SET_ADVERBS: WordList<string> = {
  id: 'set-adverbs',
  reason: 'Frequency adverbs name sets: "daily" is every day (P1D), "quarterly" every three months (P3M), "nightly" every night.',
  entries: [
    { forms: ['daily'], value: 'P1D' }, { forms: ['weekly'], value: 'P1W' }, { forms: ['biweekly', 'fortnightly'], value: 'P2W' },
    { forms: ['monthly'], value: 'P1M' }, { forms: ['quarterly'], value: 'P3M' }, { forms: ['semiannually', 'biannually'], value: 'P6M' },
    { forms: ['annually', 'yearly'], value: 'P1Y' }, { forms: ['hourly'], value: 'PT1H' }, { forms: ['nightly'], value: 'XXXX-XX-XXTNI' },
  ],
};

/** Every list, for the lint test and for pattern building. */
export const WORD_LISTS: readonly WordList<unknown>[] = [MONTHS, WEEKDAYS, SEASONS, PARTS_OF_DAY, UNITS, NUMBER_WORDS, VAGUE_AMOUNTS, ORDINALS, DECADE_WORDS, HOLIDAYS, SET_ADVERBS];

/** Looks a form up in a list (case- and full-stop-insensitive); undefined when absent. */
export function lookup<V>(list: WordList<V>, form: string): V | undefined {
  const key = normaliseForm(form);
  for (const entry of list.entries) if (entry.forms.includes(key)) return entry.value;
  return undefined;
}

/** Lower case, one space between words, no trailing full stop, straight apostrophes. */
export function normaliseForm(form: string): string {
  return form.toLowerCase().replace(/[’‘]/g, "'").replace(/[\s-]+/g, ' ').replace(/\.$/, '').trim();
}
