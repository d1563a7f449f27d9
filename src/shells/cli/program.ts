import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { CliError, EXIT } from './exit-codes.js';
import { writeLine, type CliState, type Io } from './output.js';
import { registerAnalyze } from './commands/analyze.js';
import { registerIngest } from './commands/ingest.js';
import { registerWatch } from './commands/watch.js';
import { registerSearch } from './commands/search.js';
import { registerEvents } from './commands/events.js';
import { registerShow } from './commands/show.js';
import { registerEval } from './commands/eval.js';
import { registerWorker } from './commands/worker.js';
import { registerExport } from './commands/export.js';
import { registerServe } from './commands/serve.js';

const EXIT_CODES_HELP = `
Exit codes:
  0  success
  1  internal error (a bug; set WIREWATCH_DEBUG=1 for the stack)
  2  usage error (unknown flag, missing or bad argument)
  3  nothing could be processed (inputs missing, empty, binary, too large, no text)
  4  some inputs were processed, some rejected (each reported on stderr)
  5  store error (cannot open, not a Wirewatch database, newer schema)
  6  not found (document id, eval task)

Environment:
  WIREWATCH_DB     the store to use when --db is not given (a SQLite path or a postgres:// URL)
  WIREWATCH_DEBUG  print stacks of internal errors`;

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function buildProgram(io: Io, state: CliState): Command {
  const program = new Command('wirewatch')
    .description('Wirewatch: news intelligence from raw news text — clean articles, entities, quotes, times and events.')
    .version(packageVersion())
    .showSuggestionAfterError()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(s.replace(/^error: /, 'wirewatch: ')),
    })
    .exitOverride()
    .addHelpText('after', EXIT_CODES_HELP);
  registerAnalyze(program, io, state);
  registerIngest(program, io, state);
  registerWatch(program, io, state);
  registerSearch(program, io, state);
  registerEvents(program, io, state);
  registerShow(program, io, state);
  registerEval(program, io, state);
  registerWorker(program, io, state);
  registerExport(program, io, state);
  registerServe(program, io, state);
  // Subcommands inherit output and exit handling so their usage errors are ours too.
  for (const command of program.commands) {
    command.exitOverride().configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(s.replace(/^error: /, `wirewatch ${command.name()}: `)),
    }).showSuggestionAfterError();
  }
  return program;
}

/**
 * Runs the CLI on `argv` (without node and script) and returns the exit code.
 * Never throws: every failure becomes one line on stderr and a documented code.
 */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  const state: CliState = { exitCode: EXIT.ok };
  const program = buildProgram(io, state);
  if (argv.length === 0) {
    program.outputHelp();
    return EXIT.usage;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return state.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof CliError) {
      writeLine(io.stderr, `wirewatch: ${error.message}`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    writeLine(io.stderr, `wirewatch: internal error: ${message}${io.env.WIREWATCH_DEBUG ? '' : ' (set WIREWATCH_DEBUG=1 for details)'}`);
    if (io.env.WIREWATCH_DEBUG && error instanceof Error && error.stack) writeLine(io.stderr, error.stack);
    return EXIT.internal;
  }
}
