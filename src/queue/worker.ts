import { setTimeout as sleep } from 'node:timers/promises';
import type { AnalysedDocument } from '../model/schema.js';
import type { RawInput } from '../model/working-document.js';
import { analysisVersion, analyze, type AnalyzeOptions } from '../pipeline/analyze.js';
import { DEFAULT_CONFIG } from '../pipeline/config.js';
import type { InputProblem } from '../sources/files.js';
import type { InputRecord, PutOutcome, Store } from '../store/store.js';
import { isLastingRejection } from '../ingest/ingest-inputs.js';
import { IngestJob, jobToInput } from './job.js';
import type { FetchedJob, IngestQueue } from './ingest-queue.js';
import { nearDuplicatesFor } from '../dedup/near-duplicates.js';

/** What became of one job in this worker. */
export type JobOutcome = PutOutcome | 'rejected' | 'done-before' | 'failed';

export interface JobEvent {
  jobId: string;
  inputId?: string;
  label?: string;
  outcome: JobOutcome;
  docId?: string;
  /** Why it was rejected or failed. */
  reason?: string;
  /** Attempts before this one. */
  retryCount: number;
}

export interface WorkerOptions extends AnalyzeOptions {
  /** Jobs taken at once and stored in one transaction (default 8). */
  batchSize?: number;
  /** How long to wait before asking again when the queue is empty (default 1000 ms). */
  pollIntervalMs?: number;
  /** Return once no job is waiting, retrying or active anywhere (default: run until `signal`). */
  untilIdle?: boolean;
  /** Stops the worker after the batch in hand. */
  signal?: AbortSignal;
  /** Fetches a URL job's page (a fetcher from src/fetch/); without one, URL jobs fail with a reason. */
  fetchUrl?: (url: string) => Promise<RawInput | InputProblem>;
  onJob?: (event: JobEvent) => void;
  /**
   * Told of a failure to reach the queue or the store (a database restart, a network
   * cut). The worker waits, longer each time up to 30 s, and goes on; with `untilIdle`
   * it gives up (throws) after 5 failures in a row.
   */
  onError?: (error: unknown) => void;
}

export interface WorkerReport {
  jobs: number;
  counts: Record<JobOutcome, number>;
}

const DEFAULT_BATCH_SIZE = 8;
const DEFAULT_POLL_MS = 1000;
const MAX_ERROR_PAUSE_MS = 30_000;
const UNTIL_IDLE_FAILURES = 5;

interface Prepared {
  job: FetchedJob;
  data: IngestJob;
  raw: RawInput;
}

/**
 * Works the ingest queue into the store: takes a batch of jobs, skips inputs the
 * store's ledger already holds under this analysis (a job delivered again after its
 * worker died), analyses the rest, stores documents and ledger in one transaction,
 * then completes the jobs. A job that cannot be read or stored fails one attempt
 * and is retried with backoff; after its last attempt it stays failed, with its
 * reason, and is copied to the dead-letter queue. Rejected inputs (empty, binary…)
 * are outcomes, not failures: they complete and are recorded.
 *
 * Runs maintenance (timeouts of dead workers' jobs, archiving) every half job
 * timeout, so a killed worker's jobs come back without any other process.
 */
export async function runWorker(queue: IngestQueue, store: Store, options: WorkerOptions = {}): Promise<WorkerReport> {
  const version = analysisVersion(options.stages);
  const maxBytes = options.config?.maxInputBytes ?? DEFAULT_CONFIG.maxInputBytes;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const report: WorkerReport = {
    jobs: 0,
    counts: { inserted: 0, updated: 0, unchanged: 0, rejected: 0, 'done-before': 0, failed: 0 },
  };
  const emit = (event: JobEvent): void => {
    report.jobs++;
    report.counts[event.outcome]++;
    options.onJob?.(event);
  };
  const maintainEveryMs = Math.min(60, Math.max(1, queue.settings.jobTimeoutSeconds / 2)) * 1000;
  let nextMaintenance = 0;

  const pause = (ms: number): Promise<void> => sleep(ms, undefined, { signal: options.signal }).catch(() => undefined);
  let failuresInARow = 0;
  while (!options.signal?.aborted) {
    try {
      if (Date.now() >= nextMaintenance) {
        await queue.maintain();
        nextMaintenance = Date.now() + maintainEveryMs;
      }
      const jobs = await queue.fetch(batchSize);
      if (jobs.length === 0) {
        if (options.untilIdle && (await queue.pending()) === 0) break;
        await pause(options.pollIntervalMs ?? DEFAULT_POLL_MS);
      } else {
        await processBatch(jobs, { queue, store, version, maxBytes, options, emit });
      }
      failuresInARow = 0;
    } catch (error) {
      // The jobs in hand, if any, stay active and come back after their timeout.
      failuresInARow++;
      options.onError?.(error);
      if (options.untilIdle && failuresInARow >= UNTIL_IDLE_FAILURES) throw error;
      await pause(Math.min(MAX_ERROR_PAUSE_MS, 1000 * 2 ** (failuresInARow - 1)));
    }
  }
  return report;
}

interface BatchContext {
  queue: IngestQueue;
  store: Store;
  version: string;
  maxBytes: number;
  options: WorkerOptions;
  emit: (event: JobEvent) => void;
}

async function processBatch(jobs: readonly FetchedJob[], context: BatchContext): Promise<void> {
  const { queue, store, version, emit } = context;
  const fail = async (job: FetchedJob, reason: string, data?: IngestJob): Promise<void> => {
    await queue.fail(job.id, reason);
    emit({ jobId: job.id, outcome: 'failed', reason, retryCount: job.retryCount, ...describe(data) });
  };

  const prepared: Prepared[] = [];
  for (const job of jobs) {
    const parsed = IngestJob.safeParse(job.data);
    if (!parsed.success) {
      await fail(job, `not a Wirewatch ingest job: ${parsed.error.issues[0]?.message ?? 'unreadable'}`);
      continue;
    }
    try {
      const raw = await readJob(parsed.data, context);
      if ('code' in raw) await fail(job, `${raw.code}: ${raw.message}`, parsed.data);
      else prepared.push({ job, data: parsed.data, raw });
    } catch (error) {
      await fail(job, `cannot read the job's input: ${message(error)}`, parsed.data);
    }
  }
  if (prepared.length === 0) return;

  const finished = await store.processedInputs(prepared.map((p) => p.data.inputId), version);
  const docs: { doc: AnalysedDocument; item: Prepared }[] = [];
  const records: InputRecord[] = [];
  const rejected: { item: Prepared; reason: string }[] = [];
  const before: Prepared[] = [];
  for (const item of prepared) {
    if (finished.has(item.data.inputId)) {
      before.push(item);
      continue;
    }
    let result: ReturnType<typeof analyze>;
    try {
      result = analyze(item.raw, context.options);
    } catch (error) {
      await fail(item.job, `analysis failed: ${message(error)}`, item.data);
      continue;
    }
    if (result.ok) {
      docs.push({ doc: result.document, item });
      records.push({ inputId: item.data.inputId, docId: result.document.id });
    } else {
      const reason = `${result.rejection.code}: ${result.rejection.message}`;
      rejected.push({ item, reason });
      if (isLastingRejection(result.rejection.code)) {
        records.push({ inputId: item.data.inputId, rejection: { code: result.rejection.code, message: result.rejection.message } });
      }
    }
  }

  let outcomes: PutOutcome[];
  try {
    outcomes = await store.putMany(docs.map((d) => d.doc), version, { inputs: records, nearDuplicates: await nearDuplicatesFor(docs.map((d) => d.doc), store) });
  } catch (error) {
    for (const { item } of [...docs, ...rejected]) await fail(item.job, `cannot store: ${message(error)}`, item.data);
    await queue.complete(before.map((item) => item.job.id));
    return;
  }
  await queue.complete([...before, ...docs.map((d) => d.item), ...rejected.map((r) => r.item)].map((item) => item.job.id));

  for (const item of before) {
    const record = finished.get(item.data.inputId);
    emit({ jobId: item.job.id, outcome: 'done-before', retryCount: item.job.retryCount, ...describe(item.data), ...(record?.docId ? { docId: record.docId } : {}) });
  }
  docs.forEach(({ doc, item }, index) =>
    emit({ jobId: item.job.id, outcome: outcomes[index]!, docId: doc.id, retryCount: item.job.retryCount, ...describe(item.data) }),
  );
  for (const { item, reason } of rejected) {
    emit({ jobId: item.job.id, outcome: 'rejected', reason, retryCount: item.job.retryCount, ...describe(item.data) });
  }
}

async function readJob(job: IngestJob, context: BatchContext): Promise<RawInput | InputProblem> {
  if (job.input.kind !== 'url') {
    const raw = jobToInput(job, context.maxBytes);
    if (raw === undefined) throw new Error('the job carries no input');
    return raw;
  }
  if (!context.options.fetchUrl) {
    return { path: job.label, code: 'input.unreadable', message: 'a URL job needs a worker with a fetcher' };
  }
  return context.options.fetchUrl(job.input.url);
}

function describe(data: IngestJob | undefined): { inputId?: string; label?: string } {
  return data ? { inputId: data.inputId, label: data.label } : {};
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
