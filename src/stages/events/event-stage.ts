/**
 * The events stage: who did what to whom, when and where, coded in CAMEO and
 * PLOVER. Each sentence's verb clauses (from our dependency parse) go through the
 * PETRARCH coder with the committed dictionaries; actors the dictionaries do not
 * know take our entities' actor codes (or stay uncoded when they are a noun
 * phrase); an event needs at least one side that is a coded actor or an entity, and a
 * side that is no actor at all ("ten rockets", "told reporters") is dropped, with the
 * event when its code needs that side (actor-plausibility.ts).
 * Each event gets its CAMEO root, QuadClass, Goldstein weight and PLOVER type and
 * mode, its own date and kind (event-time.ts), the place named in its clause
 * (from the places stage, metonymy excluded), a confidence and its sentence.
 */
import type { Entity, Event, Place, Quote, Span, TimeExpression, Token } from '../../model/schema.js';
import type { WorkingDocument } from '../../model/working-document.js';
import { SyntaxView } from '../../nlp/syntax-query.js';
import { sentenceTokenRanges } from '../syntax/sentence-tokens.js';
import { addIssue } from '../../pipeline/issues.js';
import { foreignParagraphs, isUnsupportedLanguage } from '../nlp/language.js';
import type { Stage } from '../../pipeline/stage.js';
import type { CameoTable } from './cameo.js';
import { headNoun, namesThing, ownerOf, plausibleActorPhrase, withActorSides } from './actor-plausibility.js';
import { EventCoder, objectSensed, type CodedEvent } from './coder.js';
import { frameFromDependencies } from './dependency-frame.js';
import { needsTarget } from './dyadic-roots.js';
import { confidenceFeatures, loadConfidenceModel, scoreConfidence, type ConfidenceModel } from './event-confidence.js';
import { withoutLowerCaseActors, withoutNameTails } from './name-tails.js';
import { location } from './event-location.js';
import { entityIndex, mentionOverlap, sentenceBuckets } from './document-index.js';
import { loadRecogniser } from '../../ner/recogniser.js';
import { kindBit } from '../../ner/lexicon.js';
import { directQuotationWords, resolvedSpeakerAt, sourceQuotedAway, sourceRunsIntoQuote } from './quote-sides.js';
import { loadCameoTable, loadEventDictionaries } from './event-resources.js';
import { eventDate, eventKind } from './event-time.js';
import { phraseTokens, type NounPhrase, type SentenceFrame } from './sentence-frame.js';
import { phraseCodes, type ActorMention } from './actor-coder.js';
import { strivingNotForce } from './actor-senses.js';
import { nearestActorEvent, type NamedActor } from './nearest-actors.js';
import { actsOnSomeone, electoralContest, nominalCode, objectSenseCode, ploverSense } from './verb-senses.js';

/** More events than this from one sentence is a sign of a list or a misparse: keep the main ones. */
export const MAX_EVENTS_PER_SENTENCE = 4;
/** Sentences longer than this (in tokens) are tables or run-ons: not coded. */
export const MAX_SENTENCE_TOKENS = 120;
/** Only the first sentences of a very long document are coded. */
export const MAX_SENTENCES = 3000;
const MAX_ACTOR_TEXT = 80;
/** First names (name-tails.ts): the entity recogniser's personal-name list. */
const PERSONAL_NAME_BIT = kindBit('person-name');

const NOUNS: ReadonlySet<string> = new Set(['PROPN', 'NOUN']);
/** CAMEO roots of force (18 assault, 19 fight, 20 mass violence), which strike things as well as people. */
const FORCE_ROOTS = /^(18|19|20)/;
/** Subordinators of a condition: the clause they mark states what would have to happen, not what did. */
const CONDITIONS: ReadonlySet<string> = new Set(['if', 'unless']);
const ENTITY_PRIORITY: readonly string[] = ['PERSON', 'ORG', 'GPE', 'FAC', 'LOC', 'NORP', 'EVENT', 'PRODUCT', 'MISC'];

export interface EventInput {
  text: string;
  sentences: readonly Span[];
  tokens: readonly Token[];
  entities: readonly Entity[];
  times: readonly TimeExpression[];
  places?: readonly Place[];
  /** The quotes stage's quotations, when it ran: a verb outside a quotation takes no subject from inside it. */
  quotes?: readonly Quote[];
  /** ISO publication time; its day dates reported events. */
  published?: string;
}

export interface EventOutput {
  events: Event[];
  /** Sentences whose events were capped, and sentences left uncoded for their length. */
  capped: number[];
  tooLong: number[];
  truncated: boolean;
}

let shared: { coder: EventCoder; cameo: CameoTable; confidenceModel: ConfidenceModel } | undefined;
function resources(): { coder: EventCoder; cameo: CameoTable; confidenceModel: ConfidenceModel } {
  shared ??= { coder: new EventCoder(loadEventDictionaries()), cameo: loadCameoTable(), confidenceModel: loadConfidenceModel() };
  return shared;
}

/**
 * The sentences findEvents can code (indices into input.sentences), told from their words, tags and entities alone,
 * before any parse: one of 3 to MAX_SENTENCE_TOKENS tokens among the first MAX_SENTENCES, with a word the verb
 * dictionary knows tagged as a verb (or as a plural noun: an object relative's verb, dependency-frame.ts; or not yet
 * tagged), and a side that can be someone, as `anchored` requires: a dictionary actor or agent, or a mention of one of
 * our entities. The pipeline tags and parses only these sentences (src/pipeline/registry.ts), so this must stay a
 * superset of what findEvents codes; findEvents skips the rest. With `among` (what this gave before tagging, on the
 * same words and entities), only those sentences are looked at, and only for their verb: tagging can take a verb away
 * (a word stops counting as one) but changes no side.
 */
export function codableSentences(input: Pick<EventInput, 'text' | 'sentences' | 'tokens' | 'entities' | 'published'>, among?: ReadonlySet<number>): Set<number> {
  const { coder } = resources();
  const { text, tokens } = input;
  const date = publicationDay(input.published)?.replaceAll('-', '');
  const word = tokenWords(text, tokens);
  const hasVerb = (first: number, end: number): boolean => {
    for (let i = first; i < end; i++) {
      const tag = tokens[i]!.tag;
      if ((tag === undefined || VERB_OR_PLURAL.test(tag)) && coder.verbs.isVerb(word(i))) return true;
    }
    return false;
  };
  const named = mentionOverlap(input.entities);
  const codable = new Set<number>();
  sentenceTokenRanges(tokens, input.sentences).slice(0, MAX_SENTENCES).forEach(({ first, end }, si) => {
    if ((among && !among.has(si)) || end - first > MAX_SENTENCE_TOKENS || end - first < 3 || !hasVerb(first, end)) return;
    // Sentences among those codable before tagging have their side already: tags change none of it.
    if (among || named(tokens[first]!.start, tokens[end - 1]!.end) || coder.actors.hasMention(sentenceWords(word, first, end), date)) codable.add(si);
  });
  return codable;
}

/** A token's word as the dictionaries spell it: upper case, with a straight apostrophe. */
function dictionaryWord(text: string, t: Token): string {
  const upper = text.slice(t.start, t.end).toUpperCase();
  return upper.includes('’') ? upper.replaceAll('’', "'") : upper;
}

/**
 * The dictionary words of a token array, each made once per document (a WeakMap on the array): the pos and parse
 * stages' sentence selection and this stage's frames all read them. A token array read against another text starts
 * afresh; tagging and parsing change no word.
 */
const wordsOfTokens = new WeakMap<readonly Token[], { text: string; words: (string | undefined)[] }>();
function tokenWords(text: string, tokens: readonly Token[]): (i: number) => string {
  let cached = wordsOfTokens.get(tokens);
  if (!cached || cached.text !== text) wordsOfTokens.set(tokens, (cached = { text, words: new Array<string | undefined>(tokens.length) }));
  const words = cached.words;
  return (i) => (words[i] ??= dictionaryWord(text, tokens[i]!));
}

function sentenceWords(word: (i: number) => string, first: number, end: number): string[] {
  const out: string[] = [];
  for (let i = first; i < end; i++) out.push(word(i));
  return out;
}

const VERB_OR_PLURAL = /^(VB|NNS$)/;

/** The YYYY-MM-DD day of an ISO publication time, the day reported events happen on unless the text dates them. */
function publicationDay(published: string | undefined): string | undefined {
  return published ? /^\d{4}-\d{2}-\d{2}/.exec(published)?.[0] : undefined;
}

/**
 * A document's codable sentences, worked out once per document in the pipeline (a WeakMap, so nothing is serialised):
 * before tagging for the pos stage's selection, and after it for the parse stage's and this stage's, rechecking only
 * the sentences codable before. Valid while nothing retags the tokens or replaces the entities after the parse.
 */
const perDocument = new WeakMap<WorkingDocument, { untagged?: Set<number>; tagged?: Set<number> }>();
export function documentCodableSentences(doc: WorkingDocument, phase: 'untagged' | 'tagged'): Set<number> {
  // Not English: nothing is coded, so nothing needs tags or trees.
  if (isUnsupportedLanguage(doc)) return new Set();
  let cached = perDocument.get(doc);
  if (!cached) perDocument.set(doc, (cached = {}));
  const input = { text: doc.text!, sentences: doc.sentences!, tokens: doc.tokens!, entities: doc.entities!, ...(doc.published ? { published: doc.published } : {}) };
  // Worked out here too when no pos stage asked first, so that a paragraph in another language stays out either way.
  const untagged = (cached.untagged ??= withoutForeignParagraphs(doc, codableSentences(input)));
  if (phase === 'untagged') return untagged;
  return (cached.tagged ??= codableSentences(input, untagged));
}

/**
 * The sentences left when those of paragraphs reliably in another language (foreignParagraphs) are taken out: a
 * German paragraph under English boilerplate gave "ASSAULT" events from "die". A `language.mixed` issue says so.
 */
function withoutForeignParagraphs(doc: WorkingDocument, sentences: Set<number>): Set<number> {
  const foreign = doc.paragraphs ? foreignParagraphs(doc.text!, doc.paragraphs) : [];
  const inForeign = (s: Span): boolean => foreign.some((f) => s.start >= f.span.start && s.end <= f.span.end);
  const kept = new Set<number>();
  for (const i of sentences) if (!inForeign(doc.sentences![i]!)) kept.add(i);
  if (foreign.length > 0) {
    const codes = [...new Set(foreign.map((f) => f.code))].join(', ');
    addIssue(doc, 'events', 'language.mixed', `${foreign.length} paragraph(s) in another language (${codes}) were not coded for events`);
  }
  return kept;
}

export function findEvents(input: EventInput, known?: ReadonlySet<number>): EventOutput {
  const { coder, cameo, confidenceModel } = resources();
  const codable = known ?? codableSentences(input);
  const quotedWords = directQuotationWords(input.quotes ?? []);
  const view = new SyntaxView(input.text, input.tokens);
  const published = publicationDay(input.published);
  // The dictionaries' dated entries read YYYYMMDD.
  const dictionaryDate = published?.replaceAll('-', '');
  const mentionOwner = entityIndex(input.entities);
  // What each sentence needs of the document's times, places and nationality words, found once: looking them up in
  // the whole document per sentence or per event was quadratic (a 1 MB page of 8,000 paragraphs: 55 s).
  const inSentence = sentenceBuckets(input.sentences);
  const documentTimes = input.times.filter((t) => (t.origin ?? 'text') !== 'text');
  const textTimesOf = inSentence(input.times.filter((t) => (t.origin ?? 'text') === 'text'));
  const placesOf = inSentence(input.places ?? []);
  const demonymsOf = inSentence(input.entities.filter((x) => x.type === 'NORP').flatMap((x) => x.mentions));
  const names = loadRecogniser();
  const isPersonalName = (lower: string): boolean => (names.phraseKinds([lower]) & PERSONAL_NAME_BIT) !== 0;
  const word = tokenWords(input.text, input.tokens);
  const events: Event[] = [];
  const capped: number[] = [];
  const tooLong: number[] = [];
  const ranges = sentenceTokenRanges(input.tokens, input.sentences);
  ranges.slice(0, MAX_SENTENCES).forEach(({ first, end }, si) => {
    if (end - first > MAX_SENTENCE_TOKENS) {
      tooLong.push(si);
      return;
    }
    if (!codable.has(si)) return;
    // A question asks what it names; it reports no act ("Marco Rubio, will you resign?").
    if (isQuestion(view, input.tokens, first, end)) return;
    const sentence = input.sentences[si]!;
    // The sentence's own times and the document's dateline and publication times (tokensInTimes keeps the ones in it).
    const times = [...documentTimes, ...textTimesOf(si)];
    const timeTokens = tokensInTimes(input.tokens, times, first, end);
    const frame = frameFromDependencies({ text: input.text, tokens: input.tokens, first, end, words: sentenceWords(word, first, end), isVerb: (w) => coder.verbs.isVerb(w), isTime: (t) => timeTokens.has(t), ...(dictionaryDate ? { date: dictionaryDate } : {}) }, view);
    const tokenAt = (i: number): Token => input.tokens[first + i]!;
    // The entity a phrase names: its person or organisation before a place or a nationality ("the commander of the
    // Iranian Quds Force, General Qassem Soleimani" is Soleimani).
    const entityOf = (np: NounPhrase): { entity: Entity; start: number; end: number } | undefined => {
      let best: { entity: Entity; start: number; end: number } | undefined;
      // Its own words, its conjuncts and what renames or owns it; not its "of/in" phrases ("groups loyal to Iran" is not Iran).
      for (const i of namingTokens(np)) {
        const hit = mentionOwner(tokenAt(i).start);
        if (hit && (!best || ENTITY_PRIORITY.indexOf(hit.entity.type) < ENTITY_PRIORITY.indexOf(best.entity.type))) best = hit;
      }
      return best;
    };
    // An actor the dictionaries do not know: our entity (with its code when it has one), or an uncoded noun phrase.
    const knownActors = (np: NounPhrase): string[] | undefined => {
      const e = entityOf(np);
      return e ? [e.entity.actorCode ?? e.entity.country ?? ''] : undefined;
    };
    // An uncoded phrase stands as an actor only as a core argument ("said in [a tweet]" has no target) whose head is
    // an agent or a party ("armed groups"; not "ten rockets", "the mediation": actor-plausibility.ts).
    const sentenceTokens = input.tokens.slice(first, end);
    const mentions = withoutLowerCaseActors(withoutNameTails(coder.mentionsByToken(frame), { text: input.text, tokens: sentenceTokens, isPersonalName }), { text: input.text, tokens: sentenceTokens });
    const phraseContext = {
      words: frame.words, mentions, isNoun: (i: number) => NOUNS.has(tokenAt(i).pos ?? ''),
      isCommonNoun: (i: number) => tokenAt(i).pos === 'NOUN', inEntity: (i: number) => mentionOwner(tokenAt(i).start) !== undefined,
    };
    // A media agent is a party only as a clause's doer (actor-plausibility.ts).
    const doers = new Set(frame.clauses.flatMap((c) => (c.passive ? [c.agent] : [c.subject])).filter((np): np is NounPhrase => np !== undefined));
    const openActor = (np: NounPhrase): boolean => !np.oblique && plausibleActorPhrase(np, phraseContext, doers.has(np));
    // A phrase whose head is a Phoenix agent ("the government of Sindh province", "500,000 workers") is someone, though
    // of no known country.
    const agentHead = (np: NounPhrase): boolean => {
      const head = headNoun(np, phraseContext.isNoun);
      const m = head === undefined ? undefined : phraseContext.mentions.get(head);
      return m !== undefined && m.kind !== 'actor' && !m.codes.every((c) => c.endsWith('MED'));
    };
    const isActor = (code: string, np: NounPhrase | undefined): boolean =>
      (code !== '' && !code.startsWith('---')) || (np !== undefined && (entityOf(np) !== undefined || plausibleActorPhrase(np, phraseContext, doers.has(np))));
    // A family fighting to keep a boy strives, it uses no force (actor-senses.ts); read here for both steps' events.
    const striving = (e: CodedEvent): boolean => {
      const c = frame.clauses[e.clause]!;
      return !e.reversed && strivingNotForce(e.verb.entry.forms, e.source, c.governsAct === true || c.purposeAct === true);
    };
    // A thing does nothing and receives nothing: a side that names one ("Castro's remarks", "aid deliveries in
    // Baghdad") stands for whose it is, or whom or where it goes to, whose code the dictionaries gave it already: the
    // side is renamed so, and the event and its code stay. A source's owner is its possessor only ("The car bomb attack
    // [at the U.S. embassy]" was not the embassy's); what force strikes ("the Ain al-Asad air base") is its target itself.
    const ownedSides = (e: CodedEvent): CodedEvent => {
      // A compound acting on itself ("Gondor and Osgiliath agree") has one phrase for both sides: left as it is.
      const thing = (np: NounPhrase | undefined): np is NounPhrase => np !== undefined && e.sourcePhrase !== e.targetPhrase && namesThing(np, phraseContext);
      let out = e;
      const sourceOwner = thing(e.sourcePhrase) ? ownerOf({ ...e.sourcePhrase, mods: e.sourcePhrase.mods.filter((m) => m.possessor) }, phraseContext) : undefined;
      if (sourceOwner) out = { ...out, sourcePhrase: sourceOwner };
      const targetOwner = thing(e.targetPhrase) && !FORCE_ROOTS.test(e.code) ? ownerOf(e.targetPhrase, phraseContext) : undefined;
      if (targetOwner) out = { ...out, targetPhrase: targetOwner };
      return out;
    };
    const sides = (events: readonly CodedEvent[]): CodedEvent[] => events
      .filter((e) => !striving(e) && anchored(e, (np) => entityOf(np) ?? (agentHead(np) ? true : undefined)))
      .flatMap((e) => withActorSides(ownedSides(e), isActor) ?? []);
    const clauseDepth = (ci: number): number => {
      let d = 0;
      for (let k = frame.clauses[ci]!.verb + first; k >= 0 && d < 50; k = view.head(k)) d++;
      return d;
    };
    const depth = (e: CodedEvent): number => clauseDepth(e.clause);
    const coded = sides(coder.code(frame, { knownActors, openActor, requireTarget: false, keepUncodedSource: true, mentions: phraseContext.mentions, nominal: nominalCode, objectSense: objectSenseCode }));
    // No typed event from the parse's subjects and objects: the cascade's second step reads the sides from word order.
    const typed = (code: string): boolean => cameo.describe(code)?.plover !== undefined;
    if (!coded.some((e) => typed(e.code))) {
      const countryCodes = (np: NounPhrase): string[] => phraseCodes(np, phraseContext.mentions, frame.words).filter((c) => !c.startsWith('---'));
      const fallback = nearestActorEvent({
        frame, typed, plausible: (np) => plausibleActorPhrase(np, phraseContext),
        clause: frame.clauses.map((_, ci) => ci).sort((a, b) => clauseDepth(a) - clauseDepth(b) || a - b)[0] ?? -1,
        isVerb: (i) => /^(VB|MD)/.test(tokenAt(i).tag ?? ''),
        governed: (i) => {
          let k = i - 1;
          while (k >= 0 && PHRASE_OPENERS.test(tokenAt(k).tag ?? '')) k--;
          return k >= 0 && /^(IN|TO)$/.test(tokenAt(k).tag ?? '');
        },
        // With the sense its object gives it, as in the first step ("took a picture of Earth" seizes nothing).
        verb: (clause) => {
          const v = coder.verbs.code(frame.words, clause, (np) => countryCodes(np).length);
          const sensed = v ? objectSensed(frame, clause, v, objectSenseCode) : undefined;
          return v && sensed !== undefined ? { ...v, code: sensed } : v;
        },
        actors: namedActors(phraseContext.mentions, (i) => mentionOwner(tokenAt(i).start), end - first),
        subjectCodes: (np) => {
          const codes = countryCodes(np);
          const e = codes.length > 0 ? undefined : entityOf(np);
          return e ? [e.entity.actorCode ?? e.entity.country ?? ''] : codes;
        },
      });
      if (fallback) coded.push(...sides([fallback]));
    }
    // A condition ("… unless the president agrees to step down", "if Hamas ran") is not what the sentence reports: its
    // events come after the others, whatever their height.
    // Read from the words: the tagger may take "unless" for a verb, and the parser make it an auxiliary.
    const conditional = (e: CodedEvent): number => {
      const v = frame.clauses[e.clause]!.verb + first;
      return view.children(v).some((k) => k < v && CONDITIONS.has(view.word(k).toLowerCase())) ? 1 : 0;
    };
    const ordered = [...coded].sort((a, b) => conditional(a) - conditional(b) || depth(a) - depth(b) || a.clause - b.clause);
    if (ordered.length > MAX_EVENTS_PER_SENTENCE) capped.push(si);
    const kept = ordered.slice(0, MAX_EVENTS_PER_SENTENCE);
    // Every actor of the sentence's events, for where each happened: a country acted on in one clause ("as the UN
    // pressed Russia") is not where the other clauses' events took place, even where the geocoder saw no metonymy.
    const actorTokens = kept.flatMap((e) => [e.sourcePhrase, e.targetPhrase]).flatMap((np) => (np ? namingTokens(np).map((i) => input.tokens[first + i]!) : []));
    for (const e of kept) {
      const sentenceInput = { times, places: placesOf(si), demonyms: demonymsOf(si), timeTokens };
      const built = toEvent(e, { frame, first, sentence, view, input, ...sentenceInput, cameo, published, entityOf, actorTokens, confidenceModel, quotedWords, id: `ev${events.length + 1}` });
      if (built) events.push(built);
    }
  });
  return { events, capped, tooLong, truncated: ranges.length > MAX_SENTENCES };
}

/** Tags of closing marks that may follow a sentence's question mark. */
const CLOSING_TAGS = /^(''|-RRB-|\))$/;

/**
 * Whether a sentence is a direct question: it ends with a question mark and its main verb comes after an auxiliary or
 * modal that comes before its subject ("Did the Clinton Foundation refuse …?", "could you share …?"). A question quoted
 * inside a report ("Carson said, “What does it say …?”") has the reporting verb as its main verb, and stays.
 */
export function isQuestion(view: SyntaxView, tokens: readonly Token[], first: number, end: number): boolean {
  let last = end - 1;
  while (last > first && CLOSING_TAGS.test(tokens[last]!.tag ?? '')) last--;
  if (view.word(last) !== '?') return false;
  for (let v = first; v < end; v++) {
    const head = view.head(v);
    if (head >= first && head < end) continue;
    const subjects = view.children(v, ['nsubj', 'nsubj:pass']);
    return view.children(v, ['aux']).some((a) => subjects.some((n) => a < n));
  }
  return false;
}

/** Tags of the words that may open a noun phrase before its name ("in [the] Amazon", "for [its own] people"). */
const PHRASE_OPENERS = /^(DT|PDT|JJ[RS]?|PRP\$|POS|CD)$/;

/** Entity types that name someone who can act (not a date, an event or a product). */
const ACTING_ENTITIES: ReadonlySet<string> = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);

/**
 * The actors a sentence names, in word positions: its dictionary actors, and the entities that name someone where no
 * dictionary actor is (with the entity's code, or '' when it has none).
 */
function namedActors(mentions: ReadonlyMap<number, ActorMention>, entityAt: (i: number) => { entity: Entity } | undefined, length: number): NamedActor[] {
  const out: NamedActor[] = [];
  const seen = new Set<ActorMention>();
  for (const m of mentions.values()) {
    if (m.kind !== 'actor' || seen.has(m)) continue;
    seen.add(m);
    out.push({ start: m.start, end: m.end, code: m.codes[0] ?? '' });
  }
  let open: (NamedActor & { entity: Entity }) | undefined;
  for (let i = 0; i <= length; i++) {
    const hit = i < length && !mentions.has(i) ? entityAt(i) : undefined;
    const entity = hit && ACTING_ENTITIES.has(hit.entity.type) ? hit.entity : undefined;
    if (open && open.entity === entity) open.end = i + 1;
    else {
      if (open) out.push({ start: open.start, end: open.end, code: open.code });
      open = entity ? { start: i, end: i + 1, code: entity.actorCode ?? entity.country ?? '', entity } : undefined;
    }
  }
  return out;
}

function namingTokens(np: NounPhrase): number[] {
  return [...np.own, ...np.parts.flatMap(namingTokens), ...np.mods.filter((m) => m.apposition || m.possessor).flatMap(namingTokens)];
}

/** Tokens of the sentence that are part of a time expression (of `sentenceTimes`; a publication time has no words). */
function tokensInTimes(tokens: readonly Token[], sentenceTimes: readonly TimeExpression[], first: number, end: number): Set<number> {
  const out = new Set<number>();
  const s = tokens[first]?.start ?? 0;
  const e = tokens[end - 1]?.end ?? 0;
  const times = sentenceTimes.filter((t) => t.origin !== 'published' && t.end > s && t.start < e);
  for (let k = first; k < end && times.length > 0; k++) {
    const tok = tokens[k]!;
    if (times.some((t) => tok.start >= t.start && tok.end <= t.end)) out.add(k);
  }
  return out;
}

/** An event needs a side that is someone: a dictionary actor or one of our entities. */
function anchored(e: CodedEvent, entityOf: (np: NounPhrase) => unknown): boolean {
  const known = (code: string, np?: NounPhrase): boolean => code !== '' || (np !== undefined && entityOf(np) !== undefined);
  return known(e.source, e.sourcePhrase) || known(e.target, e.targetPhrase);
}

interface BuildContext {
  frame: SentenceFrame;
  first: number;
  sentence: Span;
  view: SyntaxView;
  input: EventInput;
  cameo: CameoTable;
  published?: string | undefined;
  entityOf: (np: NounPhrase) => { entity: Entity; start: number; end: number } | undefined;
  /** The tokens naming the source and target of every event kept in the sentence. */
  actorTokens: readonly Token[];
  confidenceModel: ConfidenceModel;
  /** The words of the document's direct quotations (quote-sides.ts). */
  quotedWords: readonly Span[];
  /** The sentence's own time expressions, and the document's dateline and publication times. */
  times: readonly TimeExpression[];
  /** The places and nationality words (NORP mentions) that start in the sentence. */
  places: readonly Place[];
  demonyms: readonly Span[];
  /** The tokens (document indices) inside a time expression of the sentence. */
  timeTokens: ReadonlySet<number>;
  id: string;
}

function toEvent(e: CodedEvent, ctx: BuildContext): Event | undefined {
  const info = ctx.cameo.describe(e.code);
  if (!info) return undefined;
  const { input, view, first } = ctx;
  const clause = ctx.frame.clauses[e.clause]!;
  const verbToken = first + clause.verb;
  const vt = input.tokens[verbToken]!;
  const range = view.phraseOf(verbToken);
  const clauseSpan = { start: input.tokens[range.first]!.start, end: input.tokens[range.end - 1]!.end };
  // "captured Florida by about 74,000 votes": a result, not a seizure (verb-senses.ts CONTEST_VERBS).
  if (info.root !== '01' && electoralContest(e.verb.entry.forms, ctx.frame.words, Math.max(0, range.first - first), Math.min(ctx.frame.words.length, range.end - first))) return undefined;
  const { modal, future } = view.modality(verbToken);
  const marker = view.marker(verbToken) || undefined;
  const timing = {
    verb: { start: vt.start, end: vt.end }, clause: clauseSpan, sentence: ctx.sentence, times: ctx.times,
    // A refusal ("will not accept") happened as stated: it is neither negated nor future nor hypothetical.
    negated: clause.negated && !e.refused, future: future && !e.refused, ...(ctx.published ? { published: ctx.published } : {}), ...(modal && !e.refused ? { modal } : {}),
    ...(marker ? { marker } : {}), ...(vt.tag ? { tag: vt.tag } : {}),
  };
  const date = eventDate(timing);
  const event: Event = {
    id: ctx.id,
    cameo: e.code,
    cameoRoot: info.root,
    kind: eventKind(timing, date),
    evidence: { start: ctx.sentence.start, end: ctx.sentence.end },
  };
  const sourceSpan = e.sourcePhrase && phraseSpan(e.sourcePhrase, ctx);
  // The one who said it, where the quotes stage resolved the verb's speaker to another entity than the parse's subject:
  // a subject elsewhere in the sentence, or one that runs into the quotation ("“That would be Hillary Clinton,” Borger
  // said" gave "Hillary Clinton,” Borger"). A source or clause subject that holds the speaker stays ("the RNC's Katie
  // Walsh"; "Ukraine and Turkey agreed", each the other's partner).
  const speaker = e.reversed ? undefined : resolvedSpeakerAt(input.quotes ?? [], vt);
  const parsedSource = actor(e.source, e.sourcePhrase, ctx);
  const subjectSpan = clause.subject && phraseSpan(clause.subject, ctx);
  const misread = (s: Span): boolean => sourceRunsIntoQuote(ctx.quotedWords, sourceSpan!, vt) || (!overlapping(s, sourceSpan!) && !(subjectSpan && overlapping(s, subjectSpan)));
  const source = speaker && speaker.entityId !== parsedSource?.entityId && (!sourceSpan || misread(speaker))
    ? speakerActor(speaker, input.entities) ?? parsedSource
    : parsedSource;
  const target = actor(e.target, e.targetPhrase, ctx);
  // An actor acting on itself is a misreading of the clause.
  if (source?.entityId && source.entityId === target?.entityId) return undefined;
  // '“Bernie has a passionate speech …,” she said': the one who said it is not inside what was said (quote-sides.ts).
  if (source === parsedSource && sourceSpan && sourceQuotedAway(ctx.quotedWords, sourceSpan, vt)) return undefined;
  // A consultation, an aid, a demand … of no one is the verb in another sense (dyadic-roots.ts).
  if (!target && needsTarget(info.root)) return undefined;
  // "Sanders took the contest", "Japan needs to do better": a verb of an act on someone, read by its base code, acting on no one.
  if (!target && !e.verb.pattern && actsOnSomeone(e.verb.entry.forms)) return undefined;
  // A visit (042 made, 043 hosted) is a political one when the visitor is a known actor: "Munero returned to Cuba",
  // "the family would travel to Washington" are private trips.
  if (isVisitOfNoKnownActor(e.code, source, target)) return undefined;
  if (source) event.source = source;
  if (target) event.target = target;
  event.confidence = scoreConfidence(ctx.confidenceModel, confidenceFeatures(event));
  if (info.quadClass) event.quadClass = info.quadClass;
  if (info.goldstein !== undefined) event.goldstein = info.goldstein;
  // A few acts are typed by the verb, not the code: a resignation is a RETREAT (verb-senses.ts).
  const sense = ploverSense(e.code, e.verb.entry.forms);
  const plover = sense?.plover ?? info.plover;
  const mode = sense ? sense.mode : info.ploverMode;
  if (plover) event.plover = plover;
  if (mode) event.ploverMode = mode;
  if (date) event.date = date;
  // A place that is an actor of this or another event of the sentence is not where the event happened; a place that
  // modifies one ("missions in Iraq") may be.
  const actorSpans = ctx.actorTokens;
  // Nor is a nationality word ("the Iranian Quds Force"): places the entity stage typed NORP are left out.
  const overlaps = (p: Span, spans: readonly Span[]): boolean => spans.some((a) => p.start < a.end && p.end > a.start);
  const place = location(ctx.places.filter((p) => !overlaps(p, actorSpans) && !overlaps(p, ctx.demonyms)), clauseSpan, ctx.sentence, vt.start, view);
  if (place) event.location = place;
  return event;
}

const overlapping = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * A speaker the quotes stage resolved, as an event's side: named as the sentence names them, or by the entity's name
 * where the sentence says "she" or "who"; with the entity's code.
 */
function speakerActor(speaker: { text: string; entityId: string; method?: string | undefined }, entities: readonly Entity[]): Event['source'] {
  const entity = entities.find((x) => x.id === speaker.entityId);
  if (!entity) return undefined;
  const text = speaker.method === 'mention' ? speaker.text : entity.name;
  const code = entity.actorCode ?? entity.country;
  return { text: text.slice(0, MAX_ACTOR_TEXT), entityId: entity.id, ...(code ? { code } : {}) };
}

/** The characters a phrase's tokens cover. */
function phraseSpan(np: NounPhrase, ctx: BuildContext): Span | undefined {
  const tokens = phraseTokens(np);
  const t = (i: number): Token => ctx.input.tokens[ctx.first + i]!;
  return tokens.length === 0 ? undefined : { start: t(Math.min(...tokens)).start, end: t(Math.max(...tokens)).end };
}

function actor(code: string, np: NounPhrase | undefined, ctx: BuildContext): Event['source'] {
  if (!np) return undefined;
  const tokens = phraseTokens(np);
  if (tokens.length === 0) return undefined;
  const t = (i: number): Token => ctx.input.tokens[ctx.first + i]!;
  const e = ctx.entityOf(np);
  // Without an entity, the phrase's own words ("armed groups"), not its modifiers and clauses.
  const own = afterRunInClause(withoutFronted(np.own.length > 0 ? [...np.own].sort((a, b) => a - b) : [...tokens], t, ctx.input.text), t);
  const words = own.filter((i) => !/^[,;:“”"'(]$/.test(ctx.input.text.slice(t(i).start, t(i).end)));
  // Without a leading article, as with an entity ("rebel", not "The rebel"), or a time the parse took in ("Yesterday
  // Hillary Clinton criticized …").
  const timed = (i: number): boolean => ctx.timeTokens.has(ctx.first + i);
  while (words.length > 1 && (t(words[0]!).tag === 'DT' || timed(words[0]!))) words.shift();
  const span = words.length > 0 ? words : own;
  // With an entity, the words that name the actor around it: the phrase's own, its possessor and appositions ("Sudan's
  // government", "Nigerian junior foreign minister Dubem Oniya", "Quatar's emir, Sheikh Hamad"), without a leading
  // article; the entity's mention alone when that is longer than an actor text may be.
  const naming = afterRunInClause(withoutFronted(namingTokens(np).sort((a, b) => a - b), t, ctx.input.text), t);
  let lo = 0;
  while (lo < naming.length && (/^(DT|,|:|``|''|-LRB-|\(|")$/.test(t(naming[lo]!).tag ?? '') || timed(naming[lo]!))) lo++;
  let hi = naming.length - 1;
  while (hi > lo && /^(,|:|\.|''|-RRB-|\))$/.test(t(naming[hi]!).tag ?? '')) hi--;
  const named = e && lo <= hi ? ctx.input.text.slice(Math.min(e.start, t(naming[lo]!).start), Math.max(e.end, t(naming[hi]!).end)) : undefined;
  const text = e
    ? (named && named.length <= MAX_ACTOR_TEXT ? named : ctx.input.text.slice(e.start, e.end))
    : ctx.input.text.slice(t(span[0]!).start, t(span[span.length - 1]!).end).slice(0, MAX_ACTOR_TEXT);
  return { text, ...(e ? { entityId: e.entity.id } : {}), ...(code ? { code } : e?.entity.actorCode ? { code: e.entity.actorCode } : {}) };
}

/** Tags of a finite verb: the word of a clause, which no actor's name holds (a participle may modify one: "X, based in"). */
const FINITE_VERB_TAGS = /^(VB[DPZ]|MD)$/;
/** Tags of the marks that close a clause run into a phrase: a comma, a closing quotation mark. */
const CLAUSE_BREAK_TAGS = /^(,|'')$/;

/**
 * An actor's words without a clause the parse ran into them (the words its text would cover, from its first word to
 * its last), up to the last comma or closing quotation mark after a finite verb: "we are back,'' Adams" is Adams.
 * Without one before the mark the words are one name ("Quatar's emir, Sheikh Hamad"; "Matthews, MSNBC's Alex
 * Seitz-Wald").
 */
function afterRunInClause(indices: number[], t: (i: number) => Token): number[] {
  if (indices.length < 2) return indices;
  const last = indices[indices.length - 1]!;
  let verb = false;
  let cut: number | undefined;
  for (let i = indices[0]!; i < last; i++) {
    const tag = t(i).tag ?? '';
    if (FINITE_VERB_TAGS.test(tag)) verb = true;
    else if (verb && CLAUSE_BREAK_TAGS.test(tag)) cut = i;
  }
  return cut === undefined ? indices : indices.filter((i) => i > cut);
}

/** Whether a visit's visitor (042: the source, who makes it; 043: the target, who is hosted) has no actor code. */
function isVisitOfNoKnownActor(code: string, source: Event['source'], target: Event['target']): boolean {
  if (code === '042') return !source?.code;
  if (code === '043') return !target?.code;
  return false;
}

/** Tags that begin a fronted adverbial rather than an actor's name: a preposition, an adverb, a conjunction. */
const FRONTED_TAGS = /^(IN|TO|RB|RBR|CC)$/;

/**
 * Adjectives that open a fronted phrase with "to" ("Contrary to other reports, the FBI …"), which the tagger, at a
 * sentence's start, may call a name and the parser a subject.
 */
const PREPOSITIONAL_ADJECTIVES: ReadonlySet<string> = new Set(['contrary', 'prior', 'according', 'due', 'thanks', 'next', 'close', 'similar', 'opposed', 'owing', 'further']);

/**
 * An actor's words without a fronted adverbial the parse hung on its phrase, up to its comma: "In the House,
 * lawmakers", "On Sept. 2, police", "Instead, Mr. Regalado", "Contrary to other reports, the FBI" name the lawmakers,
 * the police, Mr. Regalado, the FBI.
 */
function withoutFronted(indices: number[], t: (i: number) => Token, text: string): number[] {
  if (indices.length === 0) return indices;
  const word = (i: number): string => text.slice(t(i).start, t(i).end).toLowerCase();
  const first = indices[0]!;
  // The word after the first in the sentence, whether or not the phrase holds it ("to" is its modifier's).
  // Or its first word is the object of the sentence's first word, a preposition ("[In] addition to Mr. Regalado, two
  // Republican members"): a sentence's subject is governed by no preposition.
  const governed = first === 1 && /^(IN|TO)$/.test(t(0).tag ?? '');
  const fronted = governed || FRONTED_TAGS.test(t(first).tag ?? '') || (PREPOSITIONAL_ADJECTIVES.has(word(first)) && t(first + 1) !== undefined && word(first + 1) === 'to');
  if (!fronted) return indices;
  // "over 500 researchers, activists, …": a preposition before a number counts, it fronts nothing.
  if (indices.length > 1 && t(indices[1]!).tag === 'CD') return indices;
  const comma = indices.findIndex((i) => t(i).tag === ',');
  if (comma >= 0) return comma === indices.length - 1 ? indices : indices.slice(comma + 1);
  // The comma may be the fronted phrase's own, outside the actor's words ("Late [in the day ,] lawyers"): the words
  // after the first comma between the first word and the next.
  const next = indices[1];
  if (next === undefined) return indices;
  for (let k = first + 1; k < next; k++) if (t(k).tag === ',') return indices.slice(1);
  return indices;
}

export const eventStage: Stage = {
  name: 'events',
  version: '1.5.0',
  requires: ['text', 'sentences', 'tokens', 'entities', 'times'],
  assigns: ['events'],
  run(doc: WorkingDocument) {
    // The verb dictionaries are English: German 'die' would be CAMEO's 'die' (a killing). The language issue says why.
    if (isUnsupportedLanguage(doc)) {
      doc.events = [];
      return { method: 'not-coded-language' };
    }
    const out = findEvents({
      text: doc.text!, sentences: doc.sentences!, tokens: doc.tokens!, entities: doc.entities!, times: doc.times!,
      ...(doc.places ? { places: doc.places } : {}), ...(doc.quotes ? { quotes: doc.quotes } : {}), ...(doc.published ? { published: doc.published } : {}),
    }, documentCodableSentences(doc, 'tagged'));
    doc.events = out.events;
    if (out.capped.length > 0) addIssue(doc, 'events', 'events.sentence-cap', `${out.capped.length} sentence(s) gave more than ${MAX_EVENTS_PER_SENTENCE} events; the main ones were kept (sentences ${out.capped.slice(0, 10).map((s) => s + 1).join(', ')})`);
    if (out.tooLong.length > 0) addIssue(doc, 'events', 'events.long-sentence', `${out.tooLong.length} sentence(s) over ${MAX_SENTENCE_TOKENS} tokens were not coded`);
    if (out.truncated) addIssue(doc, 'events', 'events.truncated', `only the first ${MAX_SENTENCES} sentences were coded`);
    return { method: 'petrarch-dictionaries' };
  },
};
