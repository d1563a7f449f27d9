/**
 * Finds and normalises the time expressions of a text. The cascade:
 *   1. every rule (rules.ts) matches; guards drop matches that context rules out;
 *   2. overlapping matches: the longest wins, then the earlier rule;
 *   3. adjacent expressions that are one join ("9 a.m. Tuesday"), and words around
 *      an expression that belong to it extend it ("the beginning of", "nearly", "morning");
 *   4. in text order, each expression is resolved against the anchor, the tense of
 *      its sentence and the last date the text mentioned.
 */
import type { Span } from '../../model/schema.js';
import { asDay, formatCalendar, isTime, type CalendarValue, type PartOfDay } from './timex-value.js';
import { lookup, PARTS_OF_DAY } from './lexicon.js';
import { COMBINATIONS, EXTENSIONS, type Combination, type Extension } from './modifiers.js';
import { compilePattern, isWholeWord, KeyIndex } from './patterns.js';
import type { AnchorKind, AnchorTime, Mod, Resolution, ResolveContext, Tense } from './resolution.js';
import { RESOLVERS } from './resolvers.js';
import { GUARDS, TIME_RULES, type TimeRule } from './rules.js';
import { nearestTense, tenseBefore } from './tense.js';

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** One normalised time expression: a span into the text with its TIMEX3-like value. */
export interface TaggedTime {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  value: string;
  anchor: AnchorKind;
  mod?: Mod;
  /** The rules that found it, outermost last: `weekday`, `weekday+part-of-day`. */
  rule: string;
}

export interface TagOptions {
  /** The document's publication time, local to its source. */
  anchor?: AnchorTime;
  /** Sentence spans, for the tense around each expression; without them a window of the text is used. */
  sentences?: readonly Span[];
}

interface Match {
  start: number;
  end: number;
  rule: TimeRule;
  groups: Record<string, string | undefined>;
}

/** A match, or matches joined, with the extensions applied to it. */
interface Unit {
  start: number;
  end: number;
  parts: Match[];
  combination?: Combination;
  extensions: { extension: Extension; pod?: PartOfDay }[];
}

const KEYS = new KeyIndex(TIME_RULES.map((r) => r.key));
const COMPILED = TIME_RULES.map((rule) => ({ rule, regex: compilePattern(rule.pattern) }));

/** Groups named `x2`, `x3` stand for `x` in another branch of the same pattern (JavaScript forbids a name twice). */
function mergeAlternateGroups(groups: Record<string, string | undefined>): Record<string, string | undefined> {
  const out = { ...groups };
  for (const [key, value] of Object.entries(groups)) {
    if (/\d$/.test(key) && value !== undefined) {
      const base = key.replace(/\d+$/, '');
      if (out[base] === undefined) out[base] = value;
    }
  }
  return out;
}

/** How far from its key a match may start or end: longer than any expression's words before or after its key. */
const KEY_REACH = 64;

/** The stretches of text around a key's occurrences, widened by KEY_REACH each side and merged where they touch. */
function windows(text: string, hits: readonly Span[]): Span[] {
  const spans: Span[] = [];
  for (const hit of hits) {
    const start = Math.max(0, hit.start - KEY_REACH);
    const end = Math.min(text.length, hit.end + KEY_REACH);
    const last = spans[spans.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else spans.push({ start, end });
  }
  return spans;
}

function findMatches(text: string): Match[] {
  const matches: Match[] = [];
  const hits = KEYS.find(text);
  const windowsByKey = new Map<string, Span[]>();
  for (const { rule, regex } of COMPILED) {
    const keyHits = hits.get(rule.key);
    if (!keyHits) continue;
    let spans = windowsByKey.get(rule.key);
    if (!spans) windowsByKey.set(rule.key, (spans = windows(text, keyHits)));
    for (const span of spans) {
      // Matching inside the window's own string: exec on the whole text would scan past the window to the next match.
      const window = text.slice(span.start, span.end);
      regex.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = regex.exec(window)) !== null) {
        const start = span.start + m.index;
        const end = start + m[0].length;
        if (end === start) {
          regex.lastIndex++;
          continue;
        }
        if (!isWholeWord(text, start, end)) continue;
        const groups = mergeAlternateGroups({ ...(m.groups ?? {}) });
        if (rule.guard && !GUARDS[rule.guard]({ text, start, end, groups })) continue;
        matches.push({ start, end, rule, groups });
      }
    }
  }
  return matches;
}

const RULE_ORDER = new Map(TIME_RULES.map((r, i) => [r.id, i]));

/** Longest first, then the earlier rule; a match overlapping a kept one is dropped. */
function selectMatches(matches: Match[]): Match[] {
  const sorted = [...matches].sort((a, b) => (b.end - b.start) - (a.end - a.start) || RULE_ORDER.get(a.rule.id)! - RULE_ORDER.get(b.rule.id)! || a.start - b.start);
  // Characters already taken, so each check costs the match's length, not the number kept (long texts have thousands).
  const taken = new Set<number>();
  const kept: Match[] = [];
  for (const m of sorted) {
    let free = true;
    for (let i = m.start; i < m.end && free; i++) free = !taken.has(i);
    if (!free) continue;
    for (let i = m.start; i < m.end; i++) taken.add(i);
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function joinUnits(text: string, matches: Match[]): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < matches.length; i++) {
    const left = matches[i]!;
    const right = matches[i + 1];
    const combination = right && COMBINATIONS.find((c) => c.left.has(left.rule.resolver) && c.right.has(right.rule.resolver) && c.joiner.test(text.slice(left.end, right.start)));
    if (combination && right) {
      units.push({ start: left.start, end: right.end, parts: [left, right], combination, extensions: [] });
      i++;
    } else {
      units.push({ start: left.start, end: left.end, parts: [left], extensions: [] });
    }
  }
  return units;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** How far before an expression its modifiers may start. */
const BEFORE_WINDOW = 40;
const AFTER_WINDOW = 24;

function startsWithNumber(text: string): boolean {
  return /^(?:\d|a\b|an\b|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|a\s+(?:few|couple))/iu.test(text);
}

/** Applies the extensions that fit, each at most once, never reaching into a neighbouring expression. */
function extendUnits(text: string, units: Unit[]): void {
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    const resolver = unit.parts[unit.parts.length - 1]!.rule.resolver;
    const lowerLimit = i > 0 ? units[i - 1]!.end : 0;
    const upperLimit = i + 1 < units.length ? units[i + 1]!.start : text.length;
    const outer = unit.parts[0]!.rule.resolver;
    let changed = true;
    const used = new Set<string>();
    while (changed) {
      changed = false;
      for (const extension of EXTENSIONS) {
        if (used.has(extension.id)) continue;
        const applies = extension.side === 'before' ? extension.appliesTo.has(outer) : extension.appliesTo.has(resolver);
        if (!applies) continue;
        if (extension.numericOnly && !startsWithNumber(text.slice(unit.start, unit.end))) continue;
        if (extension.side === 'before') {
          const from = Math.max(lowerLimit, unit.start - BEFORE_WINDOW);
          const m = extension.pattern.exec(text.slice(from, unit.start));
          if (!m) continue;
          const start = from + m.index;
          if (start > 0 && WORD_CHAR.test(text[start - 1]!)) continue;
          unit.start = start;
        } else {
          const m = extension.pattern.exec(text.slice(unit.end, Math.min(upperLimit, unit.end + AFTER_WINDOW)));
          if (!m) continue;
          const pod = m.groups?.pod ? lookup(PARTS_OF_DAY, m.groups.pod) : undefined;
          unit.end += m[0].length;
          unit.extensions.push({ extension, ...(pod ? { pod } : {}) });
          used.add(extension.id);
          changed = true;
          continue;
        }
        unit.extensions.push({ extension });
        used.add(extension.id);
        changed = true;
      }
    }
  }
}

const TENSE_WINDOW = 120;
/** A tense cue this close (one space) is the verb the expression belongs to. */
const ADJACENT = 1;
/** How far back (characters) a quarter named in the text still frames "a year earlier" and "the quarter": a few sentences of one story. */
const PERIOD_WINDOW = 2000;

/** The sentence around each position asked for in increasing order (a cursor: linear over a long document). */
function sentenceFinder(sentences: readonly Span[] | undefined, textLength: number): (start: number) => Span {
  let i = 0;
  return (start) => {
    if (sentences) {
      while (i < sentences.length && sentences[i]!.end <= start) i++;
      const s = sentences[i];
      if (s && s.start <= start) return s;
    }
    return { start: Math.max(0, start - TENSE_WINDOW), end: Math.min(textLength, start + TENSE_WINDOW) };
  };
}

function resolveMatch(m: Match, text: string, ctx: ResolveContext): Resolution | undefined {
  const resolution = RESOLVERS[m.rule.resolver]({ text: text.slice(m.start, m.end), groups: m.groups, params: m.rule.params ?? {} }, ctx);
  const mod = m.rule.params?.mod;
  if (resolution && typeof mod === 'string') return { ...resolution, mod: mod as Mod };
  return resolution;
}

/** The clock time of one part on the day of the other. */
function clockOnDay(a: Resolution, b: Resolution): Resolution | undefined {
  if (a.kind !== 'calendar' || b.kind !== 'calendar') return undefined;
  const [clock, day] = a.value.hour !== undefined && asDay(b.value) ? [a, b] : b.value.hour !== undefined && asDay(a.value) ? [b, a] : [undefined, undefined];
  if (!clock || !day) return undefined;
  return { kind: 'calendar', value: { ...day.value, hour: clock.value.hour!, minute: clock.value.minute ?? 0 }, anchor: day.anchor };
}

function resolveUnit(unit: Unit, text: string, ctx: ResolveContext): Resolution | undefined {
  const parts = unit.parts.map((p) => resolveMatch(p, text, ctx));
  let resolution: Resolution | undefined;
  if (unit.combination) {
    resolution = parts[0] && parts[1] ? clockOnDay(parts[0], parts[1]) : undefined;
    resolution ??= parts[1] ?? parts[0];
  } else {
    resolution = parts[0];
  }
  if (!resolution) return undefined;
  for (const { extension, pod } of unit.extensions) resolution = applyExtension(resolution, extension, pod);
  return resolution;
}

function applyExtension(r: Resolution, extension: Extension, pod: PartOfDay | undefined): Resolution {
  if (extension.partOfDay) {
    if (r.kind !== 'calendar' || !pod || !asDay(r.value) || r.value.hour !== undefined) return r;
    return { ...r, value: { ...r.value, partOfDay: pod } };
  }
  if (r.kind === 'calendar' && extension.narrow && r.value.year !== undefined && Object.keys(r.value).length === 1) {
    // A year's beginning or end as its first or last month; the mod still says which edge the text named.
    return { kind: 'calendar', value: { year: r.value.year, month: extension.narrow === 'first' ? 1 : 12 }, anchor: r.anchor, ...(extension.mod ? { mod: extension.mod } : {}) };
  }
  return extension.mod ? { ...r, mod: extension.mod } : r;
}

function typeOf(r: Resolution): TimexType {
  if (r.kind === 'duration') return 'DURATION';
  if (r.kind === 'set') return 'SET';
  if (r.kind === 'calendar' && isTime(r.value)) return 'TIME';
  if (r.kind === 'unresolved' && r.value.includes('T')) return 'TIME';
  return 'DATE';
}

function valueOf(r: Resolution): string {
  return r.kind === 'calendar' ? formatCalendar(r.value) : r.value;
}

/** Resolvers that choose between a past and a future occurrence, and so need the tense around the expression. */
const TENSE_SENSITIVE: ReadonlySet<string> = new Set(['calendar', 'weekday', 'season', 'half', 'holiday', 'relativeUnit']);
const needsTense = (unit: Unit): boolean => unit.parts.some((p) => TENSE_SENSITIVE.has(p.rule.resolver));

/** Resolvers that derive their value from the reference; their results do not become the reference, or "a year earlier" twice would go back two years. */
const DERIVED: ReadonlySet<string> = new Set(['yearEarlier', 'offset', 'textRelative', 'reportingQuarter', 'yearPeriod']);
const setsReference = (unit: Unit): boolean => !unit.parts.some((p) => DERIVED.has(p.rule.resolver));

/** A quarter or half that had begun by the anchor: one a report can give results for (a future quarter frames nothing). */
function isReportedPeriod(v: CalendarValue, anchor: AnchorTime | undefined): boolean {
  if (v.year === undefined || (v.quarter === undefined && v.half === undefined)) return false;
  if (!anchor) return true;
  const firstMonth = v.quarter !== undefined ? (v.quarter - 1) * 3 + 1 : (v.half! - 1) * 6 + 1;
  return v.year * 12 + firstMonth <= anchor.year * 12 + anchor.month;
}

/** Durations and sets need no anchor; past, present and future references are relative to the publication time. */
function anchorOf(r: Resolution, anchored: boolean): AnchorKind {
  if (r.kind === 'calendar') return r.anchor;
  if (r.kind === 'unresolved') return 'none';
  if (r.kind === 'ref') return anchored ? 'published' : 'none';
  return 'absolute';
}

function ruleName(unit: Unit): string {
  return [...unit.parts.map((p) => p.rule.id), ...unit.extensions.map((e) => e.extension.id)].join('+');
}

/**
 * The time expressions of `text`, normalised against the anchor.
 *
 * @example tagTimes('Al-Kazemi said yesterday …', { anchor: { year: 2020, month: 9, day: 30 } })
 *   // → [{ start: 15, end: 24, text: 'yesterday', type: 'DATE', value: '2020-09-29', anchor: 'published', rule: 'yesterday' }]
 */
export function tagTimes(text: string, options: TagOptions = {}): TaggedTime[] {
  const units = joinUnits(text, selectMatches(findMatches(text)));
  extendUnits(text, units);
  const out: TaggedTime[] = [];
  let reference: CalendarValue | undefined;
  let period: { value: CalendarValue; at: number } | undefined;
  const sentenceOf = sentenceFinder(options.sentences, text.length);
  for (const unit of units) {
    const sentence = sentenceOf(unit.start);
    const sentenceText = needsTense(unit) ? text.slice(sentence.start, sentence.end) : undefined;
    const cue = sentenceText === undefined ? undefined : nearestTense(sentenceText, unit.start - sentence.start, unit.end - sentence.start);
    const before = sentenceText === undefined ? undefined : tenseBefore(sentenceText, unit.start - sentence.start);
    const tense: Tense | undefined = cue?.tense;
    const recent = period && period.at >= unit.start - PERIOD_WINDOW ? period.value : undefined;
    const ctx: ResolveContext = { ...(options.anchor ? { anchor: options.anchor } : {}), ...(tense ? { tense, tenseAdjacent: cue!.distance <= ADJACENT } : {}), ...(before ? { tenseBefore: before } : {}), ...(reference ? { reference } : {}), ...(recent ? { period: recent } : {}) };
    const resolution = resolveUnit(unit, text, ctx);
    if (!resolution) continue;
    if (resolution.kind === 'calendar' && resolution.anchor !== 'none' && resolution.value.year !== undefined && setsReference(unit)) {
      reference = resolution.value;
      if (isReportedPeriod(resolution.value, options.anchor)) period = { value: resolution.value, at: unit.end };
    }
    out.push({
      start: unit.start, end: unit.end, text: text.slice(unit.start, unit.end),
      type: typeOf(resolution), value: valueOf(resolution), anchor: anchorOf(resolution, options.anchor !== undefined),
      ...(resolution.mod ? { mod: resolution.mod } : {}), rule: ruleName(unit),
    });
  }
  return out;
}
