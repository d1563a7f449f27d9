/**
 * What a time expression resolves to, and what resolving needs: the anchor (the
 * publication time), the tense around the expression, and the last date the
 * text itself mentioned (for "that year", "the following day").
 */
import type { TimexMod } from '../../model/schema.js';
import type { CalendarValue } from './timex-value.js';

export type Tense = 'past' | 'present' | 'future';

export type Mod = TimexMod;

/**
 * What a value was resolved against: `published` (the document's date),
 * `text` (a date mentioned earlier in the text), `absolute` (the expression
 * says it all: "30 September 2020"), `none` (left relative: no anchor).
 */
export type AnchorKind = 'published' | 'text' | 'absolute' | 'none';

export type Resolution =
  | { kind: 'calendar'; value: CalendarValue; anchor: AnchorKind; mod?: Mod }
  | { kind: 'ref'; value: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'; mod?: Mod }
  | { kind: 'duration'; value: string; mod?: Mod }
  | { kind: 'set'; value: string; mod?: Mod }
  /** A date that needs an anchor and has none: the value keeps X for what is unknown (`XXXX-XX-XX` for "yesterday"). */
  | { kind: 'unresolved'; value: string; mod?: Mod };

/** The anchor: a day, with the time of day when the publication time has one. */
export interface AnchorTime {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
}

export interface ResolveContext {
  anchor?: AnchorTime;
  tense?: Tense;
  /** The tense cue is the word right before the expression ("ended Sept. 30", "began last spring"). */
  tenseAdjacent?: boolean;
  /** The tense of the nearest cue before the expression. */
  tenseBefore?: Tense;
  /** The last calendar value resolved earlier in the text. */
  reference?: CalendarValue;
  /** The last quarter or half-year the text named: what earnings reports compare ("a year earlier", "the quarter"). */
  period?: CalendarValue;
}
