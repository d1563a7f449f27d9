/**
 * Event types the `event:` field accepts: CAMEO codes (two to four digits, the first
 * two a root from 01 to 20) and PLOVER event types. Both lists are data with reasons.
 */

/** PLOVER's 16 event types (PLOVER manual, draft 0.8, 2021; the POLECAT data set uses them). */
export const PLOVER_TYPES: readonly { type: string; quad: 'verbal-cooperation' | 'material-cooperation' | 'verbal-conflict' | 'material-conflict'; reason: string }[] = [
  { type: 'AGREE', quad: 'verbal-cooperation', reason: 'CAMEO 03: intent to cooperate' },
  { type: 'CONSULT', quad: 'verbal-cooperation', reason: 'CAMEO 04: meetings, visits, negotiation' },
  { type: 'SUPPORT', quad: 'verbal-cooperation', reason: 'CAMEO 05: diplomatic cooperation' },
  { type: 'CONCEDE', quad: 'material-cooperation', reason: 'CAMEO 08 (yielding)' },
  { type: 'COOPERATE', quad: 'material-cooperation', reason: 'CAMEO 06: material cooperation' },
  { type: 'AID', quad: 'material-cooperation', reason: 'CAMEO 07: aid' },
  { type: 'RETREAT', quad: 'material-cooperation', reason: 'CAMEO 08 (withdrawing)' },
  { type: 'REQUEST', quad: 'verbal-cooperation', reason: 'CAMEO 10: demands and appeals' },
  { type: 'ACCUSE', quad: 'verbal-conflict', reason: 'CAMEO 09 and 11: investigation, disapproval' },
  { type: 'REJECT', quad: 'verbal-conflict', reason: 'CAMEO 12' },
  { type: 'THREATEN', quad: 'verbal-conflict', reason: 'CAMEO 13' },
  { type: 'PROTEST', quad: 'material-conflict', reason: 'CAMEO 14' },
  { type: 'SANCTION', quad: 'material-conflict', reason: 'CAMEO 16: reducing relations' },
  { type: 'MOBILIZE', quad: 'material-conflict', reason: 'CAMEO 15: force posture' },
  { type: 'COERCE', quad: 'material-conflict', reason: 'CAMEO 17' },
  { type: 'ASSAULT', quad: 'material-conflict', reason: 'CAMEO 18, 19, 20: violence' },
];

const PLOVER = new Set(PLOVER_TYPES.map((entry) => entry.type));

/** A CAMEO code or prefix: two to four digits whose first two are a root, 01–20. */
export function isCameoPrefix(value: string): boolean {
  if (!/^\d{2,4}$/u.test(value)) return false;
  const root = Number(value.slice(0, 2));
  return root >= 1 && root <= 20;
}

export function isPloverType(value: string): boolean {
  return PLOVER.has(value.toUpperCase());
}

/**
 * The smallest digit string above every code starting with `prefix`, for a range
 * `code >= prefix AND code < upper`: "19" → "2", "190" → "191", "099" → "1". Digits
 * only, so it orders the same under every collation. Undefined when nothing is above ("99").
 */
export function cameoUpperBound(prefix: string): string | undefined {
  const digits = [...prefix];
  while (digits.length > 0) {
    const last = digits.pop()!;
    if (last !== '9') return digits.join('') + String(Number(last) + 1);
  }
  return undefined;
}

/** QuadClass (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict) → cooperation or conflict. */
export function cooperationOrConflict(quadClass: number | undefined): 'cooperation' | 'conflict' | undefined {
  if (quadClass === 1 || quadClass === 2) return 'cooperation';
  if (quadClass === 3 || quadClass === 4) return 'conflict';
  return undefined;
}
