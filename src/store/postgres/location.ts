/**
 * A PostgreSQL store location: a `postgres://` (or `postgresql://`) connection string,
 * optionally naming the schema that holds the store with `?schema=NAME` (default
 * `wirewatch`), so several stores can share one database. The schema parameter is
 * ours: it is removed before the string reaches the driver.
 */
import { StoreError } from '../store.js';

export const DEFAULT_SCHEMA = 'wirewatch';

/** Lower-case identifiers only: they are spliced into DDL (quoted), never taken from document data. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,47}$/u;

export interface PostgresLocation {
  /** The connection string the driver gets. */
  connectionString: string;
  schema: string;
  /** The location with any password replaced by ***, for messages and logs. */
  display: string;
}

export function isPostgresLocation(location: string): boolean {
  return /^postgres(?:ql)?:\/\//iu.test(location.trim());
}

export function parsePostgresLocation(location: string): PostgresLocation {
  let url: URL;
  try {
    url = new URL(location.trim());
  } catch {
    throw new StoreError('store.open-failed', `not a PostgreSQL connection string: ${redact(location)}`);
  }
  const schema = url.searchParams.get('schema') ?? DEFAULT_SCHEMA;
  if (!SCHEMA_NAME.test(schema)) {
    throw new StoreError(
      'store.open-failed',
      `bad schema name ${JSON.stringify(schema)}: lower-case letters, digits and _, at most 48, not starting with a digit`,
    );
  }
  url.searchParams.delete('schema');
  const connectionString = url.href;
  return { connectionString, schema, display: redact(connectionString) };
}

/** Hides the password of a connection string. */
export function redact(location: string): string {
  return location.replace(/^(postgres(?:ql)?:\/\/[^:/@]*:)[^@/]*@/iu, '$1***@');
}
