import { InvalidArgumentError } from 'commander';
import type { QueryNode } from '../../query/ast.js';
import { QueryError } from '../../query/errors.js';
import { parseQuery } from '../../query/parse.js';
import { CliError, EXIT } from './exit-codes.js';

const UNITS: Record<string, number> = { '': 1, b: 1, kb: 1024, k: 1024, mb: 1024 ** 2, m: 1024 ** 2, gb: 1024 ** 3, g: 1024 ** 3 };

/** "10MB", "512k", "2000" → bytes. */
export function parseByteSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value.trim());
  const unit = m ? UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || unit === undefined) throw new InvalidArgumentError('expected a size like 10MB, 512KB or 2000');
  const bytes = Math.floor(Number(m[1]) * unit);
  if (bytes <= 0) throw new InvalidArgumentError('the size must be positive');
  return bytes;
}

export function parsePositiveInt(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return Number(value);
}

export function parseNonNegativeInt(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError('expected a whole number');
  return Number(value);
}

/** An absolute http(s) URL, as given (`--url`). */
export function parseHttpUrl(value: string): string {
  const url = URL.canParse(value.trim()) ? new URL(value.trim()) : undefined;
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) throw new InvalidArgumentError('expected an absolute http(s) URL like https://example.com/news/story.html');
  return url.href;
}

/** The query words of a command line in the search language (none: everything); a bad query is a usage error. */
export function parseQueryWords(words: readonly string[]): QueryNode {
  try {
    return parseQuery(words.join(' '), { allowEmpty: true }).root;
  } catch (error) {
    if (error instanceof QueryError) throw new CliError(`bad query: ${error.describe()}`, EXIT.usage);
    throw error;
  }
}
