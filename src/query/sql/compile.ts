/**
 * A query tree → an SQL predicate in a store's dialect: the boolean structure here,
 * the leaves in the dialect. A subtree of words the dialect can run as one full-text
 * query (FTS5 MATCH, a tsquery) goes as one; everything else is combined with AND,
 * OR and NOT over each leaf's predicate. Every leaf predicate is true or false, never
 * NULL, so NOT means "all the others".
 */
import type { QueryNode } from '../ast.js';
import type { SqlDialect, Subject } from './dialect.js';
import type { SqlParams } from './params.js';

export function compileWhere(node: QueryNode, subject: Subject, dialect: SqlDialect, params: SqlParams): string {
  if (node.kind === 'all') return '1 = 1';
  if (dialect.isFullText(node)) return dialect.fullTextPredicate(node, params);
  switch (node.kind) {
    case 'and':
      return `(${node.children.map((child) => compileWhere(child, subject, dialect, params)).join(' AND ')})`;
    case 'or':
      return `(${node.children.map((child) => compileWhere(child, subject, dialect, params)).join(' OR ')})`;
    case 'not':
      return `(NOT ${compileWhere(node.child, subject, dialect, params)})`;
    default:
      return dialect.leaf(node, subject, params);
  }
}

/** Leaves that test the subject's own row rather than its document. */
export function isSubjectLeaf(node: QueryNode, subject: Subject): boolean {
  switch (subject) {
    case 'events':
      return node.kind === 'event' || (node.kind === 'date' && node.field === 'date') || node.kind === 'country' || node.kind === 'confidence';
    case 'quotes':
      return node.kind === 'quote';
    case 'entities':
      return node.kind === 'name' || node.kind === 'country';
    default:
      return false;
  }
}

/**
 * Splits a documents query into the words that rank it (the conjuncts that are one
 * positive full-text query) and the rest. Without such words the results have no
 * relevance and come in date order.
 *
 * @example splitRanked(parse('sadr kadhimi lang:en')) // → { ranked: and(sadr, kadhimi), rest: [lang:en] }
 */
export function splitRanked(root: QueryNode, dialect: SqlDialect): { ranked?: QueryNode; rest: QueryNode[] } {
  if (root.kind !== 'and') return dialect.isFullText(root) && isPositive(root) ? { ranked: root, rest: [] } : { rest: [root] };
  const ranked: QueryNode[] = [];
  const rest: QueryNode[] = [];
  for (const child of root.children) (dialect.isFullText(child) && isPositive(child) ? ranked : rest).push(child);
  if (ranked.length === 0) return { rest };
  // Negated words join the ranked query when the dialect can run them with it (FTS5 needs a positive part first).
  const withNegations = rest.filter((child) => child.kind === 'not' && dialect.isFullText({ kind: 'and', children: [...ranked, child] }));
  const all: QueryNode[] = [...ranked, ...withNegations];
  return { ranked: all.length === 1 ? all[0]! : { kind: 'and', children: all }, rest: rest.filter((child) => !withNegations.includes(child)) };
}

function isPositive(node: QueryNode): boolean {
  return node.kind !== 'not';
}
