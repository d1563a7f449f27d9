/**
 * PLACEHOLDER: replaced by the trained recogniser of the entities issue.
 *
 * A rule-based entity finder good enough to feed the later stages until the
 * trained recogniser exists. Per sentence:
 *
 *  1. Gazetteer: country names, capitals and demonyms (gazetteer.ts), longest match first.
 *  2. Runs: maximal runs of capitalised tokens (gazetteer matches count as one unit;
 *     lower-case connectors such as "of", "al", "bin" may sit inside a run; weekday
 *     and month names never join one).
 *  3. Each run is cleaned (a leading capitalised function word such as "The", "If"
 *     is dropped: it is capitalised by position, not because it names something)
 *     and typed by cues kept as data (type-cues.ts), first cue wins:
 *       a. the whole run is one gazetteer name → its type (GPE/NORP);
 *       b. a person title inside it splits it ("General" + "Qassem Soleimani"), unless
 *          what follows the title is a name ending in a head word ("General Assembly");
 *       c. "X of Y": an organisation head before "of" keeps it whole ("Bank of England");
 *          otherwise X and Y are typed apart ("Embassy" + "the United States of America");
 *       d. its last word is an organisation/facility head ("Force", "Airport") → ORG/FAC,
 *          splitting off a leading demonym when two or more words remain ("Iranian" + "Quds Force");
 *       e. a title just before it, or a name particle in it ("al-", "bin", "Abu") → PERSON;
 *       f. made only of gazetteer names → each of them;
 *       g. two or more words, no cue → MISC;
 *       h. one word, no cue → not an entity, unless grouping finds it to be the short
 *          form of a person ("Hassan" after "Gen. Ali Hassan") or the same text as an
 *          entity found elsewhere in the document.
 *     A lower-case head right after the run ("the Sadrist movement") makes it an ORG (or GPE for "province").
 *  4. Grouping over the document: a person's shorter mention ("Al-Sadr") joins the
 *     person whose name ends with it ("Muqtada al-Sadr"); country names join by country
 *     code ("US", "United States of America", "America"); anything else by equal text.
 *
 * Sentence position needs no rule of its own: a single capitalised word always needs
 * evidence (a gazetteer name, a cue, a longer mention elsewhere), and a run's
 * sentence-initial function word is dropped by 3.
 * Single words without evidence are dropped on purpose: a capitalised word alone
 * is as often a sentence opener or a translation artefact ("Aboa", "Leave") as a name.
 */
import type { Entity, EntityType, Token } from '../../model/schema.js';
import type { Stage } from '../../pipeline/stage.js';
import { getGazetteer, matchGazetteerAt, type Gazetteer, type GazetteerEntry } from './gazetteer.js';
import {
  DATE_WORDS,
  headIndex,
  LEADING_FUNCTION_WORDS,
  LOWERCASE_HEAD_GROUPS,
  NAME_HEAD_GROUPS,
  NAME_PARTICLE_PREFIXES,
  NAME_PARTICLE_TOKENS,
  PERSON_TITLE_GROUPS,
  RUN_CONNECTORS,
  wordSet,
} from './type-cues.js';

// Lookups built once at module load: the stage runs per document, the lists never change.
const HEADS = headIndex(NAME_HEAD_GROUPS);
const LOWERCASE_HEADS = headIndex(LOWERCASE_HEAD_GROUPS);
const CONNECTORS = wordSet(RUN_CONNECTORS);
const DATES = wordSet(DATE_WORDS);
const FUNCTION_WORDS = wordSet(LEADING_FUNCTION_WORDS);
const PARTICLE_TOKENS = wordSet(NAME_PARTICLE_TOKENS);
const PARTICLE_PREFIXES = NAME_PARTICLE_PREFIXES.words;
const TITLE_PHRASES = PERSON_TITLE_GROUPS.flatMap((group) => group.words.map((phrase) => phrase.split(' ')));
const TITLES_BY_FIRST = indexPhrases(TITLE_PHRASES, (phrase) => phrase[0]!);
const TITLES_BY_LAST = indexPhrases(TITLE_PHRASES, (phrase) => phrase[phrase.length - 1]!);
const PARTICLE_PREFIX_PATTERN = new RegExp(`^(?:${PARTICLE_PREFIXES.map((p) => p.replace('-', '\\-')).join('|')})`, 'i');
const UPPERCASE_LETTER = /\p{Lu}/u;

/** Which rule produced a mention; recorded as the entity's `method`. */
export type CandidateMethod =
  | `gazetteer:${GazetteerEntry['kind']}`
  | 'rule:head'
  | 'rule:head-of'
  | 'rule:lowercase-head'
  | 'rule:title-person'
  | 'rule:name-particle'
  | 'rule:capitalised-run'
  | 'rule:short-form';

/** A mention found in one sentence, before grouping. `type` undefined: a bare capitalised word kept only if grouping finds it a home. */
export interface EntityCandidate {
  start: number;
  end: number;
  words: readonly string[];
  type: EntityType | undefined;
  method: CandidateMethod;
  country?: string;
  gazetteer?: GazetteerEntry;
}

/** One sentence's tokens, their texts, and the gazetteer matches over them. */
interface SentenceView {
  tokens: readonly Token[];
  words: readonly string[];
  lowerWords: readonly string[];
  /** Gazetteer entry of the match starting at i. */
  gazetteerAt: readonly (GazetteerEntry | undefined)[];
  /** For i inside a match: the match's end (exclusive); else -1. */
  gazetteerEnd: Int32Array;
}

/** Finds entity candidates in one sentence's tokens (helper of the stage, exported for tests). */
export function findCandidates(text: string, tokens: readonly Token[], gazetteer: Gazetteer = getGazetteer()): EntityCandidate[] {
  const view = makeView(text, tokens, gazetteer);
  const candidates: EntityCandidate[] = [];
  forEachRun(view, (start, end) => analyseRun(view, start, end, candidates));
  return candidates;
}

function makeView(text: string, tokens: readonly Token[], gazetteer: Gazetteer): SentenceView {
  const words = tokens.map((t) => text.slice(t.start, t.end));
  const lowerWords = words.map((w) => w.toLowerCase());
  const gazetteerAt: (GazetteerEntry | undefined)[] = new Array<GazetteerEntry | undefined>(words.length);
  const gazetteerEnd = new Int32Array(words.length).fill(-1);
  for (let i = 0; i < words.length; ) {
    const entry = isCapitalised(words[i]!) ? matchGazetteerAt(gazetteer, words, lowerWords, i) : undefined;
    if (!entry) {
      i++;
      continue;
    }
    gazetteerAt[i] = entry;
    const end = i + entry.tokens.length;
    gazetteerEnd.fill(end, i, end);
    i = end;
  }
  return { tokens, words, lowerWords, gazetteerAt, gazetteerEnd };
}

// ---------------------------------------------------------------- runs

/** Calls `visit` for every maximal run [start, end) of name units joined by connectors. */
function forEachRun(view: SentenceView, visit: (start: number, end: number) => void): void {
  const n = view.words.length;
  let i = 0;
  while (i < n) {
    if (!isNameUnitStart(view, i)) {
      i++;
      continue;
    }
    const start = i;
    let end = unitEnd(view, i);
    for (;;) {
      if (end < n && isNameUnitStart(view, end)) {
        end = unitEnd(view, end);
        continue;
      }
      let k = end;
      while (k < n && CONNECTORS.has(view.words[k]!)) k++;
      if (k > end && k < n && isNameUnitStart(view, k)) {
        end = unitEnd(view, k);
        continue;
      }
      break;
    }
    visit(start, end);
    i = end;
  }
}

function isNameUnitStart(view: SentenceView, i: number): boolean {
  if (view.gazetteerAt[i]) return true;
  if (view.gazetteerEnd[i]! !== -1) return false;
  const token = view.tokens[i]!;
  return token.kind === 'word' && isNameWord(view.words[i]!) && !DATES.has(view.words[i]!);
}

function unitEnd(view: SentenceView, i: number): number {
  const end = view.gazetteerEnd[i]!;
  return end === -1 ? i + 1 : end;
}

/** A capitalised word of two or more characters ("Iraq", "Mr.", "J."), or a particle-prefixed name ("al-Sadr"). */
function isNameWord(word: string): boolean {
  // Single capitals ("A", "I") are articles, pronouns and widget debris, not names; initials carry a stop ("J.").
  if (word.length >= 2 && isCapitalised(word)) return true;
  return hasParticlePrefix(word);
}

function isCapitalised(word: string): boolean {
  const first = word[0]!;
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** "al-Sadr", "Al-Kazemi": an Arabic article prefix followed by a capital. */
function hasParticlePrefix(word: string): boolean {
  const prefix = PARTICLE_PREFIX_PATTERN.exec(word);
  if (!prefix) return false;
  const next = word[prefix[0].length];
  return next !== undefined && UPPERCASE_LETTER.test(next);
}

// ---------------------------------------------------------------- typing a run

function analyseRun(view: SentenceView, runStart: number, runEnd: number, out: EntityCandidate[]): void {
  let start = runStart;
  while (start < runEnd && !view.gazetteerAt[start] && (FUNCTION_WORDS.has(view.words[start]!) || CONNECTORS.has(view.words[start]!))) start++;
  if (start >= runEnd) return;
  const lowercaseHead = LOWERCASE_HEADS.get(view.words[runEnd] ?? '');
  if (lowercaseHead && !isOneGazetteerName(view, start, runEnd)) {
    out.push(ruleCandidate(view, start, runEnd + 1, lowercaseHead, 'rule:lowercase-head'));
    return;
  }
  analyseSegment(view, start, runEnd, precededByTitle(view, start), out);
}

function analyseSegment(view: SentenceView, start: number, end: number, titled: boolean, out: EntityCandidate[]): void {
  if (start >= end) return;
  if (isOneGazetteerName(view, start, end)) {
    out.push(gazetteerCandidate(view, start));
    return;
  }
  // A title alone names nobody: "Prime Minister" of "Prime Minister of Iraq".
  if (isWholeTitle(view, start, end)) return;
  // Titles and "of" split before the head test: "Gen. Ali Hassan of the Iraqi Army" is a person and an army.
  if (splitAtTitles(view, start, end, titled, out)) return;
  if (splitAtOf(view, start, end, titled, out)) return;
  const head = HEADS.get(view.words[end - 1]!);
  if (head && end - start >= 2) {
    emitHeaded(view, start, end, head, out);
  } else if (titled) {
    out.push(ruleCandidate(view, start, end, 'PERSON', 'rule:title-person'));
  } else if (hasNameParticle(view, start, end)) {
    out.push(ruleCandidate(view, start, end, 'PERSON', 'rule:name-particle'));
  } else if (isAllGazetteer(view, start, end)) {
    for (let i = start; i < end; i = view.gazetteerEnd[i]!) out.push(gazetteerCandidate(view, i));
  } else if (end - start >= 2) {
    out.push(ruleCandidate(view, start, end, 'MISC', 'rule:capitalised-run'));
  } else {
    out.push(ruleCandidate(view, start, end, undefined, 'rule:short-form'));
  }
}

/** "Iranian Quds Force" → NORP "Iranian" + ORG "Quds Force" (with the demonym's country); "Iraqi Army" stays whole. */
function emitHeaded(view: SentenceView, start: number, end: number, type: EntityType, out: EntityCandidate[]): void {
  const leading = view.gazetteerAt[start];
  const afterLeading = view.gazetteerEnd[start]!;
  if (leading?.type === 'NORP' && end - afterLeading >= 2) {
    out.push(gazetteerCandidate(view, start));
    const named = ruleCandidate(view, afterLeading, end, type, 'rule:head');
    if (leading.country) named.country = leading.country;
    out.push(named);
    return;
  }
  out.push(ruleCandidate(view, start, end, type, 'rule:head'));
}

/** Splits at person titles inside the segment; the part after a title is a titled segment. */
function splitAtTitles(view: SentenceView, start: number, end: number, titled: boolean, out: EntityCandidate[]): boolean {
  let segmentStart = start;
  let segmentTitled = titled;
  let found = false;
  for (let i = start; i < end; ) {
    const length = view.gazetteerAt[i] ? 0 : titleLengthAt(view, i, end);
    if (length === 0) {
      i = unitEnd(view, i);
      continue;
    }
    found = true;
    analyseSegment(view, segmentStart, i, segmentTitled, out);
    segmentStart = i + length;
    segmentTitled = true;
    i = segmentStart;
  }
  if (!found) return false;
  analyseSegment(view, segmentStart, end, segmentTitled, out);
  return true;
}

/**
 * Length of the longest title phrase at i inside [i, end), 0 if none. Not a cue:
 * a title followed by a connector, which is an office ("Minister of Oil"), or by a
 * name ending in a head word, which makes the title part of that name
 * ("General Assembly", "General Motors Corp.", "Sheikh Zayed Grand Mosque").
 */
function titleLengthAt(view: SentenceView, i: number, end: number): number {
  const phrases = TITLES_BY_FIRST.get(view.words[i]!);
  if (!phrases) return 0;
  for (const phrase of phrases) {
    if (i + phrase.length > end || !phraseAt(view.words, i, phrase)) continue;
    const next = i + phrase.length;
    if (next < end && CONNECTORS.has(view.words[next]!)) continue;
    if (next < end && isHeadedNameWithoutOf(view, next, end)) continue;
    return phrase.length;
  }
  return 0;
}

function isWholeTitle(view: SentenceView, start: number, end: number): boolean {
  const phrases = TITLES_BY_FIRST.get(view.words[start]!);
  return phrases !== undefined && phrases.some((phrase) => phrase.length === end - start && phraseAt(view.words, start, phrase));
}

/** [start, end) ends in a head word and has no "of": "Motors Corp.", "Assembly", "Zayed Grand Mosque". */
function isHeadedNameWithoutOf(view: SentenceView, start: number, end: number): boolean {
  if (!HEADS.has(view.words[end - 1]!)) return false;
  for (let i = start; i < end; i++) if (view.words[i] === 'of') return false;
  return true;
}

function precededByTitle(view: SentenceView, start: number): boolean {
  const phrases = TITLES_BY_LAST.get(view.words[start - 1] ?? '');
  if (!phrases) return false;
  return phrases.some((phrase) => start - phrase.length >= 0 && phraseAt(view.words, start - phrase.length, phrase));
}

/**
 * "X of Y", first "of" only:
 *  - an organisation head before "of" keeps the run whole ("Bank of England", "Ministry of Defence");
 *  - a gazetteer name after "of" is its own mention and X is typed alone
 *    ("Embassy of the United States of America" → the country, whose mentions then
 *    group; "Embassy" alone is no name);
 *  - another head before "of" keeps the run whole ("Port of Umm Qasr");
 *  - otherwise X and Y are typed separately ("Gen. Ali Hassan of the Iraqi Army").
 */
function splitAtOf(view: SentenceView, start: number, end: number, titled: boolean, out: EntityCandidate[]): boolean {
  let of = -1;
  for (let i = start + 1; i < end - 1; i++) {
    if (view.words[i] === 'of' && view.gazetteerEnd[i] === -1) {
      of = i;
      break;
    }
  }
  if (of === -1) return false;
  const headBefore = HEADS.get(view.words[of - 1]!);
  const nameStart = view.words[of + 1] === 'the' ? of + 2 : of + 1;
  if (headBefore === 'ORG' || (headBefore && !isOneGazetteerName(view, nameStart, end))) {
    out.push(ruleCandidate(view, start, end, headBefore, 'rule:head-of'));
    return true;
  }
  analyseSegment(view, start, of, titled, out);
  analyseSegment(view, nameStart, end, false, out);
  return true;
}

function hasNameParticle(view: SentenceView, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if (view.gazetteerEnd[i] !== -1) continue;
    const word = view.words[i]!;
    if (PARTICLE_TOKENS.has(word) || hasParticlePrefix(word)) return true;
  }
  return false;
}

function isOneGazetteerName(view: SentenceView, start: number, end: number): boolean {
  return view.gazetteerAt[start] !== undefined && view.gazetteerEnd[start] === end;
}

function isAllGazetteer(view: SentenceView, start: number, end: number): boolean {
  for (let i = start; i < end; i = view.gazetteerEnd[i]!) if (!view.gazetteerAt[i]) return false;
  return true;
}

function gazetteerCandidate(view: SentenceView, start: number): EntityCandidate {
  const entry = view.gazetteerAt[start]!;
  const end = view.gazetteerEnd[start]!;
  const candidate: EntityCandidate = {
    start: view.tokens[start]!.start,
    end: view.tokens[end - 1]!.end,
    words: view.words.slice(start, end),
    type: entry.type,
    method: `gazetteer:${entry.kind}`,
    gazetteer: entry,
  };
  if (entry.country) candidate.country = entry.country;
  return candidate;
}

/** A rule mention over tokens [start, end); its country is that of the gazetteer names inside, when they agree. */
function ruleCandidate(view: SentenceView, start: number, end: number, type: EntityType | undefined, method: CandidateMethod): EntityCandidate {
  const candidate: EntityCandidate = {
    start: view.tokens[start]!.start,
    end: view.tokens[end - 1]!.end,
    words: view.words.slice(start, end),
    type,
    method,
  };
  const country = soleCountry(view, start, end);
  if (country) candidate.country = country;
  return candidate;
}

function soleCountry(view: SentenceView, start: number, end: number): string | undefined {
  let country: string | undefined;
  for (let i = start; i < end; i++) {
    const entry = view.gazetteerAt[i];
    if (!entry?.country) continue;
    if (country !== undefined && country !== entry.country) return undefined;
    country = entry.country;
  }
  return country;
}

// ---------------------------------------------------------------- grouping

interface Group {
  key: string;
  type: EntityType | undefined;
  members: EntityCandidate[];
}

/**
 * Groups a document's candidates into entities, numbered in order of first mention.
 * Bare capitalised words (type undefined) survive only by joining a group.
 */
export function groupCandidates(text: string, candidates: readonly EntityCandidate[]): Entity[] {
  const groups = new Map<string, Group>();
  const join = (key: string, candidate: EntityCandidate): void => {
    const group = groups.get(key);
    if (group) {
      group.members.push(candidate);
      // A typed mention settles a group; MISC gives way to any specific type.
      if (group.type === undefined || (group.type === 'MISC' && candidate.type !== undefined)) group.type = candidate.type;
    } else {
      groups.set(key, { key, type: candidate.type, members: [candidate] });
    }
  };

  const people = new PersonIndex(candidates.filter((c) => c.type === 'PERSON'));
  const bare: EntityCandidate[] = [];
  for (const candidate of candidates) {
    if (candidate.type === 'PERSON') join(people.keyOf(candidate.words)!, candidate);
    else if (candidate.gazetteer) join(gazetteerKey(candidate.gazetteer), candidate);
    else if (candidate.type === undefined) bare.push(candidate);
    // A run typed MISC may be a person's name written without a cue ("Mahdi al-Muhandis" after the full name).
    else if (candidate.type === 'MISC') join(people.keyOf(candidate.words) ?? nameKey(candidate.words), candidate);
    else join(nameKey(candidate.words), candidate);
  }
  // Bare words last, so they can join groups first seen later in the text.
  for (const candidate of bare) {
    const key = people.keyOf(candidate.words) ?? nameKey(candidate.words);
    if (groups.has(key)) join(key, candidate);
  }
  return [...groups.values()]
    .filter((group) => group.type !== undefined)
    .map((group) => ({ group, first: Math.min(...group.members.map((m) => m.start)) }))
    .sort((a, b) => a.first - b.first)
    .map(({ group }, index) => toEntity(text, group, `e${index + 1}`));
}

/**
 * People by name, so that a shorter mention joins the longest name it ends:
 * "Al-Sadr" and "Sadr" join "Muqtada al-Sadr". Comparison ignores case and the
 * Arabic article ("al-Sadr" ~ "Sadr").
 */
class PersonIndex {
  private readonly heads: { tail: readonly string[]; key: string }[] = [];

  constructor(people: readonly EntityCandidate[]) {
    const longestFirst = [...people].sort((a, b) => b.words.length - a.words.length || a.start - b.start);
    for (const person of longestFirst) {
      const tail = nameTail(person.words);
      if (this.findHead(tail) === undefined) this.heads.push({ tail, key: `PERSON:${tail.join(' ')}` });
    }
  }

  /** The group key of the person whose name ends with these words, if any. */
  keyOf(words: readonly string[]): string | undefined {
    return this.findHead(nameTail(words))?.key;
  }

  private findHead(tail: readonly string[]): { key: string } | undefined {
    if (tail.length === 0) return undefined;
    return this.heads.find((head) => endsWith(head.tail, tail));
  }
}

/** Lower-cased words without Arabic article prefixes and connectors: "Muqtada al-Sadr" → ["muqtada", "sadr"]. */
function nameTail(words: readonly string[]): string[] {
  const tail: string[] = [];
  for (const word of words) {
    // "Osama Bin Laden" is "Osama bin Laden": connectors count in either case.
    if (CONNECTORS.has(word.toLowerCase())) continue;
    tail.push(word.replace(PARTICLE_PREFIX_PATTERN, '').toLowerCase());
  }
  return tail;
}

function endsWith(whole: readonly string[], tail: readonly string[]): boolean {
  if (tail.length > whole.length) return false;
  const offset = whole.length - tail.length;
  for (let i = 0; i < tail.length; i++) if (whole[offset + i] !== tail[i]) return false;
  return true;
}

/** Countries group by code ("US" ~ "America"), capitals by country and name, demonyms by country. */
function gazetteerKey(entry: GazetteerEntry): string {
  const form = entry.lowerTokens.join(' ');
  switch (entry.kind) {
    case 'country':
      return entry.country ? `GPE:country:${entry.country}` : `GPE:form:${form}`;
    case 'capital':
      // "Washington" and "Washington D.C." are one city; Pretoria and Cape Town are two.
      return `GPE:capital:${entry.country ?? ''}:${entry.lowerTokens[0]}`;
    case 'demonym':
      return entry.country ? `NORP:${entry.country}` : `NORP:form:${form}`;
    case 'group':
      return `NORP:form:${form}`;
  }
}

function nameKey(words: readonly string[]): string {
  return `NAME:${nameTail(words).join(' ')}`;
}

function toEntity(text: string, group: Group, id: string): Entity {
  const members = [...group.members].sort((a, b) => a.start - b.start);
  const mentions = members.map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end) }));
  // The longest mention names the entity (the earliest wins a tie); the longest typed one tells how it was found.
  const name = text.slice(longest(members).start, longest(members).end);
  const method = longest(members.filter((m) => m.type !== undefined)).method;
  const aliases = [...new Set(mentions.map((m) => m.text))].filter((alias) => alias !== name);
  const entity: Entity = { id, name, type: group.type!, mentions, aliases, roles: [], method };
  const country = members.find((m) => m.country !== undefined)?.country;
  if (country) entity.country = country;
  return entity;
}

function longest(members: readonly EntityCandidate[]): EntityCandidate {
  let best = members[0]!;
  for (const member of members) if (member.end - member.start > best.end - best.start) best = member;
  return best;
}

// ---------------------------------------------------------------- stage

function indexPhrases(phrases: readonly string[][], keyOf: (phrase: string[]) => string): Map<string, string[][]> {
  const index = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const key = keyOf(phrase);
    const list = index.get(key);
    if (list) list.push(phrase);
    else index.set(key, [phrase]);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}

function phraseAt(words: readonly string[], i: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (words[i + k] !== phrase[k]) return false;
  return true;
}

/** PLACEHOLDER entity finder: gazetteer + capitalisation rules + in-document grouping. */
export const placeholderEntityStage: Stage = {
  name: 'entities',
  version: '0-placeholder',
  requires: ['text', 'sentences', 'tokens'],
  assigns: ['entities'],
  run(doc) {
    const text = doc.text!;
    const tokens = doc.tokens!;
    const gazetteer = getGazetteer();
    const candidates: EntityCandidate[] = [];
    let t = 0;
    for (const sentence of doc.sentences!) {
      while (t < tokens.length && tokens[t]!.start < sentence.start) t++;
      const first = t;
      while (t < tokens.length && tokens[t]!.end <= sentence.end) t++;
      for (const candidate of findCandidates(text, tokens.slice(first, t), gazetteer)) candidates.push(candidate);
    }
    doc.entities = groupCandidates(text, candidates);
    return { method: 'placeholder-rules' };
  },
};
