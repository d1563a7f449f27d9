/**
 * Questions later stages ask of a parsed document: who did what to whom. For a
 * verb: its logical subjects and objects (a passive's agent is its subject,
 * its grammatical subject the object), prepositional and clausal complements
 * with their preposition, conjuncts, and whether it is negated; for a noun: its
 * appositions and conjuncts. Everything is a token index into Document.tokens;
 * `phrase` turns one into the text span of its subtree.
 *
 * It reads the trees of the `parse` stage (Token.head, Token.deprel: Universal
 * Dependencies as GUM annotates them). Rules are data below, each with a reason.
 *
 * @example
 *   const view = new SyntaxView(doc.text, doc.tokens);   // "The embassy was attacked by gunmen."
 *   const frame = view.verbFrame(view.find('attacked')!);
 *   frame.subjects.map((t) => view.phraseText(t));  // → ['gunmen']   (the agent)
 *   frame.objects.map((t) => view.phraseText(t));   // → ['The embassy'] (the passive subject)
 *   frame.passive;                                  // → true
 */
import type { Token } from '../model/schema.js';

/** Relations, by what they mean to the questions below. */
export const RELATIONS = {
  activeSubject: { relations: ['nsubj', 'csubj'], reason: 'The doer in an active clause ("Gunmen attacked …").' },
  passiveSubject: { relations: ['nsubj:pass', 'csubj:pass'], reason: 'The undergoer promoted to subject in a passive ("The embassy was attacked …").' },
  agent: { relations: ['obl:agent'], reason: 'The "by" phrase of a passive names the doer ("… by gunmen"): GUM marks it obl:agent.' },
  object: { relations: ['obj'], reason: 'The direct object: what the action is done to.' },
  indirectObject: { relations: ['iobj'], reason: 'The recipient ("gave Iraq aid").' },
  oblique: { relations: ['obl', 'obl:tmod', 'obl:npmod', 'obl:unmarked'], reason: 'Prepositional and bare-noun complements and adjuncts ("in Baghdad", "of backing …" when a noun).' },
  clause: { relations: ['advcl', 'ccomp', 'xcomp'], reason: 'Clausal complements ("accused Tehran of backing …": backing is an advcl marked "of").' },
  conjunct: { relations: ['conj'], reason: 'Coordination: the first conjunct heads the others ("Iraq and Iran": Iran is conj of Iraq).' },
  apposition: { relations: ['appos'], reason: 'A noun phrase renaming its head ("Muqtada al-Sadr, the cleric").' },
  marker: { relations: ['case', 'mark'], reason: 'The preposition or subordinator of a complement ("by", "in", "of").' },
  relativeClause: { relations: ['acl:relcl'], reason: 'A clause modifying a noun ("the militia that attacked the base").' },
} as const satisfies Record<string, { relations: readonly string[]; reason: string }>;

/** Words that negate the verb they modify or the noun they determine, as data. */
export const NEGATORS: readonly { word: string; relations: readonly string[]; reason: string }[] = [
  { word: 'not', relations: ['advmod'], reason: '"did not attack": GUM attaches "not" to the verb as advmod.' },
  { word: "n't", relations: ['advmod'], reason: '"didn\'t attack": the clitic our tokenizer splits off, as "not".' },
  { word: 'never', relations: ['advmod'], reason: '"never attacked".' },
  { word: 'no', relations: ['det'], reason: '"no one attacked", "fired no missiles": a "no" determiner on the subject or object negates the event.' },
  { word: 'neither', relations: ['cc:preconj', 'det', 'advmod'], reason: '"neither Iraq nor Iran signed".' },
];

/** Relative pronouns: as the subject of a relative clause they stand for the noun the clause modifies. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom', 'whose']);

export interface VerbFrame {
  verb: number;
  /** Whether the verb has a passive subject or a "by" agent. */
  passive: boolean;
  /** Logical subjects: the active subject, or a passive's agent; through coordination, relative pronouns and control. */
  subjects: number[];
  /** Logical objects: the direct object, or a passive's subject; through coordination. */
  objects: number[];
  indirectObjects: number[];
  /** Prepositional complements and adjuncts, and clauses, each with its preposition or marker ('' when bare). */
  complements: { token: number; marker: string; relation: string }[];
  /** Verbs coordinated with this one ("stormed and looted"). */
  conjuncts: number[];
  negated: boolean;
}

const has = (group: { relations: readonly string[] }, relation: string | undefined): boolean => relation !== undefined && group.relations.includes(relation);

export class SyntaxView {
  private readonly kids: number[][];

  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
  ) {
    this.kids = tokens.map(() => []);
    tokens.forEach((t, i) => {
      if (t.head !== undefined && t.head >= 0 && t.head < tokens.length) this.kids[t.head]!.push(i);
    });
  }

  /** The text of token i. */
  word(i: number): string {
    const t = this.tokens[i]!;
    return this.text.slice(t.start, t.end);
  }

  /** The first token whose text is `word` (at or after `from`), for tests and examples. */
  find(word: string, from = 0): number | undefined {
    for (let i = from; i < this.tokens.length; i++) if (this.word(i) === word) return i;
    return undefined;
  }

  relation(i: number): string | undefined {
    return this.tokens[i]?.deprel;
  }

  head(i: number): number {
    return this.tokens[i]?.head ?? -1;
  }

  /** Token i's dependents, in text order; only those with one of `relations` when given. */
  children(i: number, relations?: readonly string[]): number[] {
    const kids = this.kids[i] ?? [];
    return relations ? kids.filter((k) => relations.includes(this.tokens[k]!.deprel ?? '')) : kids;
  }

  /**
   * The character span of the phrase token i heads (its whole subtree), without
   * punctuation at either edge.
   */
  phrase(i: number): { start: number; end: number } {
    let first = i;
    let last = i;
    const stack = [i];
    while (stack.length > 0) {
      const t = stack.pop()!;
      if (t < first) first = t;
      if (t > last) last = t;
      for (const k of this.kids[t] ?? []) stack.push(k);
    }
    while (first < i && this.tokens[first]!.deprel === 'punct') first++;
    while (last > i && this.tokens[last]!.deprel === 'punct') last--;
    return { start: this.tokens[first]!.start, end: this.tokens[last]!.end };
  }

  phraseText(i: number): string {
    const span = this.phrase(i);
    return this.text.slice(span.start, span.end);
  }

  /** Token i with the tokens coordinated with it ("Iraq and Iran" → both), in text order. */
  withConjuncts(i: number): number[] {
    return [i, ...this.children(i, RELATIONS.conjunct.relations)].sort((a, b) => a - b);
  }

  /** Noun phrases renaming token i: its appos dependents, and its head when it is one itself. */
  appositions(i: number): number[] {
    const out = this.children(i, RELATIONS.apposition.relations);
    if (has(RELATIONS.apposition, this.relation(i)) && this.head(i) >= 0) out.unshift(this.head(i));
    return out;
  }

  /** The preposition or subordinator of a complement ("by", "in", "of"), lower-cased; '' when none. */
  marker(i: number): string {
    const m = this.children(i, RELATIONS.marker.relations);
    return m.length === 0 ? '' : m.map((k) => this.word(k).toLowerCase()).join(' ');
  }

  /** Whether a negator modifies the verb, or determines its subject or object. */
  isNegated(verb: number): boolean {
    const negates = (k: number): boolean => {
      const w = this.word(k).toLowerCase().replaceAll('’', "'");
      return NEGATORS.some((n) => n.word === w && n.relations.includes(this.relation(k) ?? ''));
    };
    if (this.children(verb).some(negates)) return true;
    const core = this.children(verb, [...RELATIONS.activeSubject.relations, ...RELATIONS.passiveSubject.relations, ...RELATIONS.object.relations]);
    return core.some((c) => this.children(c).some(negates));
  }

  /** Who did what to whom around a verb (see VerbFrame). */
  verbFrame(verb: number): VerbFrame {
    const active = this.children(verb, RELATIONS.activeSubject.relations);
    const passiveSubjects = this.children(verb, RELATIONS.passiveSubject.relations);
    const agents = this.children(verb, RELATIONS.agent.relations);
    const passive = passiveSubjects.length > 0 || agents.length > 0;
    let subjects = (passive ? agents : active).flatMap((s) => this.withConjuncts(s));
    if (subjects.length === 0 && !passive) subjects = this.inheritedSubjects(verb);
    subjects = subjects.map((s) => this.antecedent(s, verb));
    const objects = (passive ? passiveSubjects : this.children(verb, RELATIONS.object.relations)).flatMap((o) => this.withConjuncts(o)).map((o) => this.antecedent(o, verb));
    const complements = this.children(verb, [...RELATIONS.oblique.relations, ...RELATIONS.clause.relations]).map((token) => ({ token, marker: this.marker(token), relation: this.relation(token)! }));
    return {
      verb, passive, subjects: unique(subjects), objects: unique(objects),
      indirectObjects: this.children(verb, RELATIONS.indirectObject.relations),
      complements, conjuncts: this.children(verb, RELATIONS.conjunct.relations), negated: this.isNegated(verb),
    };
  }

  /**
   * Subjects a verb without its own takes from another verb: a second conjunct
   * from the first ("stormed and looted the embassy"), a controlled infinitive
   * from its governor ("threatened to attack": the threatener; "urged Iraq to
   * act": the object, Iraq).
   */
  private inheritedSubjects(verb: number, depth = 0): number[] {
    const governor = this.head(verb);
    if (governor < 0 || depth > 4) return [];
    const relation = this.relation(verb);
    if (relation === 'conj' || relation === 'xcomp') {
      if (relation === 'xcomp') {
        const objects = this.children(governor, RELATIONS.object.relations);
        if (objects.length > 0) return objects.flatMap((o) => this.withConjuncts(o));
      }
      const own = this.children(governor, [...RELATIONS.activeSubject.relations, ...RELATIONS.agent.relations]);
      if (own.length > 0) return own.flatMap((s) => this.withConjuncts(s));
      return this.inheritedSubjects(governor, depth + 1);
    }
    return [];
  }

  /** A relative pronoun subject or object of a relative clause stands for the noun the clause modifies. */
  private antecedent(token: number, verb: number): number {
    if (!RELATIVE_PRONOUNS.has(this.word(token).toLowerCase())) return token;
    if (!has(RELATIONS.relativeClause, this.relation(verb))) return token;
    return this.head(verb) >= 0 ? this.head(verb) : token;
  }
}

function unique(xs: number[]): number[] {
  return [...new Set(xs)];
}
