import robotsParserModule from 'robots-parser';
import type { FetchFailure, FetchResult } from './fetch-result.js';

/**
 * robots.txt, read once per origin and cached, with RFC 9309's rules for when
 * it cannot be read: a 4xx means there are no rules (everything allowed); a
 * server error or no connection means the whole site is disallowed for now.
 */

// The package is CommonJS (module.exports = the function) but its types declare an ES default
// export; under NodeNext the default import is the function at run time, so the types are corrected here.
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;

/** RFC 9309 §2.4: a cached robots.txt should not be used for more than 24 hours. */
const RULES_TTL_MS = 24 * 60 * 60 * 1000;
/** A site whose robots.txt failed is tried again after this long (a watch runs for days). */
const UNAVAILABLE_TTL_MS = 10 * 60 * 1000;
/** Crawl-delay values above this are taken as this: a typo of 3600 should not stall a crawl for an hour per page. */
export const MAX_CRAWL_DELAY_MS = 30_000;
/** RFC 9309 §2.5: parsers must read at least 500 KiB. */
export const ROBOTS_MAX_BYTES = 512 * 1024;

type Rules =
  | { kind: 'rules'; robot: ReturnType<typeof robotsParser>; crawlDelayMs?: number }
  | { kind: 'allow-all' }
  | { kind: 'unavailable'; failure: FetchFailure };

interface CacheEntry {
  rules: Promise<Rules>;
  expires: number;
}

export type RobotsVerdict = { allowed: true; crawlDelayMs?: number } | { allowed: false; failure: FetchFailure };

export class RobotsCache {
  private readonly cache = new Map<string, CacheEntry>();

  /**
   * @param fetchRobots fetches a robots.txt URL (following redirects, checking addresses, never checking robots itself)
   * @param agentToken the product token robots.txt groups are matched against, e.g. `Wirewatch`
   */
  constructor(
    private readonly fetchRobots: (url: string) => Promise<FetchResult>,
    private readonly agentToken: string,
  ) {}

  /** Whether `url` may be fetched, and the origin's Crawl-delay when it sets one. */
  async check(url: URL): Promise<RobotsVerdict> {
    const rules = await this.rulesFor(url.origin);
    switch (rules.kind) {
      case 'allow-all':
        return { allowed: true };
      case 'unavailable':
        return { allowed: false, failure: { ...rules.failure, url: url.href } };
      case 'rules': {
        if (rules.robot.isDisallowed(url.href, this.agentToken) === true) {
          const line = rules.robot.getMatchingLineNumber(url.href, this.agentToken);
          return { allowed: false, failure: { ok: false, url: url.href, code: 'fetch.robots-disallowed', message: `disallowed by ${url.origin}/robots.txt${line > 0 ? ` (line ${line})` : ''}` } };
        }
        return rules.crawlDelayMs === undefined ? { allowed: true } : { allowed: true, crawlDelayMs: rules.crawlDelayMs };
      }
    }
  }

  private rulesFor(origin: string): Promise<Rules> {
    const cached = this.cache.get(origin);
    if (cached && cached.expires > Date.now()) return cached.rules;
    const entry: CacheEntry = { rules: this.load(origin), expires: Number.POSITIVE_INFINITY };
    this.cache.set(origin, entry);
    void entry.rules.then((rules) => {
      entry.expires = Date.now() + (rules.kind === 'unavailable' ? UNAVAILABLE_TTL_MS : RULES_TTL_MS);
    });
    return entry.rules;
  }

  private async load(origin: string): Promise<Rules> {
    const robotsUrl = `${origin}/robots.txt`;
    const result = await this.fetchRobots(robotsUrl);
    if (!result.ok) {
      // A refused address stays what it is: the page itself would be refused for the same reason.
      if (result.code === 'fetch.refused-private-address') return { kind: 'unavailable', failure: result };
      if (result.code === 'fetch.http-status' && result.status !== undefined && result.status >= 400 && result.status < 500 && result.status !== 429) {
        return { kind: 'allow-all' };
      }
      return { kind: 'unavailable', failure: { ok: false, url: robotsUrl, code: 'fetch.robots-unavailable', message: `${robotsUrl} could not be read (${result.code}: ${result.message}); the site is treated as disallowed`, ...(result.status !== undefined ? { status: result.status } : {}) } };
    }
    if (result.notModified) return { kind: 'allow-all' };
    const robot = robotsParser(robotsUrl, Buffer.from(result.bytes).toString('utf8'));
    const delay = robot.getCrawlDelay(this.agentToken);
    return delay !== undefined && Number.isFinite(delay) && delay > 0
      ? { kind: 'rules', robot, crawlDelayMs: Math.min(delay * 1000, MAX_CRAWL_DELAY_MS) }
      : { kind: 'rules', robot };
  }
}
