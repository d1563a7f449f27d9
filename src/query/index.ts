/** The search language: parse text into a tree, explain it; stores render the tree as SQL (./sql/). */
export type * from './ast.js';
export { parseQuery, MAX_QUERY_LENGTH, type ParseOptions } from './parse.js';
export { explainQuery, describeLeaf } from './explain.js';
export { QueryError } from './errors.js';
export { FIELDS, type FieldSpec } from './fields.js';
export { PLOVER_TYPES } from './event-types.js';
