/**
 * From token texts to typed entity spans: the trained recogniser (src/ner) finds
 * PER, ORG and LOC spans; written-down rules refine them into the types of the
 * data model, where the training data cannot tell them apart:
 *
 *  0. boundaries the model gets wrong are repaired (withRepairedBoundaries, withPersonsSplit):
 *     an organisation span, or any span ending in an organisation head, the model ends at "of" or
 *     "for" before capitalised words takes them in ("[Union] for French Democracy"); an
 *     organisation or territory head and "of" before a place make one name with it ("Housing
 *     Authority of [New Orleans]", "Principality of [Mingrelia]"); a place right before an
 *     organisation ending in a head joins it ("[California] [Republican Party]"); an organisation
 *     span coordinated after a head is split ("UK Unionist Party or Northern Ireland Unionist
 *     Party"); a person span run into a place or office is split ("[Dan Quayle] of [Indiana]",
 *     "[U.S.] President [George W. Bush]"); a span that is all a demonym ("South African" before
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
 *  1. a person's leading titles are not part of the name ("[President] Obama"), the convention
 *     of UNER and of the training data (datasets.ts strips them there);
 *     a one-word ORG span that is the Arabic article before a listed personal
 *     name, and no listed organisation, is a PERSON ("Al-Kazemi said");
 *  2. a span ending in a facility head ("Airport", "Embassy", "Bridge") is FAC;
 *  3. a LOC span that is a listed country, city or political place (gazetteer
 *     bits carried in the model) is GPE, and so is an ORG span that is a country:
 *     a country acting as a government is GPE, as in OntoNotes;
 *  4. other LOC spans stay LOC (rivers, regions, mountains);
 *  5. a capitalised demonym or group name outside any span ("Iraqi", "Shiite") is NORP.
 */
import type { EntityType } from '../../model/schema.js';
import { PERSON_TITLES } from '../../ner/datasets.js';
import { kindBit } from '../../ner/lexicon.js';
import { loadRecogniser, type EntityRecogniser } from '../../ner/recogniser.js';
import { actorFacts } from './actors.js';
import { getGazetteer, matchGazetteerAt } from './gazetteer.js';
import { headIndex, LOWERCASE_HEAD_GROUPS, NAME_HEAD_GROUPS, PLACE_OF_HEADS, wordSet } from './type-cues.js';
import { isCapitalised } from '../../ner/features.js';

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

const HEADS = headIndex(NAME_HEAD_GROUPS);
const LOWERCASE_HEADS = headIndex(LOWERCASE_HEAD_GROUPS);
const PLACE_BITS = kindBit('country') | kindBit('city') | kindBit('actor-place');
/** An organisation span becomes a GPE only when it is a country ("Iraq said"): "Chelsea" the club is no place. */
const COUNTRY_BIT = kindBit('country');

/** Typed spans per sentence for the sentences (token texts) of one document. */
export function recogniseTokens(sentences: readonly (readonly string[])[], recogniser: EntityRecogniser = loadRecogniser()): TypedSpan[][] {
  const gazetteer = getGazetteer();
  const tagged = withoutStormNames(sentences, withDefinedAcronyms(sentences, recogniser.tagDocument(sentences).map((spans, s) => withPersonsSplit(recogniser, sentences[s]!, withRepairedBoundaries(sentences[s]!, spans)))));
  const fullNameWords = wordsOfLongerPersons(sentences, tagged);
  return tagged.map((spans, s) => {
    const words = sentences[s]!;
    const lower = words.map((w) => w.toLowerCase());
    const out: TypedSpan[] = [];
    for (const [k, raw] of spans.entries()) {
      if (isUnsupportedLoneName(recogniser, words, raw, fullNameWords)) continue;
      const span = extendedToHead(words, raw, spans[k + 1]?.start);
      if (span.type === 'PER') while (span.end - span.start > 1 && PERSON_TITLES.has(lower[span.start]!)) span.start++;
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
      out.push(refine(recogniser, words, lower, span.start, span.end, span.type));
    }
    // Demonyms and groups the model leaves untagged.
    const covered = new Uint8Array(words.length);
    for (const span of out) covered.fill(1, span.start, span.end);
    for (let i = 0; i < words.length; i++) {
      if (covered[i]) continue;
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

/** The model's spans of one sentence with the boundary repairs below, in this order. */
function withRepairedBoundaries<S extends { start: number; end: number; type: string }>(words: readonly string[], spans: readonly S[]): S[] {
  const repaired = withCoordinationsSplit(words, withOrganisationTails(words, withPlacesJoined(words, withHeadsBefore(words, spans))));
  return withArabicArticles(words, repaired);
}

const INITIAL = /^\p{Lu}\.$/u;

/**
 * "[California] [Republican Party]": a place right before an organisation span that ends in an
 * organisation head names that organisation with it ("California Republican Party").
 */
export function withPlacesJoined<S extends { start: number; end: number; type: string }>(words: readonly string[], spans: readonly S[]): S[] {
  const out: S[] = [];
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k]!;
    const next = spans[k + 1];
    if (span.type === 'LOC' && next?.type === 'ORG' && next.start === span.end && HEADS.get(words[next.end - 1]!) === 'ORG') {
      out.push({ ...span, end: next.end, type: 'ORG' });
      k++;
    } else out.push(span);
  }
  return out;
}

/** A regnal number ends the name before "of" in "Vratislaus II of Bohemia": one name, not a person and a place. */
const REGNAL_NUMBER = /^[IVX]+$/;

/**
 * A person span the model ran into a place or an office beside the name:
 *  - "[Dan Quayle of Indiana]", "[Albert Chan of the People Power]": a name of two words or more, "of",
 *    and a place (by the lists) or else an organisation;
 *  - "[U.S. President George W. Bush]", "Governor of [Maine Susan Collins]": a listed place first, then
 *    titles or, after "of", nothing, then a name of two words or more.
 * A place part is LOC here and typed as every place is later (a demonym becomes NORP).
 */
export function withPersonsSplit<S extends { start: number; end: number; type: string }>(recogniser: EntityRecogniser, words: readonly string[], spans: readonly S[]): S[] {
  const out: S[] = [];
  for (const span of spans) {
    if (span.type !== 'PER' || span.end - span.start < 3) {
      out.push(span);
      continue;
    }
    const parts = personWithPlaceAfter(recogniser, words, span) ?? personWithPlaceBefore(recogniser, words, span);
    if (parts) out.push(...parts);
    else out.push(span);
  }
  return out;
}

function placeKinds(recogniser: EntityRecogniser, words: readonly string[], start: number, end: number): number {
  return recogniser.phraseKinds(words.slice(start, end).map((w) => w.toLowerCase())) & PLACE_BITS;
}

function personWithPlaceAfter<S extends { start: number; end: number; type: string }>(recogniser: EntityRecogniser, words: readonly string[], span: S): S[] | undefined {
  for (let of = span.start + 2; of < span.end - 1; of++) {
    if (words[of] !== 'of' || REGNAL_NUMBER.test(words[of - 1]!)) continue;
    const start = LEADING_ARTICLE_WORDS.has(words[of + 1]!) || words[of + 1] === 'the' ? of + 2 : of + 1;
    if (start >= span.end) return undefined;
    const type = placeKinds(recogniser, words, start, span.end) !== 0 ? 'LOC' : 'ORG';
    return [{ ...span, end: of }, { ...span, start, type }];
  }
  return undefined;
}

function personWithPlaceBefore<S extends { start: number; end: number; type: string }>(recogniser: EntityRecogniser, words: readonly string[], span: S): S[] | undefined {
  for (let k = span.end - 2; k > span.start; k--) {
    if (placeKinds(recogniser, words, span.start, k) === 0) continue;
    let name = k;
    while (name < span.end && PERSON_TITLES.has(words[name]!.toLowerCase())) name++;
    // "of [Franklin D. Roosevelt]": a name goes on after its first word's initial, so that word is no place.
    if (span.end - name < 2 || (name === k && words[span.start - 1] !== 'of') || INITIAL.test(words[name]!)) continue;
    return [{ ...span, end: k, type: 'LOC' }, { ...span, start: name }];
  }
  return undefined;
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
 * organisation, and the acronym with it.
 */
export function withSpelledOutAcronyms<S extends { start: number; end: number; type: string }>(words: readonly string[], spans: readonly S[]): S[] {
  const taken = new Uint8Array(words.length);
  for (const span of spans) taken.fill(1, span.start, span.end);
  const added: S[] = [];
  for (let i = 1; i + 2 < words.length; i++) {
    if (words[i] !== '(' || words[i + 2] !== ')' || taken[i - 1] || taken[i + 1] || !ACRONYM.test(words[i + 1]!)) continue;
    let start = i;
    while (start > 0 && !taken[start - 1] && (isCapitalised(words[start - 1]!) || (TAIL_INNER.has(words[start - 1]!) && start - 2 >= 0 && isCapitalised(words[start - 2]!)))) start--;
    while (start < i && !isCapitalised(words[start]!)) start++;
    if (start > 0 && start === i - 1 && LEADING_ARTICLE_WORDS.has(words[start]!)) continue;
    if (LEADING_ARTICLE_WORDS.has(words[start]!)) start++;
    const initials = words.slice(start, i).filter(isCapitalised).map((w) => w[0]).sort().join('');
    const capitals = [...words[i + 1]!].filter((c) => c >= 'A' && c <= 'Z').sort().join('');
    if (start >= i || initials !== capitals) continue;
    added.push({ start, end: i, type: 'ORG' } as S, { start: i + 1, end: i + 2, type: 'ORG' } as S);
  }
  return added.length === 0 ? [...spans] : [...spans, ...added].sort((a, b) => a.start - b.start);
}

const LEADING_ARTICLE_WORDS: ReadonlySet<string> = new Set(['The', 'A', 'An']);

const ARABIC_ARTICLE_WORD = /^(?:al|el|ad|an|ar|as|at|az|ash)$/i;

/**
 * Text tokenized as Universal Dependencies does splits "al-Sadr" into "al - Sadr", and the model
 * tags only "Sadr": a span right after an Arabic article and a hyphen takes both in.
 */
export function withArabicArticles<S extends { start: number; end: number }>(words: readonly string[], spans: readonly S[]): S[] {
  return spans.map((span, k) => {
    const start = span.start;
    const free = k === 0 || spans[k - 1]!.end <= start - 2;
    return free && start >= 2 && words[start - 1] === '-' && ARABIC_ARTICLE_WORD.test(words[start - 2]!) ? { ...span, start: start - 2 } : span;
  });
}

/**
 * "Housing Authority of [New Orleans]", "Parliament of [Norway]": untagged capitalised words ending in
 * an organisation head, then "of", then a place the model found, are one organisation, the place
 * taken in. A head that names a place ("City of Springfield", "Municipality of Culion") is no
 * organisation head; a territory's ("Principality of [Mingrelia]", "Colony of [Singapore]") makes
 * one place of the whole.
 */
export function withHeadsBefore<S extends { start: number; end: number; type: string }>(words: readonly string[], spans: readonly S[]): S[] {
  const out: S[] = [];
  for (const span of spans) {
    const previousEnd = out.length > 0 ? out[out.length - 1]!.end : 0;
    const of = words[span.start - 1] === 'the' ? span.start - 2 : span.start - 1;
    const head = of - 1;
    let type = span.type !== 'LOC' || words[of] !== 'of' || head < previousEnd ? undefined : headTypeBeforeOf(words[head]!);
    let start = head;
    if (!type && span.type === 'LOC' && words[of] === 'of' && head >= previousEnd && isCapitalised(words[head]!)) {
      // "Popular Front for the Liberation of [Palestine]": an organisation head further back in the name.
      const first = nameStartBefore(words, head, previousEnd);
      if (words.slice(first, head).some((w) => HEADS.get(w) === 'ORG' && !LEGAL_FORMS.has(w))) {
        type = 'ORG';
        start = first;
      }
    }
    if (!type) {
      out.push(span);
      continue;
    }
    while (start > previousEnd && isCapitalised(words[start - 1]!)) start--;
    if (LEADING_ARTICLE_WORDS.has(words[start]!) && start < head) start++;
    out.push({ ...span, start, type });
  }
  return out;
}

const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or']);

/**
 * "UK Unionist Party or Northern Ireland Unionist Party", "Conservative Party and Club of …": an
 * organisation span with "and" or "or" right after an organisation head is two names. Names with
 * "and" inside ("Social Democratic and Labour Party", "Peace and Freedom Party") have no head before it.
 */
export function withCoordinationsSplit<S extends { start: number; end: number; type: string }>(words: readonly string[], spans: readonly S[]): S[] {
  const out: S[] = [];
  for (const span of spans) {
    let start = span.start;
    for (let j = span.start + 1; span.type === 'ORG' && j + 1 < span.end; j++) {
      if (!COORDINATORS.has(words[j]!) || HEADS.get(words[j - 1]!) !== 'ORG' || !isCapitalised(words[j + 1]!)) continue;
      out.push({ ...span, start, end: j });
      start = LEADING_ARTICLE_WORDS.has(words[j + 1]!) && j + 2 < span.end ? j + 2 : j + 1;
    }
    out.push(start === span.start ? span : { ...span, start });
  }
  return out;
}

/** The first word of the capitalised name (inner "of", "for", "the", "and" allowed) that ends at `last`, not before `floor`. */
function nameStartBefore(words: readonly string[], last: number, floor: number): number {
  let start = last;
  for (;;) {
    let k = start - 1;
    while (k >= floor && TAIL_INNER.has(words[k]!)) k--;
    if (k < floor || !isCapitalised(words[k]!)) return start;
    start = k;
  }
}

const TERRITORY_HEADS = wordSet(PLACE_OF_HEADS);

/** The type a "<head> of <place>" name has, by its head; undefined when the head makes no name of it. */
function headTypeBeforeOf(word: string): 'ORG' | 'LOC' | undefined {
  if (TERRITORY_HEADS.has(word)) return 'LOC';
  return HEADS.get(word) === 'ORG' && !LEGAL_FORMS.has(word) ? 'ORG' : undefined;
}

/** "Google , Inc. of Mountain View": after a legal form, "of" gives the seat, not more of the name. */
const LEGAL_FORMS: ReadonlySet<string> = new Set(['Inc', 'Inc.', 'Ltd', 'Ltd.', 'Co.', 'Corp', 'Corp.', 'LLC', 'plc', 'PLC']);

const TAIL_LINKS: ReadonlySet<string> = new Set(['of', 'for']);
const TAIL_INNER: ReadonlySet<string> = new Set(['of', 'for', 'the', 'and', 'de', 'du', 'des', 'la', 'le']);

/**
 * An organisation span the model ends at "of" or "for" before more capitalised words takes them in
 * ("[Union] for French Democracy" → "Union for French Democracy"), with any span the model found
 * there ("Popular Front for the Liberation of [Palestine]").
 */
export function withOrganisationTails<S extends { start: number; end: number; type: string }>(words: readonly string[], spans: readonly S[]): S[] {
  const out: S[] = [];
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k]!;
    const headed = HEADS.get(words[span.end - 1]!) === 'ORG';
    if ((span.type !== 'ORG' && !headed) || !TAIL_LINKS.has(words[span.end] ?? '')) {
      out.push(span);
      continue;
    }
    let end = span.end;
    let i = span.end;
    while (i < words.length) {
      let j = i;
      while (j < words.length && TAIL_INNER.has(words[j]!)) j++;
      if (j === i || j >= words.length || !isCapitalised(words[j]!)) break;
      while (j < words.length && isCapitalised(words[j]!)) j++;
      end = j;
      i = j;
    }
    if (end === span.end || end - span.start > 10) {
      out.push(span);
      continue;
    }
    out.push({ ...span, end, type: 'ORG' });
    while (k + 1 < spans.length && spans[k + 1]!.start < end) k++;
  }
  return out;
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

function norp(start: number, end: number, country: string | undefined): TypedSpan {
  const span: TypedSpan = { start, end, type: 'NORP', method: 'gazetteer:demonym' };
  if (country) span.country = country;
  return span;
}

/**
 * A span with the capitalised words up to an organisation or facility head after it taken in; a
 * place or person that takes in an organisation head is an organisation ("Baghdad" + "University",
 * "Johns Hopkins" + "University"), and
 * takes in an "of" tail after the head ("Newfoundland" + "and Labrador Court of Appeal"). Nothing
 * is taken from `limit` on (the next span's start).
 */
export function extendedToHead<S extends { start: number; end: number; type: string }>(words: readonly string[], span: S, limit = words.length): S {
  const end = headExtendedEnd(words, span.end, limit);
  if (end === span.end) return { ...span };
  const type = span.type !== 'ORG' && HEADS.get(words[end - 1]!) === 'ORG' ? 'ORG' : span.type;
  const extended = { ...span, end, type };
  if (type !== 'ORG' || !TAIL_LINKS.has(words[end] ?? '')) return extended;
  const [withTail] = withOrganisationTails(words.slice(0, limit), [extended]);
  return withTail!;
}

/** Words that join two names before one head: "Newfoundland and Labrador Court", "Marks & Spencer Group". */
const HEAD_JOINERS: ReadonlySet<string> = new Set(['and', '&']);

/**
 * The end of a span after taking in up to three capitalised words (joined by "and" or "&" or not)
 * that end in an organisation or facility head.
 */
function headExtendedEnd(words: readonly string[], end: number, limit: number): number {
  let taken = 0;
  for (let k = end; k < limit && taken < 3; k++) {
    const word = words[k]!;
    if (HEAD_JOINERS.has(word) && taken < 2 && k + 1 < limit && isCapitalised(words[k + 1]!)) continue;
    if (!isCapitalised(word)) return end;
    taken++;
    if (HEADS.has(word)) return k + 1;
  }
  return end;
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

function refine(recogniser: EntityRecogniser, words: readonly string[], lower: readonly string[], start: number, end: number, type: string): TypedSpan {
  if (type === 'PER') return { start, end, type: 'PERSON', method: 'model' };
  if (type === 'ORG' && isArticlePrefixedPersonName(recogniser, lower, start, end)) return { start, end, type: 'PERSON', method: 'rule:article-surname' };
  const head = HEADS.get(words[end - 1]!);
  if (head === 'FAC' && end - start >= 2) return { start, end, type: 'FAC', method: 'rule:facility-head' };
  const places = recogniser.phraseKinds(lower.slice(start, end)) & (type === 'ORG' ? COUNTRY_BIT : PLACE_BITS);
  if (places !== 0) return { start, end, type: 'GPE', method: 'gazetteer:place' };
  return { start, end, type: type === 'ORG' ? 'ORG' : 'LOC', method: 'model' };
}
