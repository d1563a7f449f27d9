import type { Command } from 'commander';
import { day, fit, writeLine, type CliState, type Io } from '../output.js';
import { parseNonNegativeInt, parsePositiveInt } from '../options.js';
import { withStore } from '../store-access.js';

export function registerSearch(program: Command, io: Io, _state: CliState): void {
  program
    .command('search')
    .description('full-text search of stored articles: words, "phrases", OR, NOT, prefix*, said-by:NAME (documents quoting NAME)')
    .argument('<query...>', 'the query (quote it in the shell)')
    .option('--db <path>', 'the store (default: $WIREWATCH_DB or ~/.local/share/wirewatch/wirewatch.db)')
    .option('--json', 'print {total, hits} as JSON')
    .option('--limit <n>', 'hits per page', parsePositiveInt, 20)
    .option('--offset <n>', 'skip this many hits', parseNonNegativeInt, 0)
    .action(async (query: string[], opts: { db?: string; json?: boolean; limit: number; offset: number }) => {
      await withStore(io, opts.db, { create: false }, async (store) => {
        const result = await store.search(query.join(' '), { limit: opts.limit, offset: opts.offset });
        if (opts.json) {
          writeLine(io.stdout, JSON.stringify(result));
          return;
        }
        writeLine(io.stdout, `${result.total} result${result.total === 1 ? '' : 's'}`);
        for (const hit of result.hits) {
          writeLine(io.stdout, `${hit.id}  ${day(hit.published)}  ${fit(hit.source, 16).padEnd(16)}  ${fit(hit.title, 70)}`);
          writeLine(io.stdout, `    ${fit(hit.snippet.replace(/\s+/g, ' '), 110)}`);
        }
      });
    });
}
