/**
 * Placing an expression that names a recurring period ("Monday", "March",
 * "Sept. 30", "summer") on the calendar relative to the
 * anchor. News reports what happened, so the default is the most recent
 * occurrence on or before the anchor; a future tense around the expression
 * takes the next one on or after it. A day of a month is the exception: the
 * nearest occurrence (see nearestYear); and a month named alone just after the
 * anchor's month is the coming one (MONTH_ALONE_MAX_MONTHS_AHEAD).
 */
import { addDays, dayNumber, daysInMonth, isoWeekday, type Day } from './calendar.js';
import type { AnchorTime, Tense } from './resolution.js';
import type { Season } from './timex-value.js';

const forward = (tense: Tense | undefined): boolean => tense === 'future';

/** The year in which (month, day?) falls on the biased side of the anchor. */
export function yearForMonth(anchor: AnchorTime, month: number, day: number | undefined, tense: Tense | undefined, adjacent = false): number {
  if (day !== undefined && !forward(tense) && !(adjacent && tense === 'past')) {
    const nearest = nearestYear(anchor, month, day);
    const ahead = daysBetween(anchor, { year: nearest, month, day: Math.min(day, daysInMonth(nearest, month)) });
    // A past sentence does not report a date months ahead ("the strike happened on January 3", read in September).
    if (tense === 'past' && ahead > PAST_SENTENCE_MAX_DAYS_AHEAD) return nearest - 1;
    return nearest;
  }
  if (day === undefined && !forward(tense) && !(adjacent && tense === 'past')) {
    const monthsAhead = (month - anchor.month + 12) % 12;
    const maxAhead = tense === 'past' ? 1 : MONTH_ALONE_MAX_MONTHS_AHEAD;
    if (monthsAhead >= 1 && monthsAhead <= maxAhead) return month > anchor.month ? anchor.year : anchor.year + 1;
  }
  const here = anchor.month * 100 + (day === undefined ? 0 : anchor.day);
  const there = month * 100 + (day ?? 0);
  if (forward(tense)) return there >= here ? anchor.year : anchor.year + 1;
  return there <= here ? anchor.year : anchor.year - 1;
}

/**
 * A month named alone just after the publication month is the coming one, unless the verb right
 * beside it is past: a report does not reach back eleven months with a bare month name
 * ("cutback in its oil supply in September", read in August; "to acquire the bank in January",
 * read in November), it says "last September". Two months ahead only outside a past sentence
 * ("Prices rose in November", read in September, is last November). Measured on TempEval-3 TBAQ:
 * value accuracy 0.8508 -> 0.8531 (TimeBank +2, AQUAINT +2 of 1,756 matched).
 */
const MONTH_ALONE_MAX_MONTHS_AHEAD = 2;

/**
 * How far ahead a date in a past-tense sentence may lie and still be read as ahead: deadlines
 * and effective dates reported in the past ("declared a dividend payable Dec. 7") fall within
 * weeks. Measured on TimeBank: 90 days costs 2 of 1,200 values against no limit and keeps
 * "happened on January 3", read in September, in the past.
 */
const PAST_SENTENCE_MAX_DAYS_AHEAD = 90;

/**
 * A day of a month without a year is the occurrence nearest the anchor, the
 * earlier on a tie, unless its own verb is past ("ended Sept. 30"). Measured on TimeBank: dates in news are as often ahead
 * ("payable Dec. 7", "effective Feb. 1", "expires Nov. 21") as behind, and a
 * past tense nearby does not make them past ("declared a dividend payable Dec. 7").
 */
function nearestYear(anchor: AnchorTime, month: number, day: number): number {
  const on = (year: number): Day => ({ year, month, day: Math.min(day, daysInMonth(year, month)) });
  const candidates = [anchor.year - 1, anchor.year, anchor.year + 1];
  let best = anchor.year;
  let bestDistance = Infinity;
  for (const year of candidates) {
    const distance = Math.abs(daysBetween(anchor, on(year)));
    if (distance < bestDistance) {
      best = year;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The weekday's date: the most recent one on or before the anchor (the same
 * day counts), or with a future tense the next one after the anchor day.
 * `step` forces a direction: -1 for "last Monday" (strictly before), +1 for "next Monday".
 */
export function dayForWeekday(anchor: AnchorTime, weekday: number, tense: Tense | undefined, step?: -1 | 1): Day {
  const today = { year: anchor.year, month: anchor.month, day: anchor.day };
  const current = isoWeekday(today);
  if (step === -1 || (step === undefined && !forward(tense))) {
    let back = (current - weekday + 7) % 7;
    if (step === -1 && back === 0) back = 7;
    return addDays(today, -back);
  }
  let ahead = (weekday - current + 7) % 7;
  if (ahead === 0 && step === 1) ahead = 7;
  return addDays(today, ahead);
}

/** The months a season covers, for placing it: winter spans the turn of the year and is named by the year it starts in. */
const SEASON_START: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

export function yearForSeason(anchor: AnchorTime, season: Season, tense: Tense | undefined): number {
  const start = SEASON_START[season];
  // In January and February the current winter began the previous December.
  const anchorIndex = anchor.year * 12 + anchor.month;
  const startThisYear = anchor.year * 12 + start;
  const startLastYear = startThisYear - 12;
  if (forward(tense)) return startThisYear + 2 >= anchorIndex ? anchor.year : anchor.year + 1;
  if (startThisYear <= anchorIndex) return anchor.year;
  return startLastYear <= anchorIndex ? anchor.year - 1 : anchor.year - 2;
}

/** Days between two days (b − a). */
export const daysBetween = (a: Day, b: Day): number => dayNumber(b) - dayNumber(a);
