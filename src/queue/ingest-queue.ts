/**
 * The ingest queue: pg-boss 10 in the store's own PostgreSQL database (schema
 * `<store schema>_queue`), so any number of `wirewatch worker` processes on any number
 * of machines share one backlog with retries, backoff, timeouts and dead letters.
 *
 * Delivery is at least once: a job whose worker dies is retried after its timeout.
 * What makes that safe is the store, not the queue — documents are keyed by content
 * id, and the input ledger (Store.processedInputs) is written in the same transaction
 * as the documents, so a job processed twice stores its document once.
 */
import PgBoss from 'pg-boss';
import { parsePostgresLocation, type PostgresLocation } from '../store/postgres/location.js';
import { StoreError } from '../store/store.js';
import { IngestJob, jobIdOf } from './job.js';

export const INGEST_QUEUE = 'wirewatch-ingest';
/** Where a job goes after its last failed attempt: kept, counted, never worked. */
export const DEAD_LETTER_QUEUE = 'wirewatch-ingest-dead';

export interface QueueSettings {
  /** Attempts after the first before a job is failed for good (and copied to the dead-letter queue). */
  retryLimit: number;
  /** The first retry's delay; each later one doubles it, with jitter (pg-boss retryBackoff). */
  retryDelaySeconds: number;
  /** A job active longer than this is taken for lost (its worker died) and retried. */
  jobTimeoutSeconds: number;
}

export const DEFAULT_QUEUE_SETTINGS: QueueSettings = {
  retryLimit: 3,
  retryDelaySeconds: 10,
  // A batch of a few documents takes seconds; five minutes leaves room for a huge page on a busy machine.
  jobTimeoutSeconds: 300,
};

/** Completed jobs are history only (the store holds the result): archived after an hour, deleted a day later. */
const ARCHIVE_COMPLETED_AFTER_SECONDS = 3600;
/** Failed jobs stay visible, with their reasons, for a month. */
const ARCHIVE_FAILED_AFTER_SECONDS = 30 * 24 * 3600;
const DELETE_ARCHIVED_AFTER_DAYS = 1;

export interface FetchedJob {
  id: string;
  /** The job's data, unchecked: a worker validates it (IngestJob) and fails what does not parse. */
  data: unknown;
  /** Attempts before this one. */
  retryCount: number;
}

export type JobState = 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';

export interface FailedJob {
  id: string;
  label: string;
  reason: string;
  attempts: number;
  failedAt: string;
}

export interface QueueStatus {
  /** Jobs per state (pg-boss's live table: completed jobs leave it for the archive after an hour). */
  states: Record<JobState, number>;
  /** Completed jobs already archived. */
  archived: number;
  /** Jobs in the dead-letter queue. */
  deadLetters: number;
  /** The latest failures, newest first. */
  recentFailures: FailedJob[];
  settings: QueueSettings;
}

export interface OpenQueueOptions {
  /** Settings to apply to the queue (they apply to jobs enqueued from then on); else the queue keeps its own. */
  settings?: Partial<QueueSettings>;
  /** Connections pg-boss may hold (default 3). */
  poolSize?: number;
}

export class IngestQueue {
  private constructor(
    private readonly boss: PgBoss,
    private readonly location: PostgresLocation,
    readonly settings: QueueSettings,
  ) {}

  /** The pg-boss schema for a store location: beside the store's, `<schema>_queue`. */
  static schemaFor(location: string): string {
    return `${parsePostgresLocation(location).schema}_queue`;
  }

  /** Connects to the queue of the store at `location`, creating its schema and queues if needed. */
  static async open(location: string, options: OpenQueueOptions = {}): Promise<IngestQueue> {
    const parsed = parsePostgresLocation(location);
    const boss = new PgBoss({
      connectionString: parsed.connectionString,
      schema: `${parsed.schema}_queue`,
      application_name: 'wirewatch-queue',
      max: options.poolSize ?? 3,
      // Workers call maintain() on their own clock (see maintain), derived from the queue's job timeout.
      supervise: false,
      schedule: false,
      archiveCompletedAfterSeconds: ARCHIVE_COMPLETED_AFTER_SECONDS,
      archiveFailedAfterSeconds: ARCHIVE_FAILED_AFTER_SECONDS,
      deleteAfterDays: DELETE_ARCHIVED_AFTER_DAYS,
    });
    // pg-boss reports background failures (a lost connection) as events; the next
    // call that needs the database fails with the cause.
    boss.on('error', () => undefined);
    try {
      await boss.start();
      const settings = await IngestQueue.ensureQueues(boss, options.settings);
      return new IngestQueue(boss, parsed, settings);
    } catch (error) {
      await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
      throw new StoreError('store.open-failed', `cannot open the job queue at ${parsed.display}: ${reason(error)}`);
    }
  }

  /**
   * Adds jobs; a job whose input is already queued (same content id, not yet
   * archived) is not added again. Returns how many were added.
   */
  async enqueue(jobs: readonly IngestJob[]): Promise<number> {
    if (jobs.length === 0) return 0;
    let added = 0;
    const inner = this.boss.getDb();
    // pg-boss's insert does not say how many rows it added; the statement's row count does.
    const counting = {
      executeSql: async (text: string, values: unknown[]) => {
        const result = (await inner.executeSql(text, values)) as { rows: unknown[]; rowCount?: number | null };
        added += result.rowCount ?? 0;
        return result;
      },
    };
    await this.boss.insert(
      jobs.map((job) => ({ id: jobIdOf(job), name: INGEST_QUEUE, data: job })),
      { db: counting },
    );
    return added;
  }

  /** Takes up to `batchSize` jobs; they stay active (invisible to other workers) until completed, failed or timed out. */
  async fetch(batchSize: number): Promise<FetchedJob[]> {
    const jobs = await this.boss.fetch<unknown>(INGEST_QUEUE, { batchSize, includeMetadata: true });
    return jobs.map((job) => ({ id: job.id, data: job.data, retryCount: job.retryCount }));
  }

  async complete(ids: readonly string[], output: Record<string, unknown> = {}): Promise<void> {
    if (ids.length > 0) await this.boss.complete(INGEST_QUEUE, [...ids], output);
  }

  /** Fails one attempt of a job: it is retried after a backoff, or failed for good (and dead-lettered) after its last attempt. */
  async fail(id: string, why: string): Promise<void> {
    await this.boss.fail(INGEST_QUEUE, id, { message: why });
  }

  /**
   * Counts by state, the dead letters and the latest failures. Reads pg-boss 10's
   * tables directly (it has no counting call); the pinned version keeps them stable.
   */
  async status(failures = 10): Promise<QueueStatus> {
    const db = this.boss.getDb();
    const schema = `"${this.location.schema}_queue"`;
    const states: Record<JobState, number> = { created: 0, retry: 0, active: 0, completed: 0, cancelled: 0, failed: 0 };
    const counts = await db.executeSql(`SELECT state::text AS state, count(*)::int AS n FROM ${schema}.job WHERE name = $1 GROUP BY state`, [INGEST_QUEUE]);
    for (const row of counts.rows as { state: JobState; n: number }[]) states[row.state] = row.n;
    const other = await db.executeSql(
      `SELECT (SELECT count(*)::int FROM ${schema}.archive WHERE name = $1 AND state = 'completed') AS archived,
              (SELECT count(*)::int FROM ${schema}.job WHERE name = $2) AS dead`,
      [INGEST_QUEUE, DEAD_LETTER_QUEUE],
    );
    const failed = await db.executeSql(
      `SELECT id::text AS id, data->>'label' AS label, output, retry_count + 1 AS attempts, completed_on
       FROM ${schema}.job WHERE name = $1 AND state = 'failed' ORDER BY completed_on DESC LIMIT $2`,
      [INGEST_QUEUE, failures],
    );
    const row = other.rows[0] as { archived: number; dead: number };
    return {
      states,
      archived: row.archived,
      deadLetters: row.dead,
      recentFailures: (failed.rows as { id: string; label: string | null; output: unknown; attempts: number; completed_on: Date }[]).map(
        (job) => ({
          id: job.id,
          label: job.label ?? '',
          reason: failureReason(job.output),
          attempts: job.attempts,
          failedAt: job.completed_on.toISOString(),
        }),
      ),
      settings: this.settings,
    };
  }

  /** Jobs not finished yet: waiting, waiting to retry, or being worked on. */
  async pending(): Promise<number> {
    const { states } = await this.status(0);
    return states.created + states.retry + states.active;
  }

  async close(): Promise<void> {
    await this.boss.stop({ graceful: false, wait: true });
  }

  /**
   * Fails jobs active past their timeout (their worker died) so they are retried,
   * archives finished jobs and drops old archives. Safe to call from every worker:
   * pg-boss runs each step under an advisory lock.
   */
  async maintain(): Promise<void> {
    await this.boss.maintain();
  }

  /** Creates the queues if missing, applies `wanted` settings, and returns those in force. */
  private static async ensureQueues(boss: PgBoss, wanted: Partial<QueueSettings> | undefined): Promise<QueueSettings> {
    await boss.createQueue(DEAD_LETTER_QUEUE);
    const options = (settings: QueueSettings) => ({
      name: INGEST_QUEUE,
      retryLimit: settings.retryLimit,
      retryDelay: settings.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: settings.jobTimeoutSeconds,
      deadLetter: DEAD_LETTER_QUEUE,
    });
    await boss.createQueue(INGEST_QUEUE, options(DEFAULT_QUEUE_SETTINGS));
    const stored = await boss.getQueue(INGEST_QUEUE);
    const current: QueueSettings = {
      retryLimit: stored?.retryLimit ?? DEFAULT_QUEUE_SETTINGS.retryLimit,
      retryDelaySeconds: stored?.retryDelay ?? DEFAULT_QUEUE_SETTINGS.retryDelaySeconds,
      jobTimeoutSeconds: stored?.expireInSeconds ?? DEFAULT_QUEUE_SETTINGS.jobTimeoutSeconds,
    };
    if (wanted === undefined) return current;
    const next = { ...current, ...wanted };
    await boss.updateQueue(INGEST_QUEUE, options(next));
    return next;
  }
}

function failureReason(output: unknown): string {
  if (output && typeof output === 'object') {
    const record = output as { message?: unknown; value?: { message?: unknown } };
    if (typeof record.message === 'string') return record.message;
    if (typeof record.value?.message === 'string') return record.value.message;
  }
  return JSON.stringify(output ?? null);
}

function reason(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return reason(error.errors[0]);
  return error instanceof Error ? error.message || error.name : String(error);
}
