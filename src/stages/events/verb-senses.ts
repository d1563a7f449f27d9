/**
 * Verb senses the PETRARCH verb dictionary leaves out, as data with a reason each.
 *
 * Base codes: PETRARCH2 puts some plain verbs in synonym blocks without a code ([---]), so that they code only
 * through a pattern; "The Palestinians reject proposed Israeli changes" then codes nothing, though the CAMEO
 * manual names the verb for its code. These verbs get that code as their base (a pattern still wins). Only the
 * committed dictionaries take them (event-resources.ts): a suite that brings its own dictionaries tests those.
 *
 * PLOVER senses: a CAMEO code the PLOVER manual types by the act rather than by the code. Resignations are CAMEO's
 * 0831 ("accede to demands for change in leadership"), which the CAMEO→PLOVER table types CONCEDE, while the
 * manual says "RETREAT also covers resignations of government officials" (mode resign).
 */
import type { VerbDictionary } from './dictionary-format.js';

export interface BaseCode {
  /** The entry's first form, as the dictionary writes it. */
  verb: string;
  code: string;
  reason: string;
}

export const BASE_CODES: readonly BaseCode[] = [
  { verb: 'REJECT', code: '120', reason: "CAMEO 120 'Reject, not specified below'; its block (REFUSE) has no code" },
  { verb: 'REFUSE', code: '120', reason: "CAMEO 120; 'decline' in the same block is 120 already" },
  { verb: 'RULE', code: '120', reason: "'rule out' (RULE_OUT in the REFUSE block): CAMEO 120" },
  { verb: 'VIOLATE', code: '128', reason: "CAMEO 128 'Defy norms, law'; 'breach' in the same block is 128 already" },
  { verb: 'RENEGE', code: '120', reason: "going back on a commitment rejects it (CAMEO 120); 'rescind' in its block is 160" },
  { verb: 'SUSPEND', code: '160', reason: "CAMEO 16 'Reduce relations' (suspending aid, links, talks); its block (FINISH) has no code" },
  { verb: 'LIFT', code: '080', reason: "lifting a ban, curfew or sanction yields (CAMEO 08); its block mixes in 'rise', 'surface'" },
  { verb: 'RESIGN', code: '0831', reason: "CAMEO 0831 'Accede to demands for change in leadership': resignations; the block's MINISTER patterns code 0831" },
  { verb: 'VACATE', code: '0831', reason: "'vacate' an office, RESIGN's block: as 'resign'" },
];

/**
 * The dictionary with the base codes given to the entries that have none: entries with no words glued around the
 * verb, whose first form is a BASE_CODES verb; RULE takes its code only in RULE_OUT (RULE alone is 060).
 */
export function withBaseCodes(verbs: VerbDictionary, table: readonly BaseCode[] = BASE_CODES): VerbDictionary {
  const byVerb = new Map(table.map((b) => [b.verb, b.code]));
  return {
    ...verbs,
    verbs: verbs.verbs.map((v) => {
      const code = byVerb.get(v.forms[0] ?? '');
      if (v.code !== null || code === undefined || v.before.length > 0) return v;
      if (v.forms[0] === 'RULE' ? v.after.join(' ') !== 'OUT' : v.after.length > 0) return v;
      return { ...v, code };
    }),
  };
}

export interface PloverSense {
  /** CAMEO codes the sense applies to (a code, or its parent). */
  codes: readonly string[];
  /** Verb forms (an entry's first form) whose act it is. */
  verbs: readonly string[];
  plover: string;
  mode: string;
  reason: string;
}

export const PLOVER_SENSES: readonly PloverSense[] = [
  { codes: ['0831', '080'], verbs: ['RESIGN', 'VACATE'], plover: 'RETREAT', mode: 'resign', reason: 'PLOVER manual: RETREAT covers resignations of government officials (mode resign)' },
];

/** The PLOVER type and mode of an act coded `code` with a verb whose entry's forms are `verbForms`, when the act decides it. */
export function ploverSense(code: string, verbForms: readonly string[]): { plover: string; mode: string } | undefined {
  const s = PLOVER_SENSES.find((x) => x.codes.includes(code) && x.verbs.some((v) => verbForms[0] === v));
  return s ? { plover: s.plover, mode: s.mode } : undefined;
}
