import type { Command } from 'commander';
import { IngestQueue, type QueueStatus } from '../../../queue/ingest-queue.js';
import { runWorker, type JobEvent } from '../../../queue/worker.js';
import { DEFAULT_CONFIG } from '../../../pipeline/config.js';
import { isPostgresLocation } from '../../../store/open.js';
import { StoreError } from '../../../store/store.js';
import { CliError, EXIT } from '../exit-codes.js';
import { writeLine, type CliState, type Io } from '../output.js';
import { parseByteSize, parsePositiveInt } from '../options.js';
import { defaultDatabasePath } from '../paths.js';
import { withStore } from '../store-access.js';

interface WorkerOptions {
  db?: string;
  store?: string;
  status?: boolean;
  untilIdle?: boolean;
  batchSize: number;
  jsonl?: boolean;
  json?: boolean;
  maxBytes: number;
}

function printStatus(io: Io, status: QueueStatus, json: boolean | undefined): void {
  if (json) {
    writeLine(io.stdout, JSON.stringify(status));
    return;
  }
  const s = status.states;
  writeLine(io.stdout, `waiting ${s.created}, retrying ${s.retry}, active ${s.active}, completed ${s.completed + status.archived}, failed ${s.failed}, cancelled ${s.cancelled}; dead letters ${status.deadLetters}`);
  writeLine(io.stdout, `settings: ${status.settings.retryLimit} retries (backoff from ${status.settings.retryDelaySeconds} s), job timeout ${status.settings.jobTimeoutSeconds} s`);
  for (const failure of status.recentFailures) {
    writeLine(io.stdout, `failed ${failure.failedAt}  ${failure.id}  ${failure.label}  after ${failure.attempts} attempts: ${failure.reason}`);
  }
}

async function openQueue(location: string): Promise<IngestQueue> {
  try {
    return await IngestQueue.open(location);
  } catch (error) {
    if (error instanceof StoreError) throw new CliError(error.message, EXIT.store);
    throw error;
  }
}

export function registerWorker(program: Command, io: Io, state: CliState): void {
  program
    .command('worker')
    .description('process the ingest jobs queued in a PostgreSQL store (run one or more on any number of machines); --status shows the queue')
    .option('--db <location>', 'the PostgreSQL store: postgres://user@host/db[?schema=name] (default: $WIREWATCH_DB)')
    .option('--store <location>', 'the same as --db')
    .option('--status', 'print the job counts by state, dead letters and the latest failures, then exit')
    .option('--until-idle', 'exit once no job is waiting, retrying or active')
    .option('--batch-size <n>', 'jobs taken at once and stored in one transaction', parsePositiveInt, 8)
    .option('--jsonl', 'print one JSON object per job on stdout')
    .option('--json', 'print the final report (or --status) as JSON')
    .option('--max-bytes <size>', 'refuse inputs larger than this once unpacked (e.g. 10MB)', parseByteSize, DEFAULT_CONFIG.maxInputBytes)
    .action(async (opts: WorkerOptions) => {
      const location = opts.store ?? opts.db ?? defaultDatabasePath(io.env);
      if (!isPostgresLocation(location)) {
        throw new CliError('the worker needs a PostgreSQL store: --db postgres://user@host/db (a SQLite store is ingested directly by `wirewatch ingest`)', EXIT.usage);
      }
      await withStore(io, location, { create: !opts.status }, async (store) => {
        const queue = await openQueue(location);
        try {
          if (opts.status) {
            printStatus(io, await queue.status(), opts.json);
            return;
          }
          const stop = new AbortController();
          const onSignal = (): void => stop.abort();
          process.once('SIGINT', onSignal);
          process.once('SIGTERM', onSignal);
          try {
            const report = await runWorker(queue, store, {
              batchSize: opts.batchSize,
              untilIdle: opts.untilIdle ?? false,
              signal: stop.signal,
              config: { maxInputBytes: opts.maxBytes },
              onError: (error: unknown) => writeLine(io.stderr, `wirewatch worker: ${error instanceof Error ? error.message : String(error)}; trying again`),
              onJob: (event: JobEvent) => {
                if (opts.jsonl) writeLine(io.stdout, JSON.stringify({ pid: process.pid, ...event }));
                if (event.outcome === 'failed') writeLine(io.stderr, `wirewatch worker: job ${event.jobId} ${event.label ?? ''} failed (attempt ${event.retryCount + 1}): ${event.reason ?? ''}`);
              },
            });
            const c = report.counts;
            if (opts.json) writeLine(io.stdout, JSON.stringify(report));
            else if (!opts.jsonl) writeLine(io.stdout, `${report.jobs} jobs: ${c.inserted} new, ${c.updated} updated, ${c.unchanged} unchanged, ${c['done-before']} done before, ${c.rejected} rejected, ${c.failed} failed attempts.`);
            if (report.counts.failed > 0) state.exitCode = EXIT.partial;
          } finally {
            process.off('SIGINT', onSignal);
            process.off('SIGTERM', onSignal);
          }
        } finally {
          await queue.close();
        }
      });
    });
}
