/**
 * Opaque page cursors: a page's `next` as the HTTP API hands it out. The store's sort
 * key (src/store/store.ts SortKey) with the scope it belongs to — the route, the
 * order asked for and a digest of the query — as JSON in base64url. A client passes
 * it back unchanged; a cursor of another route, order or query is refused instead of
 * silently starting somewhere else.
 */
import { createHash } from 'node:crypto';
import type { SortKey } from '../../store/store.js';
import { ApiError } from './errors.js';

/** Longer cursors are not ours (ours are well under 200 characters). */
const MAX_CURSOR_LENGTH = 2048;

interface CursorBody {
  /** The scope: route, order and query digest. */
  s: string;
  k: SortKey;
}

/** What a cursor is valid for: the same route, the same requested order, the same query text. */
export function cursorScope(route: string, sort: string, query: string | undefined): string {
  const digest = createHash('sha256').update(query?.trim() ?? '', 'utf8').digest('base64url').slice(0, 12);
  return `${route}/${sort}/${digest}`;
}

export function encodeCursor(scope: string, key: SortKey): string {
  const body: CursorBody = { s: scope, k: key };
  return Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');
}

/** The sort key of `cursor`, or ApiError api.bad-cursor when it was not made for `scope`. */
export function decodeCursor(cursor: string, scope: string): SortKey {
  const refuse = (why: string): never => {
    throw new ApiError(400, 'api.bad-cursor', `the cursor ${why}; pass the "next" of the previous page of the same request unchanged`);
  };
  if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/u.test(cursor)) refuse('is not one this server made');
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return refuse('is not one this server made');
  }
  const { s, k } = (body ?? {}) as Partial<CursorBody>;
  if (!Array.isArray(k) || !k.every((part) => typeof part === 'string' || (typeof part === 'number' && Number.isFinite(part)))) return refuse('is not one this server made');
  if (s !== scope) refuse('belongs to another route, order or query');
  return k;
}
