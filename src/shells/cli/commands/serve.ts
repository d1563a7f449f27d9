import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { DEFAULT_STATIC_DIRECTORY } from '../../api/static.js';
import { startServer } from '../../api/server.js';
import { CliError, EXIT } from '../exit-codes.js';
import { writeLine, type CliState, type Io } from '../output.js';
import { parseByteSize } from '../options.js';
import { withStore } from '../store-access.js';
import { DEFAULT_MAX_BODY_BYTES } from '../../api/app.js';

interface ServeOptions {
  db?: string;
  store?: string;
  port: number;
  host: string;
  token?: string;
  maxBodyBytes: number;
  static?: string;
  quiet?: boolean;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/u.test(value) || port > 65535) throw new CliError(`--port must be 0 to 65535, not ${JSON.stringify(value)}`, EXIT.usage);
  return port;
}

export function registerServe(program: Command, io: Io, _state: CliState): void {
  program
    .command('serve')
    .description('serve the HTTP API (routes under /api; GET /api/openapi.json) and the dashboard when it is built')
    .option('--db <location>', 'the store: a SQLite path or postgres:// URL (default: $WIREWATCH_DB or ~/.local/share/wirewatch/wirewatch.db)')
    .option('--store <location>', 'the same as --db')
    .option('--port <n>', 'the port (0: any free one)', parsePort, 8080)
    .option('--host <address>', 'the address to listen on (0.0.0.0 for every interface)', '127.0.0.1')
    .option('--token <token>', 'the bearer token writes need (default: $WIREWATCH_TOKEN); without one, writes are refused')
    .option('--max-body-bytes <size>', 'refuse request bodies larger than this (e.g. 10MB)', parseByteSize, DEFAULT_MAX_BODY_BYTES)
    .option('--quiet', 'no line per request on stderr')
    .option('--static <dir>', 'serve the web files of this folder at / (default: the built dashboard, dist/web, when present)')
    .action(async (opts: ServeOptions) => {
      if (opts.static !== undefined && !existsSync(join(opts.static, 'index.html'))) throw new CliError(`--static ${opts.static}: no index.html there`, EXIT.usage);
      const token = opts.token ?? io.env.WIREWATCH_TOKEN;
      const writable = token !== undefined && token !== '';
      // Without a token nothing can be written, so the store is opened read-only (and must exist).
      await withStore(io, opts.store ?? opts.db, { create: writable }, async (store, path) => {
        const server = await startServer({
          store, token, writable, port: opts.port, host: opts.host, maxBodyBytes: opts.maxBodyBytes,
          staticDirectory: opts.static ?? DEFAULT_STATIC_DIRECTORY,
          log: (message) => writeLine(io.stderr, message),
          ...(opts.quiet ? {} : { accessLog: (line: string) => writeLine(io.stderr, line) }),
        }).catch((error: unknown) => {
          throw new CliError(`cannot listen on ${opts.host}:${opts.port}: ${error instanceof Error ? error.message : String(error)}`, EXIT.usage);
        });
        writeLine(io.stderr, `wirewatch serve: ${server.url}/api/ over ${path}${writable ? '' : ' (read-only: no token, writes refused)'}; ctrl-C stops`);
        writeLine(io.stdout, server.url);
        await new Promise<void>((resolve) => {
          const stop = (): void => {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            resolve();
          };
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
        await server.close();
      });
    });
}
