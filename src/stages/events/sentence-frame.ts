/**
 * What the event coder reads of a sentence, whatever parser produced it: its words
 * (upper-cased, as the PETRARCH dictionaries write them), its noun phrases as small
 * trees, and its verb clauses (the verb, the subject noun phrase, the words the
 * clause covers and the noun phrases after the verb). The PETRARCH evaluation builds
 * it from the Penn Treebank parses its records carry (src/eval/events/penn-tree.ts);
 * the events stage builds it from our dependency parse (dependency-frame.ts).
 */

/** A noun phrase: its own words, coordinated sub-phrases, and modifiers ("of/in/from X", "X's"). */
export interface NounPhrase {
  start: number;
  /** Exclusive. */
  end: number;
  /** Token indexes that belong to this phrase itself (not to a part or modifier). */
  own: number[];
  /** Coordinated phrases ("Ithilen and [the government of Gondor]"). */
  parts: NounPhrase[];
  /** Modifying phrases that can carry the actor an agent belongs to ("officials [in Fornost]", "[Gondor's] government"). */
  mods: NounPhrase[];
  /** A possessor ("[Gondor's] government"): the owner of the agents of the phrase it modifies. */
  possessor?: boolean;
  /** An apposition ("Muqtada al-Sadr, [the cleric]"): it names the same actor. */
  apposition?: boolean;
  /** A prepositional complement of the verb ("said [in a tweet]"), not one of its core arguments. */
  oblique?: boolean;
  /** An oblique's preposition, upper-cased as the frame's words ("IN" of "said [in] New York"). */
  preposition?: string;
}

export interface Clause {
  /** The verb word (for a multi-word verb, the word the dictionary marks). */
  verb: number;
  /** First word of the clause (for patterns that look before the verb). */
  start: number;
  /** One past the last word the verb phrase covers. */
  end: number;
  subject?: NounPhrase;
  /** Noun phrases after the verb inside the verb phrase, outermost only, in text order. */
  objects: NounPhrase[];
  /** "did not attack", "never attacked". */
  negated: boolean;
  /** A passive ("was attacked by Y"): the subject is the target, `agent` (the "by" phrase) the source. */
  passive?: boolean;
  agent?: NounPhrase;
  /** Word positions a pattern may match after the verb (absent: all up to `end`): the verb's own phrases, not the clauses it governs. */
  scope?: ReadonlySet<number>;
  /** The clause whose verb governs this one when this one has no subject of its own ("abandoned efforts to stop X"). */
  governor?: number;
  /** Whether the verb governs an infinitive, coded or not ("agreed [to re-open its borders]"); only dependency frames tell. */
  governsAct?: boolean;
  /** Whether the verb has an infinitive of purpose ("fought in the courts [to keep the boy]"); only dependency frames tell. */
  purposeAct?: boolean;
  /**
   * The clause the verb takes as its complement, if any: what someone holds is so ("admitted [that the name was wrong]":
   * 'held') or what is owed or to come ("agreed [that their countries should cooperate]": 'owed'). Only dependency frames tell.
   */
  takesClause?: 'held' | 'owed';
  /** The clause whose verb reports this one ("said [US forces must ensure security]"). */
  reporter?: number;
  /** The modal auxiliary's lemma ("must", "will", "would"); only frames from our dependency parse carry it. */
  modal?: string;
  /** A future act ("will attack", "is going to attack"); only frames from our dependency parse carry it. */
  future?: boolean;
}

export interface SentenceFrame {
  /** Upper-cased words. */
  words: string[];
  clauses: Clause[];
  /** YYYYMMDD, for actors whose code depends on the date. */
  date?: string;
}

/** All token indexes of a phrase, in order. */
export function phraseTokens(np: NounPhrase): number[] {
  const out = [...np.own];
  for (const p of np.parts) out.push(...phraseTokens(p));
  for (const m of np.mods) out.push(...phraseTokens(m));
  return out.sort((a, b) => a - b);
}
