/**
 * Calendar words that GeoNames also lists as towns ("August", California; "Friday"; "Christmas",
 * Florida): alone, in news, they are dates, so they never become place mentions — however the
 * detector met them (a recogniser's GPE, a qualifier after a comma in "Baghdad, August 12 -", a
 * capitalised word). Longer names that contain or start like them ("Augusta", "Christmas Island")
 * are different words and stay places. The word lists are the time stage's (times/lexicon.ts).
 */
import { HOLIDAYS, lookup, MONTHS, WEEKDAYS } from '../times/lexicon.js';

/** Whether `name` is, as a whole, a month, a month abbreviation ("Aug.", "Sept"), a weekday or a holiday's name. */
export function isCalendarWord(name: string): boolean {
  return [MONTHS, WEEKDAYS, HOLIDAYS].some((list) => lookup<unknown>(list, name) !== undefined);
}
