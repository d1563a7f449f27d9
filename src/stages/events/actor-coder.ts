/**
 * Actor codes for noun phrases, with the PETRARCH dictionary semantics: actor
 * phrases found by longest match (stems and exact words), their code on the
 * sentence's date, agents ("officials", "MSF") joined to the actor they belong to
 * (`~GOV` after the actor code, `NGO~` before it), and coordination giving one code
 * per conjunct ("Lawmakers and officials in Fornost and Gondor" → FORLEG, FORGOV,
 * GONLEG, GONGOV). An agent with no actor gives `---GOV`-style codes, which the coder
 * drops as it needs a country or organisation.
 */
import { codeOnDate, type ActorEntry, type AgentEntry } from './dictionary-format.js';
import type { NounPhrase } from './sentence-frame.js';

/** A trie node: the phrase ending here (the first one added) and the words that may follow. */
interface TrieNode<T> {
  value?: T;
  /** Insertion order of the value: of two phrases that match as long, the first added wins. */
  order: number;
  next?: Map<string, TrieNode<T>>;
}

/**
 * Phrases of whole words in a trie by word, so a lookup walks only the phrases that go on matching the text
 * (it used to gather every phrase sharing the first two words, e.g. 143 for "MINISTERS OF", and test each).
 */
class PhraseIndex<T> {
  private readonly root = new Map<string, TrieNode<T>>();
  private added = 0;

  add(words: readonly string[], value: T): void {
    if (words.length === 0) return;
    let level = this.root;
    let node: TrieNode<T> | undefined;
    for (const [k, w] of words.entries()) {
      if (k > 0) level = node!.next ??= new Map();
      node = level.get(w);
      if (!node) level.set(w, (node = { order: -1 }));
    }
    if (node!.order < 0) {
      node!.value = value;
      node!.order = this.added;
    }
    this.added++;
  }

  /**
   * The longest phrase starting at word i, with its length. The first word matches as written, later words also
   * also with a plural s ("STATES" matches STATE). Of phrases as long, one whose second word is the text's as written comes first,
   * then the order they were added in.
   */
  longestAt(words: readonly string[], i: number): { value: T; length: number } | undefined {
    const first = this.root.get(words[i]!);
    if (!first) return undefined;
    const search = this.search;
    search.best = first.order >= 0 ? first : undefined;
    search.length = search.best ? 1 : 0;
    search.rank = 0;
    // Ties rank by the second word (as written before without its plural s), then by the order phrases were added.
    if (first.next) this.visit(words, i, first.next, 1, 0);
    const best = search.best;
    search.best = undefined;
    return best ? { value: best.value as T, length: search.length } : undefined;
  }

  /** The best phrase so far of the longestAt under way (methods and this record, not closures made per call). */
  private readonly search: { best: TrieNode<T> | undefined; length: number; rank: number } = { best: undefined, length: 0, rank: 0 };

  private visit(words: readonly string[], i: number, level: ReadonlyMap<string, TrieNode<T>>, k: number, group: number): void {
    const word = words[i + k];
    if (word === undefined) return;
    this.step(words, i, level.get(word), k, group);
    if (word.endsWith('S')) this.step(words, i, level.get(word.slice(0, -1)), k, k === 1 ? 1 : group);
  }

  private step(words: readonly string[], i: number, node: TrieNode<T> | undefined, k: number, group: number): void {
    if (!node) return;
    const search = this.search;
    const rank = group * (this.added + 1) + node.order;
    if (node.order >= 0 && (k + 1 > search.length || (k + 1 === search.length && rank < search.rank))) {
      search.best = node;
      search.length = k + 1;
      search.rank = rank;
    }
    if (node.next) this.visit(words, i, node.next, k + 1, group);
  }
}

export interface ActorMention {
  start: number;
  end: number;
  kind: 'actor' | 'agent';
  /** One code, or several for a dictionary entry that names a group ("THE_SHIRE [FRO/BIL/SAM]"). */
  codes: string[];
  /** For agents: where the code goes. */
  position?: 'after' | 'before';
}

/** A code of dashes alone ("---"): the entry names no actor on that date. A constant: a literal is a new RegExp per evaluation. */
const DASHES_ONLY = /^-+$/;

export class ActorCoder {
  private readonly actors = new PhraseIndex<ActorEntry>();
  private readonly agents = new PhraseIndex<AgentEntry>();

  constructor(actors: readonly ActorEntry[], agents: readonly AgentEntry[]) {
    // Actor words match whole words (with a plural s): a stem such as THE_KU (University of Kansas) must not take
    // "the Kuwait government", and PETRARCH's own tests expect as much.
    for (const a of actors) for (const p of a.phrases) this.actors.add(p.map((w) => w.w), a);
    // Agents are nouns listed with their plurals: they match whole words ("diplomat" is not "diplomatic").
    for (const a of agents) this.agents.add(a.phrase.map((w) => w.w), a);
  }

  /** Actor and agent mentions of a sentence, left to right, longest first; actors win ties. */
  mentions(words: readonly string[], date?: string): ActorMention[] {
    return this.scan(words, date, false);
  }

  /**
   * Whether a sentence has an actor or agent mention (mentions(…).length > 0): the scan stops at the first. The
   * pipeline asks this of every sentence to choose those worth tagging, and most that have one have it early.
   */
  hasMention(words: readonly string[], date?: string): boolean {
    return this.scan(words, date, true).length > 0;
  }

  /** The mentions, left to right; with `firstOnly`, up to the first. */
  private scan(words: readonly string[], date: string | undefined, firstOnly: boolean): ActorMention[] {
    const out: ActorMention[] = [];
    for (let i = 0; i < words.length && !(firstOnly && out.length > 0); ) {
      const actor = this.actors.longestAt(words, i);
      const agent = this.agents.longestAt(words, i);
      if (actor && (!agent || actor.length >= agent.length)) {
        const code = codeOnDate(actor.value.codes, date);
        if (code && !DASHES_ONLY.test(code)) out.push({ start: i, end: i + actor.length, kind: 'actor', codes: code.toUpperCase().split('/') });
        i += actor.length;
      } else if (agent) {
        out.push({ start: i, end: i + agent.length, kind: 'agent', codes: [agent.value.code.toUpperCase()], position: agent.value.position });
        i += agent.length;
      } else {
        i++;
      }
    }
    return out;
  }
}

/** The actor codes of a noun phrase: one per conjunct, agents joined to their actor. */
export function phraseCodes(np: NounPhrase, byToken: ReadonlyMap<number, ActorMention>, words: readonly string[]): string[] {
  const { actors, agentStacks } = ownCodes(np, byToken, words);
  // Each modifier's codes once: the possessors' are read again below.
  const codesOfMods = np.mods.map((m) => phraseCodes(m, byToken, words));
  const modCodes = codesOfMods.flat();
  const partCodes = np.parts.flatMap((p) => phraseCodes(p, byToken, words));
  // A phrase belongs to its possessor ("Ithilen's minister Calimehtar" is Ithilen's), else to the phrase's own actor,
  // else to what modifies it ("officials in Fornost", "Gondor's government").
  const possessors = np.mods.flatMap((m, k) => (m.possessor ? codesOfMods[k]! : [])).filter((c) => !c.startsWith('---'));
  const bases = possessors.length > 0 ? possessors : actors.length > 0 ? actors : modCodes.filter((c) => !c.startsWith('---'));
  let own: string[];
  if (agentStacks.length === 0) own = bases;
  else if (bases.length === 0) own = agentStacks.map((s) => joinAgents('---', s));
  else own = bases.flatMap((b) => agentStacks.map((s) => joinAgents(b, s)));
  // Conjuncts: an agent-only phrase coordinated under a shared modifier gets no country here; keep what has one.
  return unique([...own, ...partCodes]);
}

const COORDINATORS = new Set(['AND', 'OR', 'NOR', ',', ';']);

function ownCodes(np: NounPhrase, byToken: ReadonlyMap<number, ActorMention>, words: readonly string[]): { actors: string[]; agentStacks: ActorMention[][] } {
  const actors: string[] = [];
  const agentStacks: ActorMention[][] = [];
  let stack: ActorMention[] = [];
  let last = -2;
  const seen = new Set<ActorMention>();
  for (const t of np.own) {
    const m = byToken.get(t);
    if (!m || seen.has(m)) continue;
    seen.add(m);
    if (m.kind === 'actor') actors.push(...m.codes);
    else {
      // Agents separated by a coordinator or other words are separate stacks ("media and government").
      if (stack.length > 0 && words.slice(last + 1, m.start).some((w) => COORDINATORS.has(w))) {
        agentStacks.push(stack);
        stack = [];
      }
      stack.push(m);
      last = m.end - 1;
    }
  }
  if (stack.length > 0) agentStacks.push(stack);
  // Modifiers before the first conjunct apply to all ("Islamist media and government": MUSMED, MUSGOV).
  const shared = agentStacks.length > 1 ? agentStacks[0]!.slice(0, -1) : [];
  return { actors: unique(actors), agentStacks: agentStacks.map((s, i) => (i === 0 ? s : [...shared, ...s])) };
}

function joinAgents(base: string, stack: readonly ActorMention[]): string {
  let before = '';
  let after = '';
  for (const a of stack) {
    const code = a.codes[0]!;
    if (a.position === 'before') before += code;
    else if (!base.endsWith(code) && !after.includes(code)) after += code;
  }
  return `${before}${base}${after}`;
}

const unique = (xs: string[]): string[] => [...new Set(xs)];
