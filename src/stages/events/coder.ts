/**
 * The event coder: for each verb clause of a sentence, the CAMEO code from the
 * verb dictionary and the source and target actor codes from the subject and the
 * first object phrase with an actor (or the phrases a pattern names). Compound
 * phrases give one event per pair; a paired code (`[032:033]`) adds the reverse
 * event; `%` patterns code the members of a compound towards each other.
 */
import { ActorCoder, phraseCodes, type ActorMention } from './actor-coder.js';
import type { EventDictionaries } from './event-resources.js';
import type { Clause, NounPhrase, SentenceFrame } from './sentence-frame.js';
import { patternNamesWord, VerbCoder, type VerbMatch } from './verb-coder.js';
import { demandCode, futureCode, refusalCode } from './modal-codes.js';
import { actorSense } from './actor-senses.js';
import { aimCode, directiveCode, isIntending, engagedCode, preparedCode, raisingCode, statingCode, tripCode, verbalAttackCode } from './verb-senses.js';

/** Verbs by which a speaker says an act did not happen (any of an entry's forms): the clause they report is no event. */
const DENIAL_VERBS: ReadonlySet<string> = new Set(['DENY', 'DENIED', 'DENIES', 'REFUTE', 'REFUTED']);
/** Verbs by which an actor commits itself to an act (any of an entry's forms): the act is stated as its intent or threat. */
const COMMISSIVE_VERBS: ReadonlySet<string> = new Set(['PROMISE', 'PLEDGE', 'VOW', 'SWEAR', 'SWORE', 'SWORN']);
/**
 * Prepositions of where and when something was said, which name no one it was said to: a statement's (CAMEO 01)
 * oblique after one of them is no target ("said at a campaign rally in San Diego", "said in Moscow"). On the judged
 * events of real pages this took away five targets, four of them wrong (the fifth: "impatience at Washington's failure").
 * The same for a consultation (04): two more wrong events gone, PLOVER and PETR unchanged.
 */
const SETTING_PREPOSITIONS: ReadonlySet<string> = new Set(['IN', 'AT', 'DURING', 'NEAR', 'INSIDE', 'OUTSIDE', 'BEFORE', 'AFTER', 'FROM']);
/**
 * Verbs of an attack by one side, filed in PETRARCH's PHYSICAL_CONFLICT block with CLASH and FIGHT, whose reciprocal
 * patterns ("* IN [190:190]") are written for the mutual ones.
 */
const ONE_SIDED_VERBS: ReadonlySet<string> = new Set(['ATTACK', 'ATTACKED', 'ASSAULT', 'ASSAULTED', 'ASSAIL', 'ASSAILED', 'RAID', 'RAIDED', 'STORM', 'STORMED', 'AMBUSH', 'AMBUSHED', 'BOMB', 'BOMBED', 'SHELL', 'SHELLED', 'BLITZ']);
/** Prepositions of where an act happened (not "backing [from] his colleagues", whose phrase is the giver). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['IN', 'AT', 'NEAR', 'INSIDE', 'OUTSIDE']);

export interface CodedEvent {
  source: string;
  target: string;
  code: string;
  /** The clause it came from (index into frame.clauses). */
  clause: number;
  sourcePhrase?: NounPhrase;
  targetPhrase?: NounPhrase;
  verb: VerbMatch;
  /** The second event of a paired code (`[032:033]`): the target acting back on the source. */
  reversed?: boolean;
  /** A negated clause coded as the refusal it states ("will not accept": a rejection that happened, not a non-event). */
  refused?: boolean;
  /** Sides read from the order of the words, not from the parse (nearest-actors.ts). */
  byWordOrder?: boolean;
}

export interface CodeOptions {
  /** Codes for a phrase the dictionaries do not know but that names an actor (an entity: its code, or '' when it has none). */
  knownActors?: (np: NounPhrase) => string[] | undefined;
  /** Whether a phrase no one knows may still be an uncoded side of an event ("armed groups"). */
  openActor?: (np: NounPhrase) => boolean;
  /** Whether an event needs a target, as PETRARCH's dyads do (the default); PLOVER allows events without one. */
  requireTarget?: boolean;
  /** Whether an event with a known target but no coded source is kept with an empty source, for the caller to judge ("ten rockets struck the base"). */
  keepUncodedSource?: boolean;
  /**
   * The code of the act a verb the dictionary leaves uncoded names through its object ("mounted an invasion"): from the
   * verb entry's forms and the object's own words; the events stage passes verb-senses.ts's nominalCode.
   */
  nominal?: (verbForms: readonly string[], objectWords: readonly string[]) => string | undefined;
  /**
   * The code a verb with no matching pattern (or one of slots alone) takes from its direct object, null for no event;
   * the events stage passes verb-senses.ts's objectSenseCode (applied through objectSensed).
   */
  objectSense?: (verbForms: readonly string[], objectWords: readonly string[]) => string | null | undefined;
  /** The frame's mentionsByToken, when the caller has them already (they are found once per sentence). */
  mentions?: ReadonlyMap<number, ActorMention>;
}

/** How many distinct words the discard check remembers (a news vocabulary; a few MB at most). */
const MAX_REMEMBERED_WORDS = 100_000;

/**
 * The code a clause's direct object gives its verb ("ended [its mediation]" 165, "took [a look] at" none: null), or no
 * event for an aim ("aims to remove"), when no pattern matched or one of slots alone did ("* +" made "took a look at
 * Austria" an abduction); else undefined.
 */
export function objectSensed(frame: SentenceFrame, clause: Clause, verb: VerbMatch, objectSense: NonNullable<CodeOptions['objectSense']>): string | null | undefined {
  // A raising verb's "to" is its infinitive's, whatever pattern read it ("seemed to agree": no appeal, 020).
  const raised = raisingCode(verb.entry.forms, clause.governsAct === true);
  if (raised !== undefined) return raised;
  if (verb.pattern && patternNamesWord(verb.pattern)) return undefined;
  // What one engages in names the act, or none ("engaged in misconduct").
  const engagedIn = clause.objects.find((o) => o.oblique && o.preposition === 'IN');
  const engaged = engagedCode(verb.entry.forms, engagedIn ? [...engagedIn.own].sort((a, b) => a - b).map((i) => frame.words[i]!) : undefined);
  if (engaged !== undefined) return engaged;
  // A clause admitted, agreed or argued is a statement (verb-senses.ts STATING_SENSES).
  const stated = statingCode(verb.entry.forms, clause.takesClause);
  if (stated !== undefined) return stated;
  // An aim is no act: "aims to remove carbon" (verb-senses.ts).
  const aim = aimCode(verb.entry.forms, clause.governsAct === true);
  if (aim !== undefined) return aim;
  const object = clause.objects.find((o) => !o.oblique);
  // Attacked for what one did, or as what one is: criticism.
  const verbal = object ? verbalAttackCode(verb.entry.forms, frame.words.slice(object.end, object.end + 2)) : undefined;
  if (verbal !== undefined) return verbal;
  return object ? objectSense(verb.entry.forms, [...object.own].sort((a, b) => a - b).map((i) => frame.words[i]!)) : undefined;
}

export class EventCoder {
  readonly actors: ActorCoder;
  readonly verbs: VerbCoder;
  private readonly discards: { phrase: string; story: boolean }[];
  private readonly discardsByStart = new Map<string, { phrase: string; story: boolean }[]>();
  /** Every beginning of a discardsByStart key: a word whose beginning is none of these begins no key with more letters. */
  private readonly discardPrefixes = new Set<string>();
  /** Words seen, with the discard phrases their beginnings may start (most: none); cleared when it grows past a bound. */
  private readonly discardsOfWord = new Map<string, readonly { phrase: string; story: boolean }[][]>();

  constructor(d: EventDictionaries, options: { stems?: boolean } = {}) {
    this.actors = new ActorCoder(d.actors, d.agents);
    this.verbs = new VerbCoder(d.verbs, options.stems ?? true);
    this.discards = d.discards;
    for (const x of d.discards) {
      const first = x.phrase.split(/\s+/)[0]!.slice(0, 12);
      const list = this.discardsByStart.get(first) ?? [];
      list.push(x);
      this.discardsByStart.set(first, list);
      for (let n = 1; n <= first.length; n++) this.discardPrefixes.add(first.slice(0, n));
    }
  }

  /** Whether a sentence is of a kind not to code (sports, games: the discard list). */
  discarded(words: readonly string[]): boolean {
    // Only phrases whose first word begins one of the sentence's words can match: look those up, not all of them.
    let text: string | undefined;
    for (const w of words) {
      for (const candidates of this.discardsOf(w)) {
        text ??= ` ${words.join(' ')} `;
        if (candidates.some((d) => text!.includes(` ${d.phrase}`))) return true;
      }
    }
    return false;
  }

  /** The discard phrases whose first word (up to 12 letters) begins w. */
  private discardsOf(w: string): readonly { phrase: string; story: boolean }[][] {
    const known = this.discardsOfWord.get(w);
    if (known) return known;
    const lists: { phrase: string; story: boolean }[][] = [];
    for (let n = 1; n <= Math.min(w.length, 12); n++) {
      const start = w.slice(0, n);
      if (!this.discardPrefixes.has(start)) break;
      const candidates = this.discardsByStart.get(start);
      if (candidates) lists.push(candidates);
    }
    if (this.discardsOfWord.size >= MAX_REMEMBERED_WORDS) this.discardsOfWord.clear();
    this.discardsOfWord.set(w, lists);
    return lists;
  }

  /** Mentions of actors and agents, by token. */
  mentionsByToken(frame: SentenceFrame): Map<number, ActorMention> {
    const byToken = new Map<number, ActorMention>();
    for (const m of this.actors.mentions(frame.words, frame.date)) for (let t = m.start; t < m.end; t++) byToken.set(t, m);
    return byToken;
  }

  code(frame: SentenceFrame, options: CodeOptions = {}): CodedEvent[] {
    if (this.discarded(frame.words)) return [];
    const byToken = options.mentions ?? this.mentionsByToken(frame);
    // Codes with an agent but no country or organisation ("---GOV": "officials") count only opposite a known actor.
    const allCodes = (np: NounPhrase | undefined): string[] => (np ? phraseCodes(np, byToken, frame.words) : []);
    const knownCodes = (np: NounPhrase | undefined): string[] => {
      const known = allCodes(np).filter((c) => !c.startsWith('---'));
      return known.length > 0 || !np || !options.knownActors ? known : (options.knownActors(np) ?? []);
    };
    // Pattern slots and target search take known actors only; an uncoded noun phrase is a last resort for an event's side.
    const actorCount = (np: NounPhrase): number => knownCodes(np).length;
    const codesOf = (np: NounPhrase | undefined): string[] => {
      const known = knownCodes(np);
      return known.length > 0 || !np || !options.openActor?.(np) ? known : [''];
    };
    const events: CodedEvent[] = [];
    // Clauses that govern another one's act ("agreed [to re-open its borders]").
    const governing = new Set(frame.clauses.flatMap((c) => (c.governor === undefined ? [] : [c.governor])));
    // Each clause's dictionary verb and pattern, matched once: the clause's own coding and the checks made for the
    // clauses it governs or reports (isCommissive, isDenial, isRequest) all read it, and a match backtracks over the
    // block's patterns.
    const matches = new Map<number, VerbMatch | undefined>();
    const verbOf = (ci: number): VerbMatch | undefined => {
      if (matches.has(ci)) return matches.get(ci);
      const c = frame.clauses[ci];
      const m = c ? this.verbs.code(frame.words, c, actorCount) : undefined;
      matches.set(ci, m);
      return m;
    };
    const isCommissive = (ci: number): boolean => verbOf(ci)?.entry.forms.some((f) => COMMISSIVE_VERBS.has(f)) === true;
    // A verb of intending read by no pattern of its own words ("plans to meet"): its act is meant, not done (verb-senses.ts).
    const isIntended = (ci: number): boolean => {
      const v = verbOf(ci);
      return v !== undefined && isIntending(v.entry.forms) && !(v.pattern && patternNamesWord(v.pattern));
    };
    const isDenial = (ci: number): boolean => verbOf(ci)?.entry.forms.some((f) => DENIAL_VERBS.has(f)) === true;
    // Clauses whose verb codes a request (CAMEO 02 appeals, 10 demands).
    const isRequest = (ci: number): boolean => {
      const code = verbOf(ci)?.code;
      return code !== undefined && code !== null && /^(02|10)/.test(code);
    };
    // Clauses whose act a commissive verb governs, recoded as its intent or threat.
    const promises = new Set<number>();
    frame.clauses.forEach((clause, ci) => {
      let verb = verbOf(ci);
      // An uncoded light verb with no pattern takes the act its direct object names ("mounted an invasion"); the act
      // is no side of itself, but its phrases may be ("an invasion [of South Lebanon]").
      let objects = clause.objects;
      const object = objects.find((o) => !o.oblique);
      const ownWords = (np: NounPhrase): string[] => [...np.own].sort((a, b) => a - b).map((i) => frame.words[i]!);
      // The nominal sense below reads the object's own words when no pattern matched (objectSensed reads its own).
      const objectWords = verb && !verb.pattern && object ? ownWords(object) : undefined;
      const sensed = verb && options.objectSense ? objectSensed(frame, clause, verb, options.objectSense) : undefined;
      if (verb && sensed !== undefined) verb = { ...verb, code: sensed };
      else if (verb && verb.code === null && !verb.pattern && options.nominal) {
        const nominal = objectWords ? options.nominal(verb.entry.forms, objectWords) : undefined;
        if (nominal) {
          verb = { ...verb, code: nominal };
          objects = objects.flatMap((o) => (o === object ? o.mods.filter((m) => !m.possessor) : [o]));
        } else if (!object && clause.subject && !clause.passive) {
          // Or its subject does, with the actors it names ("Palestinian riots against Israeli policies are continuing").
          const subjectAct = options.nominal(verb.entry.forms, ownWords(clause.subject));
          if (subjectAct) verb = { ...verb, code: subjectAct };
        }
      }
      // A verb that directs someone to act is a demand ("ordered Menem to appear"), whatever its block's patterns say.
      const directive = verb ? directiveCode(verb.entry.forms, clause.governsAct === true) : undefined;
      if (verb && directive) verb = { ...verb, code: directive };
      if (!verb || verb.code === null) return;
      const refusal = refusalCode(verb.code, clause);
      const add = (source: string, target: string, code: string | null | undefined, sp?: NounPhrase, tp?: NounPhrase, reversed = false, from = ci): void => {
        if (!code || (source === target && source !== '')) return;
        // Who acts decides some senses: a civilian group's blocking is a protest (actor-senses.ts).
        code = actorSense(code, source, verb.entry.forms);
        const refused = from === ci && code === refusal;
        events.push({ source, target, code, clause: from, verb, ...(sp ? { sourcePhrase: sp } : {}), ...(tp ? { targetPhrase: tp } : {}), ...(reversed ? { reversed } : {}), ...(refused ? { refused } : {}) });
      };
      // An act a reporting speaker says another owes is the speaker's demand of them ("Russia said Sudan must return
      // the helicopter": Russia demands of Sudan); an act stated as future is an intent or a threat (modal-codes.ts).
      // An act a speaker denies ("The Kremlin denied that its navy was blocking the ports") is no act at all.
      if (clause.reporter !== undefined && isDenial(clause.reporter)) return;
      // So is an act a request asks for ("demanded that Hamas renounce …"), which is never an act done.
      const requested = clause.reporter !== undefined && isRequest(clause.reporter);
      const demand = demandCode(verb.code, clause, requested);
      const speaker = clause.reporter === undefined ? undefined : frame.clauses[clause.reporter]?.subject;
      if (demand && speaker) {
        const demanders = codesOf(speaker);
        const owers = codesOf(clause.subject);
        // The demand is the speaker's statement: it is dated and placed by the reporting clause.
        for (const s of demanders) for (const t of owers.length > 0 ? owers : ['']) add(s, t, demand, speaker, owers.length > 0 ? clause.subject : undefined, false, clause.reporter);
        if (demanders.length > 0 || requested) return;
      }
      // A verb's base code (no pattern matched) agreeing to a governed act is an intent; a pattern knows better.
      // An act the governing verb promises, vows or swears to do is stated, not done: an intent or a threat, which is
      // the event rather than the promise itself ("have sworn to fight": a threat of force, not an allegation).
      const promised = clause.governor !== undefined && (isCommissive(clause.governor) || isIntended(clause.governor));
      const stated = promised ? { ...clause, future: true } : clause;
      const act = refusal ?? futureCode(verb.code, stated, !verb.pattern && (governing.has(ci) || clause.governsAct === true));
      // Force one gets ready for ("prepared to resume shelling") is a show of force, not force used (verb-senses.ts).
      const prepared = clause.governor === undefined ? act : preparedCode(verbOf(clause.governor)?.entry.forms, act);
      // A trip made is a visit, not an intent to meet (verb-senses.ts).
      const code = tripCode(verb.entry.forms, prepared, stated.future === true || clause.governor !== undefined || clause.modal !== undefined);
      if (promised && code !== verb.code) promises.add(ci);
      // A paired code's reverse ([032:033]) is the other side's act, not stated as future or refused by the same clause.
      // A reciprocal code ([190:190], "clashed in …") read off a block pattern is no reciprocity for a verb with a direct
      // object: "Gunmen attacked a checkpoint in Mosul" matched CLASH's "* IN [190:190]" and gave the checkpoint's attack
      // on the gunmen too.
      const oneSided = verb.reverse === verb.code && !verb.target && !verb.compound && object !== undefined && verb.entry.forms.some((f) => ONE_SIDED_VERBS.has(f));
      const reverse = code === verb.code && !oneSided ? verb.reverse : undefined;
      if (verb.compound === 'subject') {
        // Members of a compound act on each other ("Gondor and Osgiliath agree").
        const np = clause.subject;
        // Each member's own phrase is its side, so a reader can tell who is who; a part no one codes leaves the
        // whole phrase as both sides.
        const parts = np ? membersOf(np, byToken) : [];
        const partCodes = parts.map((p) => codesOf(p));
        if (parts.length > 1 && partCodes.every((c) => c.length > 0)) {
          parts.forEach((p, i) => parts.forEach((q, j) => {
            if (i !== j) for (const a of partCodes[i]!) for (const b of partCodes[j]!) add(a, b, code, p, q);
          }));
          return;
        }
        const members = codesOf(np);
        for (const a of members) for (const b of members) add(a, b, code, np, np);
        return;
      }
      // A passive with a "by" phrase turns around; without one its subject stays the source, as PETRARCH codes it.
      const passive = clause.passive && clause.agent !== undefined && !verb.source && !verb.target;
      const sourcePhrase = verb.source ?? (passive ? clause.agent : clause.subject);
      // The target is the first object naming another actor than the source ("Israel threatened … in East Jerusalem
      // if Hamas …": not East Jerusalem, which is Israel's own code).
      const own = new Set(knownCodes(sourcePhrase));
      // An actor of no known code ('': one of our entities the dictionaries lack) is another one all the same: "Kazemi
      // met Salih" is a meeting, though neither has a code to tell them apart.
      const other = (o: NounPhrase): boolean => knownCodes(o).some((c) => c === '' || !own.has(c));
      // A statement is made to someone ("told reporters", "said to Iran"), a consultation held with someone ("met
      // Salih"), not with where or when either happened ("said at a campaign rally in San Diego", "resumed negotiations
      // in the Saudi city of Jeddah").
      const withSomeone = code.startsWith('01') || code.startsWith('04');
      const addressed = (o: NounPhrase): boolean => !(withSomeone && o.oblique && o.preposition !== undefined && SETTING_PREPOSITIONS.has(o.preposition));
      const targetPhrase = verb.target ?? verb.compound ?? (passive ? clause.subject : objects.find((o) => o !== sourcePhrase && o !== clause.agent && other(o) && addressed(o)));
      const target = targetPhrase ?? (options.openActor ? objects.find((o) => o !== sourcePhrase && o !== clause.agent && addressed(o) && options.openActor!(o)) : undefined);
      let sources = codesOf(sourcePhrase);
      let targets = codesOf(target);
      if (sources.length === 0 && targets.length > 0) sources = allCodes(sourcePhrase);
      else if (targets.length === 0 && sources.length > 0) targets = allCodes(target);
      if (targets.length === 0 && options.requireTarget === false) targets = [''];
      // A subject that is no one, with a place in its modifiers ("A minefield explosion near the town of Samarra killed
      // two Iraqi youths"), took the place's code, the target's own: it is an unnamed source, not the target itself.
      if (options.keepUncodedSource && sourcePhrase && sources.some((c) => c !== '' && targets.includes(c)) && !options.openActor?.(sourcePhrase)
        && phraseCodes({ ...sourcePhrase, mods: sourcePhrase.mods.filter((m) => m.possessor || m.apposition) }, byToken, frame.words).length === 0) sources = [''];
      if (sources.length === 0 && targets.some((t) => t !== '') && options.keepUncodedSource) sources = [''];
      // A pattern that takes the source from where the act happened ("GUNMEN * IN $": "Gunmen killed five policemen in
      // Baghdad" is Iraq's act) keeps that code, but the doers are the subject: the event's source text names them.
      // (The slot may hold a phrase nested in the object, "policemen [in Baghdad]": the word before it says.)
      const placeSource = verb.source !== undefined && PLACE_PREPOSITIONS.has(frame.words[verb.source.start - 1] ?? '');
      const doers = placeSource && !passive && clause.subject ? clause.subject : sourcePhrase;
      for (const s of sources) {
        for (const t of targets) {
          add(s, t, code, doers, t === '' && !target ? undefined : target);
          if (reverse && t !== '') add(t, s, reverse, target, doers, true);
        }
      }
    });
    // A clause that borrows its subject from a governing verb is part of that verb's event when that verb codes one
    // ("abandoned efforts to stop the parade" is an abandonment, not a stopping).
    // A promised act (above) is the event instead of its promise.
    const coded = new Set(events.map((e) => e.clause));
    const promisers = new Set([...promises].filter((ci) => events.some((e) => e.clause === ci)).map((ci) => frame.clauses[ci]!.governor!));
    return dedupe(events.filter((e) => {
      if (promisers.has(e.clause)) return false;
      const g = frame.clauses[e.clause]!.governor;
      return g === undefined || !coded.has(g) || promises.has(e.clause);
    }));
  }
}

/**
 * The members of a compound phrase: its conjuncts, or when the parser did not coordinate them ("The United States
 * and Jordan" read as one name), the dictionary actors named in its own words, each as a phrase of its words.
 */
function membersOf(np: NounPhrase, byToken: ReadonlyMap<number, ActorMention>): NounPhrase[] {
  if (np.parts.length > 1) return np.parts;
  const mentions = [...new Set(np.own.map((t) => byToken.get(t)).filter((m): m is ActorMention => m !== undefined))];
  // An agent shared by the members ("Hungarian and Romanian officials") belongs to each: the whole phrase codes them.
  if (mentions.some((m) => m.kind !== 'actor')) return [];
  return mentions.map((m) => {
    const own = np.own.filter((t) => t >= m.start && t < m.end);
    return { start: m.start, end: m.end, own, parts: [], mods: [] };
  });
}

function dedupe(events: CodedEvent[]): CodedEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    const key = `${e.source}|${e.target}|${e.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
