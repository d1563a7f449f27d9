/**
 * User search input → a PostgreSQL tsquery expression with bound parameters. The
 * syntax is parsed once for every store (../search-query.ts), so a query means the
 * same here as on SQLite's FTS5.
 *
 * Every term is a parameter: a word or "phrase" goes through phraseto_tsquery (the
 * words in order, adjacent — FTS5's phrase), a prefix word through to_tsquery as a
 * quoted lexeme with `:*`. No user text is ever read as tsquery syntax.
 */
import { parseSearchQuery, type SearchClause, type SearchTerm } from '../search-query.js';

export interface TsQuery {
  /** An SQL expression of type tsquery; `$1` is the text search configuration. */
  sql: string;
  /** The parameters from $2 on. */
  params: string[];
}

/**
 * @example
 *   toTsQuery('budget NOT parliam*')
 *   // { sql: '(phraseto_tsquery($1::regconfig, $2)) && (!!(to_tsquery($1::regconfig, $3)))',
 *   //   params: ['budget', "'parliam':*"] }
 */
export function toTsQuery(input: string): TsQuery {
  const params: string[] = [];
  const bind = (value: string): string => {
    params.push(value);
    return `$${params.length + 1}`;
  };
  const renderTerm = (term: SearchTerm): string =>
    term.prefix ? `to_tsquery($1::regconfig, ${bind(prefixLexeme(term.text))})` : `phraseto_tsquery($1::regconfig, ${bind(term.text)})`;
  const renderClause = (clause: SearchClause, index: number): string => {
    const body = `(${clause.alternatives.map(renderTerm).join(' || ')})`;
    if (index === 0) return body;
    return clause.join === 'NOT' ? `(!!${body})` : body;
  };
  const sql = parseSearchQuery(input).map(renderClause).join(' && ');
  return { sql, params };
}

/** A tsquery lexeme in quotes (quote and backslash escaped) marked as a prefix. */
function prefixLexeme(text: string): string {
  return `'${text.replace(/['\\]/gu, (c) => (c === "'" ? "''" : '\\\\'))}':*`;
}
