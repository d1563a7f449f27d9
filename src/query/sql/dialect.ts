/**
 * What a store's SQL dialect supplies to render a query tree (compile.ts): how each
 * leaf reads as a predicate, and how words become one full-text query. Aliases in
 * the predicates: d (documents), ev (events), q (quotes), e (entities).
 */
import type { Leaf, QueryNode } from '../ast.js';
import type { SqlParams } from './params.js';

/**
 * What a query is asked for. Leaves about the subject itself test its row (for
 * events: event:, date:, country:, confidence:; for quotes: quote:, said-by:; for entities:
 * entity:, person:, org:, place:, country:); every other leaf tests its document.
 */
export type Subject = 'documents' | 'events' | 'quotes' | 'entities';

export type IndexTable = 'documents' | 'entities' | 'entity_names' | 'events' | 'quotes' | 'doc_countries' | 'near_duplicates';

export interface SqlDialect {
  readonly name: 'sqlite' | 'postgres';
  newParams(): SqlParams;
  /** A table's name as statements write it (schema-qualified on PostgreSQL). */
  table(name: IndexTable): string;
  /** Appended to text comparisons and orderings that must agree across stores (byte order). */
  readonly collate: string;
  /** A boolean predicate for one leaf under `subject`. */
  leaf(leaf: Leaf, subject: Subject, params: SqlParams): string;
  /** Whether the subtree can run as one query of the documents' full-text index. */
  isFullText(node: QueryNode): boolean;
  /** That full-text query as a predicate on d. */
  fullTextPredicate(node: QueryNode, params: SqlParams): string;
  /** The documents of a full-text subtree with a relevance score (higher is better). */
  rankedDocuments(node: QueryNode, params: SqlParams): { from: string; where: string; score: string };
  /** A statement of (seq, snippet) for the documents `seqs` under a full-text subtree. */
  snippets(node: QueryNode, seqs: readonly number[], params: SqlParams): string;
  /** The opening characters of the body, for a snippet when the query has no words. */
  lead(characters: number): string;
}
