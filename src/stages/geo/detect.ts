/**
 * Which spans of a document are place names, a cascade over the entity stage's output
 * (each step recorded in ToponymMention.source):
 *  1. `entity`: GPE and LOC mentions; demonyms of a country (NORP with a country: "Egyptian"
 *     names Egypt, as LGL annotates it); facilities named after a place ("Baghdad International Airport").
 *  2. `inside-name`: a known place that opens an organisation's, facility's or location's name, or
 *     follows its last "of" ("Alexandria Police", "Madison County Health Department", "First Bank of
 *     Princeton"): the place is mentioned even though the name is not a place.
 *  3. `mistyped`: an ORG or PERSON mention that is wholly a known division or sizeable town name
 *     ("Fargo", "Ariz."): the recogniser's type is wrong more often than such a name is not a place.
 *  4. `unrecognised`: a country or division name the recogniser passed over ("Kentucky", "Ill.").
 *  5. `qualifier`: a division written after a place and a comma ("Lexington, Ky.").
 * Religious and ethnic groups (NORP without a country) are not places, nor is a month, weekday or
 * holiday name alone ("Baghdad, August 12": calendar-words.ts), whichever step met it.
 */
import type { Entity } from '../../model/schema.js';
import { isCalendarWord } from './calendar-words.js';
import { getPlaceGazetteer, type PlaceGazetteer } from './gazetteer.js';
import { placeKey } from './place-names.js';
import type { ToponymMention } from './resolve.js';

/** FAC/ORG/LOC names whose head word makes them a located facility that the named place stands for. */
const FACILITY_NAME = /\s(?:International\s+)?Airport$/;
/** A town inside a name or mistyped by the recogniser counts from this size: smaller towns share names with people and firms. */
export const MIN_TOWN_POPULATION = 5000;
/** The most words a place inside a name has ("New South Wales", "Fort Worth"). */
const MAX_PLACE_WORDS = 4;
const CAPITALISED = /^\p{Lu}/u;
const ABBREVIATION = /^(?:\p{Lu}\.?){1,3}$/u;
const WORD = /[\p{L}\p{N}.'’]+/gu;

/**
 * Words that are town names somewhere but, inside a name or alone as an organisation, are ordinary
 * words ("North Side Police", "City Council", "Superior Court"). Data with a reason: STYLE.md §4.
 */
export const GENERIC_NAME_WORDS: readonly { words: readonly string[]; reason: string }[] = [
  { words: ['North', 'South', 'East', 'West', 'Northwest', 'Northeast', 'Southwest', 'Southeast', 'Central', 'Northern', 'Southern', 'Eastern', 'Western', 'Upper', 'Lower', 'Middle', 'Old', 'New', 'Little', 'Great'], reason: 'Directions and size words open names of all kinds.' },
  { words: ['City', 'Town', 'Village', 'Police', 'College', 'University', 'School', 'Justice', 'Superior', 'Union', 'Star', 'Gateway', 'Anthem', 'Mission', 'Hill', 'Park', 'Lake', 'River', 'Valley', 'Harbor', 'Harbour', 'Grand', 'Mount', 'Parks', 'Rivers', 'Casino', 'Herald', 'Liberty', 'Independence', 'Forest', 'Miss', 'Mass', 'Victoria', 'Jesus', 'Adam', 'George', 'Norman', 'Lindsay'], reason: 'Common nouns, institutions and given names that GeoNames also lists as towns.' },
];
const GENERIC = new Set(GENERIC_NAME_WORDS.flatMap((g) => g.words));

/** isKnownPlaceName's answers from the shared gazetteer, by name, for divisions only (-1) or a minimum town population; cleared when full (a long-running worker). */
const knownNames = new Map<number, Map<string, boolean>>();
const MAX_KNOWN_NAMES = 100_000;

/**
 * Whether the gazetteer knows `name` as a country or division, or (unless `divisionsOnly`) as a town of
 * `minTownPopulation` or more; abbreviations ("Ky.", "UK") only as a country or division.
 */
export function isKnownPlaceName(name: string, options: { divisionsOnly?: boolean; minTownPopulation?: number } = {}, gazetteer?: PlaceGazetteer): boolean {
  if (!CAPITALISED.test(name) || GENERIC.has(name)) return false;
  const divisionsOnly = options.divisionsOnly || ABBREVIATION.test(name);
  const minPopulation = options.minTownPopulation ?? MIN_TOWN_POPULATION;
  if (gazetteer) return knownIn(gazetteer, name, divisionsOnly, minPopulation);
  // The shared gazetteer never changes, so its answers are kept: a page asks about the same capitalised words
  // ("The", "President", "Ky.") again and again, and so do the pages after it.
  const cacheKey = divisionsOnly ? -1 : minPopulation;
  let cache = knownNames.get(cacheKey);
  if (!cache) knownNames.set(cacheKey, (cache = new Map()));
  let known = cache.get(name);
  if (known === undefined) {
    if (cache.size >= MAX_KNOWN_NAMES) cache.clear();
    known = knownIn(getPlaceGazetteer(), name, divisionsOnly, minPopulation);
    cache.set(name, known);
  }
  return known;
}

function knownIn(gazetteer: PlaceGazetteer, name: string, divisionsOnly: boolean, minPopulation: number): boolean {
  return gazetteer.lookup(placeKey(name)).some((i) => {
    const p = gazetteer.place(i);
    if (p.level === 'country' || p.level === 'admin1') return true;
    if (divisionsOnly) return false;
    return p.level === 'admin2' || p.population >= minPopulation;
  });
}

interface Word { start: number; end: number; text: string }

function wordsOf(text: string, offset: number): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] }));
}

/** The longest known place opening the words, or after their last "of". */
function placeInsideName(words: readonly Word[], text: string): Word | undefined {
  const of = words.map((w) => w.text.toLowerCase()).lastIndexOf('of');
  const starts = of >= 0 && of < words.length - 1 ? [0, of + 1] : [0];
  for (const first of starts) {
    for (let n = Math.min(MAX_PLACE_WORDS, words.length - first - (first === 0 ? 1 : 0)); n > 0; n--) {
      const start = words[first]!.start;
      const end = words[first + n - 1]!.end;
      const name = text.slice(start, end).replace(/['’]s$/, '');
      if (isKnownPlaceName(name)) return { start, end: start + name.length, text: name };
    }
  }
  return undefined;
}

/** One or two capitalised words ("Kentucky", "New Mexico", "Ky."), not inside a longer capitalised run. */
const CAPITALISED_RUN = /(?<![\p{L}.'’-])\p{Lu}[\p{L}.'’]*(?:\s\p{Lu}[\p{L}.'’]*)?(?![\p{L}'’-]|\s\p{Lu})/uy;
/** Where a CAPITALISED_RUN may start: an ASCII capital or any character past Latin-1's letters (a superset of \p{Lu}, found without Unicode tables). */
const MAYBE_CAPITAL = /[A-Z\u00c0-\uffff]/g;

/**
 * CAPITALISED_RUN's matches, as matchAll with the global flag would give them, found faster: the pattern opens with a
 * lookbehind, which a global search tries at every character; here it is tried, sticky, only where a capital may start.
 */
function* capitalisedRuns(text: string): Generator<RegExpExecArray> {
  MAYBE_CAPITAL.lastIndex = 0;
  for (let candidate = MAYBE_CAPITAL.exec(text); candidate !== null; candidate = MAYBE_CAPITAL.exec(text)) {
    CAPITALISED_RUN.lastIndex = candidate.index;
    const run = CAPITALISED_RUN.exec(text);
    if (!run) continue;
    MAYBE_CAPITAL.lastIndex = CAPITALISED_RUN.lastIndex;
    yield run;
  }
}

const QUALIFIER = /^,\s*((?:\p{Lu}[\p{L}.'’]*)(?:\s+\p{Lu}[\p{L}.'’]*)?)/u;

export function detectToponyms(entities: readonly Entity[], text: string): ToponymMention[] {
  const out: ToponymMention[] = [];
  // Character masks keep detection linear in the text: which characters a toponym or an entity mention already holds.
  const takenMask = new Uint8Array(text.length + 1);
  const coveredMask = new Uint8Array(text.length + 1);
  const anySet = (mask: Uint8Array, start: number, end: number): boolean => {
    for (let i = start; i < end; i++) if (mask[i]) return true;
    return false;
  };
  const taken = (start: number, end: number): boolean => anySet(takenMask, start, end);
  const covered = (start: number, end: number): boolean => anySet(coveredMask, start, end);
  for (const e of entities) for (const m of e.mentions) coveredMask.fill(1, m.start, m.end);
  const push = (m: ToponymMention): void => {
    if (taken(m.start, m.end) || isCalendarWord(m.text)) return;
    out.push(m);
    takenMask.fill(1, m.start, m.end);
  };
  for (const entity of entities) {
    for (const m of entity.mentions) {
      if (entity.type === 'GPE' || entity.type === 'LOC') push({ start: m.start, end: m.end, text: m.text, hint: 'place', source: 'entity' });
      else if (entity.type === 'NORP' && entity.country) push({ start: m.start, end: m.end, text: m.text, hint: 'demonym', source: 'entity' });
      else if ((entity.type === 'FAC' || entity.type === 'ORG') && FACILITY_NAME.test(m.text)) push({ start: m.start, end: m.end, text: m.text, hint: 'place', source: 'entity' });
    }
  }
  for (const entity of entities) {
    if (entity.type === 'NORP' || entity.type === 'GPE') continue;
    for (const m of entity.mentions) {
      if (taken(m.start, m.end)) continue;
      if ((entity.type === 'ORG' && isKnownPlaceName(m.text)) || (entity.type === 'PERSON' && isKnownPlaceName(m.text, { divisionsOnly: true }))) {
        push({ start: m.start, end: m.end, text: m.text, hint: 'place', source: 'mistyped' });
        continue;
      }
      if (entity.type === 'PERSON') continue;
      const inside = placeInsideName(wordsOf(m.text, m.start), text);
      if (inside) push({ ...inside, hint: 'place', source: 'inside-name' });
    }
  }
  // A country or division name (or abbreviation) the recogniser passed over entirely.
  for (const w of capitalisedRuns(text)) {
    const start = w.index;
    const end = start + w[0].length;
    if (covered(start, end) || taken(start, end)) continue;
    // An abbreviation only with its dot ("Ky.", not "KY" or "Miss"), nothing with an apostrophe ("I'll" is not "Ill.").
    const word = w[0];
    const shapeOk = !/['’]/.test(word) && (word.endsWith('.') ? word.length <= 6 : !/^\p{Lu}+$/u.test(word) && word.length >= 4);
    if (shapeOk && isKnownPlaceName(word, { divisionsOnly: true })) push({ start, end, text: word, hint: 'place', source: 'unrecognised' });
  }
  for (const m of [...out]) {
    const q = QUALIFIER.exec(text.slice(m.end, m.end + 40));
    if (!q) continue;
    const start = m.end + q[0].length - q[1]!.length;
    // Two words ("New Mexico") or the first alone ("Ky." of "Ky. Later").
    const name = [q[1]!, q[1]!.split(/\s+/)[0]!].find((n) => isKnownPlaceName(n));
    if (name) push({ start, end: start + name.length, text: name, hint: 'place', source: 'qualifier' });
  }
  return out.sort((a, b) => a.start - b.start);
}
