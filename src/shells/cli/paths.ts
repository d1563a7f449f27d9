import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the embedded store lives unless told: $WIREWATCH_DB, else the XDG data
 * directory (~/.local/share/wirewatch/wirewatch.db), as other command-line tools do.
 */
export function defaultDatabasePath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.WIREWATCH_DB) return env.WIREWATCH_DB;
  const dataHome = env.XDG_DATA_HOME && env.XDG_DATA_HOME.length > 0 ? env.XDG_DATA_HOME : join(homedir(), '.local', 'share');
  return join(dataHome, 'wirewatch', 'wirewatch.db');
}
