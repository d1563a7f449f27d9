import { InvalidArgumentError, type Command } from 'commander';
import { validateAllowances } from '../../fetch/address-policy.js';
import type { FetcherOptions } from '../../fetch/fetcher.js';
import type { SourceInputOptions } from '../../ingest/source-inputs.js';
import type { SkipCounts } from '../../sources/filters.js';
import { writeLine, type Io } from './output.js';

/** The options of commands that read feeds, URLs and archives (ingest, watch). */
export interface SourceCliOptions {
  since?: Date;
  host?: string[];
  lang?: string[];
  allowPrivate?: boolean;
  allowAddress?: string[];
  userAgent?: string;
  delay?: number;
}

const DURATION_UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

/** "15m", "2h", "1d" → milliseconds. */
export function parseDuration(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*$/i.exec(value);
  const unit = m ? (m[2]!.toLowerCase() === 's' ? 1000 : DURATION_UNITS[m[2]!.toLowerCase()]) : undefined;
  if (!m || unit === undefined || Number(m[1]) <= 0) throw new InvalidArgumentError('expected a duration like 30s, 15m, 2h or 1d');
  return Math.round(Number(m[1]) * unit);
}

/** An ISO date or date-time ("2024-05-01", "2024-05-01T12:00Z"), or a duration back from now ("2d"). */
export function parseSince(value: string, now = Date.now()): Date {
  if (/^\s*\d+(?:\.\d+)?\s*[smhdw]\s*$/i.test(value)) return new Date(now - parseDuration(value));
  const at = /^\d{4}-\d{2}-\d{2}/.test(value.trim()) ? Date.parse(value.trim()) : Number.NaN;
  if (Number.isNaN(at)) throw new InvalidArgumentError('expected a date like 2024-05-01 or 2024-05-01T12:00Z, or a duration back from now like 2d');
  return new Date(at);
}

/** "bbc.co.uk,reuters.com" (the option may also be repeated). */
const collectList = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), ...value.split(',').map((v) => v.trim()).filter(Boolean)];

function collectLanguages(value: string, previous: string[] | undefined): string[] {
  const list = collectList(value, undefined);
  for (const tag of list) if (!/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*$/.test(tag)) throw new InvalidArgumentError(`expected language codes like en or en,fr; got ${tag}`);
  return [...(previous ?? []), ...list];
}

function collectAddresses(value: string, previous: string[] | undefined): string[] {
  const list = collectList(value, undefined);
  try {
    validateAllowances(list);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
  return [...(previous ?? []), ...list];
}

function parseDelay(value: string): number {
  return value.trim() === '0' ? 0 : parseDuration(/^\d+(?:\.\d+)?$/.test(value.trim()) ? `${value}s` : value);
}

/** Adds the source options to a command. */
export function addSourceOptions(command: Command): Command {
  return command
    .option('--since <date>', 'feeds, sitemaps, WARC: only items published (WARC: crawled) at or after this date, or this long ago (2d)', (v: string) => parseSince(v))
    .option('--host <hosts>', 'feeds, sitemaps, WARC: only pages on these hosts or their subdomains (comma-separated, repeatable)', collectList)
    .option('--lang <codes>', 'feeds, sitemaps, WARC: leave out pages declared in other languages (Content-Language, <html lang>, news:language)', collectLanguages)
    .option('--allow-private', 'let URLs reach private, loopback and link-local addresses (refused by default: a feed must not make Wirewatch read internal services)')
    .option('--allow-address <addresses>', 'let URLs reach exactly these private addresses or CIDR ranges (comma-separated, repeatable), e.g. 127.0.0.1 for a local test server', collectAddresses)
    .option('--user-agent <string>', 'the User-Agent sent, and matched against robots.txt by its first word (default Wirewatch/0.1 …)')
    .option('--delay <duration>', 'least time between two requests to one host (default 1s; robots.txt Crawl-delay can raise it)', parseDelay);
}

/** The library options the parsed command-line options stand for. */
export function sourceOptions(opts: SourceCliOptions, maxBytes: number): SourceInputOptions {
  const fetch: FetcherOptions = {
    ...(opts.allowPrivate ? { allowPrivate: true } : {}),
    ...(opts.allowAddress ? { allowAddresses: opts.allowAddress } : {}),
    ...(opts.userAgent ? { userAgent: opts.userAgent } : {}),
    ...(opts.delay !== undefined ? { perHostDelayMs: opts.delay } : {}),
  };
  return {
    maxBytes,
    fetch,
    filters: { ...(opts.since ? { since: opts.since } : {}), ...(opts.host ? { hosts: opts.host } : {}), ...(opts.lang ? { languages: opts.lang } : {}) },
  };
}

/** One stderr line with what was left out, when anything was. */
export function reportSkipped(io: Io, skipped: SkipCounts): void {
  const parts = Object.entries(skipped).filter(([, n]) => (n ?? 0) > 0).map(([reason, n]) => `${n} ${reason}`);
  if (parts.length > 0) writeLine(io.stderr, `wirewatch: left out: ${parts.join(', ')}`);
}
