/**
 * Questions later stages ask of a parsed document: who did what to whom.
 *
 * ## API for the event coder
 *
 *   predicateFrames(doc: { text, tokens, sentences }): SentenceFrames[]
 *
 * One entry per sentence (in order, `sentence` its index in doc.sentences), each
 * with a PredicateFrame per verb (UPOS VERB) of the sentence, in text order:
 * - `verb`, `text`, `lemma` ("assassinated" → "assassinate"), `span`;
 * - `negated` ("did not attack", "never attacked", "no one attacked"), `passive`,
 *   `modal` (the modal auxiliary's lemma: will, would, may, can, could, must, should, …)
 *   and `future` (will/shall/'ll or "is going to"); a verb coordinated with an
 *   earlier one shares its auxiliaries ("will attack and destroy");
 * - `subjects`, `objects`, `indirectObjects`: Arguments — whole noun phrases as
 *   token ranges [first, end) and character spans, one per conjunct ("Iraq and
 *   Iran attacked" → two subjects), each with its `appositions` ("Qassem
 *   Soleimani, the commander" → the commander), the apposition left out of the
 *   phrase itself. Passives are mapped to the logical roles: "X was attacked by
 *   Y" gives subjects [Y], objects [X]. Relative pronouns stand for their noun
 *   ("groups that Washington accuses" → objects [groups]); a verb without a
 *   subject of its own takes its governor's ("threatened to attack": the
 *   threatener; "urged Iraq to act": Iraq);
 * - `prepositional`: obliques with their preposition ("in Baghdad" → {preposition:
 *   'in', object: Baghdad}); '' for a bare one ("on Sunday" has "on"; "Sunday" alone has '');
 * - `clauses`: clausal complements and adjuncts with their marker and verb
 *   ("accuses X of being loyal" → {marker: 'of', relation: 'advcl', head: loyal};
 *   "said that …" → {marker: 'that', relation: 'ccomp'}); the clause's own frame
 *   is in the same sentence's frames when its head is a verb.
 * Every token index is into doc.tokens. SyntaxView answers finer questions
 * (verbFrame, phrase, appositions, children) on the same trees.
 *
 * It reads the trees of the `parse` stage (Token.head, Token.deprel: Universal
 * Dependencies as GUM annotates them) and the tags of the `pos` stage. Rules are
 * data below, each with a reason. The parser is right on about 80% of heads
 * (GUM test UAS): frames inherit its mistakes, most often on long sentences.
 *
 * @example
 *   const [first] = predicateFrames(doc);   // "The embassy was attacked by gunmen."
 *   const frame = first.frames[0];
 *   frame.lemma;                            // → 'attack'
 *   frame.subjects.map((a) => a.text);      // → ['gunmen']   (the agent)
 *   frame.objects.map((a) => a.text);       // → ['The embassy'] (the passive subject)
 *   frame.passive;                          // → true
 */
import type { Span, Token } from '../model/schema.js';
import { verbLemma } from './verb-lemma.js';

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

/** Modal lemmas that put the event in the future; the others (would, may, could, …) make it hypothetical. */
export const FUTURE_MODALS: ReadonlySet<string> = new Set(['will', 'shall']);

/** Coordinators that contrast their conjuncts: the second does not share the first's auxiliaries. */
const CONTRASTIVE: ReadonlySet<string> = new Set(['but', 'yet', 'while', 'whereas']);
/** Forms of "be" as an auxiliary of a progressive ("was blocking"). */
const BE_FORMS: ReadonlySet<string> = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", "'m"]);

/** Relations a noun phrase's range leaves out: they are phrases of their own (another conjunct, a renaming) or edges. */
export const OUTSIDE_PHRASE: readonly { relation: string; reason: string }[] = [
  { relation: 'conj', reason: 'Each conjunct is an argument of its own ("Iraq and Iran").' },
  { relation: 'cc', reason: 'The coordinator belongs to the conjunction, not to either phrase.' },
  { relation: 'appos', reason: 'An apposition renames the phrase: given apart, in `appositions`.' },
];

/** A phrase of the text: its head token, its tokens and its characters. */
export interface Phrase {
  head: number;
  /** Document.tokens[first .. end). */
  first: number;
  end: number;
  /** Document.text[span.start .. span.end). */
  span: Span;
  text: string;
}

/** A noun phrase in a role, with the phrases that rename it. */
export interface Argument extends Phrase {
  appositions: Phrase[];
}

export interface PredicateFrame {
  verb: number;
  text: string;
  lemma: string;
  span: Span;
  negated: boolean;
  passive: boolean;
  /** The lemma of the verb's modal auxiliary (will, would, may, can, could, must, should, might), if any. */
  modal?: string;
  /** Will/shall/'ll, or "be going to". */
  future: boolean;
  subjects: Argument[];
  objects: Argument[];
  indirectObjects: Argument[];
  /** Prepositional (and bare) obliques: "in Baghdad" → preposition 'in', object Baghdad. */
  prepositional: { preposition: string; relation: string; object: Argument }[];
  /** Clauses the verb governs: the marker ("of", "that", "if", '' when none), the relation and the clause. */
  clauses: { marker: string; relation: string; clause: Phrase }[];
}

export interface SentenceFrames {
  /** Index into Document.sentences. */
  sentence: number;
  span: Span;
  frames: PredicateFrame[];
}

/** A verb with a verb's tag: GUM tags "United" in "United States" VERB (a participle) but NNP. */
const isPredicate = (t: Token): boolean => t.pos === 'VERB' && (t.tag ?? '').startsWith('VB');

/** Predicate frames of every sentence of a parsed document (see the API at the top of this file). */
export function predicateFrames(doc: { text?: string; tokens?: readonly Token[]; sentences?: readonly Span[] }): SentenceFrames[] {
  const { text, tokens, sentences } = doc;
  if (text === undefined || tokens === undefined || sentences === undefined) return [];
  const view = new SyntaxView(text, tokens);
  const out: SentenceFrames[] = [];
  let t = 0;
  sentences.forEach((span, sentence) => {
    while (t < tokens.length && tokens[t]!.start < span.start) t++;
    const frames: PredicateFrame[] = [];
    for (; t < tokens.length && tokens[t]!.end <= span.end; t++) if (isPredicate(tokens[t]!)) frames.push(view.predicateFrame(t));
    out.push({ sentence, span: { start: span.start, end: span.end }, frames });
  });
  return out;
}

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

/** phraseOf's defaults, shared: a default `[]` or `new Set()` is a new object per call. */
const NO_RELATIONS: readonly string[] = [];
const NO_TOKENS: ReadonlySet<number> = new Set();

export class SyntaxView {
  /**
   * Each token's dependents, an array only for tokens that head one: most tokens of a page are leaves or unparsed (the
   * parse stage parses the sentences events can code), and the view is made per document, so an empty array per
   * token was most of its cost.
   */
  private readonly kids: (number[] | undefined)[];

  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
  ) {
    this.kids = new Array<number[] | undefined>(tokens.length);
    tokens.forEach((t, i) => {
      if (t.head !== undefined && t.head >= 0 && t.head < tokens.length) (this.kids[t.head] ??= []).push(i);
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
    // A "by" phrase the parser took for an agent on an active verb ("The government has ordered patrols by police …
    // after protests by Muslim groups": a subject, no passive auxiliary) is an adjunct, not the doer.
    const agents = active.length > 0 && passiveSubjects.length === 0 && this.children(verb, ['aux:pass']).length === 0 ? [] : this.children(verb, RELATIONS.agent.relations);
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
   * The frame of a verb as predicateFrames gives it: verbFrame's roles as whole
   * phrases, with lemma, modality and clauses.
   */
  predicateFrame(verb: number): PredicateFrame {
    const frame = this.verbFrame(verb);
    const t = this.tokens[verb]!;
    const { modal, future } = this.modality(verb);
    // A relative clause's antecedent stands without the clause ("gunmen who will not be punished" → "gunmen").
    const isClause = (c: { token: number; relation: string }): boolean => has(RELATIONS.clause, c.relation) || (this.tokens[c.token]!.tag ?? '').startsWith('VB');
    const ofClauses = frame.objects.flatMap((o) => this.hungOfClauses(o));
    const skip = new Set(ofClauses);
    const role = (i: number): Argument => this.argument(i, i === this.head(verb) && has(RELATIONS.relativeClause, this.relation(verb)) ? ['acl:relcl'] : [], skip);
    return {
      verb, text: this.word(verb), lemma: verbLemma(this.word(verb), t.tag ?? 'VB'), span: { start: t.start, end: t.end },
      negated: frame.negated || this.sharedAuxiliaries(verb).some((a) => this.isNegated(a)), passive: frame.passive, ...(modal ? { modal } : {}), future,
      subjects: frame.subjects.map(role), objects: frame.objects.map(role),
      indirectObjects: frame.indirectObjects.flatMap((i) => this.withConjuncts(i)).map((i) => this.argument(i)),
      prepositional: frame.complements.filter((c) => !isClause(c) && !has(RELATIONS.agent, c.relation))
        .flatMap((c) => this.withConjuncts(c.token).map((token) => ({ preposition: c.marker || this.marker(token), relation: c.relation, object: this.argument(token, ['case']) }))),
      clauses: [
        ...frame.complements.filter(isClause).map((c) => ({ marker: c.marker, relation: c.relation, clause: this.phraseOf(c.token, ['mark']) })),
        ...ofClauses.map((c) => ({ marker: 'of', relation: 'advcl', clause: this.phraseOf(c, ['case', 'mark']) })),
      ],
    };
  }

  /**
   * Token i's noun phrase and its appositions. The phrase leaves out what
   * OUTSIDE_PHRASE names, its preposition ("by gunmen" → "gunmen"), and the
   * relations in `without`. A common noun's apposition that the parser hung on
   * the last noun of its "of" phrase ("the commander of the Quds Force, General
   * Soleimani": appos of Force) is taken as the noun's own: a title, then the name.
   */
  argument(i: number, without: readonly string[] = [], skip: ReadonlySet<number> = new Set()): Argument {
    const appositions = this.children(i, RELATIONS.apposition.relations);
    if (this.tokens[i]!.pos === 'NOUN') {
      let t = i;
      for (let depth = 0; depth < 2; depth++) {
        const nmod = this.children(t, ['nmod']).at(-1);
        if (nmod === undefined) break;
        t = nmod;
        const hung = this.children(t, RELATIONS.apposition.relations).filter((a) => this.tokens[a]!.pos === 'PROPN');
        if (hung.length > 0) {
          appositions.push(...hung);
          break;
        }
      }
    }
    return { ...this.phraseOf(i, ['case', ...without], new Set([...skip, ...appositions])), appositions: appositions.map((a) => this.phraseOf(a)) };
  }

  /**
   * The phrase token i heads: its subtree without the dependents OUTSIDE_PHRASE
   * names (nor those in `without`), without the tokens in `skip` (and theirs),
   * and without punctuation at either edge.
   */
  phraseOf(i: number, without: readonly string[] = NO_RELATIONS, skip: ReadonlySet<number> = NO_TOKENS): Phrase {
    // The phrase's tokens marked in a per-view array (unmarked before returning), its ends kept on the way: a Set per
    // phrase and its spread into Math.min/max were most of the event stage's garbage.
    const kept = (this.marks ??= new Uint8Array(this.tokens.length));
    const visited = this.visited;
    const stack = this.stack;
    visited.length = 0;
    stack.length = 0;
    stack.push(i);
    let first = i;
    let last = i;
    while (stack.length > 0) {
      const t = stack.pop()!;
      kept[t] = 1;
      visited.push(t);
      if (t < first) first = t;
      if (t > last) last = t;
      for (const k of this.kids[t] ?? []) {
        const relation = this.relation(k) ?? '';
        if (skip.has(k) || (t === i && (OUTSIDE_PHRASE.some((o) => o.relation === relation) || without.includes(relation)))) continue;
        stack.push(k);
      }
    }
    // A left-out dependent at an edge leaves its punctuation behind ("Sadr, the cleric, …" → "Sadr").
    while (first < i && (kept[first] === 0 || this.tokens[first]!.deprel === 'punct')) first++;
    while (last > i && (kept[last] === 0 || this.tokens[last]!.deprel === 'punct')) last--;
    for (const t of visited) kept[t] = 0;
    const span = { start: this.tokens[first]!.start, end: this.tokens[last]!.end };
    return { head: i, first, end: last + 1, span, text: this.text.slice(span.start, span.end) };
  }

  /** phraseOf's scratch: the tokens it marks (1: in the phrase), the tokens it marked, and its walk's stack. */
  private marks: Uint8Array | undefined;
  private readonly visited: number[] = [];
  private readonly stack: number[] = [];


  /**
   * "accuses the groups of being loyal", "suspected him of planning": GUM makes
   * the "of" clause an advcl of the verb; the parser often hangs it on the object
   * as an nmod. Such an nmod (a gerund, or a predicate with a copula) is the
   * verb's clause, not part of the object.
   */
  private hungOfClauses(object: number): number[] {
    return this.children(object, ['nmod']).filter((m) => this.marker(m) === 'of' && ((this.tokens[m]!.tag ?? '') === 'VBG' || this.children(m, ['cop']).length > 0));
  }

  /** The modal auxiliary of a verb (or of the verb it is coordinated with) and whether it makes a future. */
  modality(verb: number): { modal?: string; future: boolean } {
    for (const v of [verb, ...this.sharedAuxiliaries(verb)]) {
      const modalToken = this.children(v, ['aux']).find((a) => this.tokens[a]!.tag === 'MD');
      if (modalToken !== undefined) {
        const modal = verbLemma(this.word(modalToken), 'MD');
        return { modal, future: FUTURE_MODALS.has(modal) };
      }
      // "is going to attack": attack is the xcomp of "going", which has a "be" auxiliary.
      const governor = this.head(v);
      if (this.relation(v) === 'xcomp' && governor >= 0 && this.word(governor).toLowerCase() === 'going' && this.children(governor, ['aux']).length > 0) return { future: true };
    }
    return { future: false };
  }

  /** The verbs whose auxiliaries and negation a verb shares: the first conjunct's, for a later conjunct without auxiliaries of its own. */
  private sharedAuxiliaries(verb: number): number[] {
    if (this.relation(verb) !== 'conj' || this.children(verb, ['aux', 'aux:pass']).length > 0) return [];
    // "did not attack but praised": a contrast does not carry the negation over.
    if (this.children(verb, ['cc']).some((c) => CONTRASTIVE.has(this.word(c).toLowerCase()))) return [];
    const first = this.head(verb);
    return first >= 0 ? [first] : [];
  }

  /**
   * Subjects a verb without its own takes from another verb: a second conjunct
   * from the first ("stormed and looted the embassy"), a controlled infinitive
   * from its governor ("threatened to attack": the threatener; "urged Iraq to
   * act": the object, Iraq; "accuses Iran of backing": Iran).
   */
  private inheritedSubjects(verb: number, depth = 0): number[] {
    const governor = this.head(verb);
    if (governor < 0 || depth > 4) return [];
    const relation = this.relation(verb);
    // "accuses Iran of backing …": the accused is the one backing.
    const ofClause = relation === 'advcl' && this.marker(verb) === 'of';
    if (relation === 'conj' && this.coordinatesAbove(verb, governor)) {
      // "denied that its navy was blocking the ports and accused Ukraine": the accuser is the Kremlin, not the navy.
      const own = this.children(this.head(governor), RELATIONS.activeSubject.relations);
      if (own.length > 0) return own.flatMap((s) => this.withConjuncts(s));
    }
    if (relation === 'conj' || relation === 'xcomp' || ofClause) {
      if (relation === 'xcomp' || ofClause) {
        const objects = this.children(governor, RELATIONS.object.relations);
        if (objects.length > 0) return objects.flatMap((o) => this.withConjuncts(o));
      }
      const own = this.children(governor, [...RELATIONS.activeSubject.relations, ...RELATIONS.agent.relations]);
      if (own.length > 0) return own.flatMap((s) => this.withConjuncts(s));
      return this.inheritedSubjects(governor, depth + 1);
    }
    return [];
  }

  /**
   * Whether a conjunct the parser hung on a subordinate "be + -ing" verb ("that its navy [was blocking] the ports and
   * accused Ukraine") belongs with the verb above that clause instead: a past form with a direct object and no
   * auxiliary of its own cannot share a "be" auxiliary ("was accused Ukraine" is no English), so it is a second verb
   * of the clause above ("denied … and accused"). A conjunct in -ing ("was blocking … and shelling …") shares it.
   */
  private coordinatesAbove(verb: number, governor: number): boolean {
    const above = this.head(governor);
    if (above < 0 || !['ccomp', 'advcl'].includes(this.relation(governor) ?? '')) return false;
    if (this.children(verb, ['aux', 'aux:pass', 'nsubj', 'nsubj:pass', 'mark']).length > 0) return false;
    if (this.children(verb, RELATIONS.object.relations).length === 0) return false;
    const tag = this.tokens[verb]!.tag;
    if (tag !== undefined ? !/^VB[DN]$/.test(tag) : /ing$/i.test(this.word(verb))) return false;
    return this.children(governor, ['aux']).some((a) => BE_FORMS.has(this.word(a).toLowerCase())) && /ing$/i.test(this.word(governor));
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
