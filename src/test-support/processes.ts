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
