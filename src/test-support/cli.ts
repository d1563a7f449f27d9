import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { CLI_PATH, REPO_ROOT } from './paths.js';

export interface CliRun { code: number; stdout: string; stderr: string }

/** Runs the built CLI as a user would, with its own environment and no terminal; `input` is piped to standard input. */
export function cli(args: string[], env: Record<string, string> = {}, input?: string | Buffer): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [CLI_PATH, ...args], { cwd: REPO_ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error && typeof (error as { code?: unknown }).code === 'number' ? (error as { code: number }).code : 0;
      resolve({ code, stdout, stderr });
    });
    if (input !== undefined) child.stdin!.end(input);
    else child.stdin!.end();
  });
}

export const noStack = (r: CliRun): void => {
  assert.ok(!/\n\s+at .+:\d+:\d+/.test(r.stderr), `no stack trace on stderr:\n${r.stderr}`);
};
