/** Documented exit codes (README "Exit codes"). */
export const EXIT = {
  ok: 0,
  /** An unexpected error: a bug. The message says how to get the stack. */
  internal: 1,
  /** Bad command line: unknown flag, missing argument, bad value. */
  usage: 2,
  /** Nothing could be processed: every input was missing, empty, binary, too large or had no text. */
  input: 3,
  /** Some inputs were processed and some rejected (each rejection is reported on stderr). */
  partial: 4,
  /** The store could not be opened or used (bad path, not a Wirewatch database, newer schema). */
  store: 5,
  /** The requested document or task does not exist. */
  notFound: 6,
} as const;

/** An error the CLI reports as one line and turns into an exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
