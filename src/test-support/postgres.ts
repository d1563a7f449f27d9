/**
 * PostgreSQL for tests: a server at $WIREWATCH_TEST_POSTGRES (default the local one),
 * a schema with a random name per store, dropped afterwards, so parallel runs never
 * collide. Without a server, tests skip with a message — except under CI=true, where
 * a missing server fails the run (.ci/run starts one), so PostgreSQL tests never
 * silently skip in CI.
 */
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import pg from 'pg';

export const TEST_POSTGRES_URL = process.env.WIREWATCH_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Undefined when a server answers; else why not (for the skip message). */
export async function postgresUnavailable(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    const why = `no PostgreSQL at ${TEST_POSTGRES_URL} (${error instanceof Error ? error.message : String(error)})`;
    if (process.env.CI === 'true') throw new Error(`${why}: CI must run the PostgreSQL tests (.ci/run starts the server)`);
    return `${why}; set WIREWATCH_TEST_POSTGRES or start PostgreSQL to run these tests`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A fresh schema name, `ww_test_` and 12 random hex digits. */
export function randomSchemaName(prefix = 'ww_test'): string {
  return `${prefix}_${randomBytes(6).toString('hex')}`;
}

/** The store location of `schema` on the test server. */
export function testLocation(schema: string): string {
  const url = new URL(TEST_POSTGRES_URL);
  url.searchParams.set('schema', schema);
  return url.href;
}

/** Drops the schemas (and everything in them) a test made; the queue's schema is `<schema>_queue`. */
export async function dropSchemas(schemas: readonly string[]): Promise<void> {
  if (schemas.length === 0) return;
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    for (const schema of schemas) {
      for (const name of [schema, `${schema}_queue`]) {
        await client.query(`DROP SCHEMA IF EXISTS ${client.escapeIdentifier(name)} CASCADE`);
      }
    }
  } finally {
    await client.end();
  }
}

/**
 * Registers `suites` when a PostgreSQL server answers (`unavailable` undefined, from
 * postgresUnavailable); otherwise one skipped test under `name` that says why, so a
 * run without a server shows what it did not test instead of passing silently.
 */
export function onPostgres(name: string, unavailable: string | undefined, suites: () => void): void {
  if (unavailable === undefined) suites();
  else describe(name, () => it('needs a PostgreSQL server', { skip: unavailable }, () => undefined));
}
