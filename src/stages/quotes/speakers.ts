/**
 * Who the speaker of each attribution is: the entity its speaker phrase names,
 * or, for "he", "she", "they", "the minister", "the company", the most recent
 * compatible entity before it. A small rule set, in the order tried:
 *
 * 1. the phrase contains an entity mention → that entity (a person before an organisation before a place);
 * 2. a relative pronoun ("Cruz, who said") → its antecedent, by rules 1–4;
 * 3. a personal pronoun → going back sentence by sentence (at most MAX_SENTENCES_BACK), the
 *    speaker of a quote in that sentence if compatible, else the first compatible mention
 *    outside quotation marks (the likeliest subject); gender must agree when the text shows it;
 * 4. a definite role noun ("the minister", "the ministry") → the most recent entity seen with
 *    that role word beside a mention, else the most recent entity of the role's type;
 * 5. a participle or coordinated verb with no subject (", saying …", "and said") → the speaker
 *    of the previous attribution in the sentence, else the sentence's first person or organisation.
 */
import type { Entity, EntityType, Span } from '../../model/schema.js';
import type { Attribution } from './attribution-patterns.js';
import { wordAt, type DocumentView, type EntityMention } from './document-view.js';
import { isCueWord, phraseEndingAt, sourceAfter, subjectNounPhrase, type SourcePhrase } from './source-phrase.js';
import { MEDIUM_NOUNS } from './cues.js';
import { GENDERED_WORDS, ORG_ROLE_NOUNS, PERSON_ROLE_NOUNS, SPEAKER_PRONOUNS, wordSet, type PronounInfo } from './quote-words.js';

/** How far back a pronoun looks for its entity: news keeps a speaker's pronoun close to the name. */
const MAX_SENTENCES_BACK = 5;
/** Words around a mention read for its role ("Prime Minister X", "X, the minister,"). */
const ROLE_WINDOW = 4;

export interface Speaker {
  /** The speaker phrase as written (for an inherited speaker, the main clause's). */
  span?: Span;
  entityId?: string;
  /** Which rule found the entity: mention, relative, pronoun, role, inherited. */
  method?: string;
}

const FEMALE = wordSet(GENDERED_WORDS.female);
const MALE = wordSet(GENDERED_WORDS.male);
const PERSON_ROLES = wordSet(PERSON_ROLE_NOUNS);
const ORG_ROLES = wordSet(ORG_ROLE_NOUNS);
const PRONOUN_INFO = new Map<string, PronounInfo>(SPEAKER_PRONOUNS.map((p) => [p.pronoun, p]));
const POSSESSIVE_PRONOUNS = new Set(SPEAKER_PRONOUNS.filter((p) => p.possessive).map((p) => p.pronoun));
/** Words before a name that put it in a prepositional phrase, where the sentence's subject is not. */
const PREPOSITIONS = new Set(['in', 'on', 'at', 'to', 'of', 'for', 'from', 'with', 'by', 'about', 'against', 'after', 'before', 'during', 'over', 'under', 'into', 'toward', 'towards', 'like', 'than']);
const TYPE_PREFERENCE: readonly EntityType[] = ['PERSON', 'ORG', 'GPE', 'NORP', 'FAC', 'LOC', 'MISC', 'EVENT', 'PRODUCT'];

/** What the text says about each entity: its gender (from titles and role nouns beside it) and role words. */
interface EntityFacts {
  gender?: 'male' | 'female';
  roles: Set<string>;
}

function entityFacts(view: DocumentView): Map<Entity, EntityFacts> {
  const facts = new Map<Entity, EntityFacts>();
  for (const m of view.mentions) {
    const f = facts.get(m.entity) ?? { roles: new Set<string>() };
    for (let i = Math.max(0, m.first - ROLE_WINDOW); i < Math.min(view.words.length, m.last + ROLE_WINDOW); i++) {
      if (i >= m.first && i < m.last) continue;
      const w = view.words[i]!;
      if (w.sentence !== view.words[m.first]!.sentence) continue;
      if (PERSON_ROLES.has(w.lower) || ORG_ROLES.has(w.lower)) f.roles.add(w.lower);
      // Titles are read only right before the name; role nouns on either side.
      const adjacent = i === m.first - 1 || (i > m.last && i <= m.last + 2);
      if (adjacent && f.gender === undefined) {
        if (FEMALE.has(w.lower) && w.lower !== 'her' && w.lower !== 'she') f.gender = 'female';
        else if (MALE.has(w.lower) && !['he', 'his', 'him'].includes(w.lower)) f.gender = 'male';
      }
    }
    facts.set(m.entity, f);
  }
  return facts;
}

/**
 * Places and facilities: they speak only by metonymy, as the whole phrase ("Washington said", "the Kremlin said").
 * Nationalities too: inside a longer phrase one says whose the speaker is ("the Saudi foreign ministry", "Iraqi
 * officials"), not who speaks.
 */
const PLACE_TYPES: ReadonlySet<EntityType> = new Set(['GPE', 'LOC', 'FAC', 'NORP']);

/**
 * The entity a phrase names: its best mention outside quotation marks. A place inside a longer phrase is where the
 * speaker is from or works ("Jeff Miller, a city councilman in Hendersonville", "a resident of Baghdad"), not who
 * speaks, so a place names the speaker only as the whole phrase but for a leading article.
 */
function mentionIn(view: DocumentView, first: number, last: number): EntityMention | undefined {
  let best: EntityMention | undefined;
  const start = first + (/^(?:the|a|an)$/u.test(view.words[first]?.lower ?? '') ? 1 : 0);
  for (let i = first; i < last; i++) {
    const w = view.words[i]!;
    if (w.mention < 0 || w.passage >= 0) continue;
    const m = view.mentions[w.mention]!;
    if (PLACE_TYPES.has(m.entity.type) && (m.first > start || m.last < last)) continue;
    if (!best || TYPE_PREFERENCE.indexOf(m.entity.type) < TYPE_PREFERENCE.indexOf(best.entity.type)) best = m;
  }
  return best;
}

export function resolveSpeakers(view: DocumentView, attributions: readonly Attribution[]): Speaker[] {
  const facts = entityFacts(view);
  const speakers: Speaker[] = attributions.map(() => ({}));
  /** Resolved speaker entities by sentence, for pronouns looking back. */
  const speakerBySentence = new Map<number, Entity[]>();
  const entityById = new Map<string, Entity>();
  for (const m of view.mentions) entityById.set(m.entity.id, m.entity);

  const compatible = (entity: Entity, types: readonly string[], gender: 'male' | 'female' | undefined): boolean =>
    types.includes(entity.type) && (gender === undefined || facts.get(entity)?.gender === undefined || facts.get(entity)!.gender === gender);

  function byPronoun(wordIndex: number, info: PronounInfo): Entity | undefined {
    const sentence = view.words[wordIndex]!.sentence;
    for (let s = sentence; s >= Math.max(0, sentence - MAX_SENTENCES_BACK); s--) {
      if (s < sentence) {
        const quoted = (speakerBySentence.get(s) ?? []).filter((e) => compatible(e, info.refersTo, info.gender));
        if (quoted.length > 0) return quoted[quoted.length - 1];
      }
      const range = view.sentences[s]!;
      for (let i = range.first; i < (s === sentence ? wordIndex : range.last); i++) {
        const w = view.words[i]!;
        if (w.mention < 0 || w.passage >= 0) continue;
        const entity = view.mentions[w.mention]!.entity;
        if (compatible(entity, info.refersTo, info.gender)) return entity;
        i = view.mentions[w.mention]!.last - 1;
      }
    }
    return undefined;
  }

  function byRole(wordIndex: number, role: string): Entity | undefined {
    const types = PERSON_ROLES.has(role) ? ['PERSON'] : ['ORG', 'GPE'];
    let fallback: Entity | undefined;
    for (let k = view.mentions.length - 1; k >= 0; k--) {
      const m = view.mentions[k]!;
      if (m.start >= view.words[wordIndex]!.start || !types.includes(m.entity.type) || view.words[m.first]!.passage >= 0) continue;
      if (facts.get(m.entity)?.roles.has(role) || m.entity.name.toLowerCase().includes(role)) return m.entity;
      fallback ??= m.entity;
    }
    return fallback;
  }

  function resolvePhrase(phrase: SourcePhrase): { entity?: Entity; method?: string } {
    const mention = mentionIn(view, phrase.first, phrase.last);
    if (mention) return { entity: mention.entity, method: 'mention' };
    const head = view.words[phrase.last - 1]!;
    if (phrase.antecedent) {
      const resolved = resolvePhrase(phrase.antecedent);
      return resolved.entity ? { entity: resolved.entity, method: 'relative' } : {};
    }
    const pronoun = phrase.last - phrase.first === 1 ? PRONOUN_INFO.get(head.lower) : undefined;
    if (pronoun) {
      const entity = byPronoun(phrase.first, pronoun);
      return entity ? { entity, method: 'pronoun' } : {};
    }
    const determiner = view.words[phrase.first]!.lower;
    // "the Saudi foreign ministry": a role the phrase itself says whose it is needs no entity found before it.
    const owned = view.words.slice(phrase.first, phrase.last).some((w) => w.mention >= 0);
    if (!owned && (determiner === 'the' || determiner === 'this') && (PERSON_ROLES.has(head.lower) || ORG_ROLES.has(head.lower))) {
      const entity = byRole(phrase.first, head.lower);
      return entity ? { entity, method: 'role' } : {};
    }
    return {};
  }

  function phraseSpeaker(phrase: SourcePhrase): Speaker {
    const resolved = resolvePhrase(phrase);
    const span = { start: view.words[phrase.first]!.start, end: view.words[phrase.last - 1]!.end };
    return resolved.entity ? { span, entityId: resolved.entity.id, method: resolved.method! } : { span };
  }

  // In reading order of the cues, so that a pronoun finds the speakers before it.
  const anchor = (a: Attribution): number => (a.cue ? view.words[a.cue.first]!.start : a.content[0]!.start);
  const order = attributions.map((_, i) => i).sort((x, y) => anchor(attributions[x]!) - anchor(attributions[y]!));
  for (const i of order) {
    const a = attributions[i]!;
    let speaker: Speaker = {};
    if (a.cue?.verb?.subjectNotSource && !reportsAfterTo(view, a.cue.last)) {
      // "The plan appears to …": the writer's view of the subject, whose source the text does not name.
    } else if (a.source) {
      speaker = phraseSpeaker(a.source);
      // A noun phrase inside the clause before a colon is what the quotation is about, not its speaker (train source F1 +0.0005).
      if (a.pattern === 'colon' && !speaker.entityId && !isPronounPhrase(view, a.source)) speaker = subjectBeforeColonPhrase(view, a.source, byPronoun) ?? speaker;
    } else if (a.inheritsSpeaker && a.cue) {
      const relative = relativeClauseSubject(view, a.cue.first);
      const reduced = relative ? undefined : reducedRelativeHead(view, a.cue.first);
      speaker = relative ? phraseSpeaker(relative) : reduced ? { ...phraseSpeaker(reduced), method: 'inherited' } : inheritedSpeaker(view, attributions, speakers, i, byPronoun);
    } else if (a.pattern === 'unattributed-quote') {
      // A quotation no verb took: the name right after it ("“…,” Kelly charged"), else the subject of its
      // sentence, else the last speaker of its paragraph (train source F1 +0.0004).
      const after = nameAfterQuotation(view, a);
      speaker = after ? phraseSpeaker(after) : quotingSentenceSubject(view, a, byPronoun);
      if (!speaker.span) speaker = previousSpeakerInParagraph(view, attributions, speakers, i);
    }
    speakers[i] = speaker;
    const entity = speaker.entityId ? entityById.get(speaker.entityId) : undefined;
    if (entity && a.cue) {
      const s = view.words[a.cue.first]!.sentence;
      speakerBySentence.set(s, [...(speakerBySentence.get(s) ?? []), entity]);
    }
  }
  return speakers;
}

/**
 * "She appeared to imply that …", "Rubio seemed to urge …": a reporting verb after "seem to" or "appear to" is the
 * subject's own act, which PolNeAR attributes to the subject; "seemed to be ready" stays the writer's view.
 */
function reportsAfterTo(view: DocumentView, afterCue: number): boolean {
  const to = view.words[afterCue];
  const verb = view.words[afterCue + 1];
  return to?.lower === 'to' && verb !== undefined && verb.passage < 0 && isCueWord(verb);
}

/**
 * A quotation no verb took, inside a sentence that opens with its subject ("Dr. Muhammad Babar pondered who
 * might “testify for our innocence …”", "At the bottom it reads, “…”"): that subject is the likeliest source.
 */
function quotingSentenceSubject(view: DocumentView, a: Attribution, byPronoun: (word: number, info: PronounInfo) => Entity | undefined): Speaker {
  const at = wordAt(view, a.content[0]!.start);
  if (at >= view.words.length) return {};
  const range = view.sentences[view.words[at]!.sentence]!;
  let opening = at;
  while (opening > range.first && view.words[opening - 1]!.passage === view.words[at]!.passage && view.words[at]!.passage >= 0) opening--;
  if (opening <= range.first) return {};
  const start = afterDateline(view, range);
  const pronoun = subjectPronoun(view, start, opening);
  return pronoun >= 0 ? pronounSpeaker(view, pronoun, byPronoun) : firstNamedSubject(view, start, opening);
}

/** Words between a quotation's closing mark and its speaker's verb: "“…,” the economist Jared Bernstein wrote". */
const MAX_WORDS_TO_VERB = 8;

/**
 * A quotation opening its sentence and the speaker after it, which no verb pattern took: a verb and the
 * phrase after it ("“…,” said Tommy Vietor, a former spokesman"), a personal pronoun ("“…,” he replied"),
 * the words up to a reporting verb ("“…,” a voice over says"), else a person's or organisation's name
 * with its title ("“…,” Kelly charged in her now-infamous assault").
 */
function nameAfterQuotation(view: DocumentView, a: Attribution): SourcePhrase | undefined {
  const p = a.passages[a.passages.length - 1];
  if (p === undefined) return undefined;
  const passage = view.passages[p]!;
  const opening = wordAt(view, passage.markStart);
  const sentence = view.sentences[view.words[opening]!.sentence]!;
  if (opening !== sentence.first) return undefined;
  let i = wordAt(view, passage.markEnd);
  const range = i < view.words.length ? view.sentences[view.words[i]!.sentence]! : undefined;
  if (!range || range.paragraph !== sentence.paragraph) return undefined;
  while (i < range.last && view.words[i]!.text === ',') i++;
  if (i >= range.last) return undefined;
  if (isCueWord(view.words[i]!) && view.words[i]!.mention < 0) return sourceAfter(view, i + 1, range);
  if (PRONOUN_INFO.has(view.words[i]!.lower) && !POSSESSIVE_PRONOUNS.has(view.words[i]!.lower)) return { first: i, last: i + 1 };
  let named: SourcePhrase | undefined;
  for (let k = i; k < Math.min(range.last, i + MAX_WORDS_TO_VERB); k++) {
    const w = view.words[k]!;
    if (w.passage >= 0 || w.kind === 'punct') break;
    if (k > i && isCueWord(w) && w.mention < 0) return { first: i, last: k };
    if (w.mention >= 0 && !named) {
      const m = view.mentions[w.mention]!;
      if (m.entity.type === 'PERSON' || m.entity.type === 'ORG') named = { first: i, last: m.last };
    }
  }
  return named;
}

/** Words before a participle that make it part of the main clause, not a clause on the word: "began saying", "spent the day attacking", "is saying" (prepositions are checked against PREPOSITIONS). */
const NOT_REDUCED_RELATIVE_HEADS = new Set([
  'begin', 'began', 'begun', 'begins', 'start', 'started', 'starts', 'keep', 'kept', 'keeps', 'continue', 'continued', 'continues', 'stop', 'stopped', 'stops',
  'spent', 'spend', 'spends', 'avoid', 'avoided', 'finished', 'quit', 'resumed', 'recalled', 'remembered', 'denied', 'admitted', 'risk', 'mind',
  'is', 'was', 'are', 'were', 'be', 'been', 'being', 'am', 'always', 'who', 'which', 'that', 'interview', 'same', 'point', "'s", '’s', "'re", '’re', 'not', 'also', 'still', 'then', 'now', 'even', 'just',
  'him', 'her', 'them', 'me', 'us', 'it', 'himself', 'herself', 'themselves', 'itself', 'while', 'when', 'without', 'since', 'upon',
  'day', 'days', 'time', 'times', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hours', 'minutes', 'night', 'morning', 'afternoon', 'evening', 'weekend',
]);
/** Statements and their carriers: what one says is its issuer's (train: 12 "a statement saying" attributions, each to the office or campaign behind it). */
const STATEMENT_NOUNS = new Set([...MEDIUM_NOUNS, 'release', 'report', 'reports', 'call', 'conference', 'editorial', 'editorials', 'ad', 'ads', 'petition', 'petitions', 'banner', 'banners', 'sign', 'signs', 'data', 'survey', 'poll', 'spot', 'emails', 'cover', 'account', 'record']);
/** Prepositions of place and direction: a phrase after one is where the subject is ("on CNN", "around the world", "to the caucuses"). */
const PLACE_PREPOSITIONS = new Set(['on', 'around', 'to', 'amid', 'across', 'through', 'into', 'at', 'in', 'throughout']);
/** Determiners and quantifiers that open a noun phrase a participle can describe: "a U.S.-born gunman claiming …", "many voters saying …". */
const PHRASE_OPENERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'some', 'many', 'several', 'few', 'other', 'another', 'both', 'each', 'one', 'two', 'three']);

/**
 * The noun phrase a participle right after it describes, with no comma between ("four days after a U.S.-born gunman
 * claiming allegiance to …", "an item suggesting that …", "featuring Hispanics telling their family stories"): its
 * subject is that phrase, not the sentence's. Not after a verb, a preposition, a time or an object pronoun ("began
 * saying", "spent the day attacking", "by calling"): the participle then belongs to the main clause. A verb the rules
 * read as coordinated takes the phrase right before it too ("Sanders and Clinton both embrace …": "both"; on train 4
 * such speakers right, none lost, against the clause subject the coordination gave).
 */
function reducedRelativeHead(view: DocumentView, cue: number): SourcePhrase | undefined {
  const sentence = view.sentences[view.words[cue]!.sentence]!;
  const before = view.words[cue - 1];
  if (cue <= sentence.first || !before || before.kind !== 'word' || before.passage >= 0 || NOT_REDUCED_RELATIVE_HEADS.has(before.lower) || PREPOSITIONS.has(before.lower) || /ly$/u.test(before.lower)) return undefined;
  // "a statement saying …", "a press release stating …": PolNeAR gives what a statement says to whoever issued it.
  if (STATEMENT_NOUNS.has(before.lower)) return undefined;
  const phrase = phraseEndingAt(view, cue - 1, sentence);
  if (!phrase || phrase.antecedent || phrase.first === sentence.first) return undefined;
  const opener = view.words[phrase.first]!;
  // "told reporters asking …", "has drawn huge crowds describing …": the phrase is a verb's object or holds the verb; the participle is the subject's.
  // "was on CNN talking about …", "jetting around the world asking for money": a place the subject is in, not who acts.
  const verbBefore = phrase.first > sentence.first && (isCueWord(view.words[phrase.first - 1]!) || PLACE_PREPOSITIONS.has(view.words[phrase.first - 1]!.lower));
  if (verbBefore || (opener.text === opener.lower && /(?:ed|en)$/u.test(opener.lower))) return undefined;
  const named = view.words.slice(phrase.first, phrase.last).some((w) => w.mention >= 0);
  return PHRASE_OPENERS.has(opener.lower) || named || /^\p{Lu}/u.test(before.text) || /[a-z]s$/u.test(before.lower) ? phrase : undefined;
}

/** Relative pronouns that are the subject of their clause and stand for a person or a body. */
const SUBJECT_RELATIVES = new Set(['who', 'which']);
/** Punctuation that closes a relative clause: a verb after it belongs to the main clause. */
const CLAUSE_PUNCTUATION = new Set([',', ';', ':', '—', '–', '(', ')']);

/**
 * A participle or coordinated verb inside a relative clause ("Clarke, who recently co-authored a paper
 * outlining how …", "Mr. Murdoch, who is enjoying his new role and is saying …") has the relative pronoun
 * as its subject, not the main clause's: the pronoun, standing for the phrase before it.
 */
function relativeClauseSubject(view: DocumentView, cue: number): SourcePhrase | undefined {
  const sentence = view.sentences[view.words[cue]!.sentence]!;
  for (let i = cue - 1; i > sentence.first; i--) {
    const w = view.words[i]!;
    if (w.passage >= 0 || CLAUSE_PUNCTUATION.has(w.text)) return undefined;
    if (!SUBJECT_RELATIVES.has(w.lower)) continue;
    const antecedentEnd = view.words[i - 1]!.text === ',' ? i - 2 : i - 1;
    const antecedent = antecedentEnd >= sentence.first ? phraseEndingAt(view, antecedentEnd, sentence) : undefined;
    return antecedent ? { first: i, last: i + 1, antecedent } : { first: i, last: i + 1 };
  }
  return undefined;
}

/** A phrase that is one personal pronoun ("he", "they"), not a possessive's noun phrase ("his familiar lines"). */
const isPronounPhrase = (view: DocumentView, phrase: SourcePhrase): boolean => phrase.last - phrase.first === 1 && PRONOUN_INFO.has(view.words[phrase.first]!.lower);

/** Punctuation after which a phrase before a colon is a label: "… - Philip Bump: “…”". */
const LABEL_OPENERS = new Set(['-', '—', '–', ':', '.']);

/**
 * The speaker of a quotation after a colon whose phrase before it stands inside a clause ("Perez lobbies
 * for a higher minimum wage: “…”", "he returned to his familiar lines: “…”"): the clause's subject, a
 * personal pronoun or a name, else none (the phrase is what is said, not who says it); undefined when the
 * phrase opens its sentence or follows a dash, as a label does ("Poll: …", "… - Philip Bump: “…”").
 */
function subjectBeforeColonPhrase(view: DocumentView, phrase: SourcePhrase, byPronoun: (word: number, info: PronounInfo) => Entity | undefined): Speaker | undefined {
  const range = view.sentences[view.words[phrase.first]!.sentence]!;
  const start = afterDateline(view, range);
  if (phrase.first <= start || LABEL_OPENERS.has(view.words[phrase.first - 1]!.text)) return undefined;
  const pronoun = subjectPronoun(view, start, phrase.first);
  if (pronoun >= 0) return pronounSpeaker(view, pronoun, byPronoun);
  return firstNamedSubject(view, start, phrase.first);
}

/** The speaker of the nearest attribution before `index` in the same paragraph. */
function previousSpeakerInParagraph(view: DocumentView, attributions: readonly Attribution[], speakers: readonly Speaker[], index: number): Speaker {
  const paragraphOf = (offset: number): number => view.sentences[view.words[Math.min(wordAt(view, offset), view.words.length - 1)]!.sentence]!.paragraph;
  const here = paragraphOf(attributions[index]!.content[0]!.start);
  for (let j = index - 1; j >= 0; j--) {
    if (paragraphOf(attributions[j]!.content[0]!.start) !== here) break;
    if (speakers[j]?.span) return { ...speakers[j]!, method: 'inherited' };
  }
  return {};
}

/** Connectives that open a sentence before its subject: "Then he …", "But she …", "And they …". */
const SENTENCE_CONNECTIVES = new Set(['then', 'but', 'and', 'so', 'yet', 'still', 'later', 'now', 'also', 'instead', 'meanwhile', 'again', 'finally']);

/** Personal pronouns that can be a clause's subject. */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);

/** A personal pronoun at the start of the sentence, or right after its first comma ("On Monday, he …"), before `before`; -1 if none. */
function subjectPronoun(view: DocumentView, first: number, before: number): number {
  const isSubject = (i: number): boolean => i < before && SUBJECT_PRONOUNS.has(view.words[i]!.lower);
  if (isSubject(first)) return first;
  // "Then he cut into Bush, calling him …", "But she said …": a connective opening the sentence stands before its subject.
  if (SENTENCE_CONNECTIVES.has(view.words[first]!.lower) && isSubject(first + 1)) return first + 1;
  for (let i = first; i < before; i++) {
    if (view.words[i]!.text !== ',') continue;
    return isSubject(i + 1) ? i + 1 : -1;
  }
  return -1;
}

/** The speaker of a participle's or coordinated verb's main clause: an earlier attribution in the sentence, or the sentence's subject. */
function inheritedSpeaker(view: DocumentView, attributions: readonly Attribution[], resolved: readonly Speaker[], index: number, byPronoun: (word: number, info: PronounInfo) => Entity | undefined): Speaker {
  const cue = attributions[index]!.cue!;
  const sentence = view.words[cue.first]!.sentence;
  // The clause the verb stands in: past an opening subordinate clause or time adverbial, or a second clause after ", and" with a subject of its own.
  const range = view.sentences[sentence]!;
  const start = coordinatedClauseStart(view, mainClauseStart(view, afterDateline(view, range), cue.first), cue.first);
  let nearest = -1;
  attributions.forEach((other, j) => {
    if (!other.cue || view.words[other.cue.first]!.sentence !== sentence || other.cue.first >= cue.first || other.cue.first < start || !resolved[j]?.span) return;
    // A possessive owns a noun of saying, not the clause: in "She escalated her criticism, telling CNN …" the participle is hers, not "her".
    const said = view.text.slice(resolved[j]!.span!.start, resolved[j]!.span!.end).toLowerCase();
    if (POSSESSIVE_PRONOUNS.has(said)) return;
    // A relative clause's verb ("Mr. McConnell, who has endorsed Mr. Trump, offered …, stressing …") lends its pronoun to no verb after the clause's comma.
    if (SUBJECT_RELATIVES.has(said) && hasCommaBetween(view, other.cue.last, cue.first)) return;
    if (nearest < 0 || other.cue.first > attributions[nearest]!.cue!.first) nearest = j;
  });
  if (nearest >= 0) return { ...resolved[nearest]!, method: 'inherited' };
  const fronted = subjectAfterFrontedClause(view, cue, byPronoun);
  if (fronted.span) return fronted;
  // The sentence's subject: a personal pronoun opening it or its main clause ("He sent an email, vowing …"),
  // else its first person or organisation not inside a prepositional phrase ("In response to Trump's plan, Clinton …").
  let pronoun = subjectPronoun(view, start, cue.first);
  // "…, a day after he drew criticism for promoting …": else a pronoun nearer the verb, with no name between (train source F1 +0.0003).
  if (pronoun < 0) pronoun = nearestSubjectPronoun(view, start, cue.first);
  if (pronoun >= 0) return pronounSpeaker(view, pronoun, byPronoun);
  // A common-noun subject ("The billionaire businessman began by talking about …"): the phrase, with the entity it names if any.
  const subject = subjectNounPhrase(view, { ...range, first: start }, cue.first);
  if (subject) {
    const span = { start: view.words[subject.first]!.start, end: view.words[subject.last - 1]!.end };
    const mention = mentionIn(view, subject.first, subject.last);
    return mention ? { span, entityId: mention.entity.id, method: 'inherited' } : { span, method: 'inherited' };
  }
  return firstNamedSubject(view, start, cue.first);
}

/** A personal pronoun as an inherited speaker, with the entity it refers to. */
function pronounSpeaker(view: DocumentView, pronoun: number, byPronoun: (word: number, info: PronounInfo) => Entity | undefined): Speaker {
  const entity = byPronoun(pronoun, PRONOUN_INFO.get(view.words[pronoun]!.lower)!);
  const span = { start: view.words[pronoun]!.start, end: view.words[pronoun]!.end };
  return entity ? { span, entityId: entity.id, method: 'inherited' } : { span, method: 'inherited' };
}

/** The first person or organisation in [start, before) outside quotation marks and not inside a prepositional phrase. */
function firstNamedSubject(view: DocumentView, start: number, before: number): Speaker {
  for (let i = start; i < before; i++) {
    const w = view.words[i]!;
    if (w.mention < 0 || w.passage >= 0) continue;
    const m = view.mentions[w.mention]!;
    const previous = m.first > start ? view.words[m.first - 1]!.lower : '';
    if ((m.entity.type === 'PERSON' || m.entity.type === 'ORG') && !PREPOSITIONS.has(previous)) return { span: { start: m.start, end: m.end }, entityId: m.entity.id, method: 'inherited' };
    i = m.last - 1;
  }
  return {};
}

/** The nearest personal pronoun before `before` outside quotation marks with no name between; -1 if none. */
function nearestSubjectPronoun(view: DocumentView, first: number, before: number): number {
  for (let i = before - 1; i >= first; i--) {
    const w = view.words[i]!;
    if (w.passage >= 0) continue;
    if (SUBJECT_PRONOUNS.has(w.lower)) return i;
    if (w.mention >= 0) return -1;
  }
  return -1;
}

/** Conjunctions that open a second main clause after a comma: "Christie unleashed attacks, and the New Jersey governor tripped up Rubio by calling …". */
const CLAUSE_CONJUNCTIONS = new Set(['and', 'but', 'yet', 'so']);
/** Words that open a subject after a clause's conjunction: "…, and the New Jersey governor …". */
const SUBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'these', 'those']);

/** The start of the last clause before `before` opened by a comma and a conjunction with a subject after it (pronoun, name or determiner); else `start`. */
function coordinatedClauseStart(view: DocumentView, start: number, before: number): number {
  for (let i = before - 2; i > start; i--) {
    const w = view.words[i]!;
    if (w.passage >= 0 || !CLAUSE_CONJUNCTIONS.has(w.lower) || view.words[i - 1]!.text !== ',') continue;
    const next = view.words[i + 1]!;
    return SUBJECT_PRONOUNS.has(next.lower) || next.mention >= 0 || SUBJECT_DETERMINERS.has(next.lower) ? i + 1 : start;
  }
  return start;
}

/** Whether a comma outside quotation marks stands in [from, to). */
function hasCommaBetween(view: DocumentView, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (view.words[i]!.text === ',' && view.words[i]!.passage < 0) return true;
  return false;
}

/** Subordinators that open a sentence with a clause of their own: "Though she never mentioned Sanders by name, Clinton cast …". */
const SUBORDINATE_OPENERS = new Set(['when', 'while', 'though', 'although', 'as', 'after', 'before', 'since', 'if', 'because', 'once', 'until', 'even', 'ever', 'whether', 'unless']);

/**
 * Where the main clause begins in [start, before): past an opening subordinate clause and its comma
 * ("When liberal organizations advocated …, Rahm Emanuel pressured them … by threatening"), else at `start`.
 */
function mainClauseStart(view: DocumentView, start: number, before: number): number {
  const subordinate = SUBORDINATE_OPENERS.has(view.words[start]!.lower);
  for (let i = start + 1; i < before - 1; i++) {
    if (view.words[i]!.text === ',' && view.words[i]!.passage < 0) return subordinate || isTimeAdverbial(view, start, i) ? i + 1 : start;
  }
  return start;
}

/** Words that make an opening phrase a time adverbial: "The day before, …", "Two weeks after Justice Scalia died, …". */
const TIME_UNITS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hours', 'minutes', 'ago', 'later', 'earlier', 'before', 'after']);
/** The longest opening time adverbial read before its comma. */
const MAX_TIME_ADVERBIAL_WORDS = 8;

function isTimeAdverbial(view: DocumentView, first: number, comma: number): boolean {
  if (comma - first > MAX_TIME_ADVERBIAL_WORDS) return false;
  // "A few minutes later they reversed themselves, rushed …": a subject pronoun before the comma means the main clause began there.
  if (view.words.slice(first, comma).some((w) => SUBJECT_PRONOUNS.has(w.lower))) return false;
  for (let i = first; i < comma; i++) if (TIME_UNITS.has(view.words[i]!.lower)) return true;
  return false;
}

/** The most words of a dateline opening a story's first sentence: "ORLANDO, Fla. (Reuters) -". */
const MAX_DATELINE_WORDS = 10;

/** The first word after a dateline ("ORLANDO, Fla. (Reuters) - President Obama met …"): the agency in it is no subject. */
function afterDateline(view: DocumentView, range: { first: number; last: number }): number {
  for (let i = range.first + 1; i < Math.min(range.last - 1, range.first + MAX_DATELINE_WORDS); i++) {
    if (view.words[i]!.text === ')' && /^[-—–]$/u.test(view.words[i + 1]!.text)) return i + 2;
  }
  return range.first;
}

/** The most words before a fronted participle: "One month after announcing …", "In rejecting …". */
const MAX_FRONTED_WORDS = 4;
/** The most words after the fronted clause's comma before the subject's name: "…, Democratic presidential candidate Marco Rubio". */
const MAX_SUBJECT_OFFSET = 4;

/**
 * "Conceding that …, he warned", "In rejecting the challenge, the commission recognized …": a participle
 * that opens its sentence has the main clause's subject, which follows the clause's comma.
 */
function subjectAfterFrontedClause(view: DocumentView, cue: { first: number; last: number }, byPronoun: (word: number, info: PronounInfo) => Entity | undefined): Speaker {
  const range = view.sentences[view.words[cue.first]!.sentence]!;
  if (cue.first - range.first > MAX_FRONTED_WORDS) return {};
  const nextComma = (from: number): number => {
    let comma = from;
    while (comma < range.last && !(view.words[comma]!.text === ',' && view.words[comma]!.passage < 0)) comma++;
    return comma;
  };
  let comma = nextComma(cue.last);
  // "After thanking the raucous crowd, which periodically chanted his name, he touted …": a relative clause on the
  // participle's object comes before the main clause's subject.
  if (SUBJECT_RELATIVES.has(view.words[comma + 1]?.lower ?? '')) comma = nextComma(comma + 1);
  const first = comma + 1;
  if (first >= range.last) return {};
  const w = view.words[first]!;
  const info = PRONOUN_INFO.get(w.lower);
  if (info && !info.possessive) {
    const entity = byPronoun(first, info);
    const span = { start: w.start, end: w.end };
    return entity ? { span, entityId: entity.id, method: 'inherited' } : { span, method: 'inherited' };
  }
  const mention = mentionIn(view, first, Math.min(range.last, first + MAX_SUBJECT_OFFSET + 1));
  if (mention && (mention.entity.type === 'PERSON' || mention.entity.type === 'ORG')) return { span: { start: mention.start, end: mention.end }, entityId: mention.entity.id, method: 'inherited' };
  return {};
}
