/** The CLI on a PostgreSQL store: ingest (enqueue and --work), search, show, worker --status, and its errors. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { cli, noStack } from '../../test-support/cli.js';
import { EXAMPLES_DIR } from '../../test-support/paths.js';
import { dropSchemas, postgresUnavailable, randomSchemaName, testLocation } from '../../test-support/postgres.js';

const unavailable = await postgresUnavailable();
const schema = randomSchemaName();
const location = testLocation(schema);
const dir = mkdtempSync(join(tmpdir(), 'wirewatch-cli-pg-'));
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropSchemas([schema, `${schema}_missing`]);
});

describe('wirewatch worker without PostgreSQL', () => {
  it('refuses a SQLite store with a usage error', async () => {
    const r = await cli(['worker', '--db', join(dir, 'local.db')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /the worker needs a PostgreSQL store/u);
    noStack(r);
  });
});

describe('wirewatch on PostgreSQL', { skip: unavailable }, () => {
  it('ingests with --work, then searches and shows as on SQLite', async () => {
    const ingest = await cli(['ingest', EXAMPLES_DIR, '--store', location, '--work', '--json']);
    assert.equal(ingest.code, 0, ingest.stderr);
    const report = JSON.parse(ingest.stdout) as { queued: number; pending: number; worked: { counts: Record<string, number> } };
    assert.equal(report.queued, 4);
    assert.equal(report.pending, 0);
    assert.equal(report.worked.counts.inserted, 4);

    const local = join(dir, 'same.db');
    assert.equal((await cli(['ingest', EXAMPLES_DIR, '--db', local])).code, 0);
    for (const query of ['Sadr', 'Kadhimi OR grain', '"prime minister"']) {
      const onPostgres = JSON.parse((await cli(['search', query, '--db', location, '--json'])).stdout) as { total: number; hits: { id: string }[] };
      const onSqlite = JSON.parse((await cli(['search', query, '--db', local, '--json'])).stdout) as { total: number; hits: { id: string }[] };
      assert.equal(onPostgres.total, onSqlite.total, query);
      assert.deepEqual(onPostgres.hits.map((h) => h.id).sort(), onSqlite.hits.map((h) => h.id).sort(), query);
    }
    const { hits } = JSON.parse((await cli(['search', 'Sadr', '--db', location, '--json'])).stdout) as { hits: { id: string }[] };
    const show = await cli(['show', hits[0]!.id, '--db', location, '--json']);
    assert.equal(show.code, 0, show.stderr);
    assert.equal((JSON.parse(show.stdout) as { id: string }).id, hits[0]!.id);

    const status = await cli(['worker', '--status', '--json', '--db', location]);
    assert.equal(status.code, 0, status.stderr);
    assert.equal((JSON.parse(status.stdout) as { states: { completed: number } }).states.completed, 4);

    const again = await cli(['ingest', EXAMPLES_DIR, '--db', location, '--json']);
    assert.equal((JSON.parse(again.stdout) as { alreadyStored: number }).alreadyStored, 4);
  });

  it('reports a bad query as a usage error and a missing store as a store error, without the password', async () => {
    const bad = await cli(['search', '***', '--db', location]);
    assert.equal(bad.code, 2);
    noStack(bad);
    const missing = new URL(testLocation(`${schema}_missing`));
    missing.password = 'hunter2';
    const r = await cli(['search', 'Sadr', '--db', missing.href]);
    assert.equal(r.code, 5);
    assert.match(r.stderr, /no Wirewatch store in schema/u);
    assert.ok(!r.stderr.includes('hunter2'));
  });
});
