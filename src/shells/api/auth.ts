/**
 * Writes need `Authorization: Bearer <token>`. Without a configured token the server
 * takes no writes at all (403), so an API started without thinking about it cannot
 * be written to by anyone who reaches its port. Tokens are compared by their SHA-256
 * digests in constant time, so timing tells nothing about the token.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from './errors.js';

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

export function requireToken(token: string | undefined): MiddlewareHandler {
  const expected = token === undefined || token === '' ? undefined : digest(token);
  return async (c, next) => {
    if (!expected) throw new ApiError(403, 'api.writes-disabled', 'this server takes no writes: start `wirewatch serve` with --token or WIREWATCH_TOKEN to allow them');
    const match = /^Bearer\s+(\S+)\s*$/iu.exec(c.req.header('authorization') ?? '');
    if (!match || !timingSafeEqual(digest(match[1]!), expected)) {
      c.header('WWW-Authenticate', 'Bearer realm="wirewatch"');
      throw new ApiError(401, 'api.unauthorized', 'this request needs the header Authorization: Bearer <token> with the token the server was started with');
    }
    await next();
  };
}
