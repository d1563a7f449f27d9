/**
 * Crash safety and distribution on PostgreSQL, with real processes: kill -9 during
 * the enqueue of thousands of inputs and run it again; then two workers work the
 * backlog, one is killed with kill -9 half-way, and the other finishes — every
 * document stored, none twice, none analysed to completion twice.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import pg from 'pg';
import { dropSchemas, postgresUnavailable, randomSchemaName, testLocation, TEST_POSTGRES_URL } from '../test-support/postgres.js';
import { killHard, startCli, waitFor } from '../test-support/processes.js';
import { writeSyntheticCorpus } from '../test-support/synthetic-news.js';
import type { JobEvent } from './worker.js';

const DOCUMENTS = Number(process.env.WIREWATCH_CRASH_DOCS ?? 2000);
/** Short, so the killed worker's jobs come back within seconds. */
const JOB_TIMEOUT_SECONDS = 5;

const unavailable = await postgresUnavailable();
const dir = mkdtempSync(join(tmpdir(), 'wirewatch-crash-pg-'));
const schema = randomSchemaName();
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropSchemas([schema]);
});

async function count(sql: string): Promise<number> {
  try {
    return await strictCount(sql);
  } catch {
    return 0; // the schema is not there yet
  }
}

async function strictCount(sql: string): Promise<number> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>(sql)).rows[0]!.n);
  } finally {
    await client.end();
  }
}

/** Backends other than the caller's whose current or last statement touched this test's queue schema. */
async function backendsOnQueue(): Promise<number> {
  return strictCount(
    `SELECT count(*) AS n FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND position('${schema}_queue' IN query) > 0`,
  );
}

function events(stdout: string): (JobEvent & { pid: number })[] {
  // A killed worker's last line may be cut short.
  return stdout.split('\n').flatMap((line) => {
    try {
      return line.trim() ? [JSON.parse(line) as JobEvent & { pid: number }] : [];
    } catch {
      return [];
    }
  });
}

describe('PostgreSQL ingest with workers, under kill -9', { skip: unavailable }, () => {
  const location = testLocation(schema);
  const corpus = join(dir, 'corpus');

  it(`enqueue killed half-way and run again: every input queued once (${DOCUMENTS} inputs)`, { timeout: 5 * 60_000 }, async () => {
    writeSyntheticCorpus(corpus, DOCUMENTS, 11);
    const first = startCli(['ingest', corpus, '--db', location, '--job-timeout', String(JOB_TIMEOUT_SECONDS), '--json']);
    const jobs = `SELECT count(*) AS n FROM ${schema}_queue.job WHERE name = 'wirewatch-ingest'`;
    assert.ok(await waitFor(async () => (await count(jobs)) >= 200, { timeoutMs: 120_000, everyMs: 10, until: first.exited }), first.stderr());
    assert.ok((await backendsOnQueue()) > 0, 'the probe below sees the enqueue\'s connections');
    await killHard(first);
    // A statement the killed process sent just before dying still runs to its end on the
    // server (its insert commits); count only when no backend is left working for it.
    assert.ok(await waitFor(async () => (await backendsOnQueue()) === 0, { timeoutMs: 60_000, everyMs: 50 }), 'the killed enqueue\'s backends ended');
    const queuedAtKill = await count(jobs);

    const second = startCli(['ingest', corpus, '--db', location, '--json']);
    assert.equal(await second.exited, 0, second.stderr());
    const report = JSON.parse(second.stdout()) as { queued: number; alreadyQueued: number; alreadyStored: number };
    assert.equal(report.alreadyQueued, queuedAtKill);
    assert.equal(report.queued, DOCUMENTS - queuedAtKill);
    assert.equal(await count(jobs), DOCUMENTS, 'one job per input');
  });

  it('two workers, one killed half-way: every document stored once, none lost', { timeout: 10 * 60_000 }, async () => {
    const args = ['worker', '--db', location, '--until-idle', '--jsonl', '--batch-size', '4'];
    const doomed = startCli(args);
    const survivor = startCli(args);
    const documents = `SELECT count(*) AS n FROM ${schema}.documents`;
    assert.ok(
      await waitFor(async () => (await count(documents)) >= DOCUMENTS / 3, { timeoutMs: 8 * 60_000, everyMs: 100, until: doomed.exited }),
      doomed.stderr(),
    );
    await killHard(doomed);
    const storedAtKill = await count(documents);
    assert.ok(storedAtKill < DOCUMENTS, 'killed before the end');

    assert.equal(await survivor.exited, 0, survivor.stderr());
    const all = [...events(doomed.stdout()), ...events(survivor.stdout())];
    const survivorEvents = events(survivor.stdout());
    assert.ok(events(doomed.stdout()).length > 0 && survivorEvents.length > 0, 'both workers worked');

    assert.equal(await count(documents), DOCUMENTS, 'nothing lost');
    assert.equal(await count(`SELECT count(DISTINCT id) AS n FROM ${schema}.documents`), DOCUMENTS);
    assert.equal(await count(`SELECT count(*) AS n FROM ${schema}.inputs WHERE doc_id IS NOT NULL`), DOCUMENTS);
    const inserted = new Map<string, number>();
    for (const event of all.filter((e) => e.outcome === 'inserted')) inserted.set(event.docId!, (inserted.get(event.docId!) ?? 0) + 1);
    assert.deepEqual([...inserted.values()].filter((n) => n > 1), [], 'no document inserted twice');
    assert.equal(all.filter((e) => e.outcome === 'failed').length, 0);
    // The killed worker's jobs in hand came back after their timeout: the survivor took them
    // as second deliveries, and stored them — or found them stored (the kill came after the commit).
    const redelivered = survivorEvents.filter((e) => e.retryCount > 0);
    assert.ok(redelivered.length > 0, 'the killed worker\'s jobs were delivered again');
    assert.ok(redelivered.every((e) => e.outcome === 'inserted' || e.outcome === 'done-before'));

    const status = startCli(['worker', '--status', '--json', '--db', location]);
    assert.equal(await status.exited, 0, status.stderr());
    const queue = JSON.parse(status.stdout()) as { states: Record<string, number>; deadLetters: number };
    assert.deepEqual(
      [queue.states.created, queue.states.retry, queue.states.active, queue.states.failed, queue.states.completed, queue.deadLetters],
      [0, 0, 0, 0, DOCUMENTS, 0],
    );
  });
});
