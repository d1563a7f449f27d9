import { Fetcher, type FetcherOptions } from '../fetch/fetcher.js';
import { listInputs, readInput, type InputProblem } from '../sources/files.js';
import type { SkipCounts, SourceFilters } from '../sources/filters.js';
import { isWarcPath, warcItems } from '../sources/warc.js';
import { webItems } from '../sources/web.js';
import type { IngestItem } from './ingest-inputs.js';

/**
 * Everything `wirewatch ingest` accepts, as one stream of IngestItems: files
 * and folders of articles, WARC archives, and http(s) URLs of feeds, sitemaps
 * and articles. The local ingest (ingestInputs) and the queue (enqueueInputs)
 * both take this stream, so every kind of input goes the same way.
 */
export interface SourceInputOptions {
  /** Inputs larger than this are refused (files, WARC records, fetched bodies). */
  maxBytes: number;
  filters?: SourceFilters;
  /** For URLs: user agent, politeness, which private addresses are allowed. */
  fetch?: FetcherOptions;
}

export interface SourceInputs {
  items: AsyncIterable<IngestItem>;
  /** Paths that could not be listed, known before anything is read. */
  problems: InputProblem[];
  /** How many items there will be, when that is known up front (files only). */
  total?: number;
  /** Inputs left out by a filter or for not being pages, by reason; complete once `items` is consumed. */
  skipped: SkipCounts;
  /** Releases network connections; call after consuming `items`. */
  close(): Promise<void>;
}

export const isHttpUrl = (input: string): boolean => /^https?:\/\//i.test(input.trim());

/** The inputs by kind: URLs, WARC files, and the files and folders of articles. */
export function splitInputs(inputs: readonly string[]): { urls: string[]; warcs: string[]; paths: string[] } {
  const urls = inputs.filter(isHttpUrl).map((u) => u.trim());
  const warcs = inputs.filter((i) => !isHttpUrl(i) && isWarcPath(i));
  const paths = inputs.filter((i) => !isHttpUrl(i) && !isWarcPath(i));
  return { urls, warcs, paths };
}

/** Why there is nothing to ingest, or undefined when some input may give something. */
export function nothingToIngest(inputs: readonly string[]): { message: string; problems: InputProblem[] } | undefined {
  const { urls, warcs, paths } = splitInputs(inputs);
  if (urls.length > 0 || warcs.length > 0) return undefined;
  const listed = listInputs(paths);
  if (listed.files.length > 0) return undefined;
  return { message: `no .txt, .html or .warc(.gz) files or http(s) URLs to ingest in ${inputs.join(', ')}`, problems: listed.problems };
}

/**
 * @example
 *   const sources = openSources(['feeds/iraq.xml', 'https://example.org/rss', 'CC-NEWS.warc.gz'], { maxBytes: 10e6 });
 *   const report = await ingestInputs(sources.items, store);
 *   await sources.close();
 */
export function openSources(inputs: readonly string[], options: SourceInputOptions): SourceInputs {
  const { urls, warcs, paths } = splitInputs(inputs);
  const listed = listInputs(paths);
  const skipped: SkipCounts = {};
  let fetcher: Fetcher | undefined;
  const filters = options.filters ?? {};
  async function* all(): AsyncGenerator<IngestItem> {
    for (const path of listed.files) yield { label: path, read: () => readInput(path, options.maxBytes) };
    for (const warc of warcs) yield* warcItems(warc, { maxBytes: options.maxBytes, filters, skipped });
    if (urls.length > 0) {
      fetcher = new Fetcher({ maxBytes: options.maxBytes, ...options.fetch });
      yield* webItems(urls, { fetcher, filters, skipped });
    }
  }
  return {
    items: all(),
    problems: listed.problems,
    ...(urls.length === 0 && warcs.length === 0 ? { total: listed.files.length } : {}),
    skipped,
    close: async () => {
      await fetcher?.close();
    },
  };
}
