/**
 * Which sides of a coded event are actors. The coder lets an uncoded noun phrase
 * stand as a side ("armed groups"), but on real articles most such phrases are
 * not anyone: statements, weapons, time spans, abstract nouns ("a statement",
 * "ten rockets", "the mediation", "waters"). A side counts when a dictionary actor
 * codes it, an entity names it, or its head noun is a Phoenix agent ("police",
 * "protesters", "the government") or one of the few collective nouns for parties
 * that the agent dictionary lacks ("armed groups", "the two countries"). Media
 * agents are the audience of a statement, not a party to it ("told reporters").
 */
import type { ActorMention } from './actor-coder.js';
import type { CodedEvent } from './coder.js';
import type { NounPhrase } from './sentence-frame.js';

/** Agent codes of people who report events rather than take part in them. */
const AUDIENCE_AGENTS: ReadonlySet<string> = new Set(['MED']);

/** Nouns for parties (groups of people or states) missing from the Phoenix agent dictionary (it has "prisoners of war" only). */
export const COLLECTIVE_ACTOR_NOUNS: ReadonlySet<string> = new Set([
  'GROUP', 'GROUPS', 'FORCES', 'FACTION', 'FACTIONS', 'LEADER', 'LEADERS', 'COALITION', 'ALLIANCE', 'PARTY', 'PARTIES',
  'MOVEMENT', 'COUNTRY', 'COUNTRIES', 'NATION', 'NATIONS', 'STATES', 'SIDES', 'PRISONERS', 'INMATES', 'CAPTIVES',
]);

/**
 * CAMEO roots whose events need a recipient: those PLOVER types as COOPERATE (06), AID (07) and SANCTION (16), the
 * only types its manual marks "Requires recipient: Yes" (material help and cutting ties are always towards someone).
 * Every other event stands with its source alone when its target is no one: statements and appeals to the public,
 * agreements and promises ("Ethiopia agreed to reopen its borders"), demands, rejections, threats, protests, force.
 */
const RECIPIENT_ROOTS: ReadonlySet<string> = new Set(['06', '07', '16']);
/** Violence stands without a source too: reports often leave the attacker unnamed ("ten rockets struck the base"). */
const SOURCELESS_ROOTS: ReadonlySet<string> = new Set(['18', '19', '20']);

export const allowsMissingTarget = (code: string): boolean => !RECIPIENT_ROOTS.has(code.slice(0, 2));
export const allowsMissingSource = (code: string): boolean => SOURCELESS_ROOTS.has(code.slice(0, 2));

export interface PhraseContext {
  /** Upper-cased words of the sentence. */
  words: readonly string[];
  /** Dictionary actor and agent mentions by word. */
  mentions: ReadonlyMap<number, ActorMention>;
  /** Whether word i is a noun (common or proper). */
  isNoun: (i: number) => boolean;
}

/** A phrase's head: its last own word that is a noun. */
export const headNoun = (np: NounPhrase, isNoun: (i: number) => boolean): number | undefined => [...np.own].sort((a, b) => b - a).find(isNoun);

/**
 * Whether an uncoded phrase names a party: its head noun (its last own noun) is an agent or a collective noun. Media
 * agents only as the doer (`doer`: a clause's subject or "by" phrase): "A newspaper based in Christian east Beirut has
 * violated a ban" (PLOVER's gold source) is a party, "told reporters" has none.
 */
export function plausibleActorPhrase(np: NounPhrase, ctx: PhraseContext, doer = false): boolean {
  if (np.parts.length > 0) return np.parts.some((p) => plausibleActorPhrase(p, ctx, doer));
  const head = headNoun(np, ctx.isNoun);
  if (head === undefined) return false;
  const m = ctx.mentions.get(head);
  if (m) return m.kind === 'actor' || doer || !m.codes.every((c) => AUDIENCE_AGENTS.has(c));
  return COLLECTIVE_ACTOR_NOUNS.has(ctx.words[head]!);
}

/**
 * Common nouns for people and organisations that the agent dictionary lacks, which stand for someone when a
 * possessor or a modifier names whose they are ("Elian's father", "Clinton's campaign", "the boy's relatives in
 * Miami", "Ratners Group PLC's U.S. subsidiary"): on the judged events of real pages these were right as sides.
 */
export const PARTY_NOUNS: ReadonlySet<string> = new Set([
  'FATHER', 'MOTHER', 'PARENTS', 'SON', 'DAUGHTER', 'WIFE', 'HUSBAND', 'BROTHER', 'SISTER', 'FAMILY', 'FAMILIES', 'RELATIVES',
  'GRANDMOTHER', 'GRANDMOTHERS', 'GRANDFATHER', 'PARTNER', 'PARTNERS', 'ALLY', 'ALLIES', 'FRIEND', 'FRIENDS', 'CAMPAIGN',
  'SUBSIDIARY', 'TEAM', 'STAFF', 'SUPPORTERS', 'ADVISER', 'ADVISERS', 'ADVISOR', 'ADVISORS', 'AIDE', 'AIDES', 'OFFICE',
  'FIRM', 'BANK', 'AGENCY', 'DEPARTMENT', 'COMMITTEE', 'COUNCIL', 'BOARD', 'COMMISSION', 'DELEGATION', 'PANEL', 'CREW',
  'CANDIDATE', 'CANDIDATES', 'RIVAL', 'RIVALS', 'OPPONENT', 'OPPONENTS', 'OWNER', 'OWNERS', 'UNIT', 'UNITS', 'OFFICIAL', 'OFFICIALS',
]);

export interface ThingContext extends PhraseContext {
  /** Whether word i is a common noun (not a name). */
  isCommonNoun: (i: number) => boolean;
  /** Whether word i is inside a mention of one of our entities. */
  inEntity: (i: number) => boolean;
}

/**
 * Whether a phrase names a thing rather than someone, whatever actor its possessor, a modifier or a name before its
 * head carries: its head is a common noun that is no agent, party or collective noun and no part of an entity
 * ("Castro's remarks", "Bloomberg's presence", "that assessment [as Stockholm Syndrome]", "10 cities [in California]",
 * "letters of protest [to Reno]", "Milton Roy shares"). The dictionaries' codes of such a phrase are its owner's or
 * its place's, and the phrase is not who acts or is acted on (PETRARCH codes them; the judged events of real pages
 * had them wrong). A compound is a thing when each of its members is.
 */
export function namesThing(np: NounPhrase, ctx: ThingContext): boolean {
  if (np.parts.length > 0) return np.parts.every((p) => namesThing(p, ctx));
  const head = headNoun(np, ctx.isNoun);
  if (head === undefined || !ctx.isCommonNoun(head) || namesSomeone(np, ctx)) return false;
  // Renamed by a name ("Another pollster, David Woodard"; "the head of the FBI investigation, Kenneth Piernick").
  if (np.mods.some((m) => m.apposition && namesSomeone(m, ctx))) return false;
  const word = ctx.words[head]!;
  return !COLLECTIVE_ACTOR_NOUNS.has(word) && !PARTY_NOUNS.has(word);
}

/** Whether a phrase's own words hold an actor, an agent or one of our entities. */
const namesSomeone = (np: NounPhrase, ctx: ThingContext): boolean => np.own.some((i) => ctx.mentions.has(i) || ctx.inEntity(i));

/**
 * The phrase naming whose a thing is, or where or whom it is towards, which the dictionaries' code of the thing is:
 * its possessor ("[the U.S.'s] demand"), else the first modifier naming someone, looked for inside modifiers that name
 * no one ("a mediation effort [on Saturday [between the Emirates …]]", "a suspension of air links [with Serbia]", "aid deliveries [in Baghdad]", "their first meeting [with
 * President Obama]"). Undefined when none does.
 */
export function ownerOf(np: NounPhrase, ctx: ThingContext): NounPhrase | undefined {
  const mods = [...np.mods.filter((m) => m.possessor), ...np.mods.filter((m) => !m.possessor && !m.apposition)];
  for (const m of mods) {
    if (namesSomeone(m, ctx) || m.parts.some((p) => namesSomeone(p, ctx))) return m;
    const inner = ownerOf(m, ctx);
    if (inner) return inner;
  }
  return undefined;
}

/**
 * The event with its sides checked: a side that is not an actor is dropped, and the event stays only when its
 * other side is an actor and its code allows the missing one. A reversed paired code ([032:033]) needs both sides.
 */
export function withActorSides(e: CodedEvent, isActor: (code: string, np: NounPhrase | undefined) => boolean): CodedEvent | undefined {
  const hasTarget = e.target !== '' || e.targetPhrase !== undefined;
  const source = isActor(e.source, e.sourcePhrase);
  const target = hasTarget && isActor(e.target, e.targetPhrase);
  if (source && target) return e;
  if (e.reversed) return undefined;
  if (source && allowsMissingTarget(e.code)) {
    if (!hasTarget) return e;
    const out: CodedEvent = { ...e, target: '' };
    delete out.targetPhrase;
    return out;
  }
  if (target && allowsMissingSource(e.code)) {
    const out: CodedEvent = { ...e, source: '' };
    delete out.sourcePhrase;
    return out;
  }
  return undefined;
}
