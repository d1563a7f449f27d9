import { readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';
import type { IssueCode } from '../model/issue-codes.js';
import type { RawInput } from '../model/working-document.js';
import { mediaTypeFromName, mediaTypeOf } from '../stages/ingest/media-type.js';

/**
 * Files a folder walk picks up: names that say text (.txt, .text) or page (.html,
 * .htm, .xhtml, .shtml), gzipped or not (page.html.gz). See EXTENSION_MEDIA_TYPES.
 */
export const isArticleFileName = (name: string): boolean => mediaTypeFromName(name) !== undefined;

export interface InputProblem {
  path: string;
  code: IssueCode;
  message: string;
}

export interface ListedInputs {
  files: string[];
  problems: InputProblem[];
}

function statOrProblem(path: string): Stats | InputProblem {
  try {
    return statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? 'unknown error'})`;
    return { path, code: 'input.unreadable', message };
  }
}

/**
 * Expands the paths a user gave: files are taken as they are (whatever their
 * extension: the user named them), directories are walked recursively for text
 * and HTML files in name order, hidden entries skipped.
 */
export function listInputs(paths: readonly string[]): ListedInputs {
  const files: string[] = [];
  const problems: InputProblem[] = [];
  const walk = (dir: string): void => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      problems.push({ path: dir, code: 'input.unreadable', message: 'cannot list directory' });
      return;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const path = join(dir, name);
      const stat = statOrProblem(path);
      if (!('isFile' in stat)) problems.push(stat);
      else if (stat.isDirectory()) walk(path);
      else if (stat.isFile() && isArticleFileName(name)) files.push(path);
    }
  };
  for (const given of paths) {
    const path = resolve(given);
    const stat = statOrProblem(path);
    if (!('isFile' in stat)) problems.push({ ...stat, path: given });
    else if (stat.isDirectory()) walk(path);
    else files.push(path);
  }
  return { files, problems };
}

/** Reads one file, refusing before reading when it is over the size limit. */
export function readInput(path: string, maxBytes: number): RawInput | InputProblem {
  const stat = statOrProblem(path);
  if (!('isFile' in stat)) return stat;
  if (!stat.isFile()) return { path, code: 'input.unreadable', message: 'not a regular file' };
  if (stat.size > maxBytes) return { path, code: 'input.too-large', message: `file is ${stat.size} bytes; the limit is ${maxBytes} (--max-bytes)` };
  try {
    return rawInputFromBytes(readFileSync(path), { path });
  } catch (error) {
    return { path, code: 'input.unreadable', message: `cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
}

/**
 * A raw input from bytes, its media type from the name when it says one, else
 * sniffed from the content (standard input, extensionless files).
 */
export function rawInputFromBytes(bytes: Uint8Array, where: { path?: string; url?: string } = {}): RawInput {
  return { bytes, mediaType: mediaTypeOf(where.path, bytes), ...(where.path ? { path: where.path } : {}), ...(where.url ? { url: where.url } : {}) };
}

export const isProblem = (x: RawInput | InputProblem): x is InputProblem => 'code' in x;
