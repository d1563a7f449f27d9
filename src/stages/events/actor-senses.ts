/**
 * Verb senses that depend on who acts. The verb dictionary gives one code per verb,
 * whoever acts; CAMEO tells some acts apart by the actor:
 * - blocking a road: a state or an armed group imposing a blockade (191, PLOVER
 *   COERCE), a civilian group (workers, students, farmers, civilians) obstructing
 *   passage as a protest (144, PROTEST): 'Angry French paper workers blocked the
 *   Europe Bridge';
 * - surrendering: a government yielding (080, CONCEDE), an armed group (rebels,
 *   soldiers, insurgents) surrendering militarily (0874, RETREAT): 'Five hundred
 *   Ugandan rebels surrendered'.
 * Who acts is read from the agent part of the source's Phoenix code ('FRALAB', 'UGAREB').
 */

const CIVILIAN_AGENTS: ReadonlySet<string> = new Set(['CVL', 'LAB', 'EDU', 'AGR']);
const ARMED_AGENTS: ReadonlySet<string> = new Set(['REB', 'MIL', 'INS', 'UAF']);

interface ActorSense {
  /** The dictionary's code. */
  code: string;
  /** The verbs (a form of each: the entry's base form) the rule is for; any verb when absent. */
  verbs?: readonly string[];
  agents: ReadonlySet<string>;
  /** The code for an actor with one of `agents`. */
  to: string;
}

const SENSES: readonly ActorSense[] = [
  // 170 is the base code of 'block' and 'blockade', and of other coercion.
  { code: '170', verbs: ['BLOCK', 'BLOCKADE'], agents: CIVILIAN_AGENTS, to: '144' },
  { code: '191', agents: CIVILIAN_AGENTS, to: '144' },
  // 080 is the base code of the whole yield block ('resign' too): only surrendering is military.
  { code: '080', verbs: ['SURRENDER', 'CAPITULATE'], agents: ARMED_AGENTS, to: '0874' },
];

/** Whether an actor code ('FRALAB', '---LAB', 'USAGOVLAB') has one of `agents` after its country's three letters. */
export function hasAgent(actorCode: string, agents: ReadonlySet<string>): boolean {
  for (let at = 3; at + 3 <= actorCode.length; at += 3) if (agents.has(actorCode.slice(at, at + 3))) return true;
  return false;
}

/** The code of an act by `source` with a verb of `verbForms` (the dictionary entry's forms): the actor's sense, else `code`. */
export function actorSense(code: string, source: string, verbForms: readonly string[]): string {
  for (const s of SENSES) {
    if (s.code !== code || (s.verbs && !s.verbs.some((v) => verbForms.includes(v)))) continue;
    if (hasAgent(source, s.agents)) return s.to;
  }
  return code;
}

/** Verbs of fighting (an entry's first form) that also mean striving for something ("fought to keep the boy"). */
const STRIVING_VERBS: ReadonlySet<string> = new Set(['FIGHT', 'BATTLE', 'STRUGGLE']);

/**
 * Whether a verb of fighting that governs an infinitive, or has one of purpose (`forAct`), is striving, not force: "Elian's relatives in Miami have fought to
 * keep the boy", "is fighting in the courts to keep the boy in Miami" (three ASSAULTs, none right, on the judged events'
 * development half). An armed actor's fight for a goal is still fighting ("rebels fighting to topple his government"):
 * a source with an armed agent, or an international militarised group (IMG…), keeps the code.
 */
export function strivingNotForce(verbForms: readonly string[], source: string, forAct: boolean): boolean {
  return forAct && STRIVING_VERBS.has(verbForms[0] ?? '') && !hasAgent(source, ARMED_AGENTS) && !source.startsWith('IMG');
}
