import { setTimeout as sleep } from 'node:timers/promises';
import { Agent, request, type Dispatcher } from 'undici';
import { checkAddress, validateAllowances, type AddressPolicy } from './address-policy.js';
import { ACCEPT_ENCODING, decodeContent } from './content-encoding.js';
import type { FetchFailure, FetchResult } from './fetch-result.js';
import { HostScheduler } from './host-scheduler.js';
import { RobotsCache, ROBOTS_MAX_BYTES } from './robots.js';
import { findRefusedAddressError, safeLookup, type Resolver } from './safe-lookup.js';

export type { FetchFailure, FetchResult, FetchedResource, NotModified } from './fetch-result.js';

/**
 * A polite, safe HTTP fetcher for feeds, sitemaps and pages.
 *
 * Safe: only http(s); only public addresses (checked on the URL's literal and
 * again on every DNS answer at connect time, for every redirect hop) unless
 * the policy allows more; bounded time, size and redirects.
 * Polite: robots.txt, a per-host concurrency and delay (raised by Crawl-delay),
 * retries with exponential backoff that honour Retry-After, conditional GET.
 * Every failure is a coded FetchFailure, never an exception.
 */
export interface FetcherOptions extends AddressPolicy {
  /** Sent with every request; its first token (before `/`) is matched against robots.txt groups. */
  userAgent?: string;
  /** One attempt, from the request to the last body byte (ms). */
  timeoutMs?: number;
  /** Responses larger than this (compressed, or once decompressed) are aborted (bytes). */
  maxBytes?: number;
  maxRedirects?: number;
  /** Attempts after the first, for 408/429/5xx, timeouts and dropped connections. */
  retries?: number;
  /** The first retry waits about this long; each next one twice as long (ms). */
  backoffMs?: number;
  /** A Retry-After longer than this is not waited for: the URL fails (ms). */
  maxRetryAfterMs?: number;
  perHostConcurrency?: number;
  /** The least time between two request starts to one host (ms). */
  perHostDelayMs?: number;
  totalConcurrency?: number;
  /** Obey robots.txt (default true). */
  respectRobots?: boolean;
  /** A DNS resolver for tests; the system's otherwise. */
  resolver?: Resolver;
}

export interface FetchRequestOptions {
  /** The ETag of the copy we have: the server may answer 304 Not Modified. */
  etag?: string;
  /** The Last-Modified of the copy we have. */
  lastModified?: string;
  accept?: string;
  /** A smaller size limit than the fetcher's, for this request. */
  maxBytes?: number;
}

export const DEFAULT_USER_AGENT = 'Wirewatch/0.1 (+https://github.com/wirewatch/wirewatch; news research crawler)';

/** Defaults a crawler of other people's sites should start with. */
export const FETCH_DEFAULTS = {
  // Pages that take longer than this are rare; a hanging server must not hold a slot for minutes.
  timeoutMs: 30_000,
  // The pipeline's own input limit (DEFAULT_CONFIG.maxInputBytes): a larger page would be rejected anyway.
  maxBytes: 10 * 1024 * 1024,
  // Browsers stop at 20; 5 is what RFC 9309 asks for robots.txt and plenty for article links.
  maxRedirects: 5,
  retries: 2,
  backoffMs: 1000,
  maxRetryAfterMs: 120_000,
  perHostConcurrency: 2,
  // One request a second per host is the common courtesy of research crawlers.
  perHostDelayMs: 1000,
  totalConcurrency: 16,
} as const;

const DEFAULT_ACCEPT = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5';
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Statuses that say "try again later" rather than "no". */
const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
/** Connection errors worth a second try: the server dropped us, not "there is no such server". */
const RETRY_NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'EAI_AGAIN']);
const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT', 'ETIMEDOUT']);

type Attempt =
  | { kind: 'done'; result: FetchResult }
  | { kind: 'redirect'; location: string; status: number }
  | { kind: 'retry'; failure: FetchFailure; retryAfterMs?: number };

const header = (headers: Dispatcher.ResponseData['headers'], name: string): string | undefined => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** Retry-After as milliseconds: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Drops a response body we do not want; undici reports the abort as an error event, expected here. */
function discard(body: Dispatcher.ResponseData['body']): void {
  body.on('error', () => {});
  body.destroy();
}

function errorCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

export class Fetcher {
  private readonly options: Required<Omit<FetcherOptions, 'resolver' | 'allowAddresses' | 'allowPrivate'>>;
  private readonly policy: AddressPolicy;
  private readonly agent: Agent;
  private readonly scheduler: HostScheduler;
  private readonly robots: RobotsCache;

  constructor(options: FetcherOptions = {}) {
    if (options.allowAddresses) validateAllowances(options.allowAddresses);
    this.policy = { allowPrivate: options.allowPrivate ?? false, allowAddresses: options.allowAddresses ?? [] };
    this.options = {
      userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
      timeoutMs: options.timeoutMs ?? FETCH_DEFAULTS.timeoutMs,
      maxBytes: options.maxBytes ?? FETCH_DEFAULTS.maxBytes,
      maxRedirects: options.maxRedirects ?? FETCH_DEFAULTS.maxRedirects,
      retries: options.retries ?? FETCH_DEFAULTS.retries,
      backoffMs: options.backoffMs ?? FETCH_DEFAULTS.backoffMs,
      maxRetryAfterMs: options.maxRetryAfterMs ?? FETCH_DEFAULTS.maxRetryAfterMs,
      perHostConcurrency: options.perHostConcurrency ?? FETCH_DEFAULTS.perHostConcurrency,
      perHostDelayMs: options.perHostDelayMs ?? FETCH_DEFAULTS.perHostDelayMs,
      totalConcurrency: options.totalConcurrency ?? FETCH_DEFAULTS.totalConcurrency,
      respectRobots: options.respectRobots ?? true,
    };
    this.agent = new Agent({
      connect: { lookup: safeLookup(this.policy, options.resolver), timeout: this.options.timeoutMs },
      connections: this.options.perHostConcurrency,
      headersTimeout: this.options.timeoutMs,
      bodyTimeout: this.options.timeoutMs,
    });
    this.scheduler = new HostScheduler({ perHost: this.options.perHostConcurrency, delayMs: this.options.perHostDelayMs, total: this.options.totalConcurrency });
    const token = this.options.userAgent.split('/')[0]!.trim() || 'Wirewatch';
    this.robots = new RobotsCache((url) => this.follow(url, { maxBytes: ROBOTS_MAX_BYTES, accept: 'text/plain' }, false), token);
  }

  /**
   * Fetches one URL. Never throws for network or server problems: they are a FetchFailure with a code.
   *
   * @example
   *   const fetcher = new Fetcher({ userAgent: 'MyLab/1.0 (+mailto:me@example.org)' });
   *   const r = await fetcher.fetch('https://example.org/feed.xml', { etag: saved.etag });
   *   if (r.ok && !r.notModified) parse(r.bytes);
   */
  async fetch(url: string, options: FetchRequestOptions = {}): Promise<FetchResult> {
    return this.follow(url, options, this.options.respectRobots);
  }

  async close(): Promise<void> {
    await this.agent.close();
  }

  /** Follows redirects, checking every hop as if it were the first. */
  private async follow(url: string, options: FetchRequestOptions, checkRobots: boolean): Promise<FetchResult> {
    const seen = new Set<string>();
    let current = url;
    for (let hop = 0; ; hop++) {
      const target = this.checkTarget(current, url);
      if (!(target instanceof URL)) return target;
      if (seen.has(target.href)) return this.fail(url, 'fetch.too-many-redirects', `redirect loop through ${target.href}`);
      seen.add(target.href);
      if (checkRobots) {
        const verdict = await this.robots.check(target);
        if (!verdict.allowed) return { ...verdict.failure, url };
        if (verdict.crawlDelayMs !== undefined) this.scheduler.setHostDelay(target.host, verdict.crawlDelayMs);
      }
      const outcome = await this.withRetries(target, options);
      if (outcome.kind === 'done') return { ...outcome.result, url };
      if (outcome.kind === 'retry') return { ...outcome.failure, url };
      if (hop >= this.options.maxRedirects) return this.fail(url, 'fetch.too-many-redirects', `more than ${this.options.maxRedirects} redirects (last to ${outcome.location})`, outcome.status);
      current = new URL(outcome.location, target).href;
    }
  }

  /** The URL if it may be requested; a failure for other schemes, credentials and non-public literal addresses. */
  private checkTarget(href: string, asked: string): URL | FetchFailure {
    const target = URL.canParse(href) ? new URL(href) : undefined;
    if (!target || (target.protocol !== 'http:' && target.protocol !== 'https:')) {
      return this.fail(asked, href === asked ? 'fetch.bad-url' : 'fetch.too-many-redirects', href === asked ? `not an absolute http(s) URL: ${href}` : `redirected to a non-http(s) URL: ${href}`);
    }
    if (target.username || target.password) return this.fail(asked, 'fetch.bad-url', 'URLs with credentials are not fetched');
    // A literal address never reaches the DNS lookup, so it is checked here.
    const host = target.hostname.replace(/^\[|\]$/g, '');
    if (/^[\d.]+$/.test(host) || host.includes(':')) {
      const verdict = checkAddress(host, this.policy);
      if (!verdict.allowed) return this.fail(asked, 'fetch.refused-private-address', `${target.host} is a ${verdict.range} address${href === asked ? '' : ` (redirected to ${href})`}`);
    }
    return target;
  }

  private async withRetries(target: URL, options: FetchRequestOptions): Promise<Attempt> {
    let attempt: Attempt;
    for (let n = 0; ; n++) {
      attempt = await this.scheduler.run(target.host, () => this.once(target, options));
      if (attempt.kind !== 'retry' || n >= this.options.retries) return attempt;
      const backoff = this.options.backoffMs * 2 ** n * (1 + Math.random() / 2);
      const wait = attempt.retryAfterMs ?? backoff;
      if (wait > this.options.maxRetryAfterMs) {
        return { kind: 'retry', failure: { ...attempt.failure, message: `${attempt.failure.message}; the server asks to wait ${Math.round(wait / 1000)} s, more than the ${Math.round(this.options.maxRetryAfterMs / 1000)} s allowed` } };
      }
      await sleep(wait);
    }
  }

  private async once(target: URL, options: FetchRequestOptions): Promise<Attempt> {
    const maxBytes = Math.min(options.maxBytes ?? this.options.maxBytes, this.options.maxBytes);
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), this.options.timeoutMs);
    const headers: Record<string, string> = {
      'user-agent': this.options.userAgent,
      accept: options.accept ?? DEFAULT_ACCEPT,
      'accept-encoding': ACCEPT_ENCODING,
    };
    if (options.etag) headers['if-none-match'] = options.etag;
    if (options.lastModified) headers['if-modified-since'] = options.lastModified;
    const href = target.href;
    try {
      const response = await request(target, { dispatcher: this.agent, method: 'GET', headers, signal: abort.signal, maxRedirections: 0 });
      const { statusCode: status } = response;
      const h = response.headers;
      if (REDIRECT_STATUSES.has(status) && header(h, 'location')) {
        discard(response.body);
        return { kind: 'redirect', location: header(h, 'location')!, status };
      }
      const validators = { ...(header(h, 'etag') ? { etag: header(h, 'etag')! } : {}), ...(header(h, 'last-modified') ? { lastModified: header(h, 'last-modified')! } : {}) };
      if (status === 304) {
        discard(response.body);
        return { kind: 'done', result: { ok: true, notModified: true, url: href, finalUrl: href, status: 304, ...validators } };
      }
      if (status < 200 || status > 299) {
        discard(response.body);
        const failure = this.fail(href, 'fetch.http-status', `HTTP ${status}`, status);
        if (!RETRY_STATUSES.has(status)) return { kind: 'done', result: failure };
        const retryAfterMs = parseRetryAfter(header(h, 'retry-after'));
        return retryAfterMs === undefined ? { kind: 'retry', failure } : { kind: 'retry', failure, retryAfterMs };
      }
      const declared = Number(header(h, 'content-length'));
      if (Number.isFinite(declared) && declared > maxBytes) {
        discard(response.body);
        return { kind: 'done', result: this.fail(href, 'fetch.too-large', `the server declares ${declared} bytes; the limit is ${maxBytes}`, status) };
      }
      const chunks: Buffer[] = [];
      let received = 0;
      for await (const chunk of response.body as AsyncIterable<Buffer>) {
        received += chunk.byteLength;
        if (received > maxBytes) {
          discard(response.body);
          return { kind: 'done', result: this.fail(href, 'fetch.too-large', `the body exceeds ${maxBytes} bytes; the download was aborted there`, status) };
        }
        chunks.push(chunk);
      }
      const decoded = decodeContent(Buffer.concat(chunks, received), header(h, 'content-encoding'), maxBytes);
      if (!decoded.ok) return { kind: 'done', result: this.fail(href, decoded.problem === 'too-large' ? 'fetch.too-large' : 'fetch.bad-encoding', decoded.message, status) };
      const contentType = header(h, 'content-type');
      const contentLanguage = header(h, 'content-language');
      return {
        kind: 'done',
        result: { ok: true, notModified: false, url: href, finalUrl: href, status, bytes: decoded.bytes, ...(contentType ? { contentType } : {}), ...(contentLanguage ? { contentLanguage } : {}), ...validators },
      };
    } catch (error) {
      return this.classifyError(href, error, abort.signal.aborted);
    } finally {
      clearTimeout(timer);
    }
  }

  private classifyError(href: string, error: unknown, timedOut: boolean): Attempt {
    const refused = findRefusedAddressError(error);
    if (refused) return { kind: 'done', result: this.fail(href, 'fetch.refused-private-address', refused.message) };
    const code = errorCode(error);
    if (timedOut || (code !== undefined && TIMEOUT_CODES.has(code))) {
      return { kind: 'retry', failure: this.fail(href, 'fetch.timeout', `no complete answer within ${this.options.timeoutMs} ms`) };
    }
    const message = `${code ?? 'error'}: ${(error as Error).message}`;
    const failure = this.fail(href, 'fetch.network', message);
    return code !== undefined && RETRY_NETWORK_CODES.has(code) ? { kind: 'retry', failure } : { kind: 'done', result: failure };
  }

  private fail(url: string, code: FetchFailure['code'], message: string, status?: number): FetchFailure {
    return { ok: false, url, code, message, ...(status !== undefined ? { status } : {}) };
  }
}
