/**
 * The detection rules for English time expressions, as data (STYLE.md point 4):
 * each has an id, a reason, a pattern written with the {pieces} of patterns.ts,
 * the resolver that turns a match into a value (resolvers.ts), an optional guard
 * that rejects a match in context, and examples that the lint test checks
 * (rules.test.ts): every example must match the whole pattern, every non-example not.
 *
 * Spans follow TimeML: the determiner belongs to the expression ("the third
 * quarter", "the past two years"); prepositions do not ("on Monday" → "Monday").
 * Where rules overlap, the longest match wins, then the earlier rule.
 */
import { AMBIGUOUS_MONTH_FORMS, normaliseForm } from './lexicon.js';
import type { ResolverName } from './resolvers.js';

export interface GuardInput {
  text: string;
  start: number;
  end: number;
  groups: Readonly<Record<string, string | undefined>>;
}

export interface TimeRule {
  id: string;
  reason: string;
  pattern: string;
  /**
   * A word or shape every match contains ({pieces} allowed): the rule runs only
   * near one, which keeps the stage cheap on long texts (rules.test.ts checks the examples).
   */
  key: string;
  resolver: ResolverName;
  params?: Readonly<Record<string, string | number>>;
  /** A check in context that a match must pass (guards below). */
  guard?: GuardName;
  /** Texts the pattern matches whole; in one with [brackets], the pattern matches the bracketed part, the rest being context ("for [years]"). */
  examples: readonly string[];
  /** Texts the pattern must not match whole. */
  nonExamples?: readonly string[];
}

/** Words after which a capitalised "May" or "March" alone is a month. */
const MONTH_CUES = /(?:^|[^\p{L}])(?:in|since|until|till|by|from|through|before|after|during|of|last|next|this|early|late|mid|each|every|to|and|or|between|on|for|beginning|end|start|middle|around|about|until|late-|mid-)\s*[-–]?\s*$/iu;
const CAPITALISED = /^\p{Lu}/u;
/** A number, an amount of money or a count right before "a day", "a year" makes it a rate (a set). */
const RATE_BEFORE = /(?:\d%?|percent|times|twice|once|thrice|cents?|dollars?|pounds?|euros?|barrels?|tons?|hours?|shares?|million|billion|trillion|people|miles)\s*$|\d[\d,.]*\s+(?:\p{L}+\s+){1,2}$/iu;

function monthFormOk(g: GuardInput): boolean {
  const form = g.groups.month;
  if (form === undefined) return true;
  const key = normaliseForm(form);
  return !AMBIGUOUS_MONTH_FORMS.has(key) || CAPITALISED.test(form);
}

export const GUARDS = {
  /** "may" and "march" are words; as months they are capitalised. */
  month: monthFormOk,
  /** A month alone: capitalised ambiguous forms only after a word that introduces a time ("in May"); abbreviations only with their full stop. */
  monthAlone: (g: GuardInput): boolean => {
    if (!monthFormOk(g)) return false;
    const form = g.groups.month!;
    const key = normaliseForm(form);
    if (AMBIGUOUS_MONTH_FORMS.has(key)) {
      if (!MONTH_CUES.test(g.text.slice(Math.max(0, g.start - 20), g.start))) return false;
      // "May be", "March on": a verb after the word.
      if (/^\s+(?:be|have|not|also|well|never|still|take|make|lead|come|go|help|need|want|seem|become|affect|rise|fall|soon)\b/i.test(g.text.slice(g.end, g.end + 12))) return false;
    }
    const isAbbreviation = key.length <= 4 && !['may', 'june', 'july'].includes(key);
    return !isAbbreviation || form.endsWith('.');
  },
  /** A four-digit number is a year unless it is money, a count in a list of numbers, a percentage or part of a longer number. */
  bareYear: (g: GuardInput): boolean => {
    const before = g.text.slice(Math.max(0, g.start - 3), g.start);
    const after = g.text.slice(g.end, g.end + 4);
    if (/[$€£#¥]\s*$|\d[,.]$|[,.]\d*$|No\.\s*$/u.test(before)) return false;
    if (/^(?:[,.]\d|%|\s*percent|-\d|\/\d|:\d|\s*(?:a\.m|p\.m|am\b|pm\b|GMT|hours\b))/iu.test(after)) return false;
    return true;
  },
  /** "fall" and "spring" are seasons after a relative word or with a year; "summer" and "winter" alone too. */
  season: (g: GuardInput): boolean => {
    const season = normaliseForm(g.groups.season ?? '');
    if (season !== 'fall' && season !== 'spring') return true;
    return g.groups.rel !== undefined || g.groups.year !== undefined || g.groups.spelled !== undefined;
  },
  /** "a day" and "a year" are rates after an amount ("$5 a day", "twice a year"), otherwise not a set. */
  rate: (g: GuardInput): boolean => RATE_BEFORE.test(g.text.slice(Math.max(0, g.start - 14), g.start)),
  /** "52 years old", "a 136-year-old bank": an age, not a time; and "a second group" is an ordinal. */
  notAge: (g: GuardInput): boolean => {
    const after = g.text.slice(g.end, g.end + 8);
    if (/^(?:[\s-]+old\b|-old\b)/iu.test(after) || /-old$/iu.test(g.text.slice(g.start, g.end))) return /month/i.test(g.groups.unit ?? '');
    if (/^an?\s+second$/iu.test(g.text.slice(g.start, g.end).trim())) return /^\s*(?:[,.;:)]|$|or\b|and\b|later|earlier)/u.test(after);
    return true;
  },
  /** "the year" alone: not "the year before", "the year of the dragon", "the year 2000", "the year's", "the year-ago results". */
  theYear: (g: GuardInput): boolean => !/^(?:\s+(?:before|after|when|in\s+which|that|of|\d)|['’]s|-)/iu.test(g.text.slice(g.end, g.end + 12)),
  /** "daily", "quarterly" before a noun are adjectives ("quarterly dividend"); TimeML tags the adverb ("rose 20% annually"). */
  adverb: (g: GuardInput): boolean => !/^\s+(?!(?:and|or|to|in|on|at|for|by|since|through|from|until|the|a|an|but|as|with|than|over|until|this|that|during)\b)\p{Ll}/u.test(g.text.slice(g.end, g.end + 20)),
} as const satisfies Record<string, (g: GuardInput) => boolean>;

export type GuardName = keyof typeof GUARDS;

const REF = { PRESENT: { value: 'PRESENT_REF' }, PAST: { value: 'PAST_REF' }, FUTURE: { value: 'FUTURE_REF' } } as const;

export const TIME_RULES: readonly TimeRule[] = [
  // — Absolute and partial dates —
  {
    id: 'iso-date-time', resolver: 'calendar',
    key: '\\d{4}-\\d\\d-\\d',
    reason: 'Machine-written dates and timestamps: "2020-09-30", "2020-09-30 06:49", "2020-09-30T06:49:00".',
    pattern: '(?<year>{year})-(?<month>0[1-9]|1[0-2])-(?<day>0[1-9]|[12]\\d|3[01])(?:(?:T|\\s+)(?<hour>[01]\\d|2[0-3]):(?<minute>[0-5]\\d)(?::[0-5]\\d)?)?',
    examples: ['2020-09-30', '2020-09-30 06:49', '2020-09-30T06:49:00'], nonExamples: ['2020-13-30'],
  },
  {
    id: 'numeric-date-mdy', resolver: 'calendar',
    key: '\\d{1,2}/\\d',
    reason: 'US numeric dates "9/30/2020", "10/30/89" (American wire copy writes month first).',
    pattern: '(?<month>0?[1-9]|1[0-2])/(?<day>0?[1-9]|[12]\\d|3[01])/(?<year>(?:19|20)\\d\\d|\\d\\d)',
    examples: ['9/30/2020', '10/30/89'], nonExamples: ['30/9/2020'],
  },
  {
    id: 'numeric-date-dmy', resolver: 'calendar',
    key: '\\d{1,2}\\.\\d',
    reason: 'Day-first dotted dates of European and Middle Eastern outlets: "30.09.2020".',
    pattern: '(?<day>0?[1-9]|[12]\\d|3[01])\\.(?<month>0?[1-9]|1[0-2])\\.(?<year>{year})',
    examples: ['30.09.2020', '3.1.2020'],
  },
  {
    id: 'month-day-year', resolver: 'calendar', guard: 'month',
    key: '{month}',
    reason: 'Full dates in the American order: "Aug. 7, 1998", "September 30, 2020", "Nov 1 2009".',
    pattern: '(?<month>{month})\\s+(?<day>{day}),?\\s+(?<year>{year})',
    examples: ['Aug. 7, 1998', 'September 30, 2020', 'Nov 1 2009', 'Sept. 27, 1989'],
  },
  {
    id: 'day-month-year', resolver: 'calendar', guard: 'month',
    key: '{month}',
    reason: 'Full dates in the British and international order: "30 September 2020", "3rd of January, 2020".',
    pattern: '(?:the\\s+)?(?<day>{day})\\s+(?:of\\s+)?(?<month>{month}),?\\s+(?<year>{year})',
    examples: ['30 September 2020', '3rd of January, 2020', 'the 1st of May 1990'],
  },
  {
    id: 'weekday-month-day', resolver: 'calendar', guard: 'month',
    key: '{month}',
    reason: 'A weekday naming the date that follows it: "Thursday, April 6", "Friday Oct. 13", "Monday, Oct. 26, 1998"; the date gives the value, and without a year the weekday picks it.',
    pattern: '(?<weekdayName>{weekday}),?\\s+(?<month>{month})\\s+(?<day>{day})(?:,?\\s+(?<year>{year}))?',
    examples: ['Thursday, April 6', 'Friday Oct. 13', 'Monday, Oct. 26, 1998'],
  },
  {
    id: 'weekday-day-month', resolver: 'calendar', guard: 'month',
    key: '{month}',
    reason: 'The same in day-first order: "Wednesday, 30 September 2020", "Saturday 25 April".',
    pattern: '(?<weekdayName>{weekday}),?\\s+(?:the\\s+)?(?<day>{day})\\s+(?:of\\s+)?(?<month>{month})(?:,?\\s+(?<year>{year}))?',
    examples: ['Wednesday, 30 September 2020', 'Saturday 25 April'],
  },
  {
    id: 'month-year', resolver: 'calendar', guard: 'month',
    key: '{month}',
    reason: 'A month of a year: "July 1997", "August, 1988", "January of 1990", "January nineteen ninety-seven".',
    pattern: '(?<month>{month}),?\\s+(?:of\\s+)?(?:(?<year>{year})|(?<spelled>{spelledYear}))',
    examples: ['July 1997', 'August, 1988', 'January of 1990', 'January nineteen ninety-seven'],
  },
  {
    id: 'month-relative-year', resolver: 'calendar', guard: 'month',
    key: '{month}',
    reason: 'A month of a year named relative to the anchor: "January this year", "June last year", "March of next year".',
    pattern: '(?<month>{month})\\s+(?:of\\s+)?(?<relYear>this|last|next)\\s+year',
    examples: ['January this year', 'June last year', 'March of next year'],
  },
  {
    id: 'month-day-deadline', resolver: 'calendar', guard: 'month', params: { deadline: 1 },
    key: '{month}',
    reason: 'A day after "effective", "payable", "by", "until" is a date set ahead ("payable Dec. 7", "effective Feb. 1", "expires Nov. 21"): the next one.',
    pattern: '(?<=(?:effective|payable|by|until|till|expires?|expiring|starting|beginning)\\s+)(?<month>{month})\\s+(?<day>{day})',
    examples: ['payable [Dec. 7]', 'effective [Feb. 1]'],
  },
  {
    id: 'month-day', resolver: 'calendar', guard: 'month',
    key: '{month}',
    reason: 'A day of a month without the year ("Sept. 30", "March 12", "August 8th"): the year comes from the anchor and the tense.',
    pattern: '(?<month>{month})\\s+(?<day>{day})',
    examples: ['Sept. 30', 'March 12', 'August 8th', 'Nov 3'],
    nonExamples: ['Sept. 32'],
  },
  {
    id: 'day-month', resolver: 'calendar', guard: 'month',
    key: '{month}',
    reason: 'Day-first without the year: "30 September", "the 3rd of January".',
    pattern: '(?:the\\s+)?(?<day>{day})\\s+(?:of\\s+)?(?<month>{month})',
    examples: ['30 September', 'the 3rd of January', '1 May'],
  },
  {
    id: 'month-spelled-day', resolver: 'calendar', guard: 'month',
    key: '{month}',
    reason: 'Broadcast transcripts spell the day out: "March eighth", "October first".',
    pattern: '(?<month>{month})\\s+(?:the\\s+)?(?<day>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)',
    examples: ['March eighth', 'October first', 'June the fifth'],
  },
  {
    id: 'relative-month', resolver: 'calendar', guard: 'month',
    key: '{month}',
    reason: 'A month named relative to the anchor: "last May", "this September", "next March". The step is applied by the relative-month placement below.',
    pattern: '(?<rel>{rel})\\s+(?<month>{month})',
    params: { relativeMonth: 1 },
    examples: ['last May', 'this September', 'next March', 'this past April'],
  },
  {
    id: 'month-deadline', resolver: 'calendar', guard: 'monthAlone', params: { deadline: 1 },
    key: '{month}',
    reason: 'A month after "by", "until", "through" is a deadline ("pay down the loan by February", "gave Merieux until mid-November"): the next one, even in a past sentence.',
    pattern: '(?<=(?:by|until|till|through)\\s+(?:(?:early|mid|late|the\\s+end\\s+of)[\\s-]+)?)(?<month>{month})',
    examples: ['by [February]', 'until mid-[November]'],
  },
  {
    id: 'month', resolver: 'calendar', guard: 'monthAlone',
    key: '{month}',
    reason: 'A month alone ("in September", "since March"): the most recent one unless the tense is future or the month is just ahead (placement.ts).',
    pattern: '(?<month>{month})',
    examples: ['September', 'Dec.', 'May'],
  },
  {
    id: 'year', resolver: 'year', guard: 'bareYear',
    key: '{year}',
    reason: 'A bare year ("in 1990", "1988 results"); years from 1000 to 2099 outside amounts, times and longer numbers.',
    pattern: '(?<year>{year})',
    examples: ['1990', '2020'], nonExamples: ['3000'],
  },
  {
    id: 'fiscal-year', resolver: 'year',
    key: 'fiscal|FY\\s?\\d*',
    reason: 'Fiscal years: "fiscal 1989", "fiscal year 1990", "FY2020"; TimeML gives them the calendar year\'s value.',
    pattern: '(?:fiscal(?:\\s+year)?\\s+|FY\\s?)(?<year>{year}|\\d\\d)',
    examples: ['fiscal 1989', 'fiscal year 1990', 'FY2020', 'FY 20'],
  },
  {
    id: 'spelled-year', resolver: 'year',
    key: 'nineteen|eighteen|thousand',
    reason: 'Spoken years in broadcast transcripts: "nineteen ninety-six", "the year two thousand".',
    pattern: '(?:the\\s+year\\s+)?(?<spelled>{spelledYear})',
    examples: ['nineteen ninety-six', 'the year two thousand', 'nineteen seventy-nine'],
    nonExamples: ['nineteen'],
  },
  {
    id: 'decade', resolver: 'decade',
    key: '\\d{3}0[\'’]?s|\\d0[\'’]?s',
    reason: 'Decades: "the 1990s", "the \'80s", "1960s" → 199, 198, 196.',
    pattern: '(?:the\\s+)?(?:(?<century>1\\d|20)(?<decade>\\d)0|[\'’](?<decade2>\\d)0)[\'’]?s',
    params: {},
    examples: ['the 1990s', "the '80s", '1960s', 'the 1980’s'],
  },
  {
    id: 'decade-word', resolver: 'decade',
    key: '{decadeWord}',
    reason: 'Spelled decades: "the nineties", "the nineteen-eighties".',
    pattern: '(?:the\\s+)?(?:nineteen[\\s-]+)?(?<decadeWord>{decadeWord})',
    examples: ['the nineties', 'the nineteen-eighties', 'eighties'],
  },
  {
    id: 'century', resolver: 'century',
    key: 'century',
    reason: 'Ordinal centuries: "the 20th century", "the twenty-first century" → 19, 20.',
    pattern: '(?:the\\s+)?(?<ord>{ord})\\s+century',
    examples: ['the 20th century', 'the twenty-first century', '11th century'],
  },

  // — Weekdays, days and clock times —
  {
    id: 'weekday-deadline', resolver: 'weekday', params: { deadline: 1 },
    key: '{weekday}s?',
    reason: 'A weekday after "by" or "until" is a deadline ("expected to restore supply by Monday night", "wait until Wednesday"): the coming one, unless the verb before it is past ("had filed reports by Wednesday").',
    pattern: '(?<=(?:by|until|till)\\s+)(?<weekday>{weekday})',
    examples: ['by [Monday]', 'until [Wednesday]'],
  },
  {
    id: 'weekday', resolver: 'weekday',
    key: '{weekday}s?',
    reason: 'Weekdays, with or without a relative word: "Friday", "last Wednesday", "next Monday", "this coming Sunday". Alone, news means the last one (the same day counts) unless the tense is future.',
    pattern: '(?:(?<rel>{rel}|the\\s+previous|the\\s+following|the\\s+next)\\s+)?(?<weekday>{weekday})',
    examples: ['Friday', 'last Wednesday', 'next Monday', 'this coming Sunday', 'the previous Friday'],
  },
  {
    id: 'today', resolver: 'deictic', params: { days: 0 },
    key: 'today',
    reason: 'The anchor day: the publication date.',
    pattern: 'today',
    examples: ['today', 'Today'],
  },
  {
    id: 'tonight', resolver: 'deictic', params: { days: 0, partOfDay: 'NI' },
    key: 'tonight',
    reason: 'The night of the anchor day.',
    pattern: 'tonight',
    examples: ['tonight'],
  },
  {
    id: 'yesterday', resolver: 'deictic', params: { days: -1 },
    key: 'yesterday',
    reason: 'The day before the anchor ("yesterday" in a paper of 2020-09-30 is 2020-09-29).',
    pattern: 'yesterday',
    examples: ['yesterday'],
  },
  {
    id: 'tomorrow', resolver: 'deictic', params: { days: 1 },
    key: 'tomorrow',
    reason: 'The day after the anchor day.',
    pattern: 'tomorrow',
    examples: ['tomorrow'],
  },
  {
    id: 'day-before-yesterday', resolver: 'deictic', params: { days: -2 },
    key: 'yesterday',
    reason: 'Two days before the anchor day.',
    pattern: '(?:the\\s+)?day\\s+before\\s+yesterday',
    examples: ['the day before yesterday'],
  },
  {
    id: 'day-after-tomorrow', resolver: 'deictic', params: { days: 2 },
    key: 'tomorrow',
    reason: 'Two days after the anchor day.',
    pattern: '(?:the\\s+)?day\\s+after\\s+tomorrow',
    examples: ['the day after tomorrow'],
  },
  {
    id: 'last-night', resolver: 'deictic', params: { days: -1, partOfDay: 'NI', futureDays: 0 },
    key: 'nights?|overnight',
    reason: 'The night before the anchor day ("last night"; "overnight" in a morning report); in a future sentence "overnight" is the coming night.',
    pattern: 'last\\s+night|overnight',
    examples: ['last night', 'overnight'],
  },
  {
    id: 'this-part-of-day', resolver: 'deictic', params: { days: 0 },
    key: '{pod}',
    reason: 'A part of the anchor day: "this morning", "this afternoon", "this evening".',
    pattern: 'this\\s+(?<pod>{pod})',
    examples: ['this morning', 'this evening'],
  },
  {
    id: 'clock-ampm', resolver: 'clock',
    key: '\\d{1,2}(?::\\d\\d)?\\s*[ap]\\.?\\s?m',
    reason: 'Clock times with a.m./p.m.: "10:35 a.m.", "9 a.m. EST", "7:15 pm".',
    pattern: '(?<hour>1[0-2]|0?[1-9])(?:[:.](?<minute>[0-5]\\d))?\\s*(?<ampm>[ap]\\.?\\s?m\\b\\.?)(?:\\s+(?:{zone}))?',
    examples: ['10:35 a.m.', '9 a.m. EST', '7:15 pm', '6 a.m'],
  },
  {
    id: 'clock-24h', resolver: 'clock',
    key: '\\d{1,2}:\\d',
    reason: 'Twenty-four-hour clock times with a colon, as datelines and timestamps print them: "06:49", "14:30 GMT".',
    pattern: '(?<hour>[01]?\\d|2[0-3]):(?<minute>[0-5]\\d)(?:\\s+(?:{zone}))?',
    examples: ['06:49', '14:30 GMT'],
  },
  {
    id: 'clock-oclock', resolver: 'clock',
    key: 'o[\'’]clock',
    reason: 'Clock times in words: "four o\'clock", "10 o\'clock".',
    pattern: '(?<hour>1[0-2]|0?[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+o[\'’]clock',
    examples: ["4 o'clock"],
  },
  {
    id: 'noon', resolver: 'clock', params: { clock: '12:00' },
    key: 'noon|midday',
    reason: 'Noon and midday name 12:00.',
    pattern: 'noon|midday',
    examples: ['noon', 'midday'],
  },
  {
    id: 'midnight', resolver: 'clock', params: { clock: '24:00' },
    key: 'midnight',
    reason: 'Midnight ends the day it is named with (TimeML writes T24:00).',
    pattern: 'midnight',
    examples: ['midnight'],
  },
  {
    id: 'holiday', resolver: 'holiday',
    key: '{holiday}',
    reason: 'Holidays: "Christmas", "last Thanksgiving", "Election Day", "Easter 1990".',
    pattern: '(?:(?<rel>last|next|this)\\s+)?(?<holiday>{holiday})(?:\\s+(?<year>{year}))?',
    examples: ['Christmas', 'last Thanksgiving', 'Election Day', 'Easter 1990', "New Year's Day"],
  },

  // — Periods relative to the anchor —
  {
    id: 'that-unit', resolver: 'textRelative', params: { step: 0 },
    key: '{unit}',
    reason: '"that year", "that day", "the same month": the period of the date the text last mentioned.',
    pattern: '(?:that|the\\s+same)\\s+(?<unit>day|week|month|year)',
    examples: ['that year', 'that day', 'the same month'],
  },
  {
    id: 'following-unit', resolver: 'textRelative',
    key: '{unit}',
    reason: '"the following year", "the next day", "the previous month": the text\'s last date shifted by one unit.',
    pattern: 'the\\s+(?<rel>following|next|previous|preceding|prior)\\s+(?<unit>day|week|month|year)',
    examples: ['the following year', 'the next day', 'the previous month'],
  },
  {
    id: 'relative-unit', resolver: 'relativeUnit',
    key: '{unit}',
    reason: 'A calendar unit named relative to the anchor: "this week", "last year", "next month", "the current quarter", "the past year".',
    pattern: '(?:the\\s+)?(?<rel>{rel})\\s+(?:fiscal\\s+)?(?<unit>week|weekend|month|quarter|year|decade|century)',
    examples: ['this week', 'last year', 'next month', 'the current quarter', 'the past year', 'the latest fiscal year', 'this past weekend'],
  },
  {
    id: 'the-weekend', resolver: 'relativeUnit', params: { unit: 'weekend', step: 0 },
    key: 'weekends?',
    reason: '"the weekend": the last one in a report, the coming one in a future sentence.',
    pattern: 'the\\s+weekend',
    examples: ['the weekend'],
  },
  {
    id: 'the-year-ended', resolver: 'duration', params: { unit: 'year' },
    key: 'years?',
    reason: '"the year ended Sept. 30", "the fiscal year ending June 30": a twelve-month period named by its end (TimeML P1Y).',
    pattern: 'the\\s+(?:full\\s+)?(?:fiscal\\s+)?year(?=\\s+(?:ended|ending)\\b)',
    examples: ['[the year] ended Sept. 30', '[the fiscal year] ending June 30'],
  },
  {
    id: 'the-year', resolver: 'theUnit', params: { unit: 'year' }, guard: 'theYear',
    key: 'years?',
    reason: '"for the year", "the full year", "the fiscal year", "earlier in the year": the anchor\'s year, which a report is about.',
    pattern: 'the\\s+(?:full\\s+|current\\s+)?(?:fiscal\\s+)?year',
    examples: ['the year', 'the full year', 'the fiscal year'],
  },
  {
    id: 'year-end', resolver: 'relativeUnit',
    key: 'years?',
    reason: '"year-end", "year end", "year\'s end": the end of the anchor\'s year.',
    pattern: '(?:the\\s+)?(?:year[\\s-]+end|year[\'’]s\\s+end)',
    params: { unit: 'year', step: 0, mod: 'END' },
    examples: ['year-end', "year's end", 'the year end'],
  },
  {
    id: 'latest-quarter', resolver: 'reportingQuarter',
    key: 'quarters?|period',
    reason: 'Earnings reports call the last quarter completed by the publication date "the latest quarter" or "the latest period".',
    pattern: '(?:the\\s+)?(?:latest|most\\s+recent|recent)\\s+(?:fiscal\\s+)?(?:quarter|period)',
    examples: ['the latest quarter', 'the latest period', 'the most recent quarter'],
  },
  {
    id: 'the-quarter', resolver: 'reportingQuarter', params: { useReference: 1 },
    key: 'quarters?',
    reason: '"the quarter" in an earnings report: the quarter ending in the month named after it ("the quarter ended Sept. 30"), else the quarter the text just named, else the last one completed.',
    pattern: 'the\\s+(?:fiscal\\s+)?quarter(?:(?=\\s+(?:ended|ending)\\s+(?<endMonth>{month}))|)',
    examples: ['the quarter', 'the fiscal quarter'],
  },
  {
    id: 'year-earlier', resolver: 'yearEarlier',
    key: 'years?',
    reason: '"the year-earlier period", "the year-ago quarter", "a year earlier": the period the text just named, a year back (quarterly results compare like with like).',
    pattern: '(?:the\\s+)?(?:comparable\\s+|corresponding\\s+)?year[\\s-]+(?:earlier|ago)\\s+(?:period|quarter|(?:first|second|third|fourth)\\s+quarter|month)|year[\\s-]+(?:earlier|ago)',
    examples: ['the year-earlier period', 'the year-ago quarter', 'year-earlier', 'the comparable year-ago quarter'],
  },
  {
    id: 'corresponding-period', resolver: 'yearEarlier',
    key: 'period|quarters?',
    reason: '"the corresponding period last year", "the same quarter last year", "the quarter a year ago".',
    pattern: 'the\\s+(?:corresponding|same|comparable)\\s+(?:period|quarter)\\s+(?:of\\s+)?(?:last\\s+year|a\\s+year\\s+(?:ago|earlier))|the\\s+quarter\\s+a\\s+year\\s+(?:ago|earlier)',
    examples: ['the corresponding period last year', 'the same quarter last year', 'the quarter a year ago'],
  },
  {
    id: 'year-period', resolver: 'yearPeriod',
    key: 'period|quarters?',
    reason: 'Earnings reports: "the 1988 period", "the 1989 quarter" — that year\'s instance of the quarter the text is about.',
    pattern: 'the\\s+(?<year>{year})\\s+(?:period|quarter)',
    examples: ['the 1988 period', 'the 1989 quarter'],
  },
  {
    id: 'ago', resolver: 'offset', params: { direction: -1, keepReference: 1 },
    key: '{unit}',
    reason: 'An offset back from the anchor: "two years ago", "a week earlier", "a few days ago", "41 years ago".',
    pattern: '(?<num>{num}|{vague})\\s+(?:more\\s+)?(?<unit>{unit})\\s+(?:ago|earlier|back)',
    examples: ['two years ago', 'a week earlier', 'a few days ago', '41 years ago', 'a year earlier'],
  },
  {
    id: 'from-now', resolver: 'offset', params: { direction: 1 },
    key: '{unit}',
    reason: 'An offset forward from the anchor: "three months from now", "two years hence".',
    pattern: '(?<num>{num}|{vague})\\s+(?<unit>{unit})\\s+(?:from\\s+now|from\\s+today|hence)',
    examples: ['three months from now', 'two years hence'],
  },
  {
    id: 'later', resolver: 'offset', params: { direction: 1, fromText: 1 },
    key: '{unit}',
    reason: '"two days later", "a year later": forward from the date the text last mentioned.',
    pattern: '(?<num>{num})\\s+(?<unit>{unit})\\s+later',
    examples: ['two days later', 'a year later'],
  },

  // — Sets —
  {
    id: 'set-adverb', resolver: 'set', guard: 'adverb',
    key: '{setAdverb}',
    reason: 'Frequency adverbs ("daily", "annually"): their set values are in the set-adverbs word list.',
    pattern: '(?<adverb>{setAdverb})',
    examples: ['daily', 'annually'],
  },
  {
    id: 'set-every', resolver: 'set',
    key: '{unit}',
    reason: 'Recurrences: "every day", "each year", "every two weeks", "per month".',
    pattern: '(?:every|each|per)\\s+(?:(?<num>{num})\\s+)?(?<unit>{unit})',
    examples: ['every day', 'each year', 'every two weeks', 'per month'],
  },
  {
    id: 'set-rate', resolver: 'set', guard: 'rate',
    key: '{unit}',
    reason: 'A rate after an amount: "$5 a day", "twice a year", "100 barrels a day".',
    pattern: '(?:a|an)\\s+(?<unit>{unit1})',
    examples: ['a day', 'a year'],
  },
  {
    id: 'set-weekday', resolver: 'set',
    key: '{weekday}s?',
    reason: 'Recurring weekdays: "every Thursday", "each Monday", "Tuesdays", "Tuesday nights".',
    pattern: '(?:every|each)\\s+(?<weekday>{weekday})(?:\\s+(?<pod>{pod}))?|(?<weekday2>{weekday})(?:s(?:\\s+(?<pod2>{pod})s?)?|\\s+(?<pod3>{pod})s)',
    examples: ['every Thursday', 'Tuesdays', 'Tuesday nights'],
  },
  {
    id: 'set-month', resolver: 'set', guard: 'month',
    key: '{month}',
    reason: 'Recurring months: "each July", "every March".',
    pattern: '(?:every|each)\\s+(?<month>{month})',
    examples: ['each July', 'every March'],
  },

  // — Durations —
  {
    id: 'duration', resolver: 'duration', guard: 'notAge',
    key: '{unit}',
    reason: 'An amount of a unit, with the determiner and direction word TimeML includes ("the past two years", but "two days" of "the two days"): "three days", "the past two years", "the next 14 months", "the first nine months", "two more weeks", "eight trading days".',
    pattern: '(?:(?:(?:the|these|those)\\s+)?(?:past|last|next|coming|previous|first|following|final|remaining|latest|initial|additional|further|ensuing|other)\\s+)?(?<num>{num})(?:\\s+(?:more|additional|straight|consecutive|full|long|trading|business|working|calendar|consecutive|extra|further))?\\s+(?<unit>{unit})',
    examples: ['three days', 'the past two years', 'the next 14 months', 'the first nine months', 'two more weeks', 'Eight trading days', '2 1/2 years', 'twenty four hours', 'a minute'],
  },
  {
    id: 'duration-and-a-half', resolver: 'duration',
    key: '{unit}',
    reason: '"an hour and a half", "a year and a half": one unit and a half.',
    pattern: '(?<num>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+(?<unit>{unit})\\s+and\\s+a\\s+half',
    params: { half: 1 },
    examples: ['an hour and a half', 'two years and a half'],
  },
  {
    id: 'duration-adjective', resolver: 'duration', guard: 'notAge',
    key: '{unit}',
    reason: 'Durations used as adjectives: "five-year", "10-year", "a 30-day", "8-month-old", "two day", "day-long".',
    pattern: '(?<num>{num})(?:-|\\s+)(?<unit>{unit1})(?:-(?:long|old))?',
    examples: ['five-year', '10-year', '8-month-old', 'two day', '52-week', '16-hour'],
  },
  {
    id: 'unit-long', resolver: 'duration',
    key: '{unit}',
    reason: '"day-long", "year-long", "decades-long": a duration of the unit (plural: of unknown count).',
    pattern: '(?<unit>{unit})-long',
    params: {},
    examples: ['day-long', 'decades-long'],
  },
  {
    id: 'recent-units', resolver: 'ref', params: REF.PAST,
    key: '{unit}',
    reason: '"recent years", "in recent weeks", "past years": a stretch of the past, not a measured duration (TimeML PAST_REF).',
    pattern: '(?:recent|past)\\s+(?:{units})',
    examples: ['recent years', 'past years', 'recent weeks'],
  },
  {
    id: 'coming-units', resolver: 'ref', params: REF.FUTURE,
    key: '{unit}',
    reason: '"coming months", "in coming quarters": a stretch of the future (TimeML FUTURE_REF).',
    pattern: 'coming\\s+(?:{units})',
    examples: ['coming months', 'coming quarters'],
  },
  {
    id: 'vague-duration', resolver: 'duration', params: { vague: 1 },
    key: '{unit}',
    reason: 'An unknown amount of a unit: "several years", "the past few weeks", "the coming weeks", "a few days".',
    pattern: '(?:(?:the|these|those)\\s+)?(?:(?:past|last|next|coming|recent|previous|following|ensuing|first|final)\\s+)?(?:(?<num>{vague})\\s+(?<unit>{units})|(?:the|these|those)\\s+(?:past|coming|recent|next|ensuing)\\s+(?<unit2>{units}))',
    examples: ['several years', 'the past few weeks', 'the coming weeks', 'a few days', 'many years'],
  },
  {
    id: 'unit-plural-after-preposition', resolver: 'duration', params: { vague: 1 },
    key: '{unit}',
    reason: 'A bare plural unit after "for", "within", "in", "over", "after" ("for years", "within days"): a duration of unknown count.',
    pattern: '(?<=(?:for|within|over|after|in|took|take|takes|lasted|last)\\s+)(?<unit>days|weeks|months|years|decades|hours|minutes|centuries)',
    examples: ['for [years]', 'within [days]'],
  },

  // — Quarters, halves, seasons —
  {
    id: 'quarter', resolver: 'quarter',
    key: 'quarters?',
    reason: 'Fiscal and calendar quarters: "the third quarter", "the fiscal first quarter", "this year\'s fourth quarter", "the 1988 second quarter", "the second quarter of 1990"; as an adjective ("a third-quarter loss") without the determiner, as TimeML spans it.',
    pattern: '(?:the\\s+)?(?:(?<relYear>this|last|next)\\s+year[\'’]s\\s+)?(?:(?<year>{year})\\s+)?(?:fiscal\\s+)?(?<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)\\s+(?:fiscal\\s+)?quarter(?:\\s+of\\s+(?:fiscal\\s+)?(?<year2>{year}))?|(?:(?<year3>{year})\\s+)?(?:fiscal[\\s-]+)?(?<ord2>first|second|third|fourth|1st|2nd|3rd|4th)-quarter',
    examples: ['the third quarter', 'third-quarter', 'the fiscal first quarter', "this year's fourth quarter", 'the 1988 second quarter', 'the second quarter of 1990'],
  },
  {
    id: 'quarter-q', resolver: 'quarter',
    key: 'Q[1-4]|[1-4]Q',
    reason: 'Quarters written "Q3", "Q3 2020", "2Q".',
    pattern: 'Q(?<quarter>[1-4])(?:\\s+(?<year>{year}))?|(?<quarter2>[1-4])Q',
    examples: ['Q3', 'Q3 2020'],
  },
  {
    id: 'half', resolver: 'half',
    key: 'half',
    reason: 'Half-years: "the first half", "the second half of 1990", "the last half of this year".',
    pattern: '(?:the\\s+)?(?<ord>first|second|last|latter)\\s+half(?:\\s+of\\s+(?:(?<year>{year})|(?<relYear>this|last|next)\\s+year|the\\s+year))?',
    examples: ['the first half', 'the second half of 1990', 'the last half of this year'],
  },
  {
    id: 'season', resolver: 'season', guard: 'season',
    key: '{season}',
    reason: 'Seasons: "this summer", "last fall", "the winter of 1994", "summer 1990", "the summer".',
    pattern: '(?:(?:the\\s+)?(?<rel>{rel})\\s+|the\\s+)?(?<season>{season})(?:\\s+(?:of\\s+)?(?:(?<year>{year})|(?<spelled>{spelledYear})))?',
    examples: ['this summer', 'last fall', 'the winter of 1994', 'summer 1990', 'the summer', 'this past spring', 'the winter of nineteen ninety-four'],
  },

  // — Past, present and future references —
  {
    id: 'present-ref', resolver: 'ref', params: REF.PRESENT,
    key: 'now|current|currently|present|presently|nowadays|days|moment',
    reason: 'References to the present: "now", "currently", "at present", "these days", "nowadays".',
    pattern: '(?:right\\s+)?now|currently|current|at\\s+present|presently|nowadays|these\\s+days|at\\s+the\\s+moment|the\\s+present',
    examples: ['now', 'right now', 'currently', 'these days', 'at the moment'],
  },
  {
    id: 'past-ref', resolver: 'ref', params: REF.PAST,
    key: 'recent|recently|lately|past',
    reason: 'References to the past: "recently", "recent", "lately", "the past". Not "previously" or "formerly": they order events, they do not place them.',
    pattern: '(?:more\\s+)?recently|recent|lately|the\\s+past',
    examples: ['recently', 'the past', 'More recently'],
  },
  {
    id: 'future-ref', resolver: 'ref', params: REF.FUTURE,
    key: 'future|soon|shortly|term|later|ahead|come',
    reason: 'References to the future: "the future", "the near future", "soon", "the near term", "a later date". Not "soon"/"shortly" before "after"/"before": "shortly after midnight" orders an event by another time or event, it names no time of its own (TimeBank marks none); nor "as soon as", a conjunction, unless "as soon as possible" (TimeBank marks that whole).',
    pattern: 'the\\s+(?:near\\s+|distant\\s+|foreseeable\\s+)?future|future|as\\s+soon\\s+as\\s+possible|(?:soon|shortly)(?!\\s+(?:after|before|afterwards?|thereafter|as)\\b)|the\\s+(?:near|short|long)\\s+term|a\\s+later\\s+date|the\\s+years\\s+to\\s+come|the\\s+(?:weeks|months|years|days)\\s+ahead',
    examples: ['the future', 'the near future', 'soon', 'as soon as possible', 'the near term', 'a later date', 'the weeks ahead'],
  },
];
