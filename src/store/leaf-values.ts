/** Leaf values as both dialects bind them: LIKE patterns for outlets, CAMEO code ranges, confidence ranges. */
import { foldedWords } from './document-index.js';
import type { ConfidenceLeaf, SourceLeaf } from '../query/ast.js';
import { cameoUpperBound } from '../query/event-types.js';

/** `source:` as a LIKE pattern over the space-padded folded words of the outlet (escape character \\). */
export function sourcePattern(leaf: SourceLeaf): string {
  const words = foldedWords(leaf.text).replace(/[\\%_]/gu, (c) => `\\${c}`);
  return leaf.prefix ? `% ${words}%` : `% ${words} %`;
}

/** The codes of a CAMEO prefix as a half-open range of strings; `before` undefined when unbounded. */
export function cameoRange(prefix: string): { from: string; before?: string } {
  const before = cameoUpperBound(prefix);
  return before === undefined ? { from: prefix } : { from: prefix, before };
}

/** A range predicate `from ≤ column < before` with bound values; each side optional. */
export function rangePredicate(column: string, range: { from?: string; before?: string }, bind: (value: string) => string, collate: string): string {
  const parts = [`${column} IS NOT NULL`];
  if (range.from !== undefined) parts.push(`${column}${collate} >= ${bind(range.from)}`);
  if (range.before !== undefined) parts.push(`${column}${collate} < ${bind(range.before)}`);
  return `(${parts.join(' AND ')})`;
}

/**
 * `confidence:` as a predicate on `column` with bound numbers: false, never NULL, for an
 * event without a confidence, so NOT confidence:… finds it.
 */
export function confidencePredicate(column: string, leaf: ConfidenceLeaf, bind: (value: number) => string): string {
  const parts = [`${column} IS NOT NULL`];
  if (leaf.lower) parts.push(`${column} ${leaf.lower.inclusive ? '>=' : '>'} ${bind(leaf.lower.value)}`);
  if (leaf.upper) parts.push(`${column} ${leaf.upper.inclusive ? '<=' : '<'} ${bind(leaf.upper.value)}`);
  return `(${parts.join(' AND ')})`;
}
