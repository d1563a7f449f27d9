import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { ingestInputs } from '../ingest/ingest-inputs.js';
import { rawInputFromBytes } from '../sources/files.js';
import { PostgresStore } from '../store/postgres/postgres-store.js';
import { EXAMPLES_DIR } from '../test-support/paths.js';
import { dropSchemas, postgresUnavailable, randomSchemaName, testLocation } from '../test-support/postgres.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { enqueueInputs } from './enqueue.js';
import { IngestQueue } from './ingest-queue.js';
import { inputToJob, type IngestJob } from './job.js';
import { runWorker, type JobEvent } from './worker.js';

const unavailable = await postgresUnavailable();
const schemas: string[] = [];
after(() => dropSchemas(schemas));

const examples = readdirSync(EXAMPLES_DIR).filter((name) => name.endsWith('.txt')).sort();
const exampleItems = examples.map((name) => ({
  label: name,
  read: () => rawInputFromBytes(readFileSync(join(EXAMPLES_DIR, name)), { path: join(EXAMPLES_DIR, name) }),
}));

/** A store and its queue in a fresh schema; the queue's settings make retries and timeouts quick. */
async function fresh(settings = { retryLimit: 1, retryDelaySeconds: 1, jobTimeoutSeconds: 2 }) {
  const schema = randomSchemaName();
  schemas.push(schema);
  const location = testLocation(schema);
  const store = await PostgresStore.open(location);
  const queue = await IngestQueue.open(location, { settings });
  return { location, store, queue, close: async () => Promise.all([queue.close(), store.close()]) };
}

describe('ingest queue on PostgreSQL', { skip: unavailable }, () => {
  let env: Awaited<ReturnType<typeof fresh>>;
  before(async () => {
    env = await fresh();
  });
  after(() => env.close());

  it('enqueues one job per input, once; a worker stores each document once; a rerun finds them stored', async () => {
    const first = await enqueueInputs(env.queue, exampleItems, { store: env.store });
    assert.deepEqual([first.queued, first.alreadyQueued, first.alreadyStored], [examples.length, 0, 0]);
    const again = await enqueueInputs(env.queue, exampleItems, { store: env.store });
    assert.deepEqual([again.queued, again.alreadyQueued], [0, examples.length]);
    assert.equal((await env.queue.status()).states.created, examples.length);

    const events: JobEvent[] = [];
    const report = await runWorker(env.queue, env.store, { untilIdle: true, pollIntervalMs: 100, onJob: (e) => events.push(e) });
    assert.equal(report.counts.inserted, examples.length);
    assert.equal((await env.store.stats()).documents, examples.length);
    assert.equal((await env.store.search('Sadr')).total >= 1, true);
    const status = await env.queue.status();
    assert.equal(status.states.completed, examples.length);
    assert.equal(status.states.failed, 0);

    const later = await enqueueInputs(env.queue, exampleItems, { store: env.store });
    assert.deepEqual([later.queued, later.alreadyStored], [0, examples.length]);
  });
});

describe('ingest queue: failures and redelivery', { skip: unavailable }, () => {
  it('a job that keeps failing ends failed with its reason, dead-lettered, after its retries', async () => {
    const env = await fresh();
    try {
      const good = inputToJob(rawInputFromBytes(Buffer.from('x'.repeat(4000))), { label: 'good', maxBytes: 1 << 20 }) as IngestJob;
      // Claims to be gzipped but is not: unreadable on every attempt.
      const broken: IngestJob = { ...good, inputId: 'f'.repeat(64), label: 'broken.html', input: { kind: 'bytes', base64: Buffer.from('not gzip').toString('base64'), gzipped: true, mediaType: 'text/html' } };
      assert.equal(await env.queue.enqueue([broken]), 1);
      const events: JobEvent[] = [];
      await runWorker(env.queue, env.store, { untilIdle: true, pollIntervalMs: 100, onJob: (e) => events.push(e) });
      assert.deepEqual(events.map((e) => e.outcome), ['failed', 'failed'], 'the first attempt and one retry');
      const status = await env.queue.status();
      assert.equal(status.states.failed, 1);
      assert.equal(status.deadLetters, 1);
      assert.equal(status.recentFailures[0]!.label, 'broken.html');
      assert.match(status.recentFailures[0]!.reason, /cannot read the job's input: incorrect header check/u);
      assert.equal(status.recentFailures[0]!.attempts, 2);
    } finally {
      await env.close();
    }
  });

  it("a job whose worker died after storing is delivered again after its timeout and stored once", async () => {
    const env = await fresh();
    try {
      await enqueueInputs(env.queue, exampleItems.slice(0, 1), {});
      // A worker takes the job, stores the document and its ledger, then dies before completing it.
      const [taken] = await env.queue.fetch(1);
      assert.ok(taken);
      await ingestInputs(exampleItems.slice(0, 1), env.store);
      assert.equal((await env.queue.status()).states.active, 1);

      await sleep(2500); // past the 2 s job timeout
      const events: JobEvent[] = [];
      await runWorker(env.queue, env.store, { untilIdle: true, pollIntervalMs: 100, onJob: (e) => events.push(e) });
      assert.deepEqual(events.map((e) => [e.outcome, e.retryCount]), [['done-before', 1]]);
      assert.equal((await env.store.stats()).documents, 1);
      assert.equal((await env.queue.status()).states.completed, 1);
    } finally {
      await env.close();
    }
  });
});
