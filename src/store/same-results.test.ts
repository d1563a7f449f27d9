/**
 * The search syntax means the same on every store: the same queries over the same
 * documents find the same documents on SQLite and PostgreSQL (ranking may differ:
 * bm25 and ts_rank are different formulas; the sets may not).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { dropSchemas, postgresUnavailable, randomSchemaName, testLocation } from '../test-support/postgres.js';
import { syntheticDocuments } from '../test-support/synthetic-documents.js';
import { PostgresStore } from './postgres/postgres-store.js';
import { SqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

const unavailable = await postgresUnavailable();
const schema = randomSchemaName();

const QUERIES = [
  'Iraq',
  'iraq',
  'oranjestad',
  'grain ports',
  '"prime minister"',
  '"minister prime"',
  '"ceasefire was holding"',
  'Sadr OR Kadhimi',
  'sanctions NOT Iran',
  'budget OR NOT Iraq',
  'Ukrain*',
  'elect* NOT "prime minister"',
  'Dagalo',
  'Kādhimī',
  'al-Sadr',
  'U.S.',
  "Iraq's",
  'not',
  'OR Iraq',
  '5 million',
];

describe('the same query finds the same documents on SQLite and PostgreSQL', { skip: unavailable }, () => {
  let sqlite: Store;
  let postgres: Store;
  before(async () => {
    const docs = [...syntheticDocuments(400, 21)];
    sqlite = SqliteStore.open(':memory:');
    postgres = await PostgresStore.open(testLocation(schema));
    await sqlite.putMany(docs, 'v1');
    await postgres.putMany(docs, 'v1');
  });
  after(async () => {
    await sqlite?.close();
    await postgres?.close();
    await dropSchemas([schema]);
  });

  for (const query of QUERIES) {
    it(query, async () => {
      const [a, b] = await Promise.all([sqlite.search(query, { limit: 1000 }), postgres.search(query, { limit: 1000 })]);
      assert.equal(b.total, a.total, 'totals');
      assert.deepEqual(b.hits.map((hit) => hit.id).sort(), a.hits.map((hit) => hit.id).sort());
    });
  }
});
