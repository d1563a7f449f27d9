import type { Command } from 'commander';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Fetcher } from '../../../fetch/fetcher.js';
import { ingestInputs, type IngestReport } from '../../../ingest/ingest-inputs.js';
import { DEFAULT_CONFIG } from '../../../pipeline/config.js';
import type { SkipCounts } from '../../../sources/filters.js';
import { feedUrls, loadWatchState, saveWatchState, watchRound, type RoundCounts } from '../../../sources/watch.js';
import { isPostgresLocation } from '../../../store/open.js';
import type { Store } from '../../../store/store.js';
import { CliError, EXIT } from '../exit-codes.js';
import { day, fit, writeLine, type CliState, type Io } from '../output.js';
import { parseByteSize } from '../options.js';
import { defaultDatabasePath } from '../paths.js';
import { addSourceOptions, parseDuration, reportSkipped, sourceOptions, type SourceCliOptions } from '../source-options.js';
import { withStore } from '../store-access.js';

interface WatchOptions extends SourceCliOptions {
  db?: string;
  every: number;
  once?: boolean;
  state?: string;
  maxBytes: number;
}

const MARK = { inserted: '+', updated: '~', unchanged: '=' } as const;

/** The state file: beside a SQLite store (`news.db` → `news.db.watch.json`); in the data directory for PostgreSQL. */
function defaultStatePath(location: string, env: NodeJS.ProcessEnv): string {
  if (!isPostgresLocation(location)) return `${location}.watch.json`;
  const dataHome = env.XDG_DATA_HOME && env.XDG_DATA_HOME.length > 0 ? env.XDG_DATA_HOME : join(homedir(), '.local', 'share');
  return join(dataHome, 'wirewatch', 'watch-state.json');
}

function printRound(io: Io, at: Date, counts: RoundCounts, report: IngestReport): void {
  for (const d of report.documents) writeLine(io.stdout, `${MARK[d.outcome]} ${d.id}  ${day(d.published)}  ${fit(d.source, 16).padEnd(16)}  ${fit(d.title, 60)}`);
  for (const r of report.rejected) writeLine(io.stderr, `wirewatch: ${r.path}: ${r.code}: ${r.message}`);
  const c = report.counts;
  writeLine(io.stdout, `${at.toISOString()} polled ${counts.feeds} feeds (${counts.notModified} not modified, ${counts.failedFeeds} failed), ${counts.newEntries} new entries: ${c.inserted} new, ${c.updated} updated, ${c.unchanged} unchanged, ${c.rejected} rejected.`);
}

/**
 * The exit code of a `--once` run, for cron: as `ingest`'s, every feed failing is bad input (3), some feeds or
 * articles failing is partial (4). A long-running watch keeps going through failures and exits 0 when stopped.
 */
export function onceExitCode(counts: RoundCounts, rejected: number): number {
  if (counts.feeds > 0 && counts.failedFeeds === counts.feeds) return EXIT.input;
  return counts.failedFeeds > 0 || rejected > 0 ? EXIT.partial : EXIT.ok;
}

/** Polls until `signal` aborts (or once); saves the state after every round. Returns the exit code. */
async function watchLoop(io: Io, feeds: string[], opts: WatchOptions, store: Store, statePath: string, signal: AbortSignal): Promise<number> {
  const state = loadWatchState(statePath);
  const source = sourceOptions(opts, opts.maxBytes);
  const fetcher = new Fetcher({ maxBytes: opts.maxBytes, ...source.fetch });
  try {
    for (;;) {
      const started = new Date();
      const counts: RoundCounts = { feeds: 0, notModified: 0, failedFeeds: 0, newEntries: 0 };
      const skipped: SkipCounts = {};
      const items = watchRound(feeds, state, { fetcher, ...(source.filters ? { filters: source.filters } : {}), skipped, signal }, counts);
      const report = await ingestInputs(items, store, { config: { maxInputBytes: opts.maxBytes } });
      saveWatchState(statePath, state);
      printRound(io, started, counts, report);
      reportSkipped(io, skipped);
      if (opts.once) return onceExitCode(counts, report.counts.rejected);
      if (signal.aborted) return EXIT.ok;
      const wait = Math.max(0, started.getTime() + opts.every - Date.now());
      try {
        await sleep(wait, undefined, { signal });
      } catch {
        return EXIT.ok; // aborted while waiting
      }
    }
  } finally {
    await fetcher.close();
  }
}

export function registerWatch(program: Command, io: Io, state: CliState): void {
  addSourceOptions(program
    .command('watch'))
    .description('poll feeds on a schedule and ingest their new articles (conditional GET: an unchanged feed costs one 304); ctrl-C stops after saving where it is')
    .argument('<feeds...>', 'feed URLs (RSS, Atom, RDF, JSON Feed), or files listing them one a line (# comments)')
    .option('--every <duration>', 'time between the starts of two rounds (e.g. 5m, 1h)', parseDuration, 15 * 60_000)
    .option('--once', 'poll once and exit (for cron)')
    .option('--state <file>', 'where ETags, Last-Modified dates and seen entries are kept (default: beside the SQLite store, <db>.watch.json)')
    .option('--db <location>', 'the store: a SQLite file or postgres://… (default: $WIREWATCH_DB or ~/.local/share/wirewatch/wirewatch.db)')
    .option('--max-bytes <size>', 'refuse feeds and pages larger than this (e.g. 10MB)', parseByteSize, DEFAULT_CONFIG.maxInputBytes)
    .action(async (args: string[], opts: WatchOptions) => {
      let feeds: string[];
      try {
        feeds = feedUrls(args);
      } catch (error) {
        throw new CliError(`cannot read the feed list: ${(error as Error).message}`, EXIT.input);
      }
      if (feeds.length === 0) throw new CliError(`no feed URLs in ${args.join(', ')}`, EXIT.input);
      const location = opts.db ?? defaultDatabasePath(io.env);
      const statePath = opts.state ?? defaultStatePath(location, io.env);
      const stop = new AbortController();
      // The first ctrl-C ends the round after the current article and saves; a second one exits at once.
      const onSignal = (): void => {
        writeLine(io.stderr, 'wirewatch: stopping after the current article (ctrl-C again to quit at once)');
        stop.abort();
        process.removeListener('SIGINT', onSignal);
        process.removeListener('SIGTERM', onSignal);
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      try {
        state.exitCode = await withStore(io, location, { create: true }, (store) => watchLoop(io, feeds, opts, store, statePath, stop.signal));
      } finally {
        process.removeListener('SIGINT', onSignal);
        process.removeListener('SIGTERM', onSignal);
      }
    });
}
