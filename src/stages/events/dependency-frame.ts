/**
 * The coder's sentence frame from our dependency parse (stages `pos` and `parse`),
 * through the questions src/nlp/syntax-query.ts answers: for each verb the
 * dictionary knows, its logical subject (a passive's agent; a controlled or
 * coordinated verb's inherited subject), its objects (a passive's subject), its
 * prepositional phrases and the subjects of the clauses it governs ("believes
 * Dagolath can cope"). Noun phrases keep coordination as parts and "of/in/from"
 * phrases, possessors and appositions as modifiers.
 */
import type { Token } from '../../model/schema.js';
import { SyntaxView } from '../../nlp/syntax-query.js';
import type { Clause, NounPhrase, SentenceFrame } from './sentence-frame.js';

/** Relations whose subtrees are the phrase's own words (GUM's nmod:desc: a title before a name, "[President] Jawara"). */
const OWN = new Set(['compound', 'amod', 'det', 'nummod', 'flat', 'flat:name', 'fixed', 'compound:prt', 'advmod', 'punct', 'det:poss', 'nmod:npmod', 'dep', 'goeswith', 'obl:npmod', 'nmod:desc']);
/** Relations that modify a phrase with another one that may hold its actor. */
const MODIFIERS = new Set(['nmod', 'nmod:poss', 'appos', 'nmod:tmod', 'nmod:unmarked']);
// Participles as adjectives, and "including"/"following" as prepositions, are not clauses.
const NOT_CLAUSES = new Set(['amod', 'compound', 'case', 'mark']);
const NOUN_TAGS = /^(NN|PRP$)/;
/** Relations of noun phrases: a verb-tagged word the parser gives one of these, before a noun, is an adjective. */
/** Subordinators of a participle whose doer is the main clause's object, not its subject. */
const OBJECT_CONTROL_MARKERS: ReadonlySet<string> = new Set(['for', 'from']);
const NOMINAL = new Set(['nsubj', 'nsubj:pass', 'obj', 'iobj', 'obl', 'nmod']);
const LEFT_ARGUMENTS = new Set(['nsubj', 'obl', 'nmod', 'dep', 'obj', 'appos']);
/** The words that open a complement clause proper ("said [that] …", "asked [whether] …"), upper-cased as the frame's words. */
const COMPLEMENTISERS: ReadonlySet<string> = new Set(['THAT', 'WHETHER', 'IF']);
const PRONOUNS = new Set(['HE', 'SHE', 'IT', 'THEY', 'WE']);
/** Clauses whose pronoun subject is usually the speaker of the verb above ("said it would", "warned that they"). */
const REPORTED = new Set(['ccomp', 'xcomp', 'parataxis', 'advcl', 'conj']);
const RELATIVE = new Set(['THAT', 'WHICH', 'WHOM', 'WHO']);
const GOVERNED_CLAUSES = new Set(['ccomp', 'advcl', 'parataxis', 'acl:relcl', 'csubj', 'acl']);
const CLAUSE_RELATIONS = new Set(['ccomp', 'xcomp', 'advcl', 'csubj']);
/**
 * Nouns that count or gather the people of their "of" phrase: "[thousands] of Iraqi Kurds", "a [group] of Yoruba
 * leaders" are the Kurds and the leaders, whose words then name the actor.
 */
/**
 * Nouns of a role held in an organisation, after which a name in apposition renames the role-holder ("the commander of
 * the Iranian Quds Force, General Qassem Soleimani"; "the leader of the Sadrist movement, Muqtada al-Sadr").
 */
const ROLE_NOUNS: ReadonlySet<string> = new Set(['COMMANDER', 'LEADER', 'HEAD', 'CHIEF', 'PRESIDENT', 'CHAIRMAN', 'CHAIRWOMAN', 'CHAIR', 'DIRECTOR', 'SECRETARY', 'SPOKESMAN', 'SPOKESWOMAN', 'SPOKESPERSON', 'MINISTER', 'FOUNDER', 'GOVERNOR', 'AMBASSADOR', 'ENVOY', 'MAYOR', 'GENERAL']);
/** Nouns that count or send people: the phrase they head is the people of their "of" phrase ("thousands of Iraqi Kurds",
 * "the first deployment of NATO peacekeeping troops", "a delegation of Iranian officials"). */
const QUANTITY_NOUNS = new Set(['THOUSANDS', 'HUNDREDS', 'DOZENS', 'SCORES', 'MILLIONS', 'TENS', 'GROUP', 'BAND', 'NUMBER', 'CONTINGENT', 'MAJORITY', 'DEPLOYMENT', 'BATCH', 'PATCH', 'DETACHMENT', 'SQUAD', 'UNIT', 'CONVOY', 'DELEGATION']);
/**
 * Participles that state the subject's own readiness or resolve, not something done to it: "he is prepared to lift
 * the ban", "Vietnam is committed to opening up" are his and Vietnam's intent, though the parse reads a passive.
 */
const STATE_PARTICIPLES = new Set(['PREPARED', 'COMMITTED', 'DETERMINED', 'RESOLVED', 'DEDICATED', 'POISED']);
/** Adjectives of willingness: the act they govern is one the subject states it will do (an intent, or a threat). */
const WILLING_ADJECTIVES = new Set(['WILLING', 'READY', 'EAGER']);
/** Nouns for what an actor issues to say something: their reduced relatives say it ("a statement condemning"). */
const STATEMENT_NOUNS = new Set(['STATEMENT', 'DECLARATION', 'COMMUNIQUE', 'LETTER', 'RESOLUTION', 'MESSAGE', 'APPEAL', 'ULTIMATUM', 'CALL', 'DECREE', 'REPORT']);
/** Words before "that" that make its clause adverbial ("so that", "now that", "such that"). */
const ADVERBIAL_THAT = new Set(['SO', 'NOW', 'SUCH', 'GIVEN', 'EXCEPT']);
/** Relations a word of the subject gets when the parser hangs it on the verb instead ("[Serbian] President … promised"). */
const STRAY_RELATIONS = new Set(['advmod', 'amod', 'dep', 'obl:npmod']);
/** Clause relations the parser gives a participle that really modifies the noun before it ("A newspaper [based in Beirut] has …"). */
const REDUCED_RELATIVE_MISPARSES = new Set(['advcl', 'ccomp', 'csubj', 'parataxis']);

export interface DependencyFrameInput {
  text: string;
  tokens: readonly Token[];
  /** The sentence's tokens: tokens[first .. end). */
  first: number;
  end: number;
  /** The sentence's words upper-cased, as the dictionaries spell them, when the caller has them (else made here); the frame keeps the array. */
  words?: string[];
  isVerb: (word: string) => boolean;
  /** Whether a token is part of a time expression: "on Wednesday" is never an actor, whatever the parser says. */
  isTime?: (token: number) => boolean;
  date?: string;
}

/** A sentence frame whose word i is tokens[first + i]. */
export function frameFromDependencies(input: DependencyFrameInput, view = new SyntaxView(input.text, input.tokens)): SentenceFrame {
  const { tokens, first, end } = input;
  const words = input.words ?? tokens.slice(first, end).map((t) => input.text.slice(t.start, t.end).toUpperCase().replaceAll('’', "'"));
  const local = (t: number): number => t - first;
  const inSentence = (t: number): boolean => t >= first && t < end;
  const kids = (t: number, relations?: ReadonlySet<string>): number[] => view.children(t).filter((k) => inSentence(k) && (!relations || relations.has(view.relation(k) ?? '')));

  /**
   * A participle misparsed as a verb inside a noun phrase: "the Shiite armed groups" parsed as "[the Shiite] armed
   * [groups]", with "armed" the subject of the real verb. Its nominal relation and the common noun right after it
   * give it away; not after a common noun of the same sentence, which it would be the verb of ("prisoners rioted Monday").
   */
  const adjectiveVerb = (t: number): boolean =>
    /^VB/.test(tokens[t]!.tag ?? '') && NOMINAL.has(view.relation(t) ?? '') && inSentence(t + 1) && /^NNS?$/.test(tokens[t + 1]!.tag ?? '') && !(inSentence(t - 1) && /^NNS?$/.test(tokens[t - 1]!.tag ?? ''));

  const hasOf = (t: number): boolean => kids(t, new Set(['case'])).some((c) => wordAt(c) === 'OF');
  /**
   * Subjects with an "of" phrase the parser made a second subject ("A group | of Yoruba leaders announced"): an "of"
   * phrase is no subject. It is the one a quantity noun before it counts, else that noun's modifier (left out).
   */
  const ofSubjects = (subjects: number[]): number[] => {
    const out: number[] = [];
    for (const t of subjects) {
      if (!hasOf(t)) out.push(t);
      else if (out.length > 0 && QUANTITY_NOUNS.has(wordAt(out[out.length - 1]!))) out[out.length - 1] = t;
    }
    return out.length > 0 ? out : subjects;
  };
  /** The "of" phrase a quantity noun counts ("thousands [of Iraqi Kurds]"). */
  const counted = (h: number): number | undefined =>
    QUANTITY_NOUNS.has(wordAt(h)) ? kids(h, new Set(['nmod'])).find((k) => k > h && hasOf(k)) : undefined;

  /**
   * "the commander of the Iranian Quds Force, General Qassem Soleimani": the parser hangs the name on the nearest noun
   * ("Force"), but after a role ("commander", "leader") it renames the role: it is made the role's apposition.
   */
  const liftRoleApposition = (h: number, mods: NounPhrase[]): void => {
    if (!ROLE_NOUNS.has(wordAt(h)) || mods.some((m) => m.apposition)) return;
    const named = (x: NounPhrase): boolean => x.own.some((i) => tokens[first + i]?.tag === 'NNP');
    for (const m of mods) {
      if (m.apposition || m.possessor) continue;
      const at = m.mods.findIndex((x) => x.apposition && named(x));
      if (at >= 0) {
        mods.push(m.mods[at]!);
        m.mods.splice(at, 1);
        return;
      }
      // "The head of the FBI investigation in Dar es Salaam, Kenneth Piernick": the parser made the name a conjunct of
      // the place; a last conjunct after a comma, a name, renames the role-holder too.
      const last = m.parts.at(-1);
      if (m.parts.length === 2 && last && named(last) && words[last.start - 1] === ',') {
        mods.push({ ...last, apposition: true });
        const kept = m.parts[0]!;
        Object.assign(m, { own: kept.own, mods: kept.mods, end: kept.end, parts: [] });
        return;
      }
    }
  };

  /**
   * A name or adjective the parser made a common noun's subject, with the noun's "and" between them: the first of two
   * coordinated modifiers ("The [Turkish] and Greek sides of … Cyprus have agreed": "Turkish" nsubj of "sides", "and"
   * its cc), which the phrase holds as its own words.
   */
  const coordinatedModifier = (h: number, k: number): boolean =>
    k < h && view.relation(k) === 'nsubj' && /^(NNPS?|JJ)$/.test(tokens[k]!.tag ?? '') && /^NNS?$/.test(tokens[h]!.tag ?? '')
    && kids(h, new Set(['cc'])).some((c) => c > k && c < h);
  const phrase = (h: number, depth = 0): NounPhrase => {
    const inner = depth < 4 ? counted(h) : undefined;
    if (inner !== undefined) {
      const whole = view.phraseOf(h, ['case']);
      return { ...phrase(inner, depth + 1), start: local(whole.first), end: local(whole.end) };
    }
    const own: number[] = [];
    const parts: NounPhrase[] = [];
    const mods: NounPhrase[] = [];
    const collect = (t: number): void => {
      own.push(local(t));
      for (const k of kids(t)) {
        const rel = view.relation(k) ?? '';
        // Such an adjective's misattached neighbours ("the Shiite", "groups") are the phrase's own words.
        const neighbour = t === h && adjectiveVerb(h) && NOMINAL.has(rel) && (k === h + 1 || (k < h && view.phraseOf(k).end === h));
        if (OWN.has(rel) || (rel === 'case' && t !== h) || neighbour || (t === h && coordinatedModifier(h, k))) collect(k);
        else if (MODIFIERS.has(rel) && depth < 4) mods.push({ ...phrase(k, depth + 1), ...(rel === 'nmod:poss' ? { possessor: true } : rel === 'appos' ? { apposition: true } : {}) });
      }
    };
    collect(h);
    // A conjunct that starts right where the head's words end, with no "and" or comma between, is the rest of one name
    // the parser broke ("Tanzanian Foreign [Minister Jakaya Kikwete]": a conjunct of "Tanzanian", and the two were
    // coded meeting each other).
    // Only names: the head a name or a nationality, the conjunct's words all names.
    if (/^(NNPS?|JJ)$/.test(tokens[h]!.tag ?? '')) {
      for (const c of kids(h, new Set(['conj']))) {
        const span = view.phraseOf(c);
        const names = tokens.slice(span.first, span.end).every((t) => /^NNPS?$/.test(t.tag ?? ''));
        if (names && kids(c, new Set(['cc'])).length === 0 && local(span.first) === Math.max(...own) + 1) collect(c);
      }
    }
    liftRoleApposition(h, mods);
    // Only nouns coordinate into a compound actor; a verb hung on the noun as a conjunct is a misparse.
    const conjuncts = kids(h, new Set(['conj'])).filter((k) => !own.includes(local(k)) && /^(NN|PRP|CD)/.test(tokens[k]!.tag ?? '') && !input.isVerb(wordAt(k)));
    const span = view.phraseOf(h, ['case']);
    const np: NounPhrase = { start: local(span.first), end: local(span.end), own: [], parts, mods };
    if (conjuncts.length === 0 || depth >= 4) np.own = own.sort((a, b) => a - b);
    else {
      // "Iraq and Iran": each conjunct is a part of its own.
      parts.push({ start: local(h), end: local(h) + 1, own: own.sort((a, b) => a - b), parts: [], mods: [...mods] });
      mods.length = 0;
      for (const c of conjuncts) parts.push(phrase(c, depth + 1));
    }
    return np;
  };

  const isTime = input.isTime ?? (() => false);
  /** A participle between a determiner or preposition and its noun is an adjective ("of increasing attacks", "the armed groups"). */
  const prenominal = (t: number): boolean =>
    /^VB[GN]$/.test(tokens[t]!.tag ?? '') && inSentence(t + 1) && /^(NN|JJ)/.test(tokens[t + 1]!.tag ?? '') && inSentence(t - 1) && /^(DT|IN|PRP\$|JJ|CD|POS)$/.test(tokens[t - 1]!.tag ?? '');
  const wordAt = (t: number): string => (inSentence(t) ? words[local(t)]! : '');
  /**
   * An object relative clause "groups that Washington accuses": a relative pronoun, a proper noun, then a verb
   * form the tagger may take for a plural noun. The proper noun is the subject, the clause's noun the object.
   */
  // Read from the words, not the tree: the parser often misattaches exactly these clauses.
  const objectRelative = (t: number): boolean =>
    RELATIVE.has(wordAt(t - 2)) && tokens[t - 1]?.tag === 'NNP' && /^(VB[DPZ]?|NNS)$/.test(tokens[t]!.tag ?? '') && /^NN/.test(tokens[t - 3]?.tag ?? '') && inSentence(t - 3);
  /** Whether a verb is a "that" clause, not "so that", "now that", "such that" (an adverbial one). */
  const thatComplement = (t: number): boolean => {
    const mark = kids(t, new Set(['mark']))[0];
    return view.marker(t) === 'that' && mark !== undefined && !ADVERBIAL_THAT.has(wordAt(mark - 1));
  };
  const verbs: number[] = [];
  for (let t = first; t < end; t++) {
    const tok = tokens[t]!;
    // A participle used as an adjective ("armed attacks", "the increasing attacks") is not a clause.
    if (!input.isVerb(words[local(t)]!) || NOT_CLAUSES.has(tok.deprel ?? '') || prenominal(t) || adjectiveVerb(t)) continue;
    if (((tok.tag ?? '').startsWith('VB') && tok.pos !== 'AUX') || objectRelative(t)) verbs.push(t);
  }
  /** The verb's subtree without the clauses it governs: where its patterns may look. */
  const ownScope = (v: number): Set<number> => {
    const out = new Set<number>();
    const stack = [v];
    while (stack.length > 0) {
      const t = stack.pop()!;
      out.add(local(t));
      for (const k of kids(t)) if (!GOVERNED_CLAUSES.has(view.relation(k) ?? '')) stack.push(k);
    }
    return out;
  };
  /**
   * An adjective the parser made a subject, with the real one as its own subject ("Militants [loyal] to X said":
   * "loyal" nsubj of "said", "Militants" nsubj of "loyal"): the noun is the subject.
   */
  const nounSubject = (t: number): number =>
    /^JJ/.test(tokens[t]!.tag ?? '') ? (kids(t, new Set(['nsubj'])).find((n) => n < t && NOUN_TAGS.test(tokens[n]!.tag ?? '')) ?? t) : t;
  /** The subject of the verb that governs v's clause, climbing over pronouns; not past the sentence. */
  const speakerOf = (v: number): number | undefined => {
    for (let h = view.head(v), depth = 0; h >= 0 && inSentence(h) && depth < 4; h = view.head(h), depth++) {
      if (!REPORTED.has(view.relation(v) ?? '') && depth === 0) return undefined;
      const subject = ofSubjects(view.children(h, ['nsubj']).filter((k) => inSentence(k) && !isTime(k))).map(nounSubject).find((k) => !PRONOUNS.has(wordAt(k)));
      if (subject !== undefined) return subject;
      // A speaker the parse lost, found as a clause's own misparsed subject is: the first noun hung on the verb before
      // it ("Nigeria today announced that it will …", with "today" the subject and "Nigeria" an oblique).
      const before = kids(h).find((k) => k < h && NOUN_TAGS.test(tokens[k]!.tag ?? '') && !isTime(k) && !PRONOUNS.has(wordAt(k)) && LEFT_ARGUMENTS.has(view.relation(k) ?? ''));
      if (before !== undefined) return before;
    }
    return undefined;
  };
  /**
   * The last resort for a finite verb the parse gave no subject ("A top U.S. official today praised …" with
   * "official" read as an adjective's conjunct): the words of the noun phrase right before it, read from the tags,
   * past adverbs, auxiliaries and times. Not for infinitives, participles or relative clauses, whose subject is elsewhere.
   */
  const wordsBefore = (v: number): NounPhrase | undefined => {
    if (!/^VB[DPZ]$/.test(tokens[v]!.tag ?? '') && !kids(v, new Set(['aux'])).some((a) => /^(VB[DPZ]|MD)$/.test(tokens[a]!.tag ?? ''))) return undefined;
    // An adverbial clause without a subordinator is a main clause the parser hung on an opening phrase ("In what
    // has been described as a u-turn, President Levy Mwanawasa has reneged …").
    const relation = view.relation(v) ?? '';
    if (!['root', 'ccomp', 'conj', 'parataxis'].includes(relation) && !(relation === 'advcl' && !view.marker(v))) return undefined;
    let k = v - 1;
    while (k >= first && (/^(RB|MD)$/.test(tokens[k]!.tag ?? '') || isTime(k) || tokens[k]!.pos === 'AUX')) k--;
    if (k < first || !/^(NN|PRP$)/.test(tokens[k]!.tag ?? '')) return undefined;
    const own: number[] = [];
    let j = k;
    for (; j >= first && /^(NN|JJ|DT|CD|POS|PRP\$)/.test(tokens[j]!.tag ?? '') && !isTime(j); j--) own.unshift(local(j));
    // After a preposition the words are its object ("The Red Cross operating [in Iraq] said"), not the subject.
    if (j >= first && /^(IN|TO)$/.test(tokens[j]!.tag ?? '')) return undefined;
    return own.length === 0 ? undefined : { start: own[0]!, end: own[own.length - 1]! + 1, own, parts: [], mods: [] };
  };
  /**
   * The subject with the adjective right before it that the parser hung on the verb instead ("[Serbian] President
   * Vojislav Kostunica promised …" with "Serbian" an advmod of "promised"): a nationality that names the actor.
   */
  const withStrayAdjective = (np: NounPhrase, v: number): NounPhrase => {
    const t = first + np.start - 1;
    if (!inSentence(t) || t >= v || view.head(t) !== v || !/^(JJ|NNPS?)$/.test(tokens[t]!.tag ?? '') || !STRAY_RELATIONS.has(view.relation(t) ?? '')) return np;
    return { ...np, start: np.start - 1, own: [local(t), ...np.own] };
  };
  /**
   * Two subjects with no conjunction are one name the parser broke ("Taiwan's [Vice] Foreign [Minister] visited": "Vice"
   * and "Minister" both nsubj of "visited", "Taiwan's" hung on the verb too): when the words right before the verb hold
   * every subject, they are the subject.
   */
  const splitName = (subjects: number[], v: number): NounPhrase | undefined => {
    if (subjects.some((t) => t > v || view.relation(t) === 'conj') || subjects.some((t) => kids(t, new Set(['cc'])).length > 0)) return undefined;
    // Only a word of a name or title before the last ("whose [support] Mr. Cruz rallied": a common noun is a phrase).
    const sorted = [...subjects].sort((a, b) => a - b);
    if (sorted.slice(0, -1).some((t) => !/^(JJ|NNPS?)$/.test(tokens[t]!.tag ?? ''))) return undefined;
    const words = wordsBefore(v);
    // Every word a word: a dateline's dash tagged as a name ("WASHINGTON ― The Obama administration") splits two phrases.
    return words && subjects.every((t) => local(t) >= words.start && local(t) < words.end) && words.own.every((w) => /[\p{L}\p{N}]/u.test(wordAt(first + w))) ? words : undefined;
  };
  /** An act the subject says it is willing or ready to do ("Syria says it is [willing] to withdraw its troops"): stated, not done. */
  const willed = (v: number): boolean => {
    const h = view.head(v);
    return inSentence(h) && view.relation(v) === 'xcomp' && view.marker(v) === 'to' && /^JJ/.test(tokens[h]!.tag ?? '') && WILLING_ADJECTIVES.has(wordAt(h));
  };
  const clauseOf = new Map<number, number>();
  const clauses: Clause[] = verbs.map((v, i) => {
    clauseOf.set(v, i);
    const frame = view.verbFrame(v);
    if (objectRelative(v)) {
      const antecedent = v - 3;
      // Roles are settled: patterns may not look before the verb ("+ * OF" would take the subject as the target).
      const clause: Clause = { verb: local(v), start: local(v), end: local(view.phraseOf(v).end), objects: inSentence(antecedent) ? [phrase(antecedent)] : [], negated: frame.negated };
      clause.subject = phrase(v - 1);
      clause.scope = ownScope(v);
      return clause;
    }
    const heads = (ts: number[]): number[] => ts.filter((t) => inSentence(t) && !isTime(t) && !(view.relation(t) === 'conj' && ts.includes(view.head(t))));
    let subjects = ofSubjects(heads(frame.subjects)).map(nounSubject);
    // A state participle's passive subject is its doer (STATE_PARTICIPLES), when no "by" phrase says otherwise.
    const stative = frame.passive && subjects.length === 0 && STATE_PARTICIPLES.has(wordAt(v));
    if (stative) subjects = heads(kids(v, new Set(['nsubj:pass'])));
    // A pronoun subject of a reported clause is its speaker ("Syria says it will withdraw": Syria).
    if (subjects.length > 0 && subjects.every((t) => PRONOUNS.has(wordAt(t)))) {
      const speaker = speakerOf(v);
      if (speaker !== undefined) subjects = [speaker];
    }
    // A subject the parser hung on the verb's auxiliary ("Bangladesh [has] … rejected": nsubj of "has").
    if (subjects.length === 0) subjects = heads(kids(v, new Set(['aux'])).flatMap((a) => kids(a, new Set(['nsubj']))));
    // A purpose clause on a verb's object ("continued their strike to demand …") is done by that verb's subject: the
    // parser reads it as the noun's infinitival relative, but a strike demands nothing.
    const host = view.head(v);
    if (subjects.length === 0 && view.relation(v) === 'acl' && view.marker(v) === 'to' && view.relation(host) === 'obj' && inSentence(view.head(host))) {
      subjects = heads(kids(view.head(host), new Set(['nsubj'])));
    }
    // An infinitive without a subject of its own is controlled, as UD defines xcomp, by its governor's object ("urged
    // [the EC] to support"), else by its governor's subject ("[Avril] resigned to allow elections"). An infinitival
    // advcl after an object is often the object's own clause misattached ("did not trust [Moscow's promises] not to
    // attack"): it inherits nothing.
    const infinitive = (view.relation(v) === 'xcomp' || view.relation(v) === 'advcl') && view.marker(v) === 'to' && inSentence(host);
    if (infinitive && kids(v, new Set(['nsubj', 'nsubj:pass'])).length === 0) {
      const hostObjects = heads(kids(host, new Set(['obj', 'iobj'])));
      if (view.relation(v) === 'xcomp' && hostObjects.length > 0) subjects = hostObjects;
      else if (subjects.length === 0 && hostObjects.length === 0) subjects = heads(kids(host, new Set(['nsubj'])));
    }
    // A subject the parser gave to a participle before the verb that modifies it ("A newspaper [based in Beirut] has
    // violated …", "The Red Cross [operating in Iraq] said …": the participle read as a clause of the verb, with the
    // noun as its subject). A participle with an auxiliary is a clause of its own.
    if (subjects.length === 0) {
      const reduced = kids(v).find((k) => k < v && REDUCED_RELATIVE_MISPARSES.has(view.relation(k) ?? '') && /^VB[GN]$/.test(tokens[k]!.tag ?? '') && kids(k, new Set(['aux', 'aux:pass', 'mark'])).length === 0);
      const noun = reduced === undefined ? undefined : kids(reduced, new Set(['nsubj'])).find((n) => n < reduced && NOUN_TAGS.test(tokens[n]!.tag ?? ''));
      if (noun !== undefined) subjects = heads([noun]);
    }
    // A statement's reduced relative ("issued a declaration demanding …", "released a statement condemning …") is the
    // act of whoever issued the statement.
    if (subjects.length === 0 && view.relation(v) === 'acl' && STATEMENT_NOUNS.has(wordAt(host)) && view.relation(host) === 'obj' && inSentence(view.head(host))) {
      subjects = heads(kids(view.head(host), new Set(['nsubj']))).map(nounSubject);
    }
    // A reduced relative ("attacks targeting missions") is done by the noun it modifies.
    if (subjects.length === 0 && view.relation(v) === 'acl' && inSentence(host)) subjects = [host];
    // An adverbial clause of an active participle ("after [meeting] with the Rev. Al Sharpton …, Clinton proposed",
    // "…, [saying] they can give him a better life") is done by its main clause's subject; a phrase hung on it before it
    // ("In New York") is not its subject. Not after "for" or "from", whose doer is the main clause's object ("criticized
    // the president for attacking …", "prevented a few hundred Protestants from interfering …"); nor a passive
    // participle, whose main subject is its undergoer ("Asked by Stephanopoulos …, Carson said").
    if (subjects.length === 0 && view.relation(v) === 'advcl' && tokens[v]!.tag === 'VBG' && !OBJECT_CONTROL_MARKERS.has(view.marker(v) ?? '') && inSentence(host)) {
      subjects = heads(kids(host, new Set(['nsubj']))).map(nounSubject);
    }
    // A misparsed subject (a date, or none): the first noun phrase hung on the verb before it.
    if (subjects.length === 0) {
      const before = kids(v).filter((k) => k < v && NOUN_TAGS.test(tokens[k]!.tag ?? '') && !isTime(k) && LEFT_ARGUMENTS.has(view.relation(k) ?? ''));
      if (before.length > 0) subjects = [before[0]!];
    }
    const objects: NounPhrase[] = heads(frame.objects).map((o) => phrase(o));
    // A participle right after the verb that the parse made its clause, with the verb's object as its own, is that
    // object's adjective ("attempted to assassinate [outgoing] Prime Minister Iyad Allawi", "outgoing" an xcomp).
    if (objects.length === 0) {
      const next = kids(v, new Set(['xcomp', 'ccomp', 'advcl'])).find((k) => k === v + 1 && /^VB[GN]$/.test(tokens[k]!.tag ?? '') && !input.isVerb(wordAt(k)) && kids(k, new Set(['mark', 'aux', 'aux:pass', 'nsubj'])).length === 0);
      if (next !== undefined) for (const o of heads(kids(next, new Set(['obj'])))) objects.push(phrase(o));
    }
    // A noun the parser coordinated with the verb rather than with its object ("is providing [aerial photographs] and
    // other military [intelligence] to Macedonia", "intelligence" a conj of "providing") is another object.
    if (objects.length > 0) for (const c of kids(v, new Set(['conj']))) if (/^NN/.test(tokens[c]!.tag ?? '') && !isTime(c) && !input.isVerb(wordAt(c))) objects.push(phrase(c));
    for (const o of frame.indirectObjects) if (inSentence(o) && !isTime(o)) objects.push(phrase(o));
    for (const c of frame.complements) {
      if (!inSentence(c.token) || isTime(c.token)) continue;
      if (c.token < v && !frame.passive) continue;
      if (CLAUSE_RELATIONS.has(c.relation)) {
        if (c.relation !== 'ccomp') continue;
        // A "complement" opened by a conjunction of time or cause is an adverbial clause the parser misread ("officials
        // said, [as] the United Nations pressed Russia"): its subject is not what the verb is about.
        if (kids(c.token, new Set(['mark'])).some((m) => !COMPLEMENTISERS.has(wordAt(m)))) continue;
        // The subject of a governed clause is what the verb is about ("believes Dagolath can cope").
        for (const s of kids(c.token, new Set(['nsubj', 'nsubj:pass']))) objects.push(phrase(s));
      } else if (c.relation !== 'obl:agent') {
        const preposition = kids(c.token, new Set(['case']))[0];
        objects.push({ ...phrase(c.token), oblique: true, ...(preposition !== undefined ? { preposition: wordAt(preposition) } : {}) });
      }
    }
    const subjectHeads = new Set(subjects.map(local));
    const kept = objects.filter((o) => !o.own.some((t) => subjectHeads.has(t))).sort((a, b) => a.start - b.start);
    objects.length = 0;
    objects.push(...kept);
    const range = view.phraseOf(v);
    // A passive's words before the verb are its undergoer, already among the objects ("Other Americans have also been
    // urged to leave"): with no "by" phrase the doer is unnamed, not them.
    const subject = subjects.length === 0 ? (frame.passive && !stative ? undefined : wordsBefore(v)) : subjects.length === 1 ? withStrayAdjective(phrase(subjects[0]!), v) : splitName(subjects, v) ?? coordinated(subjects.map((s) => phrase(s)));
    const clause: Clause = {
      verb: local(v),
      start: Math.min(local(range.first), subject?.start ?? Infinity),
      end: local(range.end),
      objects,
      negated: frame.negated,
      passive: frame.passive && !stative,
    };
    if (subject) clause.subject = subject;
    clause.scope = ownScope(v);
    const { modal, future } = view.modality(v);
    if (modal) clause.modal = modal;
    if (future || willed(v)) clause.future = true;
    // It governs an act through an infinitive, or one the parser hung on its object ("ordered [the minister [to appear]]").
    const infinitives = [...kids(v, new Set(['xcomp'])), ...kids(v, new Set(['obj'])).flatMap((o) => kids(o, new Set(['acl'])))];
    if (infinitives.some((k) => view.marker(k) === 'to' && /^VB/.test(tokens[k]!.tag ?? ''))) clause.governsAct = true;
    // Or an infinitive of purpose ("is fighting in the courts [to keep the boy]").
    if (kids(v, new Set(['advcl'])).some((k) => view.marker(k) === 'to' && /^VB/.test(tokens[k]!.tag ?? ''))) clause.purposeAct = true;
    // It takes a clause as what is said or held, whether or not that clause's verb is a dictionary one ("admitted [that
    // the course name was inaccurate]"); a "that" clause the parser made adverbial counts, as for `reporter` below.
    // With a modal, it says what should be done ("agreed that their countries should cooperate"), not what is so.
    // The parser may label a bare complement clause as a noun's relation ("agree [this was a horrific crime]": the
    // copula's noun as obl:unmarked): a noun after the verb with a subject of its own is a clause all the same.
    const bareClause = (k: number): boolean => k > v && kids(k, new Set(['nsubj'])).length > 0;
    const complement = [...kids(v, new Set(['ccomp'])), ...kids(v, new Set(['advcl'])).filter(thatComplement), ...kids(v, new Set(['obl:unmarked', 'obj', 'dep'])).filter(bareClause)][0];
    if (complement !== undefined) {
      const { modal, future } = view.modality(complement);
      clause.takesClause = modal || future ? 'owed' : 'held';
    }
    return clause;
  });
  // A controlled verb ("agreed to withdraw") is governed by the verb it completes.
  verbs.forEach((v, i) => {
    const rel = view.relation(v);
    const g = clauseOf.get(view.head(v));
    if ((rel === 'xcomp' || (rel === 'advcl' && view.marker(v) === 'of')) && g !== undefined) clauses[i]!.governor = g;
    // A "that" clause the parser made adverbial ("denied on Thursday that its navy was blocking") is a complement; not
    // "so that", "now that", "such that".
    const that = rel === 'advcl' && thatComplement(v);
    if ((rel === 'ccomp' || that) && g !== undefined) clauses[i]!.reporter = g;
  });
  return { words, clauses, ...(input.date ? { date: input.date } : {}) };
}

function coordinated(parts: NounPhrase[]): NounPhrase {
  return { start: Math.min(...parts.map((p) => p.start)), end: Math.max(...parts.map((p) => p.end)), own: [], parts, mods: [] };
}
