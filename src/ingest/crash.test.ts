/**
 * Crash safety of the local (SQLite) ingest, with real processes: kill -9 in the
 * middle of an ingest of thousands of documents, run it again, and nothing is lost,
 * nothing duplicated, and the second run starts where the first stopped.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { killHard, startCli, waitFor } from '../test-support/processes.js';
import { writeSyntheticCorpus } from '../test-support/synthetic-news.js';

/** "Thousands of documents"; WIREWATCH_CRASH_DOCS changes it. */
const DOCUMENTS = Number(process.env.WIREWATCH_CRASH_DOCS ?? 2000);

const dir = mkdtempSync(join(tmpdir(), 'wirewatch-crash-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function count(path: string, sql: string): number {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return db.prepare(sql).pluck().get() as number;
    } finally {
      db.close();
    }
  } catch {
    return 0; // not created yet, or its tables not yet
  }
}

describe('kill -9 during a SQLite ingest', () => {
  it(`loses nothing, duplicates nothing, and resumes (${DOCUMENTS} documents)`, { timeout: 15 * 60_000 }, async () => {
    const corpus = join(dir, 'corpus');
    writeSyntheticCorpus(corpus, DOCUMENTS, 7);
    const db = join(dir, 'crash.db');

    const first = startCli(['ingest', corpus, '--db', db, '--json']);
    const reached = await waitFor(() => count(db, 'SELECT count(*) FROM documents') >= DOCUMENTS / 5, {
      timeoutMs: 10 * 60_000,
      until: first.exited,
    });
    assert.ok(reached, `the first run stored ${DOCUMENTS / 5} documents before it ended: ${first.stderr()}`);
    await killHard(first);
    const storedAtKill = count(db, 'SELECT count(*) FROM documents');
    assert.ok(storedAtKill < DOCUMENTS, 'killed before the end');
    // Batches are transactions: the ledger holds exactly the inputs whose documents were committed.
    assert.equal(count(db, 'SELECT count(*) FROM inputs'), storedAtKill);

    const second = startCli(['ingest', corpus, '--db', db, '--json']);
    assert.equal(await second.exited, 0, second.stderr());
    const report = JSON.parse(second.stdout()) as { counts: Record<string, number>; resumed: number; storeDocuments: number };
    assert.equal(report.resumed, storedAtKill, 'what the first run finished is not analysed again');
    assert.equal(report.counts.unchanged, storedAtKill);
    assert.equal(report.counts.inserted, DOCUMENTS - storedAtKill, 'the rest is analysed once');
    assert.equal(report.counts.rejected, 0);

    assert.equal(count(db, 'SELECT count(*) FROM documents'), DOCUMENTS, 'nothing lost');
    assert.equal(count(db, 'SELECT count(DISTINCT id) FROM documents'), DOCUMENTS);
    assert.equal(count(db, 'SELECT count(*) FROM documents_fts'), DOCUMENTS, 'one index row per document');
    assert.equal(count(db, 'SELECT count(*) FROM inputs WHERE doc_id IS NOT NULL'), DOCUMENTS, 'every input led to its document');
    assert.equal(count(db, 'SELECT count(*) FROM inputs i LEFT JOIN documents d ON d.id = i.doc_id WHERE d.id IS NULL'), 0);
    assert.equal(
      count(db, "SELECT count(*) FROM documents d WHERE (SELECT count(*) FROM entities e WHERE e.doc_id = d.id) <> json_array_length(d.json, '$.entities')"),
      0,
      'entity rows match each stored document',
    );
  });
});
