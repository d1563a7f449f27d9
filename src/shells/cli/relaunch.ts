/**
 * The commands that analyse articles run in a Node started with a larger young generation (../young-generation.ts says
 * why). V8 sizes the heap at start-up only, so those commands start the CLI once more with the flag: one more Node
 * process start (~40 ms) and its idle memory (~45 MB) for the length of the run.
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { SEMI_SPACE_FLAG } from '../young-generation.js';

export { SEMI_SPACE_FLAG };

/** Commands that analyse: a run of one of them is long enough for the start-up to pay off. */
const ANALYSING_COMMANDS = new Set(['analyze', 'ingest', 'watch', 'worker', 'eval']);

/** Set in the environment to run in the process as started (a host that sets its own Node flags). */
export const NO_RELAUNCH_ENV = 'WIREWATCH_NO_RELAUNCH';

/** Whether `wirewatch <args>` should run in a relaunched Node: an analysing command, and no semi-space size set yet. */
export function needsRelaunch(args: readonly string[], execArgv: readonly string[], env: NodeJS.ProcessEnv): boolean {
  if (env[NO_RELAUNCH_ENV] === '1') return false;
  const nodeFlags = [...execArgv, ...(env.NODE_OPTIONS ?? '').split(/\s+/)];
  if (nodeFlags.some((flag) => flag.startsWith('--max-semi-space-size'))) return false;
  const command = args.find((arg) => !arg.startsWith('-'));
  return command !== undefined && ANALYSING_COMMANDS.has(command);
}

/**
 * Runs this CLI again in a child Node with the flag, the same arguments and the same standard streams, and resolves
 * to its exit code. Ctrl-C reaches both processes (the terminal signals the whole group): this one waits for the
 * child to stop in its own way. A SIGTERM or SIGHUP sent to this process alone (a process manager) is passed on.
 */
export function relaunch(script: string, args: readonly string[]): Promise<number> {
  const child = spawn(process.execPath, [SEMI_SPACE_FLAG, ...process.execArgv, script, ...args], { stdio: 'inherit' });
  const ignore = (): void => {};
  const forward = (signal: NodeJS.Signals) => (): void => {
    child.kill(signal);
  };
  const handlers: [NodeJS.Signals, () => void][] = [['SIGINT', ignore], ['SIGTERM', forward('SIGTERM')], ['SIGHUP', forward('SIGHUP')]];
  for (const [signal, handler] of handlers) process.on(signal, handler);
  return new Promise((resolve) => {
    child.on('error', (error) => {
      process.stderr.write(`wirewatch: could not start Node again (${error.message}); set ${NO_RELAUNCH_ENV}=1 to run without\n`);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      for (const [name, handler] of handlers) process.off(name, handler);
      // The shell's status for a child killed by a signal: 128 plus the signal's number.
      resolve(code ?? 128 + (signal ? constants.signals[signal] : 1));
    });
  });
}
