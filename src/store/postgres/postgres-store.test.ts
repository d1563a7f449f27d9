import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import pg from 'pg';
import { dropSchemas, onPostgres, postgresUnavailable, randomSchemaName, testLocation, TEST_POSTGRES_URL } from '../../test-support/postgres.js';
import { makeTestDocument, storeContract } from '../contract.js';
import { checkEventGroupsSurviveUpgrade } from '../event-group-contract.js';
import { checkConfidenceSurvivesUpgrade } from '../query-contract.js';
import { StoreError } from '../store.js';
import { LATEST_STORE_VERSION } from './migrations.js';
import { PostgresStore } from './postgres-store.js';

const unavailable = await postgresUnavailable();
const schemas: string[] = [];

function freshLocation(): string {
  const schema = randomSchemaName();
  schemas.push(schema);
  return testLocation(schema);
}

after(() => dropSchemas(schemas));

function storeErrorWith(code: StoreError['code']): (error: unknown) => boolean {
  return (error) => error instanceof StoreError && error.code === code;
}

async function sql(text: string, values: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}

onPostgres('PostgresStore', unavailable, () => {
  storeContract('postgres', () => PostgresStore.open(freshLocation()));

  describe('PostgresStore', () => {
    it('migrates once: reopening keeps the data; two stores opening a new schema at once both work', async () => {
      const location = freshLocation();
      const [first, second] = await Promise.all([PostgresStore.open(location), PostgresStore.open(location)]);
      await first.put(makeTestDocument({ id: 'kept' }), 'v1');
      assert.equal(await second.has('kept', 'v1'), true);
      await Promise.all([first.close(), second.close()]);
      const third = await PostgresStore.open(location);
      try {
        assert.equal((await third.stats()).storeVersion, LATEST_STORE_VERSION);
        assert.equal(await third.has('kept'), true);
      } finally {
        await third.close();
      }
    });

    it('stores a document once when two stores put it at the same time', async () => {
      const location = freshLocation();
      const [a, b] = await Promise.all([PostgresStore.open(location), PostgresStore.open(location)]);
      try {
        const docs = Array.from({ length: 40 }, (_, index) => makeTestDocument({ id: `same-${index}` }));
        const outcomes = (await Promise.all([a.putMany(docs, 'v1'), b.putMany([...docs].reverse(), 'v1')])).flat();
        assert.equal(outcomes.filter((outcome) => outcome === 'inserted').length, docs.length);
        assert.equal(outcomes.filter((outcome) => outcome === 'unchanged').length, docs.length);
        assert.equal((await a.stats()).documents, docs.length);
      } finally {
        await Promise.all([a.close(), b.close()]);
      }
    });

    it('refuses a schema holding another application and leaves it unchanged', async () => {
      const schema = randomSchemaName();
      schemas.push(schema);
      await sql(`CREATE SCHEMA ${schema}; CREATE TABLE ${schema}.recipes (name text); INSERT INTO ${schema}.recipes VALUES ('soup')`);
      await assert.rejects(PostgresStore.open(testLocation(schema)), storeErrorWith('store.not-wirewatch'));
      const tables = await sql('SELECT table_name FROM information_schema.tables WHERE table_schema = $1', [schema]);
      assert.deepEqual(tables.rows, [{ table_name: 'recipes' }]);
    });

    // An old store is made by undoing the later migrations' DDL on a store written today.
    const undoConfidence = (s: string): string => `DROP INDEX ${s}.events_confidence; ALTER TABLE ${s}.events DROP COLUMN confidence;`;
    const undoEventKeys = (s: string): string => `${undoConfidence(s)} DROP INDEX ${s}.events_key, ${s}.events_cameo, ${s}.events_plover; ALTER TABLE ${s}.events DROP COLUMN event_key, DROP COLUMN outlet;
      CREATE INDEX events_cameo ON ${s}.events (cameo); CREATE INDEX events_plover ON ${s}.events (plover);`;
    const undoQueryIndex = (s: string): string => `DROP TABLE ${s}.entity_names, ${s}.quotes, ${s}.events, ${s}.doc_countries;
      DROP INDEX ${s}.documents_language, ${s}.documents_by_date; ALTER TABLE ${s}.documents DROP COLUMN published_day, DROP COLUMN source_words;`;
    for (const [version, undo] of [[3, undoEventKeys], [2, (s: string) => `${undoEventKeys(s)} ${undoQueryIndex(s)}`]] as const) {
      it(`upgrades a store of version ${version}: its events get their keys and merge across articles`, async () => {
        const location = freshLocation();
        const schema = new URL(location).searchParams.get('schema')!;
        await checkEventGroupsSurviveUpgrade(() => PostgresStore.open(location), async () => {
          await sql(`${undo(schema)} UPDATE ${schema}.wirewatch_meta SET value = '${version}' WHERE key = 'store_version'`);
        }, LATEST_STORE_VERSION, makeTestDocument);
      });
    }

    it('upgrades a store of version 4: its events get their confidence from the stored records', async () => {
      const location = freshLocation();
      const schema = new URL(location).searchParams.get('schema')!;
      await checkConfidenceSurvivesUpgrade(() => PostgresStore.open(location), async () => {
        await sql(`${undoConfidence(schema)} UPDATE ${schema}.wirewatch_meta SET value = '4' WHERE key = 'store_version'`);
      }, LATEST_STORE_VERSION, makeTestDocument);
    });

    it('refuses a store from a newer Wirewatch', async () => {
      const location = freshLocation();
      await (await PostgresStore.open(location)).close();
      const schema = new URL(location).searchParams.get('schema')!;
      await sql(`UPDATE ${schema}.wirewatch_meta SET value = '999' WHERE key = 'store_version'`);
      await assert.rejects(PostgresStore.open(location), storeErrorWith('store.newer-schema'));
    });

    it('readonly: reads but cannot write, and refuses a missing store', async () => {
      const location = freshLocation();
      const writer = await PostgresStore.open(location);
      await writer.put(makeTestDocument({ id: 'existing' }), 'v1');
      await writer.close();
      const reader = await PostgresStore.open(location, { readonly: true });
      try {
        assert.equal((await reader.search('Baghdad')).total, 1);
        await assert.rejects(reader.put(makeTestDocument({ id: 'new' }), 'v1'), /read-only/u);
      } finally {
        await reader.close();
      }
      await assert.rejects(PostgresStore.open(freshLocation(), { readonly: true }), storeErrorWith('store.open-failed'));
    });

    it('fails with store.open-failed, password hidden, when no server answers', async () => {
      await assert.rejects(
        PostgresStore.open('postgres://someone:secret@127.0.0.1:1/none'),
        (error: unknown) => storeErrorWith('store.open-failed')(error) && !String(error).includes('secret'),
      );
      await assert.rejects(PostgresStore.open(`${TEST_POSTGRES_URL}?schema=Bad-Name`), storeErrorWith('store.open-failed'));
    });

    it('serves entity names from a trigram index and the search from the GIN index', async () => {
      const location = freshLocation();
      const store = await PostgresStore.open(location);
      await store.close();
      const schema = new URL(location).searchParams.get('schema')!;
      const indexes = await sql('SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = $1', [schema]);
      const definitions = indexes.rows.map((row: { indexdef: string }) => row.indexdef).join('\n');
      assert.match(definitions, /USING gin \(name_folded \S*gin_trgm_ops\)/u);
      assert.match(definitions, /USING gin \(search\)/u);
    });
  });
});
