/**
 * The hook for the dashboard (issue 8): when a directory of built web files exists
 * (default dist/web, the Vite build's output; `wirewatch serve --static DIR` to
 * choose), the server serves it at / and answers any other non-API GET with its
 * index.html, so client-side routes load (but a missing /assets/ file is a 404). HTML gets a strict Content-Security-Policy:
 * scripts and styles only from this server, no inline script, nothing from elsewhere,
 * so text from an ingested page can never run as script here.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';

/** dist/web beside dist/src (this file is dist/src/shells/api/static.js once built). */
export const DEFAULT_STATIC_DIRECTORY = fileURLToPath(new URL('../../../web/', import.meta.url));

export const HTML_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Serves `directory` when it holds an index.html; returns whether it did. */
export function mountStatic(app: Hono, directory: string): boolean {
  const root = resolve(directory);
  const index = join(root, 'index.html');
  if (!existsSync(index) || !statSync(index).isFile()) return false;
  app.use('*', async (c, next) => {
    await next();
    if (c.res.headers.get('content-type')?.startsWith('text/html')) c.res.headers.set('Content-Security-Policy', HTML_CONTENT_SECURITY_POLICY);
  });
  app.use('*', async (c, next) => (c.req.path.startsWith('/api/') || c.req.path === '/api' ? next() : serveStatic({ root })(c, next)));
  app.get('*', async (c, next) => {
    if (c.req.path.startsWith('/api/') || c.req.path === '/api') return next();
    // A missing bundle file is an error, not a client route: index.html in its place would run as a broken script.
    if (c.req.path.startsWith('/assets/')) return c.json({ error: { code: 'static.not-found', message: `no file ${c.req.path}` } }, 404);
    return c.html(await readFile(index, 'utf8'));
  });
  return true;
}
