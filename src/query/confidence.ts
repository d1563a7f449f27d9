/**
 * Values of `confidence:`: a number from 0 to 1 (`0.8`, meaning "at least 0.8": the
 * field is a threshold far more often than an exact value, and confidences are
 * rounded to two decimals, so an exact match would rarely be what was meant), a
 * comparison `>=0.5`, `>0.7`, `<=0.3`, `<0.3`, or a range `0.5..0.9` (both ends
 * included, either may be left open: `0.5..`, `..0.3`).
 */
import type { NumberBound } from './ast.js';
import { QueryError } from './errors.js';

export interface NumberRange {
  lower?: NumberBound;
  upper?: NumberBound;
}

/** A decimal as typed: digits with an optional fraction, or a fraction alone (`.5`); a minus sign is read only to say the number is out of range. No exponents or spaces. */
const DECIMAL = /^-?(?:\d+(?:\.\d*)?|\.\d+)$/u;

/**
 * @example parseConfidenceValue('>=0.5', 11) // → { lower: { value: 0.5, inclusive: true } }
 * @example parseConfidenceValue('0.5..1', 11) // → { lower: { value: 0.5, inclusive: true }, upper: { value: 1, inclusive: true } }
 * @param offset where the value starts in the query, for error positions
 */
export function parseConfidenceValue(value: string, offset: number): NumberRange {
  const comparison = /^(>=|<=|>|<)(.*)$/u.exec(value);
  if (comparison) {
    const [, operator, rest] = comparison;
    const number = checkConfidence(rest!, offset + operator!.length);
    switch (operator) {
      case '>=': return { lower: { value: number, inclusive: true } };
      case '>': return { lower: { value: number, inclusive: false } };
      case '<=': return { upper: { value: number, inclusive: true } };
      default: return { upper: { value: number, inclusive: false } };
    }
  }
  const dots = value.indexOf('..');
  if (dots >= 0) {
    const first = value.slice(0, dots);
    const last = value.slice(dots + 2);
    const whole = { start: offset, end: offset + value.length };
    if (first === '' && last === '') throw new QueryError('query.bad-value', 'a confidence range needs at least one end: confidence:0.5..0.9, confidence:0.5.., confidence:..0.3', whole);
    const range: NumberRange = {};
    if (first !== '') range.lower = { value: checkConfidence(first, offset), inclusive: true };
    if (last !== '') range.upper = { value: checkConfidence(last, offset + dots + 2), inclusive: true };
    if (range.lower && range.upper && range.lower.value > range.upper.value) {
      throw new QueryError('query.bad-value', `the confidence range ${value} ends before it starts`, whole);
    }
    return range;
  }
  return { lower: { value: checkConfidence(value, offset), inclusive: true } };
}

/** A number from 0 to 1; else a QueryError pointing at it. */
function checkConfidence(text: string, offset: number): number {
  const at = { start: offset, end: offset + Math.max(1, text.length) };
  if (!DECIMAL.test(text)) throw new QueryError('query.bad-value', `${JSON.stringify(text)} is not a confidence: write a number from 0 to 1 (confidence:0.5, confidence:>0.7, confidence:0.5..0.9)`, at);
  const number = Number(text);
  if (number < 0 || number > 1) throw new QueryError('query.bad-value', `a confidence is a probability from 0 to 1, not ${text}`, at);
  return number + 0; // -0 as 0
}
