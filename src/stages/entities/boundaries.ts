/**
 * Repairs of the boundaries the entity model gets wrong, over one sentence's spans (token ranges
 * with PER/ORG/LOC types), before the entity stage types them (recognise.ts). Each rule was kept
 * for a measured gain on the development sets (models/NER.md) and is tested in boundaries.test.ts.
 */
import { isCapitalised } from '../../ner/features.js';
import { PERSON_TITLES } from '../../ner/datasets.js';
import { kindBit } from '../../ner/lexicon.js';
import type { EntityRecogniser } from '../../ner/recogniser.js';
import { getGazetteer, matchGazetteerAt } from './gazetteer.js';
import { headIndex, NAME_HEAD_GROUPS, PLACE_OF_HEADS, wordSet } from './type-cues.js';

/** Last words that make a name an organisation or a facility ("Quds Force", "Baghdad International Airport"). */
export const HEADS = headIndex(NAME_HEAD_GROUPS);
export const PLACE_BITS = kindBit('country') | kindBit('city') | kindBit('actor-place');

/** The model's spans of one sentence with the boundary repairs below, in this order (withPersonsSplit and withAdministrationsOfPersons need the lists and run after). */
export function withRepairedBoundaries<S extends { start: number; end: number; type: string }>(words: readonly string[], spans: readonly S[]): S[] {
  const repaired = withCoordinationsSplit(words, withOrganisationTails(words, withPlacesJoined(words, withHeadsBefore(words, withImperativeOpenings(words, withCommasSplit(words, spans))))));
  const articles = withArabicArticles(words, repaired);
  return withInitials(words, withNameParticles(words, articles));
}

/** One capital, with or without a stop: "K.", "R", "V". "I" and "A" are words more often. */
const LONE_INITIAL = /^(?![IA]$)\p{Lu}\.?$/u;

/**
 * "[K. Michael Stevens]", "Image : [R Saravanan]", "[V K Choudhry]": initials right before a person
 * span are part of the name.
 */
export function withInitials<S extends { start: number; end: number; type: string }>(words: readonly string[], spans: readonly S[]): S[] {
  return withLeadingNameWords(words, spans, (word) => LONE_INITIAL.test(word));
}

/** The most words before a person span that withInitials and withNameParticles take in ("V K Choudhry", "von der Leyen"). */
const MAX_LEADING_NAME_WORDS = 2;

/** Person spans extended back over up to MAX_LEADING_NAME_WORDS words that `isLeading` accepts, never into the span before. */
function withLeadingNameWords<S extends { start: number; end: number; type: string }>(words: readonly string[], spans: readonly S[], isLeading: (word: string) => boolean): S[] {
  return spans.map((span, k) => {
    if (span.type !== 'PER') return span;
    const limit = k === 0 ? 0 : spans[k - 1]!.end;
    let start = span.start;
    while (start - 1 >= limit && span.start - (start - 1) <= MAX_LEADING_NAME_WORDS && isLeading(words[start - 1]!)) start--;
    return start === span.start ? span : { ...span, start };
  });
}

/**
 * Words before a name where a list or a preposition's object starts ("by the Stop the War Coalition",
 * ", Save the Children Fund"), and a date ("on Monday the Senate") does not.
 */
const NAME_OPENERS: ReadonlySet<string> = new Set(['the', ',', '(', 'and', 'or', 'by', 'of', 'from', 'with', 'for']);

/**
 * "Stop the [War Coalition]", "Save the [Children Fund]": an organisation span ending in a head, after
 * "the" and a capitalised word that no span holds, itself after a list comma or a preposition, is named
 * by the whole phrase.
 */
export function withImperativeOpenings<S extends { start: number; end: number; type: string }>(words: readonly string[], spans: readonly S[]): S[] {
  return spans.map((span, k) => {
    const before = span.start - 2;
    if (span.type !== 'ORG' || before < 1 || words[span.start - 1] !== 'the' || !isCapitalised(words[before]!) || !HEADS.has(words[span.end - 1]!)) return span;
    if (!NAME_OPENERS.has(words[before - 1]!) || (k > 0 && spans[k - 1]!.end > before)) return span;
    return { ...span, start: before };
  });
}

/** What may follow a comma inside one name: legal forms ("Google , Inc.", "CCGM , L.P."), "D.C.". */
const LEGAL_FORMS_AFTER_COMMA: ReadonlySet<string> = new Set(['Inc.', 'Inc', 'Ltd.', 'Ltd', 'L.P.', 'LP', 'LLC', 'L.L.C.', 'Corp.', 'Co.', 'plc', 'PLC', 'S.A.', 'AG', 'GmbH', 'N.V.', 'B.V.', 'Jr.', 'Jr', 'Sr.',
  // "Washington , D.C." is one name in the training data.
  'D.C.', 'DC']);

/**
 * "[Cato Institute , Earhart Foundation]", "[Chillicothe , OH]": an organisation or place span the model
 * ran over a comma is a list of names, one per part (UNER tags the city and the state apart), except
 * before a legal form ("Google , Inc.") or "D.C.", and an organisation before one word ("University of
 * California , Berkeley" names a campus). Persons keep theirs ("Lenhart , Matthew" is how e-mail
 * headers write a name).
 */
export function withCommasSplit<S extends { start: number; end: number; type: string }>(words: readonly string[], spans: readonly S[]): S[] {
  const out: S[] = [];
  for (const span of spans) {
    let start = span.start;
    if (span.type !== 'PER') {
      for (let i = span.start + 1; i < span.end - 1; i++) {
        if (words[i] !== ',' || LEGAL_FORMS_AFTER_COMMA.has(words[i + 1]!)) continue;
        // One word after the comma may be a campus or seat: "University of California , Berkeley".
        const next = words.indexOf(',', i + 1);
        if (span.type === 'ORG' && (next < 0 || next >= span.end ? span.end : next) - (i + 1) < 2) continue;
        out.push({ ...span, start, end: i });
        start = i + 1;
      }
    }
    out.push(start === span.start ? span : { ...span, start });
  }
  return out;
}

const ADMINISTRATION_WORDS: ReadonlySet<string> = new Set(['administration', 'Administration']);
const PERSON_NAME_BITS = kindBit('person-name') | kindBit('actor-person');
const ACTOR_PERSON_BIT = kindBit('actor-person');
const NOT_PERSON_BITS = PLACE_BITS | kindBit('demonym') | kindBit('company') | kindBit('actor-org');

/**
 * "the [Bush] administration", "the [Davis] Administration": the capitalised name (one or two words)
 * before "administration" is the person whose government it is, as UNER tags it. Written lower-case,
 * any name that is no listed place, demonym, company or acronym ("the US administration", "the
 * Kurdish administration"); written "Administration", only a listed personal name ("Social Security
 * Administration" is an organisation).
 */
export function withAdministrationsOfPersons<S extends { start: number; end: number; type: string }>(recogniser: EntityRecogniser, words: readonly string[], spans: readonly S[]): S[] {
  let out: S[] | undefined;
  for (let i = 1; i < words.length; i++) {
    if (!ADMINISTRATION_WORDS.has(words[i]!)) continue;
    let start = i;
    while (start > 0 && i - start < 2 && isCapitalised(words[start - 1]!) && !/^[A-Z.]+$/.test(words[start - 1]!)) start--;
    if (start === i || (start > 0 && isCapitalised(words[start - 1]!))) continue;
    const name = words.slice(start, i).map((w) => w.toLowerCase());
    // A listed political person ("Obama", also a town in Japan) outweighs the other lists.
    const notPerson = (kinds: number): boolean => (kinds & NOT_PERSON_BITS) !== 0 && (kinds & ACTOR_PERSON_BIT) === 0;
    if (notPerson(recogniser.phraseKinds(name)) || name.some((w) => notPerson(recogniser.phraseKinds([w])))) continue;
    if (words[i] === 'Administration' && !name.every((w) => (recogniser.phraseKinds([w]) & PERSON_NAME_BITS) !== 0)) continue;
    const current = out ?? spans;
    // Any span over the name or over the name and the head gives way to the person.
    const kept = current.filter((span) => span.end <= start || span.start > i);
    if (kept.length < current.length - 1 || current.some((span) => span.start < start && span.end > start)) continue;
    out = [...kept, { start, end: i, type: 'PER' } as S].sort((a, b) => a.start - b.start);
  }
  return out ?? [...spans];
}

/** Lower-case particles that open a surname: "bin Laden", "van Gogh", "de Gaulle", "von der Leyen". */
const SURNAME_PARTICLES: ReadonlySet<string> = new Set(['bin', 'ibn', 'bint', 'ben', 'van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'dos', 'das', 'le', 'la']);

/**
 * "look to [bin Laden]", "[von der Leyen]": a person span right after one or two lower-case surname
 * particles takes them in, as UNER and the training data write the name; the particles are left
 * out when the word before them is capitalised and untagged (a name the model missed the start of).
 */
export function withNameParticles<S extends { start: number; end: number; type: string }>(words: readonly string[], spans: readonly S[]): S[] {
  return withLeadingNameWords(words, spans, (word) => SURNAME_PARTICLES.has(word));
}

const INITIAL = /^\p{Lu}\.$/u;

/**
 * "[California] [Republican Party]": a place right before an organisation span that ends in an
 * organisation head names that organisation with it ("California Republican Party"); so does a place
 * before "and" and an organisation that opens with another place ("[Newfoundland] and [Labrador Court
 * of Appeal]"), neither a demonym.
 */
export function withPlacesJoined<S extends { start: number; end: number; type: string }>(words: readonly string[], spans: readonly S[]): S[] {
  const out: S[] = [];
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k]!;
    const next = spans[k + 1];
    if (span.type === 'LOC' && next?.type === 'ORG' && next.start === span.end && HEADS.get(words[next.end - 1]!) === 'ORG') {
      out.push({ ...span, end: next.end, type: 'ORG' });
      k++;
    } else if (span.type === 'LOC' && next?.type === 'ORG' && next.start === span.end + 1 && HEAD_JOINERS.has(words[span.end]!) && isPlaceBeforeHead(words, next) && !opensWithDemonym(words, span) && !opensWithDemonym(words, next)) {
      // "[Newfoundland] and [Labrador Court of Appeal]": two places before one head.
      out.push({ ...span, end: next.end, type: 'ORG' });
      k++;
    } else out.push(span);
  }
  return out;
}

/**
 * Whether an organisation span opens with capitalised words that are no heads and then has an
 * organisation head ("Labrador Court of Appeal", "Herzegovina Football Federation"): the words before
 * the head name the place it serves, which a place and "and" before the span can share.
 */
function isPlaceBeforeHead(words: readonly string[], span: { start: number; end: number }): boolean {
  for (let i = span.start; i < span.end; i++) {
    const word = words[i]!;
    if (!isCapitalised(word)) return false;
    if (HEADS.has(word)) return i > span.start && HEADS.get(word) === 'ORG';
  }
  return false;
}

/** "South African", "Azerbaijani Popular Front Party": a demonym describes; it names no place to share a head. */
function opensWithDemonym(words: readonly string[], span: { start: number }): boolean {
  return matchGazetteerAt(getGazetteer(), words, words.map((w) => w.toLowerCase()), span.start)?.type === 'NORP';
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

export const LEADING_ARTICLE_WORDS: ReadonlySet<string> = new Set(['The', 'A', 'An']);

const ARABIC_ARTICLE_WORD = /^(?:al|el|ad|an|ar|as|at|az|ash)$/i;

/** A name word with its Arabic article joined on ("al-Asad", "el-Sisi"), as our tokenizer keeps it. */
const ARTICLE_PREFIXED_NAME = /^(?:al|el|ad|an|ar|as|at|az|ash)-\p{Lu}/u;

/**
 * Text tokenized as Universal Dependencies does splits "al-Sadr" into "al - Sadr", and the model
 * tags only "Sadr": a span right after an Arabic article and a hyphen takes both in. A span right
 * before an untagged article-prefixed name takes it in too: the model tagged "[Ain] al-Asad air base"
 * (the Ain al-Asad base).
 */
export function withArabicArticles<S extends { start: number; end: number }>(words: readonly string[], spans: readonly S[]): S[] {
  return spans.map((span, k) => {
    const start = span.start;
    const free = k === 0 || spans[k - 1]!.end <= start - 2;
    const withArticle = free && start >= 2 && words[start - 1] === '-' && ARABIC_ARTICLE_WORD.test(words[start - 2]!) ? { ...span, start: start - 2 } : span;
    const next = spans[k + 1];
    const followed = span.end < words.length && ARTICLE_PREFIXED_NAME.test(words[span.end]!) && (!next || next.start > span.end);
    return followed ? { ...withArticle, end: span.end + 1 } : withArticle;
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
export const TAIL_INNER: ReadonlySet<string> = new Set(['of', 'for', 'the', 'and', 'de', 'du', 'des', 'la', 'le']);

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
 * that end in an organisation or facility head. A span that already ends in a head joins nothing:
 * "Conservative Party and Club of …" are two names.
 */
function headExtendedEnd(words: readonly string[], end: number, limit: number): number {
  const joins = !HEADS.has(words[end - 1]!);
  let taken = 0;
  for (let k = end; k < limit && taken < 3; k++) {
    const word = words[k]!;
    if (joins && HEAD_JOINERS.has(word) && taken < 2 && k + 1 < limit && isCapitalised(words[k + 1]!)) continue;
    if (!isCapitalised(word)) return end;
    taken++;
    if (HEADS.has(word)) return k + 1;
  }
  return end;
}
