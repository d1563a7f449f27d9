import type { Command } from 'commander';
import type { ActorRecord } from '../../../query/results.js';
import { LIKELY_RIGHT } from '../../../stages/events/event-confidence.js';
import { fit, writeLine, type CliState, type Io } from '../output.js';
import { parsePositiveInt, parseQueryWords } from '../options.js';
import { withStore } from '../store-access.js';

interface EventsOptions {
  db?: string;
  json?: boolean;
  limit: number;
  mentions: number;
  oldest?: boolean;
}

const actor = (a: ActorRecord | undefined): string => (a ? a.code ?? a.name ?? a.text : '—');

export function registerEvents(program: Command, io: Io, _state: CliState): void {
  program
    .command('events')
    .description('events matching a query, each merged across the articles that report it, with GDELT\'s counts (mentions, articles, outlets) and stories (wire copies once)')
    .argument('[query...]', "the query in the search language (quote it in the shell; 'confidence:>=0.5' keeps the likely right ones); none lists every event")
    .option('--db <location>', 'the store: a SQLite file or postgres://… (default: $WIREWATCH_DB or ~/.local/share/wirewatch/wirewatch.db)')
    .option('--json', 'print the merged events as JSON ({items, total, sort})')
    .option('--limit <n>', 'merged events to list', parsePositiveInt, 20)
    .option('--mentions <n>', 'reports listed under each event', parsePositiveInt, 3)
    .option('--oldest', 'oldest event day first (default newest)')
    .action(async (words: string[], opts: EventsOptions) => {
      const root = parseQueryWords(words);
      await withStore(io, opts.db, { create: false }, async (store) => {
        const page = await store.findEventGroups(root, { limit: opts.limit, mentions: opts.mentions, sort: opts.oldest ? 'oldest' : 'newest' });
        if (opts.json) {
          writeLine(io.stdout, JSON.stringify({ items: page.items, total: page.total, sort: page.sort }));
          return;
        }
        writeLine(io.stdout, `${page.total ?? page.items.length} event${page.total === 1 ? '' : 's'}`);
        for (const group of page.items) {
          const { record } = group;
          const counts = `${group.numMentions} mention${group.numMentions === 1 ? '' : 's'}, ${group.numArticles} article${group.numArticles === 1 ? '' : 's'}, ${group.numSources} outlet${group.numSources === 1 ? '' : 's'}, ${group.numStories} stor${group.numStories === 1 ? 'y' : 'ies'}`;
          const confidence = record.event.confidence;
          // As the dashboard's "Likely right only" reads it: under LIKELY_RIGHT, more likely wrong than right.
          const sure = confidence === undefined ? '' : `, confidence ${confidence.toFixed(2)}${confidence < LIKELY_RIGHT ? ' (unsure)' : ''}`;
          writeLine(io.stdout, `${(record.day ?? '').padEnd(10)}  ${record.event.cameo.padEnd(4)}  ${fit(`${actor(record.source)} → ${actor(record.target)}`, 40).padEnd(40)}  ${counts}${sure}`);
          for (const mention of group.mentions) writeLine(io.stdout, `    ${fit(mention.outlet.startsWith('?') ? '(unknown outlet)' : mention.outlet, 20).padEnd(20)}  ${fit(mention.evidence.replace(/\s+/gu, ' '), 90)}`);
        }
      });
    });
}
