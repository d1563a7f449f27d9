import { existsSync } from 'node:fs';
import { isPostgresLocation, openStore } from '../../store/open.js';
import { redact } from '../../store/postgres/location.js';
import { StoreError, type Store } from '../../store/store.js';
import { CliError, EXIT } from './exit-codes.js';
import type { Io } from './output.js';
import { defaultDatabasePath } from './paths.js';

/** Opens the store for one command and always closes it; store problems become one-line errors. */
export async function withStore<T>(io: Io, dbOption: string | undefined, mode: { create: boolean }, use: (store: Store, path: string) => Promise<T>): Promise<T> {
  const location = dbOption ?? defaultDatabasePath(io.env);
  // A PostgreSQL location is shown without its password; whether it holds a store, the store says.
  const path = redact(location);
  if (!mode.create && !isPostgresLocation(location) && !existsSync(location)) {
    throw new CliError(`no Wirewatch database at ${path}: ingest something first, or pass --db`, EXIT.store);
  }
  let store: Store;
  try {
    store = await openStore(location, { readonly: !mode.create });
  } catch (error) {
    if (error instanceof StoreError) throw new CliError(error.message, EXIT.store);
    throw error;
  }
  try {
    return await use(store, path);
  } catch (error) {
    if (error instanceof StoreError) throw new CliError(error.message, error.code === 'store.bad-query' ? EXIT.usage : EXIT.store);
    throw error;
  } finally {
    await store.close();
  }
}
