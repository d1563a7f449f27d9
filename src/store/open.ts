import type { Store } from './store.js';
import { SqliteStore } from './sqlite/sqlite-store.js';

/** Opens the store a location names. Today a SQLite file path; `postgres://` URLs arrive with the scale-out issue. */
export async function openStore(location: string, options: { readonly?: boolean } = {}): Promise<Store> {
  return SqliteStore.open(location, options);
}
