import type { IngestItem } from '../ingest/ingest-inputs.js';
import { analysisVersion } from '../pipeline/analyze.js';
import { DEFAULT_CONFIG } from '../pipeline/config.js';
import type { Stage } from '../pipeline/stage.js';
import type { InputProblem } from '../sources/files.js';
import type { Store } from '../store/store.js';
import type { IngestQueue } from './ingest-queue.js';
import { inputToJob, type IngestJob } from './job.js';

/** Jobs inserted per statement. */
const ENQUEUE_BATCH_JOBS = 200;
/** …and at most this much payload per statement, so a batch of large pages stays small in memory. */
const ENQUEUE_BATCH_BYTES = 16 * 1024 * 1024;

export interface EnqueueReport {
  /** Jobs added to the queue. */
  queued: number;
  /** Inputs already in the queue (same content id): not added again. */
  alreadyQueued: number;
  /** Inputs the store already holds under this analysis: not queued at all. */
  alreadyStored: number;
  /** Inputs that could not be read or are over the size limit. */
  rejected: InputProblem[];
}

export interface EnqueueOptions {
  /** The store the workers write to: inputs it already finished are not queued (a rerun after a crash). */
  store?: Store;
  /** Refuse inputs larger than this (default the pipeline's 10 MiB), as a local ingest does. */
  maxBytes?: number;
  /** The stages whose analysis counts as finished in the store (default the registry's). */
  stages?: readonly Stage[];
  onProgress?: (progress: { done: number }) => void;
}

/**
 * Turns inputs into ingest jobs, one per input, for `wirewatch worker` processes on
 * any machine (input → job: see job.ts for what a job carries). Idempotent by content
 * id: enqueueing an input twice makes one job, and an input the store already holds
 * is skipped — so an enqueue killed half-way is simply run again.
 *
 * This is the one enqueue path: files (enqueueFiles), feeds, URLs and WARC records all
 * come through here as IngestItems.
 *
 * @example
 *   const queue = await IngestQueue.open('postgres://db.example/news');
 *   const items = pages.map((page) => ({ label: page.url, read: () => rawInputFromBytes(page.body, { url: page.url }) }));
 *   const report = await enqueueInputs(queue, items, { store });
 *   await queue.close();
 */
export async function enqueueInputs(
  queue: IngestQueue,
  items: Iterable<IngestItem> | AsyncIterable<IngestItem>,
  options: EnqueueOptions = {},
): Promise<EnqueueReport> {
  const maxBytes = options.maxBytes ?? DEFAULT_CONFIG.maxInputBytes;
  const version = analysisVersion(options.stages);
  const report: EnqueueReport = { queued: 0, alreadyQueued: 0, alreadyStored: 0, rejected: [] };
  let batch: IngestJob[] = [];
  let batchBytes = 0;
  let done = 0;

  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const finished = options.store
      ? await options.store.processedInputs(batch.map((job) => job.inputId), version)
      : new Map<string, unknown>();
    const fresh = batch.filter((job) => !finished.has(job.inputId));
    report.alreadyStored += batch.length - fresh.length;
    const added = await queue.enqueue(fresh);
    report.queued += added;
    report.alreadyQueued += fresh.length - added;
    options.onProgress?.({ done });
    batch = [];
    batchBytes = 0;
  };

  for await (const item of items) {
    const raw = await item.read();
    const job = 'code' in raw ? raw : inputToJob(raw, { label: item.label, maxBytes });
    done++;
    if ('code' in job) {
      report.rejected.push(job);
      continue;
    }
    batch.push(job);
    batchBytes += job.input.kind === 'bytes' ? job.input.base64.length : job.input.kind === 'text' ? job.input.text.length : 0;
    if (batch.length >= ENQUEUE_BATCH_JOBS || batchBytes >= ENQUEUE_BATCH_BYTES) await flush();
  }
  await flush();
  return report;
}
