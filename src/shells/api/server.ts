/**
 * Starts the API on a port (0: any free one, for tests) with @hono/node-server and
 * stops it cleanly: open connections are closed, so a stopped server never holds
 * the process or the store.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { AnalysisThread } from './analysis-thread.js';
import { createApp, type ApiOptions } from './app.js';

const KEEP_ALIVE_MS = 30_000;

export interface ServerOptions extends ApiOptions {
  port?: number;
  /** Default 127.0.0.1: reachable from this machine only. */
  host?: string;
}

export interface RunningServer {
  /** http://host:port, without a trailing slash. */
  url: string;
  port: number;
  close(): Promise<void>;
}

export function startServer(options: ServerOptions): Promise<RunningServer> {
  // The server stops the analysis thread it made; one passed in belongs to the caller.
  const ownThread = options.analysis === undefined;
  const analysis = options.analysis ?? new AnalysisThread();
  const app = createApp({ ...options, analysis });
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port ?? 8080, hostname: host }, (info: AddressInfo) => {
      server.off('error', reject);
      const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shown}:${info.port}`,
        port: info.port,
        close: async () => {
          await new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            if ('closeAllConnections' in server) server.closeAllConnections();
          });
          if (ownThread) await analysis.close();
        },
      });
    });
    server.once('error', reject);
    // An analysis holds the event loop for up to seconds; idle keep-alive connections must outlast that, or
    // the server closes them just as a client reuses them (the client then sees a reset, not an answer).
    if ('keepAliveTimeout' in server) server.keepAliveTimeout = KEEP_ALIVE_MS;
  });
}
