/**
 * Words around a detected expression that belong to it (TimeML includes them in
 * the span) and change its value or add a mod: "the beginning of this year",
 * "early next year", "mid-1996", "nearly two years", "two weeks or so",
 * "Friday morning". And pairs of adjacent expressions that are one:
 * "9 a.m. Tuesday", "5 p.m. EST, Nov. 6". As data with ids and reasons.
 */
import type { Mod } from './resolution.js';
import type { ResolverName } from './resolvers.js';

/** Resolvers whose values are points or periods on the calendar (as opposed to durations, sets and references). */
export const CALENDAR_RESOLVERS: ReadonlySet<ResolverName> = new Set([
  'calendar', 'weekday', 'deictic', 'relativeUnit', 'year', 'decade', 'century', 'quarter', 'half', 'season', 'holiday', 'textRelative', 'yearEarlier', 'reportingQuarter', 'theUnit', 'offset',
]);
const DURATIONS: ReadonlySet<ResolverName> = new Set(['duration', 'offset']);
/** Resolvers whose values are whole days, which a part of day or a clock time can refine. */
export const DAY_RESOLVERS: ReadonlySet<ResolverName> = new Set(['weekday', 'deictic', 'calendar', 'holiday', 'textRelative']);

export interface Extension {
  id: string;
  reason: string;
  side: 'before' | 'after';
  /** Matched against the text right before the expression (anchored at its end) or right after it (anchored at its start). */
  pattern: RegExp;
  appliesTo: ReadonlySet<ResolverName>;
  mod?: Mod;
  /** "the beginning of 2020" is its first month, "the end of 1990" its last: the value narrows from a year to a month. */
  narrow?: 'first' | 'last';
  /** The part of day is taken from the `pod` group. */
  partOfDay?: boolean;
  /** Applies only when the expression starts with a number ("nearly two years", not "over the past two years"). */
  numericOnly?: boolean;
  examples: readonly string[];
}

export const EXTENSIONS: readonly Extension[] = [
  {
    id: 'beginning-of', side: 'before', mod: 'START', narrow: 'first', appliesTo: CALENDAR_RESOLVERS,
    reason: '"the beginning of X", "the start of X": the first part of X; a year\'s beginning is its first month (the founding article\'s "at the beginning of this year" is the 3 January strike).',
    pattern: /(?:the\s+)?(?:very\s+)?(?:beginning|start|outset)\s+of\s+$/iu,
    examples: ['the beginning of ', 'the start of '],
  },
  {
    id: 'end-of', side: 'before', mod: 'END', narrow: 'last', appliesTo: CALENDAR_RESOLVERS,
    reason: '"the end of X", "the close of X": the last part of X; a year\'s end is its last month.',
    pattern: /(?:the\s+)?(?:very\s+)?(?:end|close)\s+of\s+$/iu,
    examples: ['the end of ', 'the close of '],
  },
  {
    id: 'middle-of', side: 'before', mod: 'MID', appliesTo: CALENDAR_RESOLVERS,
    reason: '"the middle of X": TimeML mod MID.',
    pattern: /(?:the\s+)?(?:very\s+)?middle\s+of\s+$/iu,
    examples: ['the middle of '],
  },
  {
    id: 'early', side: 'before', mod: 'START', appliesTo: CALENDAR_RESOLVERS,
    reason: '"early next year", "earlier this month", "earlier in the year", "the early 1980s", "early Tuesday": mod START.',
    pattern: /(?:the\s+)?(?:very\s+)?(?:early|earlier)(?:\s+(?:in|on))?\s+(?:the\s+)?$/iu,
    examples: ['early ', 'earlier ', 'earlier in ', 'the early '],
  },
  {
    id: 'late', side: 'before', mod: 'END', appliesTo: CALENDAR_RESOLVERS,
    reason: '"late September", "later this year", "late yesterday", "the late 1970s": mod END.',
    pattern: /(?:the\s+)?(?:very\s+)?(?:late|later)(?:\s+(?:in|on))?[\s-]+(?:the\s+)?$/iu,
    examples: ['late ', 'later ', 'the late ', 'late-'],
  },
  {
    id: 'mid', side: 'before', mod: 'MID', appliesTo: CALENDAR_RESOLVERS,
    reason: '"mid-1996", "mid-November", "the mid-1990s", "mid afternoon": mod MID.',
    pattern: /(?:the\s+)?mid[\s-]*$/iu,
    examples: ['mid-', 'the mid-', 'mid '],
  },
  {
    id: 'approximately', side: 'before', mod: 'APPROX', appliesTo: new Set<ResolverName>([...CALENDAR_RESOLVERS, 'duration', 'clock']),
    reason: '"about two years", "around Nov. 1", "roughly a decade", "some 20 years": an approximate amount or date.',
    pattern: /(?:about|around|approximately|roughly|some|circa|nearly|almost|close\s+to|just\s+about)\s+$/iu,
    numericOnly: true,
    examples: ['about ', 'around ', 'nearly '],
  },
  {
    id: 'more-than', side: 'before', mod: 'MORE_THAN', appliesTo: DURATIONS,
    reason: '"more than four hours", "just over a year". Not "over" alone: it is a preposition in "over three years", which TimeML leaves out.',
    pattern: /(?:(?:just|well)\s+over|more\s+than|longer\s+than)\s+$/iu,
    numericOnly: true,
    examples: ['more than ', 'just over '],
  },
  {
    id: 'less-than', side: 'before', mod: 'LESS_THAN', appliesTo: DURATIONS,
    reason: '"less than one hour", "under two years".',
    pattern: /(?:(?:just|well)\s+)?(?:less\s+than|under|fewer\s+than|shorter\s+than)\s+$/iu,
    numericOnly: true,
    examples: ['less than ', 'under '],
  },
  {
    id: 'at-least', side: 'before', mod: 'EQUAL_OR_MORE', appliesTo: DURATIONS,
    reason: '"at least 30 days", "no less than a year".',
    pattern: /(?:at\s+least|no\s+less\s+than|a\s+minimum\s+of)\s+$/iu,
    numericOnly: true,
    examples: ['at least '],
  },
  {
    id: 'at-most', side: 'before', mod: 'EQUAL_OR_LESS', appliesTo: DURATIONS,
    reason: '"up to 180 days", "no more than sixty days", "at most a year". Not "within": a preposition TimeML leaves out ("within 18 months" → "18 months").',
    pattern: /(?:up\s+to|no\s+more\s+than|at\s+most|a\s+maximum\s+of)\s+$/iu,
    numericOnly: true,
    examples: ['up to ', 'no more than '],
  },
  {
    id: 'or-so', side: 'after', mod: 'APPROX', appliesTo: new Set<ResolverName>([...CALENDAR_RESOLVERS, 'duration']),
    reason: '"two years or so", "the next year or so".',
    pattern: /^\s+or\s+so\b/iu,
    examples: [' or so'],
  },
  {
    id: 'or-more', side: 'after', mod: 'EQUAL_OR_MORE', appliesTo: DURATIONS,
    reason: '"ten years or more", "a week or longer".',
    pattern: /^\s+or\s+(?:more|longer)\b/iu,
    examples: [' or more'],
  },
  {
    id: 'or-later', side: 'after', mod: 'ON_OR_AFTER', appliesTo: CALENDAR_RESOLVERS,
    reason: '"1994 or later", "1990 and beyond".',
    pattern: /^\s+(?:or\s+later|and\s+beyond|or\s+after)\b/iu,
    examples: [' or later', ' and beyond'],
  },
  {
    id: 'or-earlier', side: 'after', mod: 'ON_OR_BEFORE', appliesTo: CALENDAR_RESOLVERS,
    reason: '"1990 or earlier", "1990 or before".',
    pattern: /^\s+or\s+(?:earlier|before|sooner)\b/iu,
    examples: [' or earlier'],
  },
  {
    id: 'part-of-day', side: 'after', partOfDay: true, appliesTo: DAY_RESOLVERS,
    reason: '"Friday morning", "yesterday afternoon", "Wednesday night": the part of that day (TimeML TMO, TAF, TEV, TNI).',
    pattern: /^\s+(?<pod>morning|afternoon|evening|night)\b/iu,
    examples: [' morning', ' night'],
  },
];

export interface Combination {
  id: string;
  reason: string;
  left: ReadonlySet<ResolverName>;
  /** The text between the two expressions, whole. */
  joiner: RegExp;
  right: ReadonlySet<ResolverName>;
  /** How the parts combine: the clock time on the day of the other part. */
  combine: 'clockOnDay';
  examples: readonly string[];
}

const CLOCK: ReadonlySet<ResolverName> = new Set(['clock']);

export const COMBINATIONS: readonly Combination[] = [
  {
    id: 'clock-then-day', left: CLOCK, right: DAY_RESOLVERS, combine: 'clockOnDay',
    reason: 'Wire copy puts the time before the day: "9 a.m. Tuesday", "5 p.m. EST, Nov. 6", "noon Thursday", "midnight Friday".',
    joiner: /^(?:\s*,\s*|\s+(?:on\s+)?)$/iu,
    examples: [' ', ', ', ' on '],
  },
  {
    id: 'day-then-clock', left: DAY_RESOLVERS, right: CLOCK, combine: 'clockOnDay',
    reason: 'A day and its time side by side: "Wednesday 10 p.m.", "Sept. 30, 06:49".',
    joiner: /^(?:\s*,\s*|\s+)$/iu,
    examples: [' ', ', '],
  },
];
