import type { Command } from 'commander';
import { CliError, EXIT } from '../exit-codes.js';
import { writeLine, type CliState, type Io } from '../output.js';
import { withStore } from '../store-access.js';
import { printReadable } from './analyze.js';

export function registerShow(program: Command, io: Io, _state: CliState): void {
  program
    .command('show')
    .description('show one stored article with its analysis')
    .argument('<id>', 'the document id (as printed by ingest and search)')
    .option('--db <path>', 'the store (default: $WIREWATCH_DB or ~/.local/share/wirewatch/wirewatch.db)')
    .option('--json', 'print the stored document as JSON')
    .action(async (id: string, opts: { db?: string; json?: boolean }) => {
      await withStore(io, opts.db, { create: false }, async (store) => {
        const doc = await store.get(id.trim());
        if (!doc) throw new CliError(`no document with id ${id}`, EXIT.notFound);
        if (opts.json) writeLine(io.stdout, JSON.stringify(doc, null, 2));
        else printReadable(io, doc);
      });
    });
}
