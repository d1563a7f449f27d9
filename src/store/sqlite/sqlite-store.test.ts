import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, beforeEach, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { makeTestDocument, storeContract } from '../contract.js';
import { checkEventGroupsSurviveUpgrade } from '../event-group-contract.js';
import { checkConfidenceSurvivesUpgrade } from '../query-contract.js';
import { StoreError } from '../store.js';
import { LATEST_STORE_VERSION } from './migrations.js';
import { SqliteStore } from './sqlite-store.js';

const tempDirectories: string[] = [];

function freshDirectory(): string {
  const directory = mkdtempSync(join(tmpdir(), 'wirewatch-store-'));
  tempDirectories.push(directory);
  return directory;
}

after(() => {
  for (const directory of tempDirectories) rmSync(directory, { recursive: true, force: true });
});

function storeErrorWith(code: StoreError['code']): (error: unknown) => boolean {
  return (error) => error instanceof StoreError && error.code === code;
}

function rawPragma(path: string, pragma: string): unknown {
  const db = new Database(path, { readonly: true });
  try {
    return db.pragma(pragma, { simple: true });
  } finally {
    db.close();
  }
}

storeContract('sqlite', async () => SqliteStore.open(join(freshDirectory(), 'wirewatch.db')));

storeContract('sqlite in memory', async () => SqliteStore.open(':memory:'));

describe('SqliteStore', () => {
  let path: string;

  beforeEach(() => {
    path = join(freshDirectory(), 'wirewatch.db');
  });

  describe('migrations', () => {
    it('applies them once: reopening keeps the data and the latest store version', async () => {
      const first = SqliteStore.open(path);
      await first.put(makeTestDocument({ id: 'kept' }), 'v1');
      await first.close();

      const second = SqliteStore.open(path);
      try {
        assert.equal(await second.has('kept', 'v1'), true);
        assert.equal((await second.stats()).storeVersion, LATEST_STORE_VERSION);
      } finally {
        await second.close();
      }
      assert.equal(rawPragma(path, 'user_version'), LATEST_STORE_VERSION);
    });

    // An old store is made by undoing the later migrations' DDL on a store written today.
    const undoConfidence = 'DROP INDEX events_confidence; ALTER TABLE events DROP COLUMN confidence;';
    const undoEventKeys = `${undoConfidence} DROP INDEX events_key; DROP INDEX events_cameo; DROP INDEX events_plover;
      ALTER TABLE events DROP COLUMN event_key; ALTER TABLE events DROP COLUMN outlet;
      CREATE INDEX events_cameo ON events (cameo); CREATE INDEX events_plover ON events (plover);`;
    const undoQueryIndex = `DROP TABLE entity_names_fts; DROP TABLE quotes_fts; DROP TABLE quotes; DROP TABLE events; DROP TABLE doc_countries;
      DROP INDEX documents_day; DROP INDEX documents_language; DROP INDEX documents_by_date;
      ALTER TABLE documents DROP COLUMN published_day; ALTER TABLE documents DROP COLUMN source_words;`;
    for (const [version, undo] of [[4, undoEventKeys], [3, `${undoEventKeys} ${undoQueryIndex}`]] as const) {
      it(`upgrades a store of version ${version}: its events get their keys and merge across articles`, () =>
        checkEventGroupsSurviveUpgrade(async () => SqliteStore.open(path), async () => {
          const raw = new Database(path);
          raw.exec(undo);
          raw.pragma(`user_version = ${version}`);
          raw.close();
        }, LATEST_STORE_VERSION, makeTestDocument));
    }

    it('upgrades a store of version 5: its events get their confidence from the stored records', () =>
      checkConfidenceSurvivesUpgrade(async () => SqliteStore.open(path), async () => {
        const raw = new Database(path);
        raw.exec(undoConfidence);
        raw.pragma('user_version = 5');
        raw.close();
      }, LATEST_STORE_VERSION, makeTestDocument));

    it('refuses a database from a newer Wirewatch', async () => {
      await SqliteStore.open(path).close();
      const raw = new Database(path);
      raw.pragma('user_version = 999');
      raw.close();

      assert.throws(() => SqliteStore.open(path), storeErrorWith('store.newer-schema'));
      assert.throws(() => SqliteStore.open(path, { readonly: true }), storeErrorWith('store.newer-schema'));
    });
  });

  describe('foreign files', () => {
    it('refuses a text file and leaves it unchanged', () => {
      const textPath = join(freshDirectory(), 'notes.txt');
      const content = 'These are my notes, not a database.\n'.repeat(50);
      writeFileSync(textPath, content);

      assert.throws(
        () => SqliteStore.open(textPath),
        (error: unknown) =>
          storeErrorWith('store.not-wirewatch')(error) &&
          error instanceof Error &&
          error.message === `${textPath} is not a Wirewatch database`,
      );
      assert.equal(readFileSync(textPath, 'utf8'), content);
      assert.equal(existsSync(`${textPath}-wal`), false);
    });

    it('refuses a tiny non-database file SQLite would take for an empty database', () => {
      writeFileSync(path, 'x');
      assert.throws(() => SqliteStore.open(path), storeErrorWith('store.not-wirewatch'));
      assert.equal(readFileSync(path, 'utf8'), 'x');
    });

    it("refuses another application's SQLite database and leaves it unchanged", () => {
      const other = new Database(path);
      other.exec("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup')");
      other.close();
      const before = readFileSync(path);

      assert.throws(() => SqliteStore.open(path), storeErrorWith('store.not-wirewatch'));
      assert.deepEqual(readFileSync(path), before);
    });

    it('initialises an existing empty file', async () => {
      writeFileSync(path, '');
      const store = SqliteStore.open(path);
      assert.equal((await store.stats()).storeVersion, LATEST_STORE_VERSION);
      await store.close();
    });
  });

  describe('opening', () => {
    it('creates missing parent directories', async () => {
      const nested = join(freshDirectory(), 'a', 'b', 'wirewatch.db');
      const store = SqliteStore.open(nested);
      await store.close();
      assert.equal(existsSync(nested), true);
    });

    it('uses WAL journal mode', async () => {
      const store = SqliteStore.open(path);
      await store.close();
      assert.equal(rawPragma(path, 'journal_mode'), 'wal');
    });

    it('fails with store.open-failed when the path cannot be a file', () => {
      const blocker = join(freshDirectory(), 'file');
      writeFileSync(blocker, 'x');
      assert.throws(() => SqliteStore.open(join(blocker, 'wirewatch.db')), storeErrorWith('store.open-failed'));
    });

    it('closes idempotently', async () => {
      const store = SqliteStore.open(path);
      await store.close();
      await store.close();
    });
  });

  describe('readonly', () => {
    let readonlyStore: SqliteStore | undefined;

    afterEach(async () => {
      await readonlyStore?.close();
      readonlyStore = undefined;
    });

    it('reads but cannot write', async () => {
      const writer = SqliteStore.open(path);
      await writer.put(makeTestDocument({ id: 'existing' }), 'v1');
      await writer.close();

      readonlyStore = SqliteStore.open(path, { readonly: true });
      assert.equal(await readonlyStore.has('existing'), true);
      assert.equal((await readonlyStore.search('Baghdad')).total, 1);
      await assert.rejects(readonlyStore.put(makeTestDocument({ id: 'new' }), 'v1'));
      assert.equal(await readonlyStore.has('new'), false);
    });

    it('refuses a missing file with store.open-failed', () => {
      assert.throws(() => SqliteStore.open(path, { readonly: true }), storeErrorWith('store.open-failed'));
      assert.equal(existsSync(path), false);
    });
  });

  describe('search errors', () => {
    it('reports an unsearchable query as StoreError store.bad-query', async () => {
      const store = SqliteStore.open(':memory:');
      try {
        await assert.rejects(store.search('***'), storeErrorWith('store.bad-query'));
      } finally {
        await store.close();
      }
    });
  });
});
