/**
 * Amounts in time expressions, written as digits ("14 days", "2 1/2 years",
 * "1,000 years") or words ("twenty four hours", "a couple of years", "half an hour").
 */
import { lookup, normaliseForm, NUMBER_WORDS, VAGUE_AMOUNTS } from './lexicon.js';

const FRACTIONS: Record<string, number> = { '1/2': 0.5, '½': 0.5, '1/4': 0.25, '¼': 0.25, '3/4': 0.75, '¾': 0.75 };

/**
 * The amount a number phrase names; undefined for a vague amount ("several",
 * "a few") or a phrase that is not a number.
 *
 * @example numberValue('twenty four') // → 24
 * @example numberValue('2 1/2') // → 2.5
 */
export function numberValue(phrase: string): number | undefined {
  const text = normaliseForm(phrase).replace(/\s+and\s+a\s+half$/, ' 1/2');
  const digits = /^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(1\/2|½|1\/4|¼|3\/4|¾))?$/.exec(text);
  if (digits) return Number(digits[1]!.replace(/,/g, '')) + (digits[2] ? FRACTIONS[digits[2]]! : 0);
  if (isVagueAmount(text)) return undefined;
  const whole = lookup(NUMBER_WORDS, text);
  if (whole !== undefined) return whole;
  // "twenty four", "two hundred", "one and a half" (as "one 1/2"), "a hundred and fifty".
  let total = 0;
  let current = 0;
  let any = false;
  for (const word of text.replace(/\band\b/g, ' ').split(/\s+/).filter(Boolean)) {
    const fraction = FRACTIONS[word];
    if (fraction !== undefined) {
      current += fraction;
      any = true;
      continue;
    }
    const n = lookup(NUMBER_WORDS, word) ?? (/^\d+$/.test(word) ? Number(word) : undefined);
    if (n === undefined) return undefined;
    any = true;
    if (n === 100 || n === 1000) {
      current = (current === 0 ? 1 : current) * n;
      if (n === 1000) {
        total += current;
        current = 0;
      }
    } else {
      current += n;
    }
  }
  return any ? total + current : undefined;
}

/** Whether a number phrase is a vague amount ("several", "a few", "some"). */
export function isVagueAmount(phrase: string): boolean {
  return VAGUE_AMOUNTS.entries[0]!.forms.includes(normaliseForm(phrase));
}
