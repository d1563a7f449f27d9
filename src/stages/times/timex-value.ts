/**
 * TIMEX3 values (TimeML 1.2.1, ISO 8601 with TimeML's extensions) as structures
 * that can be shifted and combined, and their string form: `2020-09-29`, `2020-09`,
 * `2020-W40`, `2020-W40-WE`, `2020-Q3`, `2020-H2`, `2020-SU`, `199` (the 1990s),
 * `19` (the 1900s), `2020-09-30TMO`, `2020-09-30T06:49`, `XXXX-09` (a month
 * without a year that could not be placed), `P3D`, `PT2H`, `PXY`, and the
 * references PRESENT_REF, PAST_REF, FUTURE_REF.
 */
import { addDays, addMonths, isoWeek, mondayOfIsoWeek, quarterOfMonth, type Day } from './calendar.js';

export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export type PartOfDay = 'MO' | 'MI' | 'AF' | 'EV' | 'NI' | 'DT';

/**
 * A calendar value at one granularity: the finest field set says which. A field
 * left undefined above the finest one is unknown (written X): `{month: 9}` is
 * XXXX-09. `week` is an ISO week and goes with the ISO week-numbering `year`.
 */
export interface CalendarValue {
  century?: number;
  decade?: number;
  year?: number;
  half?: number;
  quarter?: number;
  season?: Season;
  month?: number;
  week?: number;
  weekend?: boolean;
  day?: number;
  /** An unplaced weekday (XXXX-WXX-5), for sets and unanchored text. */
  weekday?: number;
  partOfDay?: PartOfDay;
  hour?: number;
  minute?: number;
}

export type Granularity = 'century' | 'decade' | 'year' | 'half' | 'quarter' | 'season' | 'month' | 'week' | 'day' | 'time';

export function granularity(v: CalendarValue): Granularity {
  if (v.hour !== undefined || v.partOfDay !== undefined) return 'time';
  if (v.day !== undefined || v.weekday !== undefined) return 'day';
  if (v.week !== undefined) return 'week';
  if (v.month !== undefined) return 'month';
  if (v.season !== undefined) return 'season';
  if (v.quarter !== undefined) return 'quarter';
  if (v.half !== undefined) return 'half';
  if (v.year !== undefined) return 'year';
  if (v.decade !== undefined) return 'decade';
  return 'century';
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function formatCalendar(v: CalendarValue): string {
  if (v.year === undefined && v.decade !== undefined && v.month === undefined && v.day === undefined) return String(v.decade);
  if (v.year === undefined && v.decade === undefined && v.century !== undefined && v.month === undefined) return pad(v.century);
  const year = v.year === undefined ? 'XXXX' : pad(v.year, 4);
  let out = year;
  if (v.week !== undefined) {
    out += `-W${pad(v.week)}`;
    if (v.weekend) out += '-WE';
  } else if (v.weekday !== undefined && v.day === undefined) {
    out += `-WXX-${v.weekday}`;
  } else if (v.month !== undefined) {
    out += `-${pad(v.month)}`;
    if (v.day !== undefined) out += `-${pad(v.day)}`;
  } else if (v.day !== undefined) {
    out += `-XX-${pad(v.day)}`;
  } else if (v.season !== undefined) {
    out += `-${v.season}`;
  } else if (v.quarter !== undefined) {
    out += `-Q${v.quarter}`;
  } else if (v.half !== undefined) {
    out += `-H${v.half}`;
  }
  if (v.hour !== undefined) out += `T${pad(v.hour)}:${pad(v.minute ?? 0)}`;
  else if (v.partOfDay !== undefined) out += `T${v.partOfDay}`;
  return out;
}

export const isTime = (v: CalendarValue): boolean => v.hour !== undefined || v.partOfDay !== undefined;

export const dayValue = (d: Day): CalendarValue => ({ year: d.year, month: d.month, day: d.day });

export function asDay(v: CalendarValue): Day | undefined {
  return v.year !== undefined && v.month !== undefined && v.day !== undefined ? { year: v.year, month: v.month, day: v.day } : undefined;
}

/** Units a value can be shifted by, and durations measured in. */
export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'season' | 'year' | 'decade' | 'century';

/**
 * The value `n` units after `v` (before, for negative n), at the unit's
 * granularity: one week before 2020-09-30 is 2020-W39; one year before 2020-Q3
 * keeps the quarter when `keep` asks for it. Undefined when v lacks what the shift needs.
 */
export function shift(v: CalendarValue, unit: Unit, n: number): CalendarValue | undefined {
  const day = asDay(v);
  switch (unit) {
    case 'day':
      return day ? dayValue(addDays(day, n)) : undefined;
    case 'week':
    case 'weekend': {
      if (day) {
        const w = isoWeek(addDays(day, 7 * n));
        return { year: w.year, week: w.week, ...(unit === 'weekend' ? { weekend: true } : {}) };
      }
      if (v.year !== undefined && v.week !== undefined) {
        const w = isoWeek(addDays(mondayOfIsoWeek(v.year, v.week), 7 * n));
        return { year: w.year, week: w.week, ...(unit === 'weekend' ? { weekend: true } : {}) };
      }
      return undefined;
    }
    case 'month': {
      if (v.year === undefined || v.month === undefined) return undefined;
      const m = addMonths(v.year, v.month, n);
      return { year: m.year, month: m.month };
    }
    case 'quarter': {
      if (v.year === undefined) return undefined;
      const q = v.quarter ?? (v.month !== undefined ? quarterOfMonth(v.month) : undefined);
      if (q === undefined) return undefined;
      const index = v.year * 4 + (q - 1) + n;
      return { year: Math.floor(index / 4), quarter: (index % 4 + 4) % 4 + 1 };
    }
    case 'half': {
      if (v.year === undefined) return undefined;
      const h = v.half ?? (v.month !== undefined ? (v.month <= 6 ? 1 : 2) : undefined);
      if (h === undefined) return undefined;
      const index = v.year * 2 + (h - 1) + n;
      return { year: Math.floor(index / 2), half: (index % 2 + 2) % 2 + 1 };
    }
    case 'year':
      return v.year === undefined ? undefined : { year: v.year + n };
    case 'decade':
      return v.year === undefined ? undefined : { decade: Math.floor(v.year / 10) + n };
    case 'century':
      return v.year === undefined ? undefined : { century: Math.floor(v.year / 100) + n };
    default:
      return undefined;
  }
}

/** A value shifted by years, keeping its finer fields where they stay valid (2020-Q3 → 2019-Q3, 2020-09 → 2019-09). */
export function shiftYearsKeeping(v: CalendarValue, years: number): CalendarValue | undefined {
  if (v.year === undefined) return undefined;
  const out: CalendarValue = { ...v, year: v.year + years };
  if (v.week !== undefined || (v.month === 2 && v.day === 29)) {
    // ISO weeks and 29 February do not carry over whole: fall back to the year.
    return { year: v.year + years };
  }
  return out;
}

/** ISO 8601 duration: P3D, P2Y, PT2H, PXW (an unknown number of weeks), P1Q (TimeML's quarter). */
export function formatDuration(amount: number | undefined, unit: Unit): string {
  const n = amount === undefined ? 'X' : formatAmount(amount);
  switch (unit) {
    case 'second': return `PT${n}S`;
    case 'minute': return `PT${n}M`;
    case 'hour': return `PT${n}H`;
    case 'day': return `P${n}D`;
    case 'week': return `P${n}W`;
    case 'weekend': return amount === undefined ? 'PXD' : `P${formatAmount(amount * 2)}D`;
    case 'month': return `P${n}M`;
    case 'quarter': return `P${n}Q`;
    case 'half': return amount === undefined ? 'PXM' : `P${formatAmount(amount * 6)}M`;
    case 'season': return amount === undefined ? 'PXM' : `P${formatAmount(amount * 3)}M`;
    case 'year': return `P${n}Y`;
    case 'decade': return amount === undefined ? 'PXDE' : `P${formatAmount(amount * 10)}Y`;
    case 'century': return amount === undefined ? 'PXCE' : `P${formatAmount(amount * 100)}Y`;
  }
}

/** Whole amounts as integers; halves become the next unit down where ISO 8601 allows: 2.5 years is P2Y6M in formatDurationParts. */
function formatAmount(amount: number): string {
  return Number.isInteger(amount) ? String(amount) : String(Math.round(amount * 10) / 10);
}

/** A fractional duration in whole parts where the unit has an exact sub-unit: 2½ years → P2Y6M, 5½ hours → PT5H30M. */
export function formatFractionalDuration(amount: number, unit: Unit): string {
  const whole = Math.floor(amount);
  const fraction = amount - whole;
  const sub: Partial<Record<Unit, { unit: string; per: number; time: boolean; own: string }>> = {
    year: { unit: 'M', per: 12, time: false, own: 'Y' },
    day: { unit: 'H', per: 24, time: true, own: 'D' },
    hour: { unit: 'M', per: 60, time: true, own: 'H' },
    minute: { unit: 'S', per: 60, time: true, own: 'M' },
  };
  const s = sub[unit];
  if (fraction === 0 || !s) return formatDuration(amount, unit);
  const parts = Math.round(fraction * s.per);
  if (unit === 'day') return `P${whole > 0 ? `${whole}D` : ''}T${parts}H`;
  const head = whole > 0 ? `${whole}${s.own}` : '';
  return s.time ? `PT${head}${parts}${s.unit}` : `P${head}${parts}${s.unit}`;
}
