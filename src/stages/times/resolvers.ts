/**
 * How a matched rule becomes a value. Each resolver reads the named groups of
 * the rule's pattern (month, day, year, weekday, rel, num, unit, …) and the
 * rule's fixed params, and places the result against the context's anchor.
 * Rules name their resolver (rules.ts); nothing here knows about rule ids.
 */
import { addDays, easterSunday, isValidDay, isoWeekday, nthWeekday, type Day } from './calendar.js';
import { DECADE_WORDS, HOLIDAYS, lookup, MONTHS, normaliseForm, ORDINALS, PARTS_OF_DAY, SEASONS, SET_ADVERBS, UNITS, WEEKDAYS } from './lexicon.js';
import { isVagueAmount, numberValue } from './numbers.js';
import { dayForWeekday, yearForMonth, yearForSeason } from './placement.js';
import type { AnchorKind, AnchorTime, Mod, Resolution, ResolveContext } from './resolution.js';
import { asDay, dayValue, formatDuration, formatFractionalDuration, granularity, shift, shiftYearsKeeping, type CalendarValue, type PartOfDay, type Unit } from './timex-value.js';

export interface RuleMatch {
  text: string;
  groups: Readonly<Record<string, string | undefined>>;
  params: Readonly<Record<string, string | number>>;
}

export type Resolver = (m: RuleMatch, ctx: ResolveContext) => Resolution | undefined;

const anchorDay = (a: AnchorTime): Day => ({ year: a.year, month: a.month, day: a.day });
const anchorValue = (a: AnchorTime): CalendarValue => dayValue(anchorDay(a));

/** The direction a relative word points: "last" −1, "this" 0, "next" +1. */
const REL_STEP: Record<string, number> = {
  this: 0, current: 0, present: 0, 'this coming': 1, 'this past': -1,
  last: -1, past: -1, previous: -1, prior: -1, preceding: -1, latest: -1, 'most recent': -1, recent: -1,
  next: 1, coming: 1, following: 1, upcoming: 1, ensuing: 1,
};

export function relStep(rel: string | undefined): number | undefined {
  if (rel === undefined) return undefined;
  return REL_STEP[normaliseForm(rel).replace(/^the /, '')];
}

function twoDigitYear(yy: number, anchor: AnchorTime | undefined): number {
  // "'89" and "10/30/89": the century that puts the year nearest the anchor (or 1900s/2000s split at 50 without one).
  const base = anchor ? Math.floor(anchor.year / 100) * 100 : yy < 50 ? 2000 : 1900;
  const candidates = [base - 100 + yy, base + yy, base + 100 + yy];
  const ref = anchor?.year ?? base + 50;
  return candidates.reduce((best, y) => (Math.abs(y - ref) < Math.abs(best - ref) ? y : best));
}

function parseYear(text: string | undefined, anchor: AnchorTime | undefined): number | undefined {
  if (text === undefined) return undefined;
  const digits = text.replace(/^['’]/, '');
  if (/^\d{4}$/.test(digits)) return Number(digits);
  if (/^\d{2}$/.test(digits)) return twoDigitYear(Number(digits), anchor);
  return undefined;
}

function monthOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (/^\d{1,2}$/.test(text)) return Number(text);
  return lookup(MONTHS, text);
}

function dayOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const digits = /^(\d{1,2})/.exec(text);
  return digits ? Number(digits[1]) : lookup(ORDINALS, text);
}

function unitOf(text: string | undefined): Unit | undefined {
  return text === undefined ? undefined : lookup(UNITS, normaliseForm(text).replace(/^fiscal /, ''));
}

/** What a relative date is without an anchor: X for every digit it needs ("last week" → XXXX-WXX). */
const UNRESOLVED: Partial<Record<Unit, string>> = { day: 'XXXX-XX-XX', week: 'XXXX-WXX', weekend: 'XXXX-WXX-WE', month: 'XXXX-XX', quarter: 'XXXX-QX', half: 'XXXX-HX', season: 'XXXX-XX', year: 'XXXX', decade: 'XXX', century: 'XX' };
const unresolved = (unit: Unit | undefined): Resolution | undefined => (unit && UNRESOLVED[unit] ? { kind: 'unresolved', value: UNRESOLVED[unit] } : undefined);

/** The anchor kind of a value placed on the anchor, or `none` without one. */
const placed = (ctx: ResolveContext): AnchorKind => (ctx.anchor ? 'published' : 'none');

const calendar = (value: CalendarValue, anchor: AnchorKind, mod?: Mod): Resolution => (mod ? { kind: 'calendar', value, anchor, mod } : { kind: 'calendar', value, anchor });

/** Year, month and day from the groups; a missing year is placed by the anchor and the tense. */
const resolveCalendar: Resolver = (m, ctx) => {
  const month = monthOf(m.groups.month);
  const day = dayOf(m.groups.day);
  let year = parseYear(m.groups.year, ctx.anchor);
  let anchor: AnchorKind = 'absolute';
  const relYear = relStep(m.groups.relYear);
  if (year === undefined && relYear !== undefined && ctx.anchor) {
    year = ctx.anchor.year + relYear;
    anchor = 'published';
  }
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  const monthStep = m.groups.rel !== undefined ? relStep(m.groups.rel) : undefined;
  if (year === undefined && month !== undefined && monthStep !== undefined && ctx.anchor) {
    // "last May": the latest May before the anchor's month; "next March" the first after; "this September" the anchor year's.
    const a = ctx.anchor;
    year = monthStep < 0 ? (month < a.month ? a.year : a.year - 1) : monthStep > 0 ? (month > a.month ? a.year : a.year + 1) : a.year;
    anchor = 'published';
  }
  const weekdayName = m.groups.weekdayName ? lookup(WEEKDAYS, m.groups.weekdayName) : undefined;
  if (year === undefined && month !== undefined && day !== undefined && weekdayName !== undefined && ctx.anchor) {
    // "Saturday, April 25": the year near the anchor in which that day is a Saturday.
    const a = ctx.anchor;
    year = [a.year, a.year + 1, a.year - 1].find((y) => isValidDay({ year: y, month, day }) && isoWeekday({ year: y, month, day }) === weekdayName);
    if (year !== undefined) anchor = 'published';
  }
  if (year === undefined && month !== undefined) {
    if (ctx.anchor) {
      const tense = m.params.deadline === 1 ? 'future' : ctx.tense;
      year = yearForMonth(ctx.anchor, month, day, tense, ctx.tenseAdjacent === true);
      anchor = 'published';
    } else {
      anchor = 'none';
    }
  }
  const value: CalendarValue = {};
  if (year !== undefined) value.year = year;
  if (month !== undefined) value.month = month;
  if (day !== undefined) {
    if (year !== undefined && month !== undefined && !isValidDay({ year, month, day })) return undefined;
    value.day = day;
  }
  const time = clockTime(m);
  if (time) Object.assign(value, time);
  return calendar(value, anchor);
};

/** Hour and minute from hour/minute/ampm groups or a named time ("noon", "midnight"). */
function clockTime(m: RuleMatch): { hour: number; minute: number } | undefined {
  const named = m.params.clock;
  if (typeof named === 'string') {
    const [h, min] = named.split(':').map(Number);
    return { hour: h!, minute: min! };
  }
  if (m.groups.hour === undefined) return undefined;
  let hour = Number(m.groups.hour);
  const minute = m.groups.minute === undefined ? 0 : Number(m.groups.minute);
  const ampm = m.groups.ampm?.toLowerCase().replace(/[.\s]/g, '');
  if (ampm === 'pm' && hour < 12) hour += 12;
  if (ampm === 'am' && hour === 12) hour = 0;
  if (hour > 24 || minute > 59) return undefined;
  return { hour, minute };
}

/** A clock time ("10:35 a.m.", "noon") on the anchor day; composition moves it to a named day. */
const resolveClock: Resolver = (m, ctx) => {
  const time = clockTime(m);
  if (!time) return undefined;
  if (!ctx.anchor) return { kind: 'unresolved', value: `XXXX-XX-XXT${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}` };
  return calendar({ ...anchorValue(ctx.anchor), ...time }, 'published');
};

const resolveWeekday: Resolver = (m, ctx) => {
  const weekday = lookup(WEEKDAYS, m.groups.weekday ?? '');
  if (weekday === undefined) return undefined;
  if (!ctx.anchor) return calendar({ weekday }, 'none');
  const rel = m.groups.rel ? normaliseForm(m.groups.rel) : undefined;
  const step = rel === undefined ? undefined : relStep(rel);
  if (rel === 'this' || rel === 'that' || step === 0) {
    // "this Friday": the one in the anchor's week.
    const monday = addDays(anchorDay(ctx.anchor), 1 - isoWeekdayOf(ctx.anchor));
    return calendar(dayValue(addDays(monday, weekday - 1)), 'published');
  }
  const direction = step === undefined ? undefined : step < 0 ? -1 : 1;
  // A deadline is ahead unless the verb it hangs on is past ("had filed reports by Wednesday"); with no verb before it,
  // the sentence's nearest verb decides ("Until Thursday, they had not called him a suspect").
  if (m.params.deadline === 1) return calendar(dayValue(dayForWeekday(ctx.anchor, weekday, (ctx.tenseBefore ?? ctx.tense) === 'past' ? 'past' : 'future')), 'published');
  const reference = ctx.reference ? asDay(ctx.reference) : undefined;
  if (rel?.startsWith('the ') && direction !== undefined && reference) {
    // "the previous Friday", "the following Monday": relative to the day the text is on.
    return calendar(dayValue(dayForWeekday(reference, weekday, undefined, direction)), 'text');
  }
  return calendar(dayValue(dayForWeekday(ctx.anchor, weekday, ctx.tense, direction)), 'published');
};

const isoWeekdayOf = (a: AnchorTime): number => isoWeekday(anchorDay(a));

/** "today", "yesterday", "tomorrow", "tonight", "last night": a day offset from the anchor, with a part of day. */
const resolveDeictic: Resolver = (m, ctx) => {
  const future = ctx.tense === 'future' && m.params.futureDays !== undefined && !/^last\b/i.test(m.text);
  const offset = Number(future ? m.params.futureDays : (m.params.days ?? 0));
  const pod = (m.params.partOfDay as PartOfDay | undefined) ?? (m.groups.pod ? lookup(PARTS_OF_DAY, m.groups.pod) : undefined);
  if (!ctx.anchor) return { kind: 'unresolved', value: `XXXX-XX-XX${pod ? `T${pod}` : ''}` };
  const value = dayValue(addDays(anchorDay(ctx.anchor), offset));
  return calendar(pod ? { ...value, partOfDay: pod } : value, 'published');
};

/** "this week", "last year", "next month", "the latest quarter": the anchor's unit shifted by the relative word. */
const resolveRelativeUnit: Resolver = (m, ctx) => {
  const unit = unitOf(m.groups.unit) ?? (m.params.unit as Unit | undefined);
  let step = relStep(m.groups.rel) ?? Number(m.params.step ?? 0);
  if (unit === undefined) return undefined;
  const reference = m.params.fromText === 1 && ctx.reference ? ctx.reference : undefined;
  if (!ctx.anchor && !reference) return unresolved(unit);
  const base = reference ?? anchorValue(ctx.anchor!);
  if (unit === 'weekend' && step === 0 && ctx.anchor) {
    // "this weekend", "the weekend": the coming one in a future sentence, else the last one begun.
    step = ctx.tense === 'future' ? (isoWeekdayOf(ctx.anchor) === 7 ? 1 : 0) : isoWeekdayOf(ctx.anchor) >= 6 ? 0 : -1;
  }
  const value = shift(base, unit, step);
  if (!value) return undefined;
  return calendar(value, reference ? 'text' : 'published');
};

/** "two years ago", "a week earlier", "three months from now": the anchor shifted, at the unit's granularity. */
const resolveOffset: Resolver = (m, ctx) => {
  const unit = unitOf(m.groups.unit);
  if (unit === undefined) return undefined;
  const direction = Number(m.params.direction ?? -1);
  const vague = m.groups.num !== undefined && isVagueAmount(m.groups.num);
  const amount = m.groups.num === undefined ? 1 : numberValue(m.groups.num);
  const base = m.params.fromText === 1 && ctx.reference ? ctx.reference : ctx.anchor ? anchorValue(ctx.anchor) : undefined;
  const anchor: AnchorKind = m.params.fromText === 1 && ctx.reference ? 'text' : placed(ctx);
  if (!base) return unresolved(unit);
  if (vague || amount === undefined || !Number.isInteger(amount)) {
    // "several years ago": TimeML's PAST_REF (FUTURE_REF forward).
    return { kind: 'ref', value: direction < 0 ? 'PAST_REF' : 'FUTURE_REF' };
  }
  // In a report on a quarter, "a year ago" is that quarter a year ago (quarterly results compare like with like).
  if (unit === 'year' && amount === 1 && ctx.period && m.params.keepReference === 1) {
    const kept = shiftYearsKeeping(ctx.period, direction);
    if (kept) return calendar(kept, 'text');
  }
  const value = shift(base, unit, direction * amount);
  return value ? calendar(value, anchor) : undefined;
};

/** "three days", "the past two years", "five-year", "2 1/2 hours", "several weeks" (PXW). */
const resolveDuration: Resolver = (m) => {
  const unit = unitOf(m.groups.unit) ?? (m.params.unit as Unit | undefined);
  if (unit === undefined) return undefined;
  const numText = m.groups.num;
  const plural = m.groups.unit !== undefined && /s$/i.test(m.groups.unit);
  if (numText === undefined) return { kind: 'duration', value: formatDuration(m.params.vague === 1 || plural ? undefined : 1, unit) };
  if (isVagueAmount(numText)) return { kind: 'duration', value: formatDuration(undefined, unit) };
  const counted = numberValue(numText);
  const amount = counted === undefined ? undefined : counted + (m.params.half === 1 ? 0.5 : 0);
  if (amount === undefined || amount <= 0) return undefined;
  return { kind: 'duration', value: Number.isInteger(amount) ? formatDuration(amount, unit) : formatFractionalDuration(amount, unit) };
};

/** "daily", "every week", "each Thursday", "each July", "$5 a day". */
const resolveSet: Resolver = (m) => {
  if (typeof m.params.value === 'string') return { kind: 'set', value: m.params.value };
  const adverb = m.groups.adverb ? lookup(SET_ADVERBS, m.groups.adverb) : undefined;
  if (adverb !== undefined) return { kind: 'set', value: adverb };
  const weekday = m.groups.weekday ? lookup(WEEKDAYS, m.groups.weekday) : undefined;
  if (weekday !== undefined) {
    const pod = m.groups.pod ? lookup(PARTS_OF_DAY, m.groups.pod.replace(/s$/i, '')) : undefined;
    return { kind: 'set', value: `XXXX-WXX-${weekday}${pod ? `T${pod}` : ''}` };
  }
  const month = monthOf(m.groups.month);
  if (month !== undefined) return { kind: 'set', value: `XXXX-${String(month).padStart(2, '0')}` };
  const unit = unitOf(m.groups.unit);
  if (unit === undefined) return undefined;
  const amount = m.groups.num === undefined ? 1 : numberValue(m.groups.num);
  return { kind: 'set', value: formatDuration(amount, unit) };
};

const resolveRef: Resolver = (m) => ({ kind: 'ref', value: m.params.value as 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF' });

/** A bare or fiscal year: 1990. */
const resolveYear: Resolver = (m, ctx) => {
  const year = parseYear(m.groups.year, ctx.anchor) ?? spelledYear(m.groups.spelled);
  return year === undefined ? undefined : calendar({ year }, 'absolute');
};

const UNITS_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const TEENS: Record<string, number> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 };
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** A spoken year: "nineteen ninety-six" → 1996, "two thousand" → 2000, "two thousand and one" → 2001. */
export function spelledYear(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const words = normaliseForm(text).replace(/^the year /, '').replace(/\band\b/g, ' ').split(/\s+/).filter(Boolean);
  const below100 = (ws: string[]): number | undefined => {
    if (ws.length === 0) return 0;
    if (ws.length === 1) return TEENS[ws[0]!] ?? TENS[ws[0]!] ?? UNITS_WORDS[ws[0]!] ?? (ws[0] === 'hundred' ? 0 : undefined);
    if (ws.length === 2 && TENS[ws[0]!] !== undefined && UNITS_WORDS[ws[1]!] !== undefined) return TENS[ws[0]!]! + UNITS_WORDS[ws[1]!]!;
    if (ws[0] === 'hundred') return below100(ws.slice(1));
    return undefined;
  };
  if (words[0] === 'two' && words[1] === 'thousand') {
    const rest = below100(words.slice(2));
    return rest === undefined ? undefined : 2000 + rest;
  }
  const century = TEENS[words[0]!] ?? TENS[words[0]!];
  if (century === undefined || century < 10 || century > 20) return undefined;
  const rest = below100(words.slice(1));
  return rest === undefined || words.length === 1 ? undefined : century * 100 + rest;
}

/** "the 1990s" → 199, "the '80s" → 198 (the century nearest the anchor), "the nineties". */
const resolveDecade: Resolver = (m, ctx) => {
  const digit = m.groups.decade !== undefined ? Number(m.groups.decade) : lookup(DECADE_WORDS, m.groups.decadeWord ?? '');
  if (digit === undefined) return undefined;
  let century = m.groups.century !== undefined ? Number(m.groups.century) : undefined;
  if (century === undefined) {
    const anchorYear = ctx.anchor?.year ?? 2000;
    century = Math.floor(anchorYear / 100);
    // A decade still to come this century is the last century's ("the nineties" in 2020).
    if (century * 100 + digit * 10 > anchorYear) century -= 1;
  }
  return calendar({ decade: century * 10 + digit }, m.groups.century !== undefined ? 'absolute' : placed(ctx));
};

/** "the 20th century" → 19. */
const resolveCentury: Resolver = (m) => {
  const ordinal = lookup(ORDINALS, m.groups.ord ?? '');
  if (ordinal === undefined || ordinal < 1) return undefined;
  return calendar({ century: ordinal - 1 }, 'absolute');
};

/**
 * "the third quarter", "this year's fourth quarter", "Q3 2020". Without a year, the
 * anchor's year, whatever the tense: quarters in news are results reported for the
 * year under way ("expects to report third-quarter earnings" in October).
 */
const resolveQuarter: Resolver = (m, ctx) => {
  let quarter = m.groups.quarter !== undefined ? Number(m.groups.quarter) : lookup(ORDINALS, m.groups.ord ?? '');
  if (quarter === undefined) return undefined;
  let year = parseYear(m.groups.year ?? m.groups.year2, ctx.anchor);
  let anchor: AnchorKind = 'absolute';
  const relYear = relStep(m.groups.relYear);
  if (quarter === -1) {
    // "the last quarter of 1990" is Q4; "the last quarter" alone is the one before the anchor's.
    if (year !== undefined) quarter = 4;
    else if (ctx.anchor) return calendar(shift(anchorValue(ctx.anchor), 'quarter', -1)!, 'published');
    else return undefined;
  }
  if (quarter < 1 || quarter > 4) return undefined;
  if (year === undefined && ctx.anchor) {
    year = ctx.anchor.year + (relYear ?? 0);
    anchor = 'published';
  }
  return calendar(year === undefined ? { quarter } : { year, quarter }, year === undefined ? 'none' : anchor);
};

/** "the first half", "the second half of 1990". */
const resolveHalf: Resolver = (m, ctx) => {
  const ordinal = lookup(ORDINALS, m.groups.ord ?? '');
  const half = ordinal === -1 ? 2 : ordinal;
  if (half !== 1 && half !== 2) return undefined;
  let year = parseYear(m.groups.year, ctx.anchor);
  const relYear = relStep(m.groups.relYear);
  if (year === undefined && relYear !== undefined && ctx.anchor) year = ctx.anchor.year + relYear;
  if (year !== undefined) return calendar({ year, half }, m.groups.year ? 'absolute' : 'published');
  if (!ctx.anchor) return calendar({ half }, 'none');
  const current = ctx.anchor.month <= 6 ? 1 : 2;
  const y = ctx.tense === 'future' ? (half >= current ? ctx.anchor.year : ctx.anchor.year + 1) : half <= current ? ctx.anchor.year : ctx.anchor.year - 1;
  return calendar({ year: y, half }, 'published');
};

/** "summer", "last fall", "the winter of 1994", "this past spring". */
const resolveSeason: Resolver = (m, ctx) => {
  const season = lookup(SEASONS, m.groups.season ?? '');
  if (season === undefined) return undefined;
  const year = parseYear(m.groups.year, ctx.anchor) ?? spelledYear(m.groups.spelled);
  if (year !== undefined) return calendar({ year, season }, 'absolute');
  if (!ctx.anchor) return calendar({ season }, 'none');
  const step = relStep(m.groups.rel);
  // "this summer" is the anchor year's, whatever the tense.
  if (step === 0 && season !== 'WI') return calendar({ year: ctx.anchor.year, season }, 'published');
  const tense = step === undefined || step === 0 ? ctx.tense : step < 0 ? 'past' : 'future';
  let y = yearForSeason(ctx.anchor, season, tense);
  if (step !== undefined && step !== 0) {
    // "last summer" in autumn is this year's summer; in summer itself it is the previous one.
    const current = yearForSeason(ctx.anchor, season, 'past');
    const inSeason = current === ctx.anchor.year && y === current && isInSeason(ctx.anchor, season);
    if (step < 0 && inSeason) y -= 1;
    if (step > 0 && isInSeason(ctx.anchor, season)) y += 1;
  }
  return calendar({ year: y, season }, 'published');
};

function isInSeason(a: AnchorTime, season: string): boolean {
  const months: Record<string, number[]> = { SP: [3, 4, 5], SU: [6, 7, 8], FA: [9, 10, 11], WI: [12, 1, 2] };
  return months[season]!.includes(a.month);
}

/** Holidays: fixed dates and the computed ones, placed like a month and day. */
const resolveHoliday: Resolver = (m, ctx) => {
  const holiday = lookup(HOLIDAYS, m.groups.holiday ?? '');
  if (holiday === undefined) return undefined;
  const explicit = parseYear(m.groups.year, ctx.anchor);
  const dayIn = (year: number): Day => holidayDay(holiday, year);
  if (explicit !== undefined) return calendar(dayValue(dayIn(explicit)), 'absolute');
  if (!ctx.anchor) return unresolved('day');
  const a = anchorDay(ctx.anchor);
  const thisYear = dayIn(a.year);
  const isAfter = thisYear.month * 100 + thisYear.day > a.month * 100 + a.day;
  const step = relStep(m.groups.rel);
  let year = a.year;
  if (step !== undefined && step < 0) year = isAfter || (thisYear.month === a.month && thisYear.day === a.day) ? a.year - 1 : a.year;
  else if (step !== undefined && step > 0) year = isAfter ? a.year : a.year + 1;
  else if (ctx.tense === 'future') year = isAfter ? a.year : a.year + (thisYear.month === a.month && thisYear.day === a.day ? 0 : 1);
  else year = isAfter ? a.year - 1 : a.year;
  return calendar(dayValue(dayIn(year)), 'published');
};

export function holidayDay(holiday: string, year: number): Day {
  switch (holiday) {
    case 'thanksgiving': return nthWeekday(year, 11, 4, 4);
    case 'easter': return easterSunday(year);
    case 'good-friday': return addDays(easterSunday(year), -2);
    case 'us-election-day': return addDays(nthWeekday(year, 11, 1, 1), 1);
    case 'us-labor-day': return nthWeekday(year, 9, 1, 1);
    case 'us-memorial-day': return nthWeekday(year, 5, 1, -1);
    default: {
      const [month, day] = holiday.split('-').map(Number);
      return { year, month: month!, day: day! };
    }
  }
}

/** "that day", "the same year", "the next day", "the previous month": the last date the text mentioned, shifted. */
const resolveTextRelative: Resolver = (m, ctx) => {
  const unit = unitOf(m.groups.unit) ?? (m.params.unit as Unit | undefined);
  if (unit === undefined) return undefined;
  const step = relStep(m.groups.rel) ?? Number(m.params.step ?? 0);
  const reference = ctx.reference;
  if (reference && granularityAtLeast(reference, unit)) {
    const value = shift(reference, unit, step);
    if (value) return calendar(value, 'text');
  }
  if (!ctx.anchor) return unresolved(unit);
  const value = shift(anchorValue(ctx.anchor), unit, step);
  return value ? calendar(value, 'published') : undefined;
};

const FINENESS: Record<string, number> = { century: 0, decade: 1, year: 2, half: 3, quarter: 4, season: 4, month: 5, week: 6, day: 7, time: 8 };
const UNIT_FINENESS: Partial<Record<Unit, number>> = { century: 0, decade: 1, year: 2, half: 3, quarter: 4, season: 4, month: 5, week: 6, weekend: 6, day: 7 };

/** Whether a value is at least as fine as a unit (a day can be shifted by months; a year not by days). */
function granularityAtLeast(v: CalendarValue, unit: Unit): boolean {
  const need = UNIT_FINENESS[unit];
  return need !== undefined && FINENESS[granularity(v)]! >= need;
}

/** "the year-earlier quarter", "the year-ago period": the period the text reports on (a quarter or half), a year back; else the anchor's previous year. */
const resolveYearEarlier: Resolver = (m, ctx) => {
  if (ctx.period) {
    const kept = shiftYearsKeeping(ctx.period, -1);
    if (kept) return calendar(kept, 'text');
  }
  if (!ctx.anchor) return unresolved('year');
  if (/quarter/i.test(m.text)) {
    // No quarter named yet: the last one completed by the anchor, a year back.
    const last = shift(anchorValue(ctx.anchor), 'quarter', -1);
    const back = last && shiftYearsKeeping(last, -1);
    if (back) return calendar(back, 'published');
  }
  return calendar({ year: ctx.anchor.year - 1 }, 'published');
};

/** "the latest quarter", "the quarter": the last quarter completed by the anchor, or the quarter the text just named. */
const resolveReportingQuarter: Resolver = (m, ctx) => {
  const endMonth = monthOf(m.groups.endMonth);
  if (endMonth !== undefined && ctx.anchor) {
    const year = endMonth <= ctx.anchor.month ? ctx.anchor.year : ctx.anchor.year - 1;
    return calendar({ year, quarter: Math.ceil(endMonth / 3) }, 'published');
  }
  if (m.params.useReference === 1 && ctx.period?.quarter !== undefined) return calendar(ctx.period, 'text');
  if (!ctx.anchor) return unresolved('quarter');
  return calendar(shift({ year: ctx.anchor.year, month: ctx.anchor.month }, 'quarter', -1)!, 'published');
};

/** "the 1988 period": the quarter the text is about (the reference's), in that year; else the year. */
const resolveYearPeriod: Resolver = (m, ctx) => {
  const year = parseYear(m.groups.year, ctx.anchor);
  if (year === undefined) return undefined;
  if (ctx.period?.quarter !== undefined) return calendar({ year, quarter: ctx.period.quarter }, 'text');
  if (ctx.period?.half !== undefined) return calendar({ year, half: ctx.period.half }, 'text');
  return calendar({ year }, 'absolute');
};

/** "the year" and "the month" alone: the anchor's. */
const resolveTheUnit: Resolver = (m, ctx) => {
  const unit = m.params.unit as Unit;
  if (!ctx.anchor) return unresolved(unit);
  const value = shift(anchorValue(ctx.anchor), unit, 0);
  return value ? calendar(value, 'published') : undefined;
};

export const RESOLVERS = {
  calendar: resolveCalendar,
  clock: resolveClock,
  weekday: resolveWeekday,
  deictic: resolveDeictic,
  relativeUnit: resolveRelativeUnit,
  offset: resolveOffset,
  duration: resolveDuration,
  set: resolveSet,
  ref: resolveRef,
  year: resolveYear,
  decade: resolveDecade,
  century: resolveCentury,
  quarter: resolveQuarter,
  half: resolveHalf,
  season: resolveSeason,
  holiday: resolveHoliday,
  textRelative: resolveTextRelative,
  yearEarlier: resolveYearEarlier,
  reportingQuarter: resolveReportingQuarter,
  theUnit: resolveTheUnit,
  yearPeriod: resolveYearPeriod,
} as const satisfies Record<string, Resolver>;

export type ResolverName = keyof typeof RESOLVERS;
