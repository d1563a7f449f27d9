import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import type { IngestReport } from '../../../ingest/ingest-files.js';
import { ingestInputs } from '../../../ingest/ingest-inputs.js';
import { nothingToIngest, openSources } from '../../../ingest/source-inputs.js';
import { addSourceOptions, reportSkipped, sourceOptions, type SourceCliOptions } from '../source-options.js';
import { DEFAULT_CONFIG } from '../../../pipeline/config.js';
import { enqueueInputs, type EnqueueReport } from '../../../queue/enqueue.js';
import { IngestQueue, type QueueSettings } from '../../../queue/ingest-queue.js';
import { runWorker } from '../../../queue/worker.js';
import { isPostgresLocation } from '../../../store/open.js';
import type { Store } from '../../../store/store.js';
import { CliError, EXIT } from '../exit-codes.js';
import { day, fit, writeLine, type CliState, type Io } from '../output.js';
import { parseByteSize, parseNonNegativeInt, parsePositiveInt } from '../options.js';
import { defaultDatabasePath } from '../paths.js';
import { withStore } from '../store-access.js';

const MARK = { inserted: '+', updated: '~', unchanged: '=' } as const;

interface IngestOptions extends SourceCliOptions {
  db?: string;
  store?: string;
  json?: boolean;
  maxBytes: number;
  jobTimeout?: number;
  retries?: number;
  work?: boolean;
}

function printSummary(io: Io, report: IngestReport, dbPath: string, total: number): void {
  const out = io.stdout;
  for (const d of report.documents) {
    writeLine(out, `${MARK[d.outcome]} ${d.id}  ${day(d.published)}  ${fit(d.source, 16).padEnd(16)}  ${fit(d.title, 60).padEnd(60)}  ${d.paragraphs} ¶, ${d.entities} entities`);
  }
  const c = report.counts;
  const resumed = report.resumed > 0 ? ` (${report.resumed} finished by an earlier run, not analysed again)` : '';
  writeLine(out, `${c.inserted} new, ${c.updated} updated, ${c.unchanged} unchanged, ${c.rejected} rejected${resumed}. The store at ${dbPath} holds ${total} documents.`);
}

function progressBar(io: Io): { update: (done: number, total?: number) => void; stop: () => void } {
  const bar = io.stderr.isTTY ? new cliProgress.SingleBar({ stream: io.stderr, format: 'ingest [{bar}] {value}/{total} files · {eta_formatted} left', hideCursor: true }, cliProgress.Presets.shades_classic) : undefined;
  let started = false;
  return {
    update: (done, total) => {
      if (!bar) return;
      if (!started) { bar.start(total ?? 0, 0); started = true; }
      bar.update(done);
    },
    stop: () => bar?.stop(),
  };
}

/** The local path: analyse here, in batches of one transaction each; a rerun resumes. */
async function ingestHere(io: Io, state: CliState, inputs: string[], opts: IngestOptions, store: Store, dbPath: string): Promise<void> {
  const bar = progressBar(io);
  const sources = openSources(inputs, sourceOptions(opts, opts.maxBytes));
  const report = await ingestInputs(sources.items, store, {
    config: { maxInputBytes: opts.maxBytes },
    ...(sources.total !== undefined ? { total: sources.total } : {}),
    onProgress: ({ done, total }) => bar.update(done, total),
  }).finally(() => sources.close());
  report.rejected.unshift(...sources.problems);
  report.counts.rejected += sources.problems.length;
  bar.stop();
  reportSkipped(io, sources.skipped);
  for (const r of report.rejected) writeLine(io.stderr, `wirewatch: ${r.path}: ${r.code}: ${r.message}`);
  const stats = await store.stats();
  if (opts.json) writeLine(io.stdout, JSON.stringify({ db: dbPath, ...report, storeDocuments: stats.documents }));
  else printSummary(io, report, dbPath, stats.documents);
  const stored = report.documents.length;
  if (stored === 0 && report.counts.rejected > 0) state.exitCode = EXIT.input;
  else if (report.counts.rejected > 0) state.exitCode = EXIT.partial;
}

/** The PostgreSQL path: one job per input for `wirewatch worker` processes anywhere (and here with --work). */
async function enqueueHere(io: Io, state: CliState, inputs: string[], opts: IngestOptions, location: string, store: Store, dbPath: string): Promise<void> {
  const settings: Partial<QueueSettings> = {
    ...(opts.jobTimeout !== undefined ? { jobTimeoutSeconds: opts.jobTimeout } : {}),
    ...(opts.retries !== undefined ? { retryLimit: opts.retries } : {}),
  };
  const queue = await IngestQueue.open(location, Object.keys(settings).length > 0 ? { settings } : {});
  try {
    const sources = openSources(inputs, sourceOptions(opts, opts.maxBytes));
    const bar = progressBar(io);
    const report: EnqueueReport = await enqueueInputs(queue, sources.items, { store, maxBytes: opts.maxBytes, onProgress: ({ done }) => bar.update(done, sources.total) }).finally(() => sources.close());
    bar.stop();
    reportSkipped(io, sources.skipped);
    report.rejected.unshift(...sources.problems);
    for (const r of report.rejected) writeLine(io.stderr, `wirewatch: ${r.path}: ${r.code}: ${r.message}`);
    const worked = opts.work ? await runWorker(queue, store, { untilIdle: true, config: { maxInputBytes: opts.maxBytes } }) : undefined;
    const pending = await queue.pending();
    if (opts.json) {
      writeLine(io.stdout, JSON.stringify({ db: dbPath, ...report, pending, ...(worked ? { worked } : {}) }));
    } else {
      writeLine(io.stdout, `${report.queued} queued, ${report.alreadyQueued} already queued, ${report.alreadyStored} already stored, ${report.rejected.length} rejected. ${pending} jobs pending at ${dbPath}.`);
      if (worked) writeLine(io.stdout, `worked here: ${worked.counts.inserted} new, ${worked.counts.updated} updated, ${worked.counts.unchanged + worked.counts['done-before']} unchanged, ${worked.counts.rejected} rejected, ${worked.counts.failed} failed attempts.`);
      else if (pending > 0) writeLine(io.stdout, `Run \`wirewatch worker --db ${dbPath}\` on any machine to process them.`);
    }
    const accepted = report.queued + report.alreadyQueued + report.alreadyStored;
    if (accepted === 0 && report.rejected.length > 0) state.exitCode = EXIT.input;
    else if (report.rejected.length > 0) state.exitCode = EXIT.partial;
  } finally {
    await queue.close();
  }
}

export function registerIngest(program: Command, io: Io, state: CliState): void {
  addSourceOptions(program
    .command('ingest'))
    .description('analyse files and folders of news texts and web pages into the store (re-ingesting changes nothing; an interrupted ingest resumes); with a PostgreSQL store, queue them for `wirewatch worker`')
    .argument('<inputs...>', 'files or folders of .txt and .html/.htm files (also .html.gz), WARC archives (.warc, .warc.gz), and http(s) URLs of feeds (RSS, Atom, JSON Feed), sitemaps and articles')
    .option('--db <location>', 'the store: a SQLite file, or postgres://user@host/db[?schema=name] (default: $WIREWATCH_DB or ~/.local/share/wirewatch/wirewatch.db)')
    .option('--store <location>', 'the same as --db')
    .option('--json', 'print the report as JSON')
    .option('--max-bytes <size>', 'reject inputs larger than this, compressed or not (e.g. 10MB)', parseByteSize, DEFAULT_CONFIG.maxInputBytes)
    .option('--job-timeout <seconds>', 'PostgreSQL: a job active longer than this is taken for lost and retried (default 300)', parsePositiveInt)
    .option('--retries <n>', 'PostgreSQL: attempts after the first before a job is failed for good (default 3)', parseNonNegativeInt)
    .option('--work', 'PostgreSQL: also work the queue in this process until it is empty')
    .action(async (inputs: string[], opts: IngestOptions) => {
      // Nothing to read means nothing to store: say so before creating a database.
      const nothing = nothingToIngest(inputs);
      if (nothing) {
        for (const p of nothing.problems) writeLine(io.stderr, `wirewatch: ${p.path}: ${p.code}: ${p.message}`);
        throw new CliError(nothing.message, EXIT.input);
      }
      const location = opts.store ?? opts.db ?? defaultDatabasePath(io.env);
      await withStore(io, location, { create: true }, async (store, dbPath) => {
        if (isPostgresLocation(location)) await enqueueHere(io, state, inputs, opts, location, store, dbPath);
        else await ingestHere(io, state, inputs, opts, store, dbPath);
      });
    });
}
