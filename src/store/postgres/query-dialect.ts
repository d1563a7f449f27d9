/**
 * The search language in PostgreSQL: words become one tsquery (phraseto_tsquery for
 * words and phrases — FTS5's phrase — and to_tsquery of a quoted lexeme for a
 * prefix) over the documents' weighted tsvector; names and quotations query their own
 * tsvector columns; the rest are column predicates. Every value is a bound parameter;
 * only the (validated, quoted) schema name is spliced into statements.
 */
import type { Leaf, QueryNode, TextValue } from '../../query/ast.js';
import type { IndexTable, SqlDialect, Subject } from '../../query/sql/dialect.js';
import { SqlParams } from '../../query/sql/params.js';
import { cameoRange, confidencePredicate, rangePredicate, sourcePattern } from '../leaf-values.js';

/** ts_rank weights in {D, C, B, A} order: body 1, entity names 2, title 3 — FTS5's bm25 weights in the SQLite store. */
const RANK_WEIGHTS = '{0.333, 0.5, 0.667, 1.0}';
/** ts_rank normalisation 1: divide by 1 + log(length), so long documents do not win by size alone (as bm25). */
const RANK_NORMALISATION = 1;
/** ts_headline options: « » around matches and about 16 words, as the SQLite store's snippet(). */
const HEADLINE_OPTIONS = 'StartSel=«, StopSel=», MaxWords=16, MinWords=8, ShortWord=0, MaxFragments=1, FragmentDelimiter=" … "';
/** Characters of the body ts_headline reads: it re-parses the text of every hit shown. */
const HEADLINE_TEXT_CHARACTERS = 100_000;
const C = ' COLLATE "C"';

/** A tsquery lexeme in quotes (quote and backslash escaped) marked as a prefix. */
export function prefixLexeme(text: string): string {
  return `'${text.replace(/['\\]/gu, (c) => (c === "'" ? "''" : '\\\\'))}':*`;
}

/**
 * @param schema the store's schema, already quoted
 * @param config the text search configuration, schema-qualified (a bound parameter, cast to regconfig)
 */
export function postgresDialect(schema: string, config: string): SqlDialect {
  const t = (name: IndexTable): string => `${schema}.${name}`;

  /** The tsquery of a word or phrase. */
  const tsquery = (value: TextValue, params: SqlParams): string => {
    const cfg = `${params.add(config)}::regconfig`;
    return value.prefix ? `to_tsquery(${cfg}, ${params.add(prefixLexeme(value.text))})` : `phraseto_tsquery(${cfg}, ${params.add(value.text)})`;
  };

  /** The tsquery of a full-text subtree. */
  const render = (node: QueryNode, params: SqlParams): string => {
    switch (node.kind) {
      case 'text':
        return tsquery(node, params);
      case 'and':
        return `(${node.children.map((child) => render(child, params)).join(' && ')})`;
      case 'or':
        return `(${node.children.map((child) => render(child, params)).join(' || ')})`;
      case 'not':
        return `(!! ${render(node.child, params)})`;
      default:
        throw new Error(`not a full-text subtree: ${node.kind}`);
    }
  };

  const isFullText = (node: QueryNode): boolean => {
    switch (node.kind) {
      case 'text':
        return node.field === 'any';
      case 'and':
      case 'or':
        return node.children.every(isFullText);
      case 'not':
        return isFullText(node.child);
      default:
        return false;
    }
  };

  return {
    name: 'postgres',
    collate: C,
    newParams: () => new SqlParams('numbered'),
    table: t,

    leaf(leaf: Leaf, subject: Subject, params: SqlParams): string {
      const bind = (value: string | number): string => params.add(value);
      switch (leaf.kind) {
        case 'text': {
          if (leaf.field === 'any') return `(d.search @@ ${tsquery(leaf, params)})`;
          // The title's words are in d.search (weight A): the index finds candidates, the title itself decides.
          const query = tsquery(leaf, params);
          return `(d.search @@ ${query} AND to_tsvector(${bind(config)}::regconfig, d.title) @@ ${query})`;
        }
        case 'name': {
          const kind = leaf.field === 'entity' ? '' : ` AND kind = ${bind(leaf.field)}`;
          const names = `FROM ${t('entity_names')} WHERE search @@ ${tsquery(leaf, params)}${kind}`;
          return subject === 'entities' ? `((d.seq, e.entity_id) IN (SELECT doc_seq, entity_id ${names}))` : `(d.seq IN (SELECT doc_seq ${names}))`;
        }
        case 'quote': {
          const column = leaf.field === 'content' ? 'content_search' : 'speaker_search';
          const query = tsquery(leaf, params);
          return subject === 'quotes' ? `(q.${column} @@ ${query})` : `(d.seq IN (SELECT doc_seq FROM ${t('quotes')} WHERE ${column} @@ ${query}))`;
        }
        case 'source':
          return `(d.source_words LIKE ${bind(sourcePattern(leaf))})`;
        case 'lang':
          return `(d.language = ${bind(leaf.code)})`;
        case 'country': {
          const code = bind(leaf.iso3);
          if (subject === 'events') return `(coalesce(ev.location_country = ${code} OR ev.source_country = ${code} OR ev.target_country = ${code}, false))`;
          if (subject === 'entities') return `(coalesce(e.country = ${code}, false))`;
          return `(d.seq IN (SELECT doc_seq FROM ${t('doc_countries')} WHERE country = ${code}))`;
        }
        case 'event': {
          const own = leaf.system === 'plover' ? `ev.plover = ${bind(leaf.plover)}` : rangePredicate('ev.cameo', cameoRange(leaf.cameoPrefix), bind, C);
          return subject === 'events' ? `(coalesce(${own}, false))` : `(d.seq IN (SELECT ev.doc_seq FROM ${t('events')} ev WHERE ${own}))`;
        }
        case 'date':
          return rangePredicate(subject === 'events' && leaf.field === 'date' ? 'ev.day' : 'd.published_day', leaf, bind, C);
        case 'confidence': {
          // As event:, a document matches through any one of its events.
          const own = confidencePredicate('ev.confidence', leaf, (value) => `${bind(value)}::float8`);
          return subject === 'events' ? own : `(d.seq IN (SELECT ev.doc_seq FROM ${t('events')} ev WHERE ${own}))`;
        }
      }
    },

    isFullText,

    fullTextPredicate(node: QueryNode, params: SqlParams): string {
      return `(d.search @@ ${render(node, params)})`;
    },

    rankedDocuments(node: QueryNode, params: SqlParams) {
      const query = render(node, params);
      return {
        from: `${t('documents')} d`,
        where: `d.search @@ ${query}`,
        score: `ts_rank('${RANK_WEIGHTS}', d.search, ${query}, ${RANK_NORMALISATION})::float8`,
      };
    },

    snippets(node: QueryNode, seqs: readonly number[], params: SqlParams): string {
      return `SELECT d.seq, ts_headline(${params.add(config)}::regconfig, left(d.text, ${HEADLINE_TEXT_CHARACTERS}), ${render(node, params)}, '${HEADLINE_OPTIONS}') AS snippet
              FROM ${t('documents')} d WHERE d.seq IN (SELECT jsonb_array_elements_text(${params.add(JSON.stringify(seqs))}::jsonb)::bigint)`;
    },

    lead: (characters) => `left(d.text, ${Math.trunc(characters)})`,
  };
}
