/**
 * Verb senses that depend on who acts. CAMEO has two codes for blocking a road: a
 * state or an armed group imposing a blockade (191, PLOVER COERCE) and a crowd
 * obstructing passage as a protest (144, PLOVER PROTEST). The verb dictionary gives
 * the first for "blocked", whoever blocks; when the source's agent is a civilian
 * group (workers, students, farmers, civilians: Phoenix agent codes), the act is
 * the protest ('Angry French paper workers blocked the Europe Bridge').
 */

/** Phoenix agent codes of civilian groups that protest (not states, armed groups or police). */
const CIVILIAN_AGENTS: ReadonlySet<string> = new Set(['CVL', 'LAB', 'EDU', 'AGR']);
/** Codes of blocking: coerce (170, the base code of 'block', 'blockade') and impose a blockade (191). */
const BLOCKING_CODES: ReadonlySet<string> = new Set(['170', '191']);
const OBSTRUCT_PASSAGE = '144';

/** Whether an actor code ('FRALAB', '---LAB') names a civilian group: its agent part, after the country's three letters. */
export function isCivilianGroup(actorCode: string): boolean {
  for (let at = 3; at + 3 <= actorCode.length; at += 3) if (CIVILIAN_AGENTS.has(actorCode.slice(at, at + 3))) return true;
  return false;
}

/**
 * The code of a blocking act by `source`: obstruct passage (144) when a civilian
 * group blocks, else the code as it stands. `blockingVerb`: the verb is one of
 * blocking ('block', 'blockade'), since 170 is also the base code of other coercion.
 */
export function blockingSense(code: string, source: string, blockingVerb: boolean): string {
  if (!BLOCKING_CODES.has(code) || (code === '170' && !blockingVerb)) return code;
  return isCivilianGroup(source) ? OBSTRUCT_PASSAGE : code;
}

/** Whether a verb entry's forms are those of blocking. */
export const isBlockingVerb = (forms: readonly string[]): boolean => forms.includes('BLOCK') || forms.includes('BLOCKADE');
