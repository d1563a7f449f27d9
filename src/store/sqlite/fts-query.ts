/**
 * User search input → a safe SQLite FTS5 MATCH expression. The syntax is parsed once
 * for every store (../search-query.ts); this file only renders it for FTS5.
 *
 * Every term and phrase reaches FTS5 inside double quotes (inner `"` doubled), so no
 * user text is ever read as FTS5 syntax (NEAR, column filters, `^`, `-`, parentheses…).
 */
import { parseSearchQuery, type SearchClause, type SearchTerm } from '../search-query.js';

export function toFtsQuery(input: string): string {
  return parseSearchQuery(input).map(renderClause).join(' ');
}

function renderClause(clause: SearchClause, index: number): string {
  const terms = clause.alternatives.map(renderTerm);
  const body = terms.length === 1 ? terms[0] : `(${terms.join(' OR ')})`;
  return index === 0 ? body : `${clause.join} ${body}`;
}

function renderTerm(term: SearchTerm): string {
  const quoted = `"${term.text.replaceAll('"', '""')}"`;
  return term.prefix ? `${quoted}*` : quoted;
}
