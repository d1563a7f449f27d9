import { renameSync, rmSync, createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { basename, dirname, join } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { EXPORT_FORMATS, EXPORT_SUBJECTS, ExportError, ExportOutputClosed, writeExport, type ExportSubject, type ExportSummary } from '../../../export/index.js';
import { CliError, EXIT } from '../exit-codes.js';
import { writeLine, type CliState, type Io } from '../output.js';
import { parseQueryWords } from '../options.js';
import { withStore } from '../store-access.js';

const oneOf = (allowed: readonly string[], what: string) => (value: string): string => {
  if (!allowed.includes(value)) throw new InvalidArgumentError(`expected a ${what}: ${allowed.join(', ')}`);
  return value;
};

function parsePageSize(value: string): number {
  const n = Number(value);
  if (!/^\d+$/u.test(value.trim()) || n < 1 || n > 1000) throw new InvalidArgumentError('expected a whole number from 1 to 1000');
  return n;
}

interface ExportOptions {
  db?: string;
  store?: string;
  format: string;
  what?: ExportSubject;
  out?: string;
  pageSize: number;
}

function describe(summary: ExportSummary, where: string): string {
  const skipped = Object.entries(summary.skipped).map(([reason, n]) => `${n} ${reason}`).join(', ');
  return `exported ${summary.rows} ${summary.subject === 'events' && summary.format === 'gexf' ? 'events into the actor network' : summary.subject} as ${summary.format} to ${where}${skipped ? ` (left out: ${skipped})` : ''}`;
}

/** Writes to a temporary file beside `path` and renames it on success, so a failed export never leaves a truncated file under the name asked for. */
async function exportToFile(path: string, run: (out: NodeJS.WritableStream) => Promise<ExportSummary>): Promise<ExportSummary> {
  const partial = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  const out = createWriteStream(partial);
  try {
    const summary = await run(out);
    out.end();
    await finished(out);
    renameSync(partial, path);
    return summary;
  } catch (error) {
    out.destroy();
    rmSync(partial, { force: true });
    if (error instanceof Error && 'code' in error && typeof error.code === 'string' && /^E[A-Z]+$/u.test(error.code)) {
      throw new CliError(`cannot write ${path}: ${error.message}`, EXIT.input);
    }
    throw error;
  }
}

export function registerExport(program: Command, io: Io, _state: CliState): void {
  program
    .command('export')
    .description('export everything a query matches, streamed and complete (no caps): documents, events, quotes or entities')
    .argument('[query...]', 'the query in the search language (quote it in the shell); none exports everything')
    .requiredOption('--format <format>', `one of: ${EXPORT_FORMATS.map((f) => f.name).join(', ')}`, oneOf(EXPORT_FORMATS.map((f) => f.name), 'format'))
    .option('--what <subject>', 'documents, events, quotes or entities (default: documents for csv and jsonl, else events)', oneOf(EXPORT_SUBJECTS, 'subject'))
    .option('--out <file>', 'write to a file (default: standard output)')
    .option('--db <location>', 'the store: a SQLite file or postgres://… (default: $WIREWATCH_DB or ~/.local/share/wirewatch/wirewatch.db)')
    .option('--store <location>', 'the same as --db')
    .option('--page-size <n>', 'rows read from the store at a time (1–1000)', parsePageSize, 500)
    .addHelpText('after', `\nFormats:\n${EXPORT_FORMATS.map((f) => `  ${f.name.padEnd(8)} ${f.description}`).join('\n')}`)
    .action(async (words: string[], opts: ExportOptions) => {
      const root = parseQueryWords(words);
      await withStore(io, opts.db ?? opts.store, { create: false }, async (store) => {
        const options = { format: opts.format, pageSize: opts.pageSize, ...(opts.what ? { what: opts.what } : {}) };
        try {
          const summary = opts.out
            ? await exportToFile(opts.out, (out) => writeExport(store, root, options, out))
            : await writeExport(store, root, options, io.stdout);
          writeLine(io.stderr, describe(summary, opts.out ?? 'standard output'));
        } catch (error) {
          if (error instanceof ExportError) throw new CliError(error.message, EXIT.usage);
          // A reader that stops early (`| head`) ends the export; that is not a failure.
          if (error instanceof ExportOutputClosed || (error instanceof Error && 'code' in error && error.code === 'EPIPE')) return;
          throw error;
        }
      });
    });
}
