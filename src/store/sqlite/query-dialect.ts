/**
 * The search language in SQLite: words become one FTS5 MATCH expression where FTS5's
 * grammar allows (every word a quoted string, so no user text is FTS5 syntax), names
 * and quotations MATCH their own FTS5 tables, the rest are column predicates. Every
 * value is a bound parameter.
 */
import type { Leaf, QueryNode, TextValue } from '../../query/ast.js';
import type { SqlDialect, Subject } from '../../query/sql/dialect.js';
import { SqlParams } from '../../query/sql/params.js';
import { cameoRange, confidencePredicate, rangePredicate, sourcePattern } from '../leaf-values.js';

/** bm25 column weights, in documents_fts column order: title, text, entity_names. */
const BM25_WEIGHTS = '3.0, 1.0, 2.0';
/** Snippets come from the body column (index 1): a reader wants the sentence around the match. */
const SNIPPET = "snippet(documents_fts, 1, '«', '»', '…', 16)";

/** A word or phrase as an FTS5 string: in double quotes (inner ones doubled), * after it for a prefix. */
export function ftsString(value: TextValue): string {
  return `"${value.text.replaceAll('"', '""')}"${value.prefix ? '*' : ''}`;
}

export const sqliteDialect: SqlDialect = {
  name: 'sqlite',
  collate: '',
  newParams: () => new SqlParams('named'),
  table: (name) => name,

  leaf(leaf: Leaf, subject: Subject, params: SqlParams): string {
    const bind = (value: string | number): string => params.add(value);
    switch (leaf.kind) {
      case 'text':
        return this.fullTextPredicate(leaf, params);
      case 'name': {
        const match = bind(leaf.field === 'entity' ? ftsString(leaf) : `${leaf.field} : ${ftsString(leaf)}`);
        return subject === 'entities'
          ? `((d.seq, e.entity_id) IN (SELECT doc_seq, entity_id FROM entity_names_fts WHERE entity_names_fts MATCH ${match}))`
          : `(d.seq IN (SELECT doc_seq FROM entity_names_fts WHERE entity_names_fts MATCH ${match}))`;
      }
      case 'quote': {
        const match = bind(`${leaf.field === 'content' ? 'content' : 'speaker'} : ${ftsString(leaf)}`);
        return subject === 'quotes'
          ? `(q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ${match}))`
          : `(d.seq IN (SELECT doc_seq FROM quotes_fts WHERE quotes_fts MATCH ${match}))`;
      }
      case 'source':
        return `(d.source_words LIKE ${bind(sourcePattern(leaf))} ESCAPE '\\')`;
      case 'lang':
        return `(d.language = ${bind(leaf.code)})`;
      case 'country': {
        const code = bind(leaf.iso3);
        if (subject === 'events') return `(coalesce(ev.location_country = ${code} OR ev.source_country = ${code} OR ev.target_country = ${code}, 0))`;
        if (subject === 'entities') return `(coalesce(e.country = ${code}, 0))`;
        return `(d.seq IN (SELECT doc_seq FROM doc_countries WHERE country = ${code}))`;
      }
      case 'event': {
        const own = leaf.system === 'plover' ? `ev.plover = ${bind(leaf.plover)}` : rangePredicate('ev.cameo', cameoRange(leaf.cameoPrefix), bind, '');
        return subject === 'events' ? `(coalesce(${own}, 0))` : `(d.seq IN (SELECT ev.doc_seq FROM events ev WHERE ${own}))`;
      }
      case 'date':
        return rangePredicate(subject === 'events' && leaf.field === 'date' ? 'ev.day' : 'd.published_day', leaf, bind, '');
      case 'confidence': {
        // As event:, a document matches through any one of its events.
        const own = confidencePredicate('ev.confidence', leaf, bind);
        return subject === 'events' ? own : `(d.seq IN (SELECT ev.doc_seq FROM events ev WHERE ${own}))`;
      }
    }
  },

  isFullText(node: QueryNode): boolean {
    return ftsComposable(node) && node.kind !== 'not';
  },

  fullTextPredicate(node: QueryNode, params: SqlParams): string {
    return `(d.seq IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ${params.add(matchExpression(node))}))`;
  },

  rankedDocuments(node: QueryNode, params: SqlParams) {
    return {
      from: 'documents_fts JOIN documents d ON d.seq = documents_fts.rowid',
      where: `documents_fts MATCH ${params.add(matchExpression(node))}`,
      score: `-bm25(documents_fts, ${BM25_WEIGHTS})`,
    };
  },

  snippets(node: QueryNode, seqs: readonly number[], params: SqlParams): string {
    return `SELECT rowid AS seq, ${SNIPPET} AS snippet FROM documents_fts
            WHERE documents_fts MATCH ${params.add(matchExpression(node))} AND rowid IN (SELECT value FROM json_each(${params.add(JSON.stringify(seqs))}))`;
  },

  lead: (characters) => `substr(d.text, 1, ${Math.trunc(characters)})`,
};

/**
 * Whether FTS5 can run the subtree as one MATCH: words and title words; OR of such;
 * AND of such where negated ones follow a positive part (FTS5's NOT is binary).
 */
function ftsComposable(node: QueryNode): boolean {
  switch (node.kind) {
    case 'text':
      return true;
    case 'or':
      return node.children.every((child) => child.kind !== 'not' && ftsComposable(child));
    case 'and':
      return node.children.some((child) => child.kind !== 'not') && node.children.every((child) => ftsComposable(child.kind === 'not' ? child.child : child) && !(child.kind === 'not' && child.child.kind === 'not'));
    default:
      return false;
  }
}

/** The FTS5 MATCH expression of a composable subtree. */
function matchExpression(node: QueryNode): string {
  switch (node.kind) {
    case 'text':
      return node.field === 'title' ? `title : ${ftsString(node)}` : ftsString(node);
    case 'or':
      return `(${node.children.map(matchExpression).join(' OR ')})`;
    case 'and': {
      const positive = node.children.filter((child) => child.kind !== 'not').map(matchExpression);
      let expression = `(${positive.join(' AND ')})`;
      for (const child of node.children) if (child.kind === 'not') expression = `(${expression} NOT ${matchExpression(child.child)})`;
      return expression;
    }
    default:
      throw new Error(`not a full-text subtree: ${node.kind}`);
  }
}
