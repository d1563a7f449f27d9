import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { makeTestDocument } from '../../../store/contract.js';
import { eventGroupCorpus } from '../../../store/event-group-contract.js';
import { queryCorpus } from '../../../store/query-contract.js';
import { SqliteStore } from '../../../store/sqlite/sqlite-store.js';
import { cli, noStack } from '../../../test-support/cli.js';

describe('wirewatch events', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wirewatch-cli-events-'));
  const db = join(dir, 'store.db');
  /** Events with confidences (eventGroupCorpus's have none). */
  const scored = join(dir, 'scored.db');
  before(async () => {
    const store = SqliteStore.open(db);
    await store.putMany(eventGroupCorpus(makeTestDocument), 'test@1');
    await store.close();
    const other = SqliteStore.open(scored);
    await other.putMany(queryCorpus(makeTestDocument), 'test@1');
    await other.close();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('lists each event once with its mentions, articles and outlets, and the reports under it', async () => {
    const run = await cli(['events', '--db', db, '--oldest', '--mentions', '2', 'country:TUR']);
    assert.equal(run.code, 0, run.stderr);
    const lines = run.stdout.split('\n');
    assert.equal(lines[0], '4 events');
    const merged = lines.findIndex((line) => line.includes('5 mentions, 4 articles, 3 outlets, 4 stories'));
    assert.ok(merged > 0, run.stdout);
    assert.match(lines[merged]!, /^2020-08-12 {2}111 +IRQ → TUR/u);
    assert.match(lines[merged + 1]!, /^ {4}reuters\.com +Iraq condemned Turkey/u);
    assert.match(lines[merged + 2]!, /^ {4}aljazeera\.com/u);
  });

  it('shows each event\'s confidence, marking those under 0.5 unsure', async () => {
    const run = await cli(['events', '--db', scored, '--limit', '50']);
    assert.equal(run.code, 0, run.stderr);
    // The corpus has events with and without a confidence: those without show none.
    const scoredLines = run.stdout.split('\n').filter((line) => /^\S.* → .*, confidence /u.test(line));
    assert.ok(scoredLines.length > 0, run.stdout);
    for (const line of scoredLines) {
      const m = /, confidence (\d\.\d\d)( \(unsure\))?$/u.exec(line);
      assert.ok(m, line);
      assert.equal(m[2] !== undefined, Number(m[1]) < 0.5, line);
    }
  });

  it('prints the page as JSON, and refuses a bad query with exit code 2', async () => {
    const run = await cli(['events', '--db', db, '--json', '--limit', '2']);
    assert.equal(run.code, 0, run.stderr);
    const page = JSON.parse(run.stdout) as { items: { numMentions: number }[]; total: number; sort: string };
    assert.deepEqual([page.items.length, page.total, page.sort], [2, 5, 'newest']);
    const bad = await cli(['events', '--db', db, 'title:(']);
    assert.equal(bad.code, 2);
    noStack(bad);
  });

  it('filters by confidence, and refuses a confidence outside 0..1 with exit code 2', async () => {
    const run = await cli(['events', '--db', scored, '--json', 'confidence:>=0.5']);
    assert.equal(run.code, 0, run.stderr);
    const page = JSON.parse(run.stdout) as { items: { record: { docId: string; event: { confidence: number } } }[]; total: number };
    assert.equal(page.total, 3);
    assert.deepEqual(page.items.map((g) => g.record.docId).sort(), ['q-grain', 'q-strike', 'q-sudan']);
    assert.ok(page.items.every((g) => g.record.event.confidence >= 0.5));
    const bad = await cli(['events', '--db', scored, 'confidence:1.5']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /from 0 to 1/u);
    noStack(bad);
  });
});
