import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse as parseCsv } from 'csv-parse/sync';
import { exportTestCorpus } from '../../../export/test-fixtures.js';
import { SqliteStore } from '../../../store/sqlite/sqlite-store.js';
import { cli, noStack } from '../../../test-support/cli.js';

describe('wirewatch export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wirewatch-cli-export-'));
  const db = join(dir, 'store.db');
  const corpus = exportTestCorpus(12);
  before(async () => {
    const store = SqliteStore.open(db);
    await store.putMany(corpus, 'test@1');
    await store.close();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a query\'s events as CSV to a file, reads pages of 5, and reports the count on stderr', async () => {
    const out = join(dir, 'events.csv');
    const run = await cli(['export', '--db', db, '--format', 'csv', '--what', 'events', '--page-size', '5', '--out', out, 'Baghdad']);
    assert.equal(run.code, 0, run.stderr);
    const rows = parseCsv(readFileSync(out, 'utf8'), { columns: true }) as Record<string, string>[];
    assert.equal(rows.length, corpus.length * 3);
    assert.match(run.stderr, /exported 36 events as csv to /u);
    assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.partial')), [], 'no temporary file left');
  });

  it('exports only the events of a confidence: the first event of each document has 0.8, the others none', async () => {
    const run = await cli(['export', '--db', db, '--format', 'csv', '--what', 'events', 'confidence:>=0.5']);
    assert.equal(run.code, 0, run.stderr);
    const rows = parseCsv(run.stdout, { columns: true }) as Record<string, string>[];
    assert.equal(rows.length, corpus.length);
    assert.ok(rows.every((row) => row.event_id === 'ev1' && row.confidence === '0.8'), JSON.stringify(rows[0]));
  });

  it('streams JSONL of every document to standard output when no query is given', async () => {
    const run = await cli(['export', '--db', db, '--format', 'jsonl']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout.trim().split('\n').length, corpus.length);
  });

  it('refuses, with exit code 2 and no file, a format that cannot show the subject, an unknown format and a bad query', async () => {
    const out = join(dir, 'never.tsv');
    for (const args of [['--format', 'gdelt', '--what', 'documents'], ['--format', 'xlsx'], ['--format', 'csv', 'title:(']]) {
      const run = await cli(['export', '--db', db, '--out', out, ...args]);
      assert.equal(run.code, 2, `${args.join(' ')}: ${run.stderr}`);
      assert.match(run.stderr, /gdelt exports events|expected a format|bad query/u);
      noStack(run);
    }
    assert.equal(existsSync(out), false);
  });

  it('says so when there is no store', async () => {
    const run = await cli(['export', '--db', join(dir, 'missing.db'), '--format', 'csv']);
    assert.equal(run.code, 5);
    noStack(run);
  });
});
