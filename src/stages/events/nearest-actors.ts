/**
 * The second step of the events stage's coding cascade: a sentence whose clauses coded no typed event, though one
 * of its verbs has a code, is read from the order of its words. The first step (coder.ts) takes the source from the
 * verb's subject and the target from its objects, so a misparse loses the event: "Washington along with its allies
 * demanded …" parsed with "its allies" as the subject leaves the demand without anyone to make it; "The European
 * Community on Monday gave the Ivory Coast 5.1 million dollars of aid" with the Ivory Coast read as the subject of
 * "dollars" leaves the aid without a recipient, which aid needs. Here the subject stands when it is an actor, else
 * the actor named nearest before the verb; the target is the first actor after it, other than the source; no other
 * verb may stand between a side and the verb (that side would be another clause's), and a source named before the verb
 * is no preposition's object ("According to Shiguematsu, …"). Only the sentence's main verb (the clause highest in the
 * tree) is read so, and only when no clause gave an event with a type: this step adds an event where there was none,
 * and never changes one the parse gave. Read more widely (any clause, any actor before it), it coded mostly noise on
 * real pages ("…, according to Shiguematsu, the sky went dark" as a consultation).
 */
import type { CodedEvent } from './coder.js';
import type { Clause, NounPhrase, SentenceFrame } from './sentence-frame.js';
import type { VerbMatch } from './verb-coder.js';
import { allowsMissingTarget } from './actor-plausibility.js';

/** An actor named in the sentence: a dictionary actor or one of our entities (words start..end of the frame). */
export interface NamedActor {
  start: number;
  /** Exclusive. */
  end: number;
  /** Its code ('' when it has none, as an entity may not). */
  code: string;
}

export interface NearestActorInput {
  frame: SentenceFrame;
  /** The index of the clause of the sentence's main verb. */
  clause: number;
  /** Whether word i is a verb (an auxiliary or a modal too). */
  isVerb: (i: number) => boolean;
  /**
   * Whether the phrase whose first word is i is a preposition's object ("according to X", "a spokesman for X", "fires
   * in the Amazon"): such an actor is not the one acting.
   */
  governed: (i: number) => boolean;
  /** The verb dictionary's match for a clause (its code, or null when it codes nothing). */
  verb: (clause: Clause) => VerbMatch | undefined;
  /** Whether a code has an event type (statements, CAMEO 01, have none). */
  typed: (code: string) => boolean;
  /** The actors the sentence names, in any order; they must not overlap. */
  actors: readonly NamedActor[];
  /** The codes of a clause's subject when it names an actor (else empty: no actor). */
  subjectCodes: (np: NounPhrase) => string[];
  /** Whether an uncoded subject is still someone ("rebels"): the source when no actor is named before the verb. */
  plausible: (np: NounPhrase) => boolean;
}

const phraseOf = (a: NamedActor): NounPhrase => ({ start: a.start, end: a.end, own: Array.from({ length: a.end - a.start }, (_, k) => a.start + k), parts: [], mods: [] });

/** The event of the main clause when its verb has a typed code and a source, its sides read from word order; else undefined. */
export function nearestActorEvent(input: NearestActorInput): CodedEvent | undefined {
  const clause = input.frame.clauses[input.clause];
  // A reported act is the reporter's to state, deny or demand (coder.ts): not read here as done.
  if (!clause || clause.negated || clause.reporter !== undefined) return undefined;
  const verb = input.verb(clause);
  if (!verb?.code || !input.typed(verb.code)) return undefined;
  // No verb between a side and this one: "a, b" from i (exclusive) to j (exclusive).
  const noVerbBetween = (i: number, j: number): boolean => {
    for (let k = i; k < j; k++) if (input.isVerb(k)) return false;
    return true;
  };
  const byStart = [...input.actors].sort((a, b) => a.start - b.start);
  // The subject when it is someone; else the actor nearest before the verb.
  const subject = clause.subject && !clause.passive ? clause.subject : undefined;
  const subjectCodes = subject ? input.subjectCodes(subject) : [];
  const before = byStart.filter((a) => a.end <= verb.start).at(-1);
  const source = subjectCodes.length > 0 ? { code: subjectCodes[0]!, phrase: subject! }
    : before && noVerbBetween(before.end, verb.start) && !input.governed(before.start) ? { code: before.code, phrase: phraseOf(before) }
    : subject && input.plausible(subject) ? { code: '', phrase: subject } : undefined;
  if (!source) return undefined;
  const sourceTokens = new Set(source.phrase.own);
  const after = byStart.find((a) => a.start >= verb.end && (a.code === '' || a.code !== source.code) && !sourceTokens.has(a.start));
  const target = after && noVerbBetween(verb.end, after.start) ? after : undefined;
  if (!target && !allowsMissingTarget(verb.code)) return undefined;
  return {
    source: source.code, target: target?.code ?? '', code: verb.code, clause: input.clause, verb, sourcePhrase: source.phrase, byWordOrder: true,
    ...(target ? { targetPhrase: phraseOf(target) } : {}),
  };
}
