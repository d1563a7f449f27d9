import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file whether it runs from src/ (tsx) or dist/src/ (compiled). */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
  return dir;
}

export const REPO_ROOT = findRoot();
export const EXAMPLES_DIR = join(REPO_ROOT, 'examples');
export const FIXTURES_DIR = join(REPO_ROOT, 'test', 'fixtures');
/** ../shared beside the repository: present for developers and CI, absent in a user's clone. */
export const SHARED_DIR = join(REPO_ROOT, '..', 'shared');
export const CLI_PATH = join(REPO_ROOT, 'dist', 'src', 'shells', 'cli', 'main.js');

/** The reason to skip a test that needs ../shared, or false when it is there. */
export function skipWithoutShared(relative: string): string | false {
  return existsSync(join(SHARED_DIR, relative)) ? false : `needs ../shared/${relative}, which is not beside this checkout`;
}
