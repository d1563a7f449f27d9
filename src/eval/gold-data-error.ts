import { ConlluError } from '../nlp/conllu.js';

/**
 * Gold data that cannot be read as the format says: a folder where a file is expected, a file of another format, a
 * split without its parts. The CLI reports it as bad input (exit 3) with the path, not as an internal error: the
 * user pointed `--data` at the wrong thing, and the message should tell them what was expected.
 */
export class GoldDataError extends Error {
  override name = 'GoldDataError';
}

/** File-system errors that mean the gold data's path is wrong (missing, a folder for a file, a file for a folder, unreadable). */
const PATH_ERRORS: ReadonlySet<string> = new Set(['ENOENT', 'EISDIR', 'ENOTDIR', 'EACCES']);

/** Whether an error thrown while running an evaluation is about its gold data rather than a bug. */
export function isGoldDataProblem(error: unknown): error is Error {
  if (error instanceof GoldDataError || error instanceof ConlluError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' && PATH_ERRORS.has(code);
}
