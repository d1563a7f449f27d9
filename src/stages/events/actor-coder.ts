/**
 * Actor codes for noun phrases, with the PETRARCH dictionary semantics: actor
 * phrases found by longest match (stems and exact words), their code on the
 * sentence's date, agents ("officials", "MSF") joined to the actor they belong to
 * (`~GOV` after the actor code, `NGO~` before it), and coordination giving one code
 * per conjunct ("Lawmakers and officials in Fornost and Gondor" → FORLEG, FORGOV,
 * GONLEG, GONGOV). An agent with no actor gives `---GOV`-style codes, which the coder
 * drops as it needs a country or organisation.
 */
import { codeOnDate, type ActorEntry, type AgentEntry, type PhraseWord } from './dictionary-format.js';
import type { NounPhrase } from './sentence-frame.js';

interface Candidate<T> {
  words: PhraseWord[];
  value: T;
}

/** Phrases indexed by their first word (exact words by the word, stems by the stem). */
class PhraseIndex<T> {
  private readonly exact = new Map<string, Candidate<T>[]>();
  private readonly stems = new Map<string, Candidate<T>[]>();
  private readonly pairs = new Map<string, Candidate<T>[]>();

  add(words: PhraseWord[], value: T): void {
    const first = words[0];
    if (!first) return;
    // Exact phrases of two words or more are found by their first two words ("THE" begins hundreds of them).
    if (first.exact && words.length > 1 && words[1]!.exact) {
      const key = `${first.w} ${words[1]!.w}`;
      const list = this.pairs.get(key) ?? [];
      list.push({ words, value });
      this.pairs.set(key, list);
      return;
    }
    const map = first.exact ? this.exact : this.stems;
    const list = map.get(first.w) ?? [];
    list.push({ words, value });
    map.set(first.w, list);
  }

  /** The longest phrase starting at word i, with its length. */
  longestAt(words: readonly string[], i: number): { value: T; length: number } | undefined {
    const w = words[i]!;
    const exact = this.exact.get(w);
    const next = words[i + 1];
    // The second word may be a plural (wordMatches): try it as written and without its s.
    const pair = next === undefined ? undefined : [...(this.pairs.get(`${w} ${next}`) ?? []), ...(next.endsWith('S') ? (this.pairs.get(`${w} ${next.slice(0, -1)}`) ?? []) : [])];
    let candidates: readonly Candidate<T>[] = pair && pair.length > 0 ? [...pair, ...(exact ?? [])] : (exact ?? []);
    if (this.stems.size > 0) {
      const all = [...candidates];
      for (let n = Math.min(w.length, 24); n >= 2; n--) all.push(...(this.stems.get(w.slice(0, n)) ?? []));
      candidates = all;
    }
    if (candidates.length === 0) return undefined;
    let best: { value: T; length: number } | undefined;
    for (const c of candidates) {
      if (best && c.words.length <= best.length) continue;
      if (c.words.every((pw, k) => i + k < words.length && wordMatches(pw, words[i + k]!))) best = { value: c.value, length: c.words.length };
    }
    return best;
  }
}

/** A dictionary word against a text word: exact words equal, stems begin it. */
export function wordMatches(pw: PhraseWord, word: string): boolean {
  return pw.exact ? word === pw.w || word === `${pw.w}S` : word.startsWith(pw.w);
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

export class ActorCoder {
  private readonly actors = new PhraseIndex<ActorEntry>();
  private readonly agents = new PhraseIndex<AgentEntry>();

  constructor(actors: readonly ActorEntry[], agents: readonly AgentEntry[]) {
    // Actor words match whole words (with a plural s): a stem such as THE_KU (University of Kansas) must not take
    // "the Kuwait government", and PETRARCH's own tests expect as much.
    for (const a of actors) for (const p of a.phrases) this.actors.add(p.map((w) => ({ w: w.w, exact: true })), a);
    // Agents are nouns listed with their plurals: they match whole words ("diplomat" is not "diplomatic").
    for (const a of agents) this.agents.add(a.phrase.map((w) => ({ w: w.w, exact: true })), a);
  }

  /** Actor and agent mentions of a sentence, left to right, longest first; actors win ties. */
  mentions(words: readonly string[], date?: string): ActorMention[] {
    const out: ActorMention[] = [];
    for (let i = 0; i < words.length; ) {
      const actor = this.actors.longestAt(words, i);
      const agent = this.agents.longestAt(words, i);
      if (actor && (!agent || actor.length >= agent.length)) {
        const code = codeOnDate(actor.value.codes, date);
        if (code && !/^-+$/.test(code)) out.push({ start: i, end: i + actor.length, kind: 'actor', codes: code.toUpperCase().split('/') });
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
  const modCodes = np.mods.flatMap((m) => phraseCodes(m, byToken, words));
  const partCodes = np.parts.flatMap((p) => phraseCodes(p, byToken, words));
  // The phrase's own actors, else the actors of what modifies it ("officials in Fornost", "Gondor's government").
  const countries = (nps: NounPhrase[]): string[] => nps.flatMap((m) => phraseCodes(m, byToken, words)).filter((c) => !c.startsWith('---'));
  // A phrase belongs to its possessor ("Ithilen's minister Calimehtar" is Ithilen's), else to the phrase's own actor,
  // else to what modifies it ("officials in Fornost").
  const possessors = countries(np.mods.filter((m) => m.possessor));
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
