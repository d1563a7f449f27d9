/**
 * From token texts to typed entity spans: the trained recogniser (src/ner) finds
 * PER, ORG and LOC spans; written-down rules refine them into the types of the
 * data model, where the training data cannot tell them apart:
 *
 * -1. a listed place written lower-case ("in kerala", "from san francisco") is read capitalised
 *     by the model and the rules below (withNewsCase);
 *  0. boundaries the model gets wrong are repaired (boundaries.ts): an organisation or place span run
 *     over a comma is split there ("[Cato Institute] , [Earhart Foundation]"; not "Google , Inc."); an
 *     organisation after a capitalised word and "the" takes them in ("Stop the [War Coalition]");
 *     an organisation span, or any span ending in an organisation head, the model ends at "of" or
 *     "for" before capitalised words takes them in ("[Union] for French Democracy"); an
 *     organisation or territory head and "of" before a place make one name with it ("Housing
 *     Authority of [New Orleans]", "Principality of [Mingrelia]"); a place right before an
 *     organisation ending in a head joins it ("[California] [Republican Party]"), and so does a place
 *     before "and" and an organisation opening with a place ("[Newfoundland] and [Labrador Court of
 *     Appeal]"); an organisation
 *     span coordinated after a head is split ("UK Unionist Party or Northern Ireland Unionist
 *     Party"); a person span after lower-case surname particles or lone initials takes them in ("[bin Laden]",
 *     "[R Saravanan]"); a person span run into a place or office is split ("[Dan Quayle] of [Indiana]",
 *     "[U.S.] President [George W. Bush]"); the name before "administration" is a person ("the [Bush]
 *     administration"); a span that is all a demonym ("South African" before
 *     "general election") is NORP;
 *     a span followed by capitalised words that end in an organisation or
 *     facility head takes them in ("Baghdad" + "International Airport");
 *     a leading demonym of the same country as the listed actor named by the
 *     two or more words after it is split off ("Iranian" + "Quds Force", IRN:
 *     the force is named "Quds Force"); otherwise a demonym is part of the name
 *     ("Australian Labor Party", "Iraqi Islamic Party"), as in the training data
 *     (demonym-first ORG spans outnumber demonyms before an ORG span 200 to 3) —
 *     splitting them all cost 1.6 F1 on the development sets;
 *     a capitalised word before a lower-case organisation head is an
 *     organisation with it ("the Sadrist movement");
 *     an untagged name in an enumeration whose tagged names (two or more) share a type takes it
 *     ("Oxfam , [War on Want] , and Christian Aid"; enumerations.ts); a US state abbreviated after a
 *     place and a comma is a place ("Chillicothe , [OH]", "Austin , [Tex.]");
 *  1. a span of another type opening with an honorific is a person ("[Lord Diplock]", not "Miss Macau");
 *     a person's leading titles and words of address are not part of the name ("[President] Obama",
 *     "[Hey] Vladi"), nor a role after a dash ("Eduardo Tellechea [- Associate]"), the convention
 *     of UNER and of the training data (datasets.ts strips them there);
 *     a one-word ORG span that is the Arabic article before a listed personal
 *     name, and no listed organisation, is a PERSON ("Al-Kazemi said");
 *     a place span of two listed places without a comma is two places ("[Miramar] [California]");
 *  2. a span ending in a facility head ("Airport", "Embassy", "Bridge") is FAC; a place span of two
 *     words or more ending in an organisation head ("Sydney Morning Herald", "El Paso Energy") is ORG,
 *     unless the head also ends place names ("West Bank", "Soviet Union") or the whole is a listed place;
 *  3. a LOC span that is a listed country, city or political place (gazetteer
 *     bits carried in the model) is GPE, and so is an ORG span that is a country:
 *     a country acting as a government is GPE, as in OntoNotes;
 *  4. other LOC spans stay LOC (rivers, regions, mountains);
 *  5. a capitalised demonym or group name outside any span ("Iraqi", "Shiite") is NORP; a one-word
 *     legislature standing alone and untagged ("for Congress to say", "the Sejm") is ORG.
 */
import type { EntityType } from '../../model/schema.js';
import { PERSON_TITLES } from '../../ner/datasets.js';
import { CONTINUES_BIT, kindBit, tokenHash } from '../../ner/lexicon.js';
import { EMPTY_PHRASE_HASH, extendPhraseHash } from '../../ner/hashing.js';
import { loadRecogniser, type EntityRecogniser } from '../../ner/recogniser.js';
import { actorFacts } from './actors.js';
import { getGazetteer, matchGazetteerAt } from './gazetteer.js';
import { headIndex, LEGISLATURE_NAMES, LOWERCASE_HEAD_GROUPS, US_STATE_ABBREVIATIONS, wordSet } from './type-cues.js';
import { extendedToHead, withAdministrationsOfPersons, HEADS, LEADING_ARTICLE_WORDS, PLACE_BITS, TAIL_INNER, withPersonsSplit, withRepairedBoundaries } from './boundaries.js';
import { isCapitalised } from '../../ner/features.js';
import { withEnumeratedNames } from './enumerations.js';

export interface TypedSpan {
  /** Token range [start, end) within the sentence. */
  start: number;
  end: number;
  type: EntityType;
  /** Which rule gave the type: `model`, `rule:facility-head`, `gazetteer:place`, `gazetteer:demonym`. */
  method: string;
  /** ISO 3166-1 alpha-3 of a country or demonym, when the gazetteer knows it. */
  country?: string;
}

const LOWERCASE_HEADS = headIndex(LOWERCASE_HEAD_GROUPS);
/** An organisation span becomes a GPE only when it is a country ("Iraq said"): "Chelsea" the club is no place. */
const COUNTRY_BIT = kindBit('country');

/** Typed spans per sentence for the sentences (token texts) of one document. */
export function recogniseTokens(written: readonly (readonly string[])[], recogniser: EntityRecogniser = loadRecogniser()): TypedSpan[][] {
  const sentences = withNewsCase(recogniser, written);
  const gazetteer = getGazetteer();
  const lowered = sentences.map((words) => words.map((w) => w.toLowerCase()));
  const tagged = withoutStormNames(sentences, withDefinedAcronyms(sentences, recogniser.tagDocument(sentences).map((spans, s) => withAdministrationsOfPersons(recogniser, sentences[s]!, withPersonsSplit(recogniser, sentences[s]!, withRepairedBoundaries(sentences[s]!, spans))))).map((spans, s) => withStateAbbreviations(sentences[s]!, withEnumeratedNames(sentences[s]!, spans, (start, end) => isDemonymAt(gazetteer, sentences[s]!, lowered[s]!, start, end)))));
  const fullNameWords = wordsOfLongerPersons(sentences, tagged);
  return tagged.map((spans, s) => {
    const words = sentences[s]!;
    const lower = lowered[s]!;
    const out: TypedSpan[] = [];
    for (const [k, raw] of spans.entries()) {
      if (isUnsupportedLoneName(recogniser, words, raw, fullNameWords)) continue;
      const split = raw.type === 'LOC' ? placeBeforePlace(recogniser, lower, raw.start, raw.end) : 0;
      if (split > 0) {
        // "[Miramar California]": a listed place run into the listed place that holds it, no comma between.
        out.push(refineSpan(recogniser, words, lower, raw.start, split, 'LOC'), refineSpan(recogniser, words, lower, split, raw.end, 'LOC'));
        continue;
      }
      const span = extendedToHead(words, raw, spans[k + 1]?.start);
      if (span.type !== 'PER' && isHonouredPerson(recogniser, words, lower, span.start, span.end)) span.type = 'PER';
      if (span.type === 'PER') span.start = personNameStart(lower, span.start, span.end);
      if (span.type === 'PER' && endsInRoleAfterDash(recogniser, words, lower, span.start, span.end)) span.end -= 2;
      const demonym = span.type !== 'PER' ? matchGazetteerAt(gazetteer, words, lower, span.start) : undefined;
      if (demonym?.type === 'NORP' && demonym.tokens.length === span.end - span.start) {
        // The whole span is a demonym ("South African" before "general election"): no place or organisation.
        out.push(norp(span.start, span.end, demonym.country));
        continue;
      }
      if (demonym?.type === 'NORP' && describesListedActor(recogniser, words, lower, span.start, span.end, demonym.tokens.length, demonym.country)) {
        out.push(norp(span.start, span.start + demonym.tokens.length, demonym.country));
        span.start += demonym.tokens.length;
      }
      out.push(refineSpan(recogniser, words, lower, span.start, span.end, span.type));
    }
    // Demonyms and groups the model leaves untagged.
    const covered = new Uint8Array(words.length);
    for (const span of out) covered.fill(1, span.start, span.end);
    for (let i = 0; i < words.length; i++) {
      if (covered[i]) continue;
      // A legislature named by one word, standing alone (not inside a longer capitalised name): "for Congress to say".
      if (LEGISLATURES.has(words[i]!) && !(i > 0 && isCapitalised(words[i - 1]!) && words[i - 1] !== 'The') && !isCapitalised(words[i + 1] ?? '')) {
        out.push({ start: i, end: i + 1, type: 'ORG', method: 'rule:legislature' });
        continue;
      }
      if (isCapitalised(words[i]!) && i > 0 && LOWERCASE_HEADS.get(words[i + 1] ?? '') === 'ORG' && !covered[i + 1]) {
        out.push({ start: i, end: i + 2, type: 'ORG', method: 'rule:lowercase-head' });
        i++;
        continue;
      }
      const entry = matchGazetteerAt(gazetteer, words, lower, i);
      if (!entry || entry.type !== 'NORP') continue;
      const end = i + entry.tokens.length;
      if (covered.subarray(i, end).some((c) => c === 1)) continue;
      if (LOWERCASE_HEADS.get(words[end] ?? '') === 'ORG') out.push({ start: i, end: end + 1, type: 'ORG', method: 'rule:lowercase-head' });
      else out.push(norp(i, end, entry.country));
      i = end - 1;
    }
    return out.sort((a, b) => a.start - b.start);
  });
}

/**
 * Lowest writing class (scripts/build-word-classes.ts: 1 + capitalisation band × 4 + frequency band)
 * of a word that news capitalises in 95% or more of its uses away from a sentence start.
 */
const CAPITALISED_IN_NEWS = 1 + 5 * 4;
/** Lists whose lower-case matches are read as places: a city that is also a first name ("bell", "mason") is not. */
const LOWER_CASE_PLACE_BITS = kindBit('country') | kindBit('actor-place');
const CITY_BIT = kindBit('city');
const FIRST_NAME_BIT = kindBit('person-name');
/** How many lower-case words a listed place may have ("greater noida", "san francisco"). */
const LOWER_CASE_PLACE_WORDS = 4;
const LOWER_CASE_WORD = /^\p{Ll}[\p{Ll}.]*$/u;
/** Per word as written: its tokenHash when it is lower-case and opens a listed phrase, else −1 (one look-up per token: words repeat). */
const OPENING_HASH_CACHE = new WeakMap<EntityRecogniser, Map<string, number>>();
const OPENING_HASH_CACHE_LIMIT = 100_000;

/** The recogniser's openingHash answers (one look-up per sentence, not per word). */
function openingHashes(recogniser: EntityRecogniser): Map<string, number> {
  let cache = OPENING_HASH_CACHE.get(recogniser);
  if (!cache) OPENING_HASH_CACHE.set(recogniser, (cache = new Map()));
  return cache;
}

function openingHash(recogniser: EntityRecogniser, cache: Map<string, number>, word: string): number {
  let hash = cache.get(word);
  if (hash === undefined) {
    if (cache.size >= OPENING_HASH_CACHE_LIMIT) cache.clear();
    hash = word.length >= 2 && LOWER_CASE_WORD.test(word) ? tokenHash(word) : -1;
    if (hash >= 0 && recogniser.phraseEntry(extendPhraseHash(EMPTY_PHRASE_HASH, hash)) === 0) hash = -1;
    cache.set(word, hash);
  }
  return hash;
}

/**
 * "i m traveling to lourdes", "privacy in kerala": web text writes places lower-case, and the model
 * leans on capitals. A run of lower-case words that is a listed country, place or city (not a city that
 * is also a first name) and whose last word is unseen in news or capitalised there nearly always
 * ("turkey", "nice" and "reading" are not) is read capitalised. Only the words the model and the rules
 * read change: spans are token positions, and the text keeps its own case. Measured on the
 * development sets (models/NER.md): UNER EWT dev +0.9 F1, GUM and CrossNER unchanged.
 */
export function withNewsCase(recogniser: EntityRecogniser, sentences: readonly (readonly string[])[]): readonly (readonly string[])[] {
  return sentences.map((words) => {
    let out: string[] | undefined;
    const openings = openingHashes(recogniser);
    for (let i = 0; i < words.length; i++) {
      const opening = openingHash(recogniser, openings, words[i]!);
      if (opening < 0) continue;
      // The longest listed place of lower-case words starting here, matched word by word.
      let end = 0;
      let phrase = EMPTY_PHRASE_HASH;
      for (let k = i; k < Math.min(words.length, i + LOWER_CASE_PLACE_WORDS); k++) {
        const word = words[k]!;
        if (k > i && !LOWER_CASE_WORD.test(word)) break;
        const hash = k === i ? opening : tokenHash(word);
        phrase = extendPhraseHash(phrase, hash);
        const entry = recogniser.phraseEntry(phrase);
        const place = (entry & LOWER_CASE_PLACE_BITS) !== 0 || ((entry & CITY_BIT) !== 0 && (entry & FIRST_NAME_BIT) === 0);
        const writing = place ? recogniser.writingClassOf(hash) : 0;
        if (place && (writing === 0 || writing >= CAPITALISED_IN_NEWS)) end = k + 1;
        if ((entry & CONTINUES_BIT) === 0) break;
      }
      if (end === 0) continue;
      out ??= [...words];
      for (let k = i; k < end; k++) out[k] = words[k]![0]!.toUpperCase() + words[k]!.slice(1);
      i = end - 1;
    }
    return out ?? words;
  });
}

const LEGISLATURES = wordSet(LEGISLATURE_NAMES);
/**
 * Words before a name in letters and reviews that the model takes into the person ("[Hey Vladi]",
 * "[Aunt Toni]", "[Doctor Hank]"); UNER tags the name alone. Stage-only: the training data keeps its
 * own title list (datasets.ts PERSON_TITLES), where adding "doctor" did not help (models/NER.md).
 */
const LEADING_ADDRESS_WORDS: ReadonlySet<string> = new Set(['hey', 'hi', 'hello', 'dear', 'thanks', 'aunt', 'auntie', 'uncle', 'grandma', 'grandpa', 'doctor', 'coach']);

/** Where a person's name starts in a person span: after its leading titles and words of address ("[President] Obama", "[Hey] Vladi"). */
export function personNameStart(lower: readonly string[], start: number, end: number): number {
  while (end - start > 1 && (PERSON_TITLES.has(lower[start]!) || LEADING_ADDRESS_WORDS.has(lower[start]!))) start++;
  return start;
}
/** Titles only persons bear ("Lord Diplock", "Mrs Thatcher"); "President" and "General" also open other names. */
const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'sir', 'lord', 'lady', 'dr', 'dr.']);

/**
 * "a quote from [Lord Diplock]" typed a place: an honorific before capitalised words makes a person
 * (its title is then stripped as every person's is), unless the rest is a listed place ("Miss Macau", a
 * beauty pageant).
 */
export function isHonouredPerson(recogniser: EntityRecogniser, words: readonly string[], lower: readonly string[], start: number, end: number): boolean {
  if (end - start < 2 || !HONORIFICS.has(lower[start]!) || !isCapitalised(words[start + 1]!)) return false;
  return (recogniser.phraseKinds(lower.slice(start + 1, end)) & PLACE_BITS) === 0;
}
const STATE_ABBREVIATIONS = wordSet(US_STATE_ABBREVIATIONS);

/**
 * "Chillicothe , OH", "Austin , Tex.": a US state abbreviation right after a place and a comma is a
 * place, whatever the model made of it (untagged, or "Tex." a person); one inside a longer span stays.
 */
export function withStateAbbreviations<S extends { start: number; end: number; type: string }>(words: readonly string[], spans: readonly S[]): S[] {
  let out: S[] | undefined;
  for (let i = 2; i < words.length; i++) {
    if (!STATE_ABBREVIATIONS.has(words[i]!) || words[i - 1] !== ',') continue;
    const list = out ?? spans;
    if (!list.some((span) => span.end === i - 1 && span.type === 'LOC')) continue;
    const here = list.find((span) => span.start <= i && i < span.end);
    if (here && (here.end - here.start !== 1 || here.type === 'LOC')) continue;
    out = [...list.filter((span) => span !== here), { start: i, end: i + 1, type: 'LOC' } as S].sort((a, b) => a.start - b.start);
  }
  return out ?? [...spans];
}

/** Words before a storm's name: "Hurricane Rita", "Tropical Storm Allison", "Typhoon Haiyan". */
const STORM_WORDS: ReadonlySet<string> = new Set(['Hurricane', 'Typhoon', 'Cyclone', 'Storm', 'hurricane', 'typhoon', 'cyclone', 'storm']);

/**
 * A storm's name is no person (UNER tags none): the name after "Hurricane", "Typhoon", "Cyclone" or
 * "Storm", and the same name elsewhere in the document ("Rita packed winds …"), is dropped; so is an
 * era mark beside a year ("3000 BC").
 */
export function withoutStormNames<S extends { start: number; end: number }>(sentences: readonly (readonly string[])[], tagged: readonly (readonly S[])[]): S[][] {
  const storms = new Set<string>();
  for (const words of sentences) {
    for (let i = 1; i < words.length; i++) if (STORM_WORDS.has(words[i - 1]!) && isCapitalised(words[i]!)) storms.add(words[i]!);
  }
  return tagged.map((spans, s) => spans.filter((span) => {
    const words = sentences[s]!;
    // The model may take the storm word in: "[Hurricane Katrina]", "[Tropical Storm Allison]".
    if (span.end - span.start > 1) return !(STORM_WORDS.has(words[span.end - 2]!) && storms.has(words[span.end - 1]!));
    const word = words[span.start]!;
    // "3000 BC", "776 BCE", "AD 394": era marks beside a year are no names either.
    const isEra = ERA_MARKS.has(word) && (/^\d/.test(words[span.start - 1] ?? '') || /^\d/.test(words[span.start + 1] ?? ''));
    return !isEra && !storms.has(word);
  }));
}

const ERA_MARKS: ReadonlySet<string> = new Set(['BC', 'BCE', 'AD', 'CE', 'B.C.', 'A.D.']);

/** An acronym as written: "SDI", "UlS", "+Eu" aside, two capitals or more in a short word. */
const ACRONYM = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z&.]{1,9}$/;

/**
 * "Italian Democratic Socialists ( SDI )": an acronym in brackets right after an organisation or a
 * place names the same thing, and so does the same acronym elsewhere in the document ("the SDI"):
 * untagged, they take the name's type.
 */
export function withDefinedAcronyms<S extends { start: number; end: number; type: string }>(sentences: readonly (readonly string[])[], tagged: readonly (readonly S[])[]): S[][] {
  const defined = new Map<string, string>();
  tagged = tagged.map((spans, s) => withSpelledOutAcronyms(sentences[s]!, spans));
  tagged.forEach((spans, s) => {
    const words = sentences[s]!;
    for (const span of spans) {
      const acronym = words[span.end + 1];
      if (span.type !== 'PER' && words[span.end] === '(' && words[span.end + 2] === ')' && acronym !== undefined && ACRONYM.test(acronym) && !defined.has(acronym)) defined.set(acronym, span.type);
    }
  });
  if (defined.size === 0) return tagged.map((spans) => [...spans]);
  return tagged.map((spans, s) => {
    const words = sentences[s]!;
    const taken = new Uint8Array(words.length);
    for (const span of spans) taken.fill(1, span.start, span.end);
    const added = [...spans];
    words.forEach((word, i) => {
      const type = taken[i] ? undefined : defined.get(word);
      if (type) added.push({ start: i, end: i + 1, type } as S);
    });
    return added.length === spans.length ? added : added.sort((a, b) => a.start - b.start);
  });
}

/**
 * "Popular Civic List ( PCL )": an untagged capitalised name right before an acronym in brackets
 * whose capitals are the name's initials (in any order: "Popular Alternative ( AP )") is an
 * organisation, and the acronym with it, whether the model tagged the acronym alone or not.
 */
export function withSpelledOutAcronyms<S extends { start: number; end: number; type: string }>(words: readonly string[], spans: readonly S[]): S[] {
  const taken = new Uint8Array(words.length);
  for (const span of spans) taken.fill(1, span.start, span.end);
  // The acronym alone may be tagged already ("Campaign for Nuclear Disarmament ( [CND] )"): the name is still untagged.
  const acronymSpan = new Map<number, S>();
  for (const span of spans) if (span.end - span.start === 1) acronymSpan.set(span.start, span);
  const retyped = new Set<S>();
  const added: S[] = [];
  for (let i = 1; i + 2 < words.length; i++) {
    if (words[i] !== '(' || words[i + 2] !== ')' || taken[i - 1] || !ACRONYM.test(words[i + 1]!)) continue;
    const tagged = acronymSpan.get(i + 1);
    if (taken[i + 1] && !tagged) continue;
    let start = i;
    while (start > 0 && !taken[start - 1] && (isCapitalised(words[start - 1]!) || (TAIL_INNER.has(words[start - 1]!) && start - 2 >= 0 && isCapitalised(words[start - 2]!)))) start--;
    while (start < i && !isCapitalised(words[start]!)) start++;
    if (start > 0 && start === i - 1 && LEADING_ARTICLE_WORDS.has(words[start]!)) continue;
    if (LEADING_ARTICLE_WORDS.has(words[start]!)) start++;
    const initials = words.slice(start, i).filter(isCapitalised).map((w) => w[0]).sort().join('');
    const capitals = [...words[i + 1]!].filter((c) => c >= 'A' && c <= 'Z').sort().join('');
    if (start >= i || initials !== capitals) continue;
    added.push({ start, end: i, type: 'ORG' } as S, { start: i + 1, end: i + 2, type: 'ORG' } as S);
    if (tagged) retyped.add(tagged);
  }
  return added.length === 0 ? [...spans] : [...spans.filter((span) => !retyped.has(span)), ...added].sort((a, b) => a.start - b.start);
}

/**
 * Whether a demonym of `length` words at `start` only describes the actor named by the rest of the
 * span: the rest (two words or more) is a listed actor of the demonym's own country, and the whole
 * span is no listed organisation itself.
 */
function describesListedActor(recogniser: EntityRecogniser, words: readonly string[], lower: readonly string[], start: number, end: number, length: number, country: string | undefined): boolean {
  if (country === undefined || end - (start + length) < 2) return false;
  if ((recogniser.phraseKinds(lower.slice(start, end)) & ORGANISATION_BITS) !== 0) return false;
  return actorFacts(words.slice(start + length, end))?.country === country;
}

/** Lower-cased words of the person names of two words or more in a document ("muqtada", "al-sadr"). */
function wordsOfLongerPersons(sentences: readonly (readonly string[])[], spans: readonly (readonly { start: number; end: number; type: string }[])[]): Set<string> {
  const words = new Set<string>();
  spans.forEach((list, s) => {
    for (const span of list) if (span.type === 'PER' && span.end - span.start >= 2) for (let i = span.start; i < span.end; i++) words.add(sentences[s]![i]!.toLowerCase());
  });
  return words;
}

/**
 * A one-word person that nothing supports but its context: no resource knows the word (not among
 * GloVe's 200,000 commonest words, the news vocabulary or any name list) and no longer name in the
 * document holds it. News introduces a person by full name; a lone unknown capitalised word is
 * more often a garbled or foreign common word ("If Aboa, let Iraq …", machine-translated).
 */
function isUnsupportedLoneName(recogniser: EntityRecogniser, words: readonly string[], span: { start: number; end: number; type: string }, fullNameWords: ReadonlySet<string>): boolean {
  if (span.type !== 'PER' || span.end - span.start !== 1) return false;
  const lower = words[span.start]!.toLowerCase();
  return !fullNameWords.has(lower) && !recogniser.knowsWord(lower);
}

/** Whether words [start, end) are exactly a listed demonym or language ("Catholic", "Kannada"). */
function isDemonymAt(gazetteer: ReturnType<typeof getGazetteer>, words: readonly string[], lower: readonly string[], start: number, end: number): boolean {
  const entry = matchGazetteerAt(gazetteer, words, lower, start);
  return entry?.type === 'NORP' && entry.tokens.length === end - start;
}

const DEMONYM_BIT = kindBit('demonym');
const HOLDER_BITS = kindBit('country') | kindBit('actor-place');

/**
 * Where a place span of two listed places written without a comma splits ("Miramar California",
 * "Sydney Australia"), or 0: both parts are listed places and the whole is not ("Kansas City", "West
 * Virginia" and "Papua New Guinea" are; "West" is no place).
 */
export function placeBeforePlace(recogniser: EntityRecogniser, lower: readonly string[], start: number, end: number): number {
  if (end - start < 2 || (recogniser.phraseKinds(lower.slice(start, end)) & PLACE_BITS) !== 0) return 0;
  for (let k = start + 1; k < end; k++) {
    const left = recogniser.phraseKinds(lower.slice(start, k));
    if ((left & PLACE_BITS) === 0 || (left & DEMONYM_BIT) !== 0) continue;
    // The holder is a country or a state, region or province (not a city list's "Bay" or "Republic").
    if ((recogniser.phraseKinds(lower.slice(k, end)) & HOLDER_BITS) !== 0) return k;
  }
  return 0;
}

/** Highest writing class of a word news writes lower-case in 70% or more of its uses inside a sentence (build-word-classes.ts). */
const MOSTLY_LOWER_CASE_IN_NEWS = 1 + 2 * 4 + 3;

/**
 * "[Eduardo Tellechea] - Associate": a person span of two words or more before a dash ending in one word
 * that news writes lower-case (a role, not "Abdul - Mahdi") ends before the dash.
 */
export function endsInRoleAfterDash(recogniser: EntityRecogniser, words: readonly string[], lower: readonly string[], start: number, end: number): boolean {
  if (end - start < 4 || (words[end - 2] !== '-' && words[end - 2] !== '–')) return false;
  const writing = recogniser.writingClassOf(tokenHash(lower[end - 1]!));
  return writing >= 1 && writing <= MOSTLY_LOWER_CASE_IN_NEWS;
}

function norp(start: number, end: number, country: string | undefined): TypedSpan {
  const span: TypedSpan = { start, end, type: 'NORP', method: 'gazetteer:demonym' };
  if (country) span.country = country;
  return span;
}

const ARABIC_ARTICLE = /^(?:al|el|ad|an|ar|as|at|az|ash)-(?=\p{L})/u;
const PERSON_NAME_BIT = kindBit('person-name') | kindBit('actor-person');
const ORGANISATION_BITS = kindBit('company') | kindBit('actor-org');

/**
 * "Al-Kazemi said": one word, the Arabic article before a listed personal name, and not itself a
 * listed organisation ("Al-Jazeera", "Al-Qaeda") is a person. The training data has few such
 * names and many "Al-" organisations, so the model leans to ORG on them.
 */
function isArticlePrefixedPersonName(recogniser: EntityRecogniser, lower: readonly string[], start: number, end: number): boolean {
  if (end - start !== 1 || !ARABIC_ARTICLE.test(lower[start]!)) return false;
  const bare = lower[start]!.replace(ARABIC_ARTICLE, '');
  return (recogniser.phraseKinds([bare]) & PERSON_NAME_BIT) !== 0 && (recogniser.phraseKinds([lower[start]!]) & ORGANISATION_BITS) === 0;
}

/**
 * "Kataib Hezbollah": a "person" whose last word is an organisation the Phoenix dictionaries list and whose first and
 * last words are no listed personal names is that organisation's namesake, an organisation (the model called the Iraqi
 * militia a person). The first-name check keeps "François Hollande" (HOLLANDE is listed in a country's actor file).
 */
function organisationNamedAsPerson(recogniser: EntityRecogniser, lower: readonly string[], start: number, end: number): boolean {
  if (end - start < 2) return false;
  const last = recogniser.phraseKinds([lower[end - 1]!]);
  return (last & kindBit('actor-org')) !== 0 && (last & PERSON_NAME_BIT) === 0 && (recogniser.phraseKinds([lower[start]!]) & PERSON_NAME_BIT) === 0;
}

/**
 * Organisation heads that also end place names: "West Bank", "Civic Center", "Brampton Centre" (a
 * riding), "Soviet Union". A place span ending in any other organisation head is that organisation.
 */
const PLACE_NAMING_HEADS: ReadonlySet<string> = new Set(['Bank', 'Center', 'Centre', 'Union']);

/** The data-model type of one recognised span (rules 1–4 of this file's header). */
export function refineSpan(recogniser: EntityRecogniser, words: readonly string[], lower: readonly string[], start: number, end: number, type: string): TypedSpan {
  if (type === 'PER' && organisationNamedAsPerson(recogniser, lower, start, end)) return { start, end, type: 'ORG', method: 'rule:organisation-namesake' };
  if (type === 'PER') return { start, end, type: 'PERSON', method: 'model' };
  if (type === 'ORG' && isArticlePrefixedPersonName(recogniser, lower, start, end)) return { start, end, type: 'PERSON', method: 'rule:article-surname' };
  const head = HEADS.get(words[end - 1]!);
  if (head === 'FAC' && end - start >= 2) return { start, end, type: 'FAC', method: 'rule:facility-head' };
  const places = recogniser.phraseKinds(lower.slice(start, end)) & (type === 'ORG' ? COUNTRY_BIT : PLACE_BITS);
  if (places !== 0) return { start, end, type: 'GPE', method: 'gazetteer:place' };
  if (type === 'LOC' && head === 'ORG' && end - start >= 2 && !PLACE_NAMING_HEADS.has(words[end - 1]!)) return { start, end, type: 'ORG', method: 'rule:organisation-head' };
  return { start, end, type: type === 'ORG' ? 'ORG' : 'LOC', method: 'model' };
}
