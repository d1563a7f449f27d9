/** Real CLI processes for crash tests: started, watched, killed with SIGKILL (kill -9). */
import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { CLI_PATH, REPO_ROOT } from './paths.js';

export interface CliProcess {
  child: ChildProcess;
  /** Everything written to stdout so far. */
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
}

export function startCli(args: readonly string[], env: Record<string, string> = {}): CliProcess {
  const child = spawn(process.execPath, [CLI_PATH, ...args], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** Polls `probe` until it returns true (or the process ends, or `timeoutMs` passes); returns whether it did. */
export async function waitFor(probe: () => Promise<boolean> | boolean, options: { timeoutMs: number; everyMs?: number; until?: Promise<unknown> }): Promise<boolean> {
  let ended = false;
  void options.until?.then(() => (ended = true));
  const deadline = Date.now() + options.timeoutMs;
  while (Date.now() < deadline) {
    if (await probe()) return true;
    if (ended) return probe();
    await sleep(options.everyMs ?? 50);
  }
  return false;
}

/** kill -9, and waits until the process is gone. */
export async function killHard(process: CliProcess): Promise<void> {
  process.child.kill('SIGKILL');
  await process.exited;
}

/** A `wirewatch serve` process on a free port, with the address it printed. */
export interface ServedStore {
  process: CliProcess;
  /** The base URL, e.g. http://127.0.0.1:40123 */
  base: string;
  stop: () => Promise<void>;
}

/**
 * Starts `wirewatch serve --db db --port 0`, waits for its address, and asks it once for /api/stats, so that what a
 * caller times afterwards (a dashboard load) measures the dashboard, not the process start-up.
 */
export async function serveStore(db: string, extraArgs: readonly string[] = []): Promise<ServedStore> {
  const process = startCli(['serve', '--db', db, '--port', '0', ...extraArgs]);
  const up = await waitFor(() => /^http:\/\/\S+\n/.test(process.stdout()), { timeoutMs: 20000, until: process.exited });
  const stop = async (): Promise<void> => {
    process.child.kill('SIGTERM');
    await process.exited;
  };
  if (!up) {
    await stop();
    throw new Error(`wirewatch serve did not start: ${process.stderr()}`);
  }
  const base = process.stdout().trim().split('\n')[0]!;
  const stats = await fetch(base + '/api/stats');
  if (stats.status !== 200) {
    await stop();
    throw new Error(`wirewatch serve answered /api/stats with ${stats.status}`);
  }
  return { process, base, stop };
}
