/**
 * Every failure the API answers is JSON `{ error: { code, message, position? } }` with
 * a fitting status; nothing else (no stack, no SQL) leaves the server. Codes are the
 * project's own (query.*, store.*, export.*, api.*), so a client can tell a typo in
 * a query from a missing document.
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import { ExportError } from '../../export/index.js';
import { QueryError } from '../../query/errors.js';
import { StoreError } from '../../store/store.js';

export const ErrorBody = z.object({
  error: z.object({
    /** e.g. query.syntax, query.bad-value, api.bad-parameter, api.bad-cursor, api.unauthorized, api.not-found, api.too-large, internal */
    code: z.string(),
    message: z.string(),
    /** For a query that cannot be read: where, as [start, end) in UTF-16 code units of `q`. */
    position: z.object({ start: z.number().int(), end: z.number().int() }).optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** A failure the API reports as it is: a client's mistake or a refusal. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly position?: { start: number; end: number },
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Any error → status and body. Unknown errors are 500 with a generic message (the detail goes to the log). */
export function errorResponse(error: unknown): { status: ContentfulStatusCode; body: ErrorBody; internal: boolean } {
  const body = (code: string, message: string, position?: { start: number; end: number }): ErrorBody => ({ error: { code, message, ...(position ? { position: { start: position.start, end: position.end } } : {}) } });
  if (error instanceof ApiError) return { status: error.status, body: body(error.code, error.message, error.position), internal: false };
  if (error instanceof QueryError) return { status: 400, body: body(error.code, error.describe(), error.at), internal: false };
  if (error instanceof StoreError && (error.code === 'store.bad-query' || error.code === 'store.bad-cursor')) {
    return { status: 400, body: body(error.code, error.message, error.at), internal: false };
  }
  if (error instanceof ExportError) return { status: 400, body: body(error.code, error.message), internal: false };
  return { status: 500, body: body('internal', 'internal error (the server log has the details)'), internal: true };
}
