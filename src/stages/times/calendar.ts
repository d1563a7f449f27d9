/**
 * Proleptic Gregorian calendar arithmetic on plain numbers (no Date objects, no
 * time zones): the values are calendar dates as the text and its anchor mean them.
 */

export interface Day {
  year: number;
  month: number;
  day: number;
}

/** Days since 1970-01-01 (negative before): Howard Hinnant's days_from_civil. */
export function dayNumber({ year, month, day }: Day): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The inverse of dayNumber. */
export function fromDayNumber(n: number): Day {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp + (mp < 10 ? 3 : -9);
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export const addDays = (d: Day, n: number): Day => fromDayNumber(dayNumber(d) + n);

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(d: Day): number {
  // 1970-01-01 was a Thursday (4).
  return ((((dayNumber(d) + 3) % 7) + 7) % 7) + 1;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

export const isValidDay = (d: Day): boolean => d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysInMonth(d.year, d.month);

/** The ISO 8601 week of a day, with the week-numbering year it belongs to (2020-12-31 is 2020-W53; 2021-01-01 too). */
export function isoWeek(d: Day): { year: number; week: number } {
  const n = dayNumber(d);
  const thursday = n - isoWeekday(d) + 4;
  const year = fromDayNumber(thursday).year;
  const week = Math.floor((thursday - dayNumber({ year, month: 1, day: 1 })) / 7) + 1;
  return { year, week };
}

/** The Monday of an ISO week. */
export function mondayOfIsoWeek(year: number, week: number): Day {
  const jan4 = { year, month: 1, day: 4 };
  return fromDayNumber(dayNumber(jan4) - isoWeekday(jan4) + 1 + (week - 1) * 7);
}

/** Shifts a (year, month) by n months. */
export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12 + 12) % 12 + 1 };
}

/** The n-th (1-based; -1 for the last) given ISO weekday of a month: Thanksgiving is nthWeekday(y, 11, 4, 4). */
export function nthWeekday(year: number, month: number, weekday: number, n: number): Day {
  if (n > 0) {
    const first = { year, month, day: 1 };
    const offset = (weekday - isoWeekday(first) + 7) % 7;
    return { year, month, day: 1 + offset + (n - 1) * 7 };
  }
  const last = { year, month, day: daysInMonth(year, month) };
  return { year, month, day: last.day - ((isoWeekday(last) - weekday + 7) % 7) };
}

/** Western Easter Sunday (the anonymous Gregorian algorithm). */
export function easterSunday(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

export const quarterOfMonth = (month: number): number => Math.ceil(month / 3);
