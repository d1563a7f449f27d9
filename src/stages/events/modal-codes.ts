/**
 * What CAMEO calls an act a sentence states as future or owed rather than done. CAMEO codes the statement, not the
 * act: "X will provide aid" is an expression of intent to provide aid (033, PLOVER AGREE), "X will attack" a threat
 * of military force (138, THREATEN), "X will not accept refugees" a rejection (122, REJECT), and "Y said X must
 * release the prisoners" Y's demand of X (105, REQUEST). Each
 * act's root has its twin in the intent (03), threat (13) and demand (10) trees of the CAMEO manual. Only clauses
 * whose modality our parse gives are recoded (the PETRARCH suite's own parses carry none).
 */

/** Intent twins of cooperative roots: meet (04 → 036), diplomatic cooperation (05 → 032), material cooperation (06 → 031), aid (07 → 033), yield (08 → 035). */
export const INTENT_OF_ROOT: Readonly<Record<string, string>> = { '04': '036', '05': '032', '06': '031', '07': '033', '08': '035' };
/** Threat twins of conflictual roots: reduce relations (16 → 131), coerce (17 → 130), assault (18 → 1383), fight (19 → 1384), mass violence (20 → 138). */
export const THREAT_OF_ROOT: Readonly<Record<string, string>> = { '16': '131', '17': '130', '18': '1383', '19': '1384', '20': '138' };
/** Demand twins: material cooperation (06 → 101), diplomatic cooperation (05 → 102), aid (07 → 103), yield (08 → 105), meet (04 → 106); anything else a demand (100). */
export const DEMAND_OF_ROOT: Readonly<Record<string, string>> = { '04': '106', '05': '102', '06': '101', '07': '103', '08': '105' };

/**
 * Rejection twins for a refused act ("Syria will not accept refugees", "did not agree to talks"): an intent (03) or a
 * cooperation the actor will not do. CAMEO's 12 tree mirrors the 03 one: material cooperation (031, 06 → 121), aid
 * (033, 07 → 122), political reform (034 → 123), yield (035, 08 → 124), meet (036, 04 → 125), mediation (038 → 126),
 * settlement (037 → 127); anything else a rejection (120).
 */
const REFUSAL_OF_INTENT: Readonly<Record<string, string>> = { '031': '121', '033': '122', '034': '123', '035': '124', '036': '125', '037': '127', '038': '126' };
const REFUSAL_OF_ROOT: Readonly<Record<string, string>> = { '03': '120', '04': '125', '05': '120', '06': '121', '07': '122', '08': '124' };
/** Modals of will: "will not", "would not" refuse; a plain "did not meet" is no refusal, only an act that did not happen. */
const WILL_MODALS: ReadonlySet<string> = new Set(['will', 'would', 'shall']);

/** The rejection a negated intent or willed cooperation is ("will not accept"), or undefined. */
export function refusalCode(code: string, clause: { negated: boolean; future?: boolean; modal?: string }): string | undefined {
  if (!clause.negated) return undefined;
  const root = code.slice(0, 2);
  if (root !== '03' && !(clause.future === true || WILL_MODALS.has(clause.modal ?? ''))) return undefined;
  return REFUSAL_OF_INTENT[code.slice(0, 3)] ?? REFUSAL_OF_ROOT[root];
}

/** Modals by which a speaker says another must act ("must", "should", "has to"). */
const OBLIGATION_MODALS: ReadonlySet<string> = new Set(['must', 'should', 'ought']);

/**
 * The code of a clause's act stated as future (an intent or a threat) or as agreed to ("agreed to re-open its
 * borders": a diplomatic-cooperation verb, 05, that governs the act it agrees to is an intent, 030); the code itself
 * for anything else. A negated act keeps its code (the event's kind says it did not happen) unless refusalCode makes it
 * a rejection.
 */
export function futureCode(code: string, clause: { future?: boolean; negated: boolean }, governsAct = false): string {
  if (clause.negated) return code;
  const root = code.slice(0, 2);
  if (clause.future) return INTENT_OF_ROOT[root] ?? THREAT_OF_ROOT[root] ?? code;
  if (governsAct && root === '05') return '030';
  return code;
}

/**
 * The demand a reported clause makes: with an obligation modal ("said X must …"), or whatever its modal when the
 * reporting verb is itself a request (`requested`: "demanded that Hamas renounce its armed struggle" asks for the
 * renouncing, which has not happened); undefined otherwise.
 */
export function demandCode(code: string, clause: { modal?: string; negated: boolean; reporter?: number }, requested = false): string | undefined {
  if (clause.reporter === undefined || clause.negated || !(requested || OBLIGATION_MODALS.has(clause.modal ?? ''))) return undefined;
  return DEMAND_OF_ROOT[code.slice(0, 2)] ?? '100';
}
