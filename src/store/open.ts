import type { Store } from './store.js';
import { SqliteStore } from './sqlite/sqlite-store.js';
import { isPostgresLocation } from './postgres/location.js';
import { PostgresStore } from './postgres/postgres-store.js';

export { isPostgresLocation } from './postgres/location.js';

/**
 * Opens the store a location names: a `postgres://` (or `postgresql://`) connection
 * string, optionally with `?schema=NAME`, opens the PostgreSQL store; anything else
 * is a SQLite file path (`:memory:` too).
 *
 * @example
 *   const local = await openStore('news.db');
 *   const shared = await openStore('postgres://wirewatch@db.example:5432/news');
 */
export async function openStore(location: string, options: { readonly?: boolean } = {}): Promise<Store> {
  if (isPostgresLocation(location)) return PostgresStore.open(location, options);
  return SqliteStore.open(location, options);
}
