/**
 * Verb senses the PETRARCH verb dictionary leaves out, as data with a reason each.
 *
 * Base codes: PETRARCH2 puts some plain verbs in synonym blocks without a code ([---]), so that they code only
 * through a pattern; "The Palestinians reject proposed Israeli changes" then codes nothing, though the CAMEO
 * manual names the verb for its code. These verbs get that code as their base (a pattern still wins). Only the
 * committed dictionaries take them (event-resources.ts): a suite that brings its own dictionaries tests those.
 *
 * Event nouns: a verb that only says an act took place ("mounted an invasion", "staged a protest", "began a hunger
 * strike") has no code of its own in PETRARCH; its object names the act, and takes the code that act has in the CAMEO
 * manual (NOMINAL_EVENTS). Only a verb the dictionary leaves uncoded, with no pattern, is read so.
 *
 * PLOVER senses: a CAMEO code the PLOVER manual types by the act rather than by the code. Resignations are CAMEO's
 * 0831 ("accede to demands for change in leadership"), which the CAMEO→PLOVER table types CONCEDE, while the
 * manual says "RETREAT also covers resignations of government officials" (mode resign).
 */
import type { VerbDictionary } from './dictionary-format.js';

export interface BaseCode {
  /** The entry's first form, as the dictionary writes it. */
  verb: string;
  /** The base code; null to take the dictionary's away (the verb then codes only through a pattern). */
  code: string | null;
  /** A base code the dictionary gives that the CAMEO manual puts elsewhere, to replace (else only a missing one is filled). */
  replaces?: string;
  reason: string;
}

export const BASE_CODES: readonly BaseCode[] = [
  { verb: 'REJECT', code: '120', reason: "CAMEO 120 'Reject, not specified below'; its block (REFUSE) has no code" },
  { verb: 'REFUSE', code: '120', reason: "CAMEO 120; 'decline' in the same block is 120 already" },
  { verb: 'RULE', code: '120', reason: "'rule out' (RULE_OUT in the REFUSE block): CAMEO 120" },
  { verb: 'VIOLATE', code: '128', reason: "CAMEO 128 'Defy norms, law'; 'breach' in the same block is 128 already" },
  { verb: 'RENEGE', code: '120', reason: "going back on a commitment rejects it (CAMEO 120); 'rescind' in its block is 160" },
  { verb: 'SUSPEND', code: '160', reason: "CAMEO 16 'Reduce relations' (suspending aid, links, talks); its block (FINISH) has no code" },
  { verb: 'LIFT', code: '080', reason: "lifting a ban, curfew or sanction yields (CAMEO 08); its block mixes in 'rise', 'surface'" },
  { verb: 'RESIGN', code: '0831', reason: "CAMEO 0831 'Accede to demands for change in leadership': resignations; the block's MINISTER patterns code 0831" },
  { verb: 'VACATE', code: '0831', reason: "'vacate' an office, RESIGN's block: as 'resign'" },
  { verb: 'SUE', code: '115', replaces: '173', reason: "CAMEO 115 'Bring lawsuit against'; PLOVER ACCUSE 'sue or bring to court'. PETRARCH had 173 (arrest, detain)" },
  // Perceptions, expectations and feelings the dictionary files with statements: a statement (01) needs someone to say
  // something. On the judged events of real pages (development half) these base codes gave 14 statements, none right.
  { verb: 'SEE', code: null, replaces: '010', reason: "'Investors see a one-in-five chance', 'others see choppier waters ahead': a view, not a statement (OBSERVE block; 'observe' and 'note' keep 010)" },
  { verb: 'VIEW', code: null, replaces: '010', reason: "'when people view voters of color as a monolithic group': an opinion held, not voiced" },
  { verb: 'EXPECT', code: null, replaces: '010', reason: "'Microsoft expects to release 16 million tons', 'Google expects the query in the URL': an expectation (PREDICT block; 'predict' keeps 010)" },
  { verb: 'WORRY', code: null, replaces: '012', reason: "'people worry about getting in trouble': a feeling, not a pessimistic comment (012)" },
  { verb: 'FRUSTRATE', code: null, replaces: '012', reason: "'people have become frustrated with dynamic typing': a feeling" },
  { verb: 'MINE', code: null, replaces: '090', reason: "'waters that Russia has mined': mines laid, not data mined (PETRARCH files 'mine' in the PROBE block, 090 investigate)" },
  { verb: 'DIE', code: null, replaces: '190', reason: "'His mother died trying to reach the United States', 'before Slepian died': the subject is who died, not who fought (DIE's base code is 190); its patterns that name a killer ('died in an attack by $') keep their codes" },
  { verb: 'ASSESS', code: null, replaces: '010', reason: "'Microsoft assessed the fee on direct emissions': levied, not stated (ESTIMATE block)" },
];

/**
 * The dictionary with the base codes given to the entries that have none (or the code an entry `replaces`): entries
 * with no words glued around the verb, whose first form is a BASE_CODES verb; RULE takes its code only in RULE_OUT
 * (RULE alone is 060).
 */
export function withBaseCodes(verbs: VerbDictionary, table: readonly BaseCode[] = BASE_CODES): VerbDictionary {
  const byVerb = new Map(table.map((b) => [b.verb, b]));
  // A replaced code goes from the patterns of a block that is the verb's alone too ("* + FOR" in SUE's).
  const replaced = new Map<number, BaseCode>();
  for (const v of verbs.verbs) {
    const entry = byVerb.get(v.forms[0] ?? '');
    if (entry?.replaces && verbs.verbs.every((w) => w.block !== v.block || w.forms[0] === v.forms[0])) replaced.set(v.block, entry);
  }
  return {
    ...verbs,
    blocks: verbs.blocks.map((b, i) => {
      const entry = replaced.get(i);
      return entry ? { ...b, patterns: b.patterns.map((p) => (p.code === entry.replaces ? { ...p, code: entry.code } : p)) } : b;
    }),
    verbs: verbs.verbs.map((v) => {
      const entry = byVerb.get(v.forms[0] ?? '');
      const code = entry?.code;
      if ((v.code !== null && v.code !== entry?.replaces) || code === undefined || v.before.length > 0) return v;
      if (v.forms[0] === 'RULE' ? v.after.join(' ') !== 'OUT' : v.after.length > 0) return v;
      return { ...v, code };
    }),
  };
}

export interface PloverSense {
  /** CAMEO codes the sense applies to (a code, or its parent). */
  codes: readonly string[];
  /** Verb forms (an entry's first form) whose act it is. */
  verbs: readonly string[];
  plover: string;
  mode: string;
  reason: string;
}

export const PLOVER_SENSES: readonly PloverSense[] = [
  { codes: ['0831', '080'], verbs: ['RESIGN', 'VACATE'], plover: 'RETREAT', mode: 'resign', reason: 'PLOVER manual: RETREAT covers resignations of government officials (mode resign)' },
];

/** The PLOVER type and mode of an act coded `code` with a verb whose entry's forms are `verbForms`, when the act decides it. */
export function ploverSense(code: string, verbForms: readonly string[]): { plover: string; mode: string } | undefined {
  const s = PLOVER_SENSES.find((x) => x.codes.includes(code) && x.verbs.some((v) => verbForms[0] === v));
  return s ? { plover: s.plover, mode: s.mode } : undefined;
}

/** Verbs that say an act took place, begun or went on (an entry's first form): their object names the act. */
export const LIGHT_VERBS: ReadonlySet<string> = new Set(['CONTINUE', 'STAGE', 'LAUNCH', 'MOUNT', 'BEGIN', 'START', 'CARRY', 'RESUME', 'OPEN', 'INTENSIFY', 'ESCALATE', 'UNLEASH']);

export interface NominalEvent {
  /** The object's head noun (singular and plural forms), upper-cased; with `before`, only after that word. */
  nouns: readonly string[];
  before?: string;
  code: string;
  reason: string;
}

export const NOMINAL_EVENTS: readonly NominalEvent[] = [
  { nouns: ['STRIKE', 'STRIKES'], before: 'HUNGER', code: '142', reason: "CAMEO 142 'Conduct hunger strike'" },
  { nouns: ['STRIKE', 'STRIKES'], before: 'GENERAL', code: '143', reason: "CAMEO 143 'Conduct strike or boycott'" },
  { nouns: ['BOYCOTT', 'BOYCOTTS'], code: '143', reason: "CAMEO 143 'Conduct strike or boycott'" },
  { nouns: ['PROTEST', 'PROTESTS', 'DEMONSTRATION', 'DEMONSTRATIONS', 'RALLY', 'RALLIES', 'SIT-IN', 'SIT-INS'], code: '141', reason: "CAMEO 141 'Demonstrate or rally'" },
  { nouns: ['RIOT', 'RIOTS'], code: '145', reason: "CAMEO 145 'Protest violently, riot'" },
  { nouns: ['ATTACK', 'ATTACKS', 'OFFENSIVE', 'OFFENSIVES', 'ASSAULT', 'ASSAULTS', 'INVASION', 'INCURSION', 'INCURSIONS', 'RAID', 'RAIDS', 'BOMBARDMENT'], code: '190', reason: "CAMEO 190 'Use conventional military force'" },
  { nouns: ['AIRSTRIKE', 'AIRSTRIKES', 'AIR-STRIKES'], code: '195', reason: "CAMEO 195 'Employ aerial weapons'" },
  { nouns: ['STRIKE', 'STRIKES'], before: 'AIR', code: '195', reason: "CAMEO 195 'Employ aerial weapons'" },
  { nouns: ['INVESTIGATION', 'INVESTIGATIONS', 'PROBE', 'INQUIRY'], code: '090', reason: "CAMEO 090 'Investigate'" },
  { nouns: ['TALKS', 'NEGOTIATIONS'], code: '046', reason: "CAMEO 046 'Engage in negotiation'" },
];

/**
 * The code of the act a light verb's object names ("mounted [its long-threatened invasion of South Lebanon]": 190), from
 * the verb entry's first form and the object's own words in order (its head last); undefined for anything else.
 */
export function nominalCode(verbForms: readonly string[], objectWords: readonly string[]): string | undefined {
  if (!LIGHT_VERBS.has(verbForms[0] ?? '')) return undefined;
  const head = objectWords[objectWords.length - 1];
  const before = objectWords[objectWords.length - 2];
  if (head === undefined) return undefined;
  // A noun with a `before` word is that act only after it ("hunger strike"); without it, one entry that needs none.
  const withWord = NOMINAL_EVENTS.find((n) => n.before !== undefined && n.before === before && n.nouns.includes(head));
  return (withWord ?? NOMINAL_EVENTS.find((n) => n.before === undefined && n.nouns.includes(head)))?.code;
}

/** Nouns of fighting, for what one engages in (not NOMINAL_EVENTS: "began a war" is no act of its own subject alone). */
const FIGHTING_NOUNS: readonly string[] = ['FIGHTING', 'FIGHT', 'FIGHTS', 'CLASH', 'CLASHES', 'BATTLE', 'BATTLES', 'COMBAT', 'HOSTILITIES', 'FIREFIGHT', 'SKIRMISH', 'SKIRMISHES', 'WAR', 'WARFARE'];

/**
 * The code of what one engages in (ENGAGE with an "in" phrase that no pattern of its block named): the act the phrase
 * names (NOMINAL_EVENTS, fighting 190), else no event. ENGAGE's base code is 190 for "engaged the enemy", but
 * "Curiel has engaged in misconduct", "engaged in unofficial businesses" fight no one (two ASSAULTs on the judged
 * events' development half). Undefined for any other verb, or without an "in" phrase.
 */
export function engagedCode(verbForms: readonly string[], inPhraseWords: readonly string[] | undefined): string | null | undefined {
  if (verbForms[0] !== 'ENGAGE' || inPhraseWords === undefined) return undefined;
  const head = inPhraseWords[inPhraseWords.length - 1];
  if (head === undefined) return undefined;
  if (FIGHTING_NOUNS.includes(head)) return '190';
  const before = inPhraseWords[inPhraseWords.length - 2];
  const withWord = NOMINAL_EVENTS.find((n) => n.before !== undefined && n.before === before && n.nouns.includes(head));
  return (withWord ?? NOMINAL_EVENTS.find((n) => n.before === undefined && n.nouns.includes(head)))?.code ?? null;
}

/**
 * Verbs of travel (an entry's first form): FLY's block codes a trip to someone as an intent to meet (036, "FLY * TO +"),
 * the travel block (GO, COME, LEAVE, DEPART, TRAVEL, TOUR) as a consultation (040).
 */
const TRAVEL_VERBS: ReadonlySet<string> = new Set(['FLY', 'TRAVEL', 'GO', 'COME', 'LEAVE', 'DEPART', 'TOUR']);

/**
 * A trip made, not announced, is a visit (042; the events stage keeps it only for a known visitor), not an intent to meet
 * (036) nor a consultation (040): "Freeh flew to Washington immediately after the press conference", "Mesa flies to 42
 * cities in New Mexico" (three 036s on the judged events' development half, none right), "The group might come to the
 * U.S. as soon as Tuesday" (040). `future`: whether the clause states it as to come (an intent to meet stays one).
 */
export function tripCode(verbForms: readonly string[], code: string, future: boolean): string {
  if (!TRAVEL_VERBS.has(verbForms[0] ?? '')) return code;
  return code === '040' || (code === '036' && !future) ? '042' : code;
}

/** Verbs of an attack (an entry's first form) that are also said of words: "attacked him for failing to enforce …". */
const ATTACKING_VERBS: ReadonlySet<string> = new Set(['ATTACK', 'ASSAIL', 'BLAST']);

/**
 * Criticism (CAMEO 111 'Criticize or denounce') for an attack on someone for what they did or as what they are: "Spitzer
 * attacked him for failing to enforce a court order", "to attack Obama as a job killer" (two ASSAULTs on the judged
 * events' development half). One assaults no one for a failing or as a job killer; one blames them. `after` is the
 * sentence's words right after the direct object.
 */
export function verbalAttackCode(verbForms: readonly string[], after: readonly string[]): string | undefined {
  if (!ATTACKING_VERBS.has(verbForms[0] ?? '')) return undefined;
  const [first, second] = after;
  return first === 'AS' || (first === 'FOR' && second !== undefined && /^[A-Z]{3,}ING$/.test(second)) ? '111' : undefined;
}

/** Verbs that end, halt or break off something (an entry's first form). */
const ENDING_VERBS: readonly string[] = ['END', 'HALT', 'TERMINATE', 'CEASE', 'STOP', 'SUSPEND', 'BREAK', 'ABANDON', 'QUIT'];
/** Verbs that make an act known by naming it (an entry's first form): "announced a suspension of air links". */
const ANNOUNCING_VERBS: readonly string[] = ['ANNOUNCE', 'DECLARE'];

export interface ObjectSense {
  /** Entry first forms. */
  verbs: readonly string[];
  /** Words of the object's own (its head or a noun before it: "mediation efforts"), upper-cased. */
  nouns: readonly string[];
  /** The code; null when the verb and its object name no event at all ("took a look at"). */
  code: string | null;
  reason: string;
}

/**
 * Senses a verb has by its object, where no pattern of its block matched (or only one of slots alone, such as "* +")
 * and its base code (or none) says something else: "ended its mediation" halts a mediation (165), though END has no
 * code; "broke off talks" halts negotiations (164), not BREAK's base 190; "dismissed an appeal … to lay down their
 * arms" rejects it (120), not DISMISS's 110; "took a look at" is no event at all (code null).
 */
export const OBJECT_SENSES: readonly ObjectSense[] = [
  { verbs: ENDING_VERBS, nouns: ['MEDIATION'], code: '165', reason: "CAMEO 165 'Halt mediation'" },
  { verbs: ENDING_VERBS, nouns: ['TALKS', 'NEGOTIATIONS', 'DIALOGUE'], code: '164', reason: "CAMEO 164 'Halt negotiations'" },
  {
    verbs: ['DISMISS', 'BRUSH'], nouns: ['APPEAL', 'APPEALS', 'CALL', 'CALLS', 'DEMAND', 'DEMANDS', 'REQUEST', 'REQUESTS', 'OFFER', 'OFFERS', 'PROPOSAL', 'PROPOSALS', 'PLAN', 'INITIATIVE', 'ULTIMATUM'],
    code: '120', reason: "CAMEO 120 'Reject': dismissing a call or an offer turns it down; DISMISS's base 110 is for criticism ('dismissed the report as lies')",
  },
  {
    verbs: ['SHARE', 'EXCHANGE', 'PROVIDE'], nouns: ['INTELLIGENCE', 'INFORMATION', 'EVIDENCE', 'DATA'], code: '064',
    reason: "CAMEO 064 'Share intelligence or information'; SHARE has no code, EXCHANGE and PROVIDE 060",
  },
  {
    verbs: ['DEFEND'], nouns: ['RIGHT', 'RIGHTS', 'DECISION', 'DECISIONS', 'POLICY', 'POLICIES', 'RECORD', 'ACTION', 'ACTIONS', 'STANCE', 'VIEWS', 'REMARKS', 'COMMENTS', 'STATEMENT', 'STRATEGY'],
    code: '052',
    reason: "CAMEO 052 'Defend verbally': defending a right, a decision or a policy speaks for it (the block's own '* + RIGHT', '* PLAN', '* BAN' are 052), it guards no one",
  },
  {
    verbs: ['EVACUATE', 'ABANDON'], nouns: ['SETTLEMENT', 'SETTLEMENTS', 'BASE', 'BASES', 'POSITION', 'POSITIONS', 'OUTPOST', 'OUTPOSTS', 'GARRISON', 'TERRITORY', 'TERRITORIES'],
    code: '0874',
    reason: "CAMEO 0874 'Retreat or surrender militarily' (PLOVER RETREAT), as the block's own 'POSITIONS IN +', 'HEADQUARTERS', 'OUTPOST IN +' say; its '* +' (160) reads a place left as relations cut",
  },
  {
    verbs: ['ACCEPT'], nouns: ['DEMAND', 'DEMANDS', 'CONDITIONS', 'TERMS', 'ULTIMATUM'], code: '080',
    reason: "CAMEO 08 'Yield': accepting demands or terms accedes to them (PLOVER CONCEDE), not ACCEPT's '* +' 051 (praise, endorse)",
  },
  { verbs: ANNOUNCING_VERBS, nouns: ['SUSPENSION'], code: '160', reason: "CAMEO 16 'Reduce relations': announcing a suspension (of links, aid, talks) is the act, not a statement (010)" },
  { verbs: ANNOUNCING_VERBS, nouns: ['EMBARGO', 'SANCTIONS'], code: '163', reason: "CAMEO 163 'Impose embargo, boycott, or sanctions'" },
  { verbs: ANNOUNCING_VERBS, nouns: ['CURFEW'], code: '1723', reason: "CAMEO 1723 'Impose curfew'" },
  {
    verbs: ['TAKE', 'GRAB', 'CATCH'], nouns: ['LOOK', 'GLANCE', 'GLIMPSE', 'PEEK', 'BREAK', 'BREATH', 'NAP', 'WALK', 'SEAT', 'PHOTO', 'PHOTOS', 'PICTURE', 'PICTURES', 'SELFIE', 'VACATION', 'HOLIDAY'],
    code: null,
    reason: "No event: TAKE, GRAB and CATCH are filed under APPREHEND (171 'Seize'), but 'take a look at our neighbours Austria', 'take a break', 'take photos' seize no one (three ASSAULTs on Austria, Italy and Switzerland from one travel page)",
  },
];

/**
 * Verbs (an entry's first form) whose infinitive complement is an aim, not the act their own code names: "the company
 * aims to remove carbon" aims no weapon (AIM's base code is 190, use of conventional force).
 */
export const AIMING_VERBS: ReadonlySet<string> = new Set(['AIM']);

/**
 * Verbs of intending (an entry's first form): the infinitive they govern is what the subject means to do,
 * and that act, stated as to come, is the event (coder.ts reads it as an intent, as it reads a promised act); the verb
 * itself is none. PETRARCH gives INTEND/PLAN 030 and HOPE/DESIRE 013 as base codes, so "Microsoft plans to cut its
 * carbon emissions", "Mr. Regalado intends to sit out the presidential race" were intents to cooperate (on the judged
 * events of real pages, development half: 5 such events, all wrong; none right lost); their patterns that name words ("* LAUNCH STRIKES
 * AGAINST + [138]") still code. WANT is left to its block (DEMAND): "wants Turkey to withdraw" is a demand of Turkey,
 * and ACTS_ON_SOMEONE drops it when it asks nothing of anyone.
 */
export const INTENDING_VERBS: ReadonlySet<string> = new Set(['INTEND', 'PLAN', 'HOPE', 'DESIRE']);

export const isIntending = (verbForms: readonly string[]): boolean => INTENDING_VERBS.has(verbForms[0] ?? '');

/** No event (null) for an aiming or intending verb that governs an act; else undefined. */
export function aimCode(verbForms: readonly string[], governsAct: boolean): null | undefined {
  return governsAct && (AIMING_VERBS.has(verbForms[0] ?? '') || isIntending(verbForms)) ? null : undefined;
}

/**
 * Raising verbs (an entry's first form): "voters seemed to agree", "the feature appears to use image manipulation" say
 * how the governed act looks, and have no subject of their own; the act is the governed verb's. PETRARCH files APPEAR
 * and SEEM with LOOK, whose "* TO" pattern (020, appeal: "look to Washington for help") coded every "appears to …" as an
 * appeal: on the judged events of real pages (development half) 6 such 020s, none right.
 */
export const RAISING_VERBS: ReadonlySet<string> = new Set(['APPEAR', 'SEEM']);

/** No event (null) for a raising verb that governs an act, whatever pattern its block matched; else undefined. */
export function raisingCode(verbForms: readonly string[], governsAct: boolean): null | undefined {
  return governsAct && RAISING_VERBS.has(verbForms[0] ?? '') ? null : undefined;
}

export interface StatingSense {
  /** Entry first forms. */
  verbs: readonly string[];
  /** Only for a clause held true, not one with a modal (what should or will be done). */
  held?: boolean;
  reason: string;
}

/**
 * Verbs the PETRARCH dictionary files by an act (cooperating, yielding, opposing) that, taking a clause as their
 * complement, say what someone holds true: a statement (CAMEO 010), not the act. "Carson admitted that the course name
 * … was inaccurate" reveals nothing to anyone (ADMIT's 050); "A panel … agreed Saturday that Sanders' plan … is cheap"
 * is no accord (AGREE's 050); "She concedes that most of her peers love the Clintons" yields nothing (CONCEDE's 080).
 */
export const STATING_SENSES: readonly StatingSense[] = [
  { verbs: ['AGREE'], held: true, reason: "agreeing that something is so is an opinion voiced; agreeing that one should act ('agreed that their countries should cooperate', PLOVER AGREE) or to act stays an accord" },
  { verbs: ['ADMIT', 'CONFESS'], reason: "admitting that something is so: a statement; ADMIT's block (DISCLOSE, REVEAL) has 050" },
  { verbs: ['CONCEDE'], reason: "conceding that something is so grants a point, not a demand (CONCEDE is in YIELD's block, 080)" },
  { verbs: ['ARGUE', 'CONTEND'], reason: "arguing that something is so: a statement (their block, DISAGREE's, has 110)" },
];

/** The statement code of a stating verb that takes a clause as its complement (see Clause.takesClause); else undefined. */
export function statingCode(verbForms: readonly string[], takesClause: 'held' | 'owed' | undefined): string | undefined {
  if (!takesClause) return undefined;
  const sense = STATING_SENSES.find((s) => s.verbs.includes(verbForms[0] ?? ''));
  return sense && (!sense.held || takesClause === 'held') ? '010' : undefined;
}

/** The code an object gives a verb (an entry's forms; the object's own words): null for no event; undefined when it gives none. */
export function objectSenseCode(verbForms: readonly string[], objectWords: readonly string[]): string | null | undefined {
  return OBJECT_SENSES.find((o) => o.verbs.includes(verbForms[0] ?? '') && objectWords.some((w) => o.nouns.includes(w)))?.code;
}

export interface ActOnSomeone {
  /** Entry first forms. */
  verbs: readonly string[];
  reason: string;
}

/**
 * Verbs whose dictionary sense is an act done to someone (seized, detained, asked, allowed, offered something): coded
 * by their base code alone (no pattern matched) and with no actor as target, they are used in an everyday sense, and
 * give no event. Chosen on the judged events of real pages (eval events --format judged), development half: 49 such
 * events, none right.
 */
export const ACTS_ON_SOMEONE: readonly ActOnSomeone[] = [
  { verbs: ['TAKE', 'HOLD', 'REMOVE', 'CATCH', 'GRAB'], reason: "CAMEO 17 seize, detain, expel a person: 'Sanders took the Democratic contest', 'the communities that held this workshop', 'remove carbon from the atmosphere'" },
  { verbs: ['ASK'], reason: "CAMEO 02 appeal to someone: 'King asked.', 'Asked why he settled on Sanders, Blocker said' ask a question" },
  { verbs: ['NEED', 'WANT', 'REQUIRE'], reason: "CAMEO 10 demand of someone (PETRARCH's DEMAND block): 'Japan needs to do better', 'Universities always want to ensure …' make no demand of anyone" },
  { verbs: ['ALLOW', 'ENABLE'], reason: "CAMEO 08 yield to someone: 'Python allows you to use **' is a property, not a concession" },
  { verbs: ['OFFER', 'MEAN'], reason: "CAMEO 03 offer to someone: 'the restaurant offers pan-Asian dishes', 'the name means tower'" },
];

const ACTING_ON_SOMEONE: ReadonlySet<string> = new Set(ACTS_ON_SOMEONE.flatMap((a) => a.verbs));

/** Whether a verb (an entry's forms) coded by its base code needs an actor acted on to be an event. */
export const actsOnSomeone = (verbForms: readonly string[]): boolean => ACTING_ON_SOMEONE.has(verbForms[0] ?? '');

/**
 * Verbs of winning and leading that CAMEO files under seizing, occupying or fighting (an entry's first form), and the
 * words that, in their clause, make the contest an election: "Mr. Obama captured Florida by about 74,000 votes",
 * "Sanders beat her 51% to 36%", "Clinton holds a 10-point lead", "Rubio and Bush occupied a third tier". Such a clause
 * is a result, not an event. Chosen on the judged events of real pages, development half (9 such events, none right).
 */
export const CONTEST_VERBS: ReadonlySet<string> = new Set(['WIN', 'BEAT', 'LEAD', 'CAPTURE', 'BEST', 'DEFEAT', 'OCCUPY', 'RECAPTURE', 'HOLD', 'SWEEP', 'CARRY', 'TAKE', 'TRAIL', 'EDGE', 'BATTLE']);
export const CONTEST_WORDS: ReadonlySet<string> = new Set([
  'PRIMARY', 'PRIMARIES', 'CAUCUS', 'CAUCUSES', 'ELECTION', 'ELECTIONS', 'NOMINATION', 'VOTE', 'VOTES', 'BALLOT', 'BALLOTS',
  'DELEGATE', 'DELEGATES', 'POLL', 'POLLS', 'POLLING', 'PERCENT', '%', 'POINT', 'POINTS', 'LEAD', 'TIER', 'MOMENTUM', 'RACE',
]);
/** "10-point", "51%", "4.5%". */
const CONTEST_FIGURE = /^\d+(?:-POINT|(?:\.\d+)?%)$/u;

/**
 * Whether a verb (an entry's forms) reports an electoral result, by the words of its clause: `words[from..to)` of the
 * sentence's upper-cased words (SentenceFrame.words), read only for a contest verb.
 */
export function electoralContest(verbForms: readonly string[], words: readonly string[], from: number, to: number): boolean {
  if (!CONTEST_VERBS.has(verbForms[0] ?? '')) return false;
  for (let i = from; i < to; i++) if (CONTEST_WORDS.has(words[i]!) || CONTEST_FIGURE.test(words[i]!)) return true;
  return false;
}

/**
 * Verbs of getting ready (an entry's first form): an act of force they govern has not happened; getting ready for it
 * is a show of force, CAMEO 15 (PLOVER MOBILIZE): "The Macedonian army prepared to resume shelling Albanian rebel-held
 * territory" (PLOVER's gold MOBILIZE; it was 194, ASSAULT).
 */
export const PREPARING_VERBS: ReadonlySet<string> = new Set(['PREPARE', 'READY']);

/** The code of an act a preparing verb governs: CAMEO 150 for force (roots 18 to 20); else the act's own. */
export function preparedCode(governorForms: readonly string[] | undefined, code: string): string {
  return governorForms && PREPARING_VERBS.has(governorForms[0] ?? '') && /^(18|19|20)/.test(code) ? '150' : code;
}

/**
 * Verbs that direct someone to act (an entry's first form). Governing an infinitive ("ordered former president Carlos
 * Menem to appear"), they make a demand: PLOVER's REQUEST is "all requests, demands, and orders", CAMEO's 10. The
 * PETRARCH dictionary files ORDER with MANAGE and HEAD, whose "* TO" (heading to a place) is a visit, 042.
 */
export const DIRECTIVE_VERBS: ReadonlySet<string> = new Set(['ORDER', 'COMMAND', 'DIRECT', 'INSTRUCT']);

/** The demand code of a directive verb that governs an act, else undefined. */
export function directiveCode(verbForms: readonly string[], governsAct: boolean): string | undefined {
  return governsAct && DIRECTIVE_VERBS.has(verbForms[0] ?? '') ? '100' : undefined;
}
