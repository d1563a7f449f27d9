import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { AsyncIterReader, WARCParser, type WARCRecord } from 'warcio';
import type { IngestItem } from '../ingest/ingest-inputs.js';
import type { RawInput } from '../model/working-document.js';
import { isGzip } from '../stages/ingest/gzip.js';
import type { InputProblem } from './files.js';
import { countSkip, failedFilter, LANGUAGE_SNIFF_BYTES, sniffDeclaredLanguage, type SkipCounts, type SourceFilters } from './filters.js';

/**
 * Web archives (WARC 1.0/1.1, gzipped per record as Common Crawl and CC-NEWS
 * ship them, or plain), read as a stream with warcio: memory stays at one
 * record however large the file. Each HTTP 200 response (or resource record)
 * holding HTML or text becomes an IngestItem; the filters run on the WARC and
 * HTTP headers and on the first bytes of the body, before anything is parsed,
 * and a record left out is skipped without reading the rest of it.
 *
 * The gzip layer is undone by Node's zlib (which reads concatenated members)
 * rather than warcio's JavaScript inflater: the same bytes, several times faster.
 */
export interface WarcSourceOptions {
  filters?: SourceFilters;
  /** Records whose body is larger than this are skipped (source.warc-record-too-large) without being read whole. */
  maxBytes: number;
  /** Counts of records left out, by reason. */
  skipped?: SkipCounts;
}

/** Names that say WARC: `.warc`, `.warc.gz`, `.arc.gz` is not supported (ARC is the older format). */
export const isWarcPath = (path: string): boolean => /\.warc(?:\.gz)?$/i.test(path);

const PAGE_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const TEXT_TYPES = new Set(['text/plain']);

function fileStartsWithGzip(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(2);
    readSync(fd, head, 0, 2, 0);
    return isGzip(head);
  } finally {
    closeSync(fd);
  }
}

/** The record's payload type and headers, whether it is an HTTP response or a bare resource. */
function describe(record: WARCRecord): { status?: number; contentType?: string; contentLanguage?: string } {
  if (record.warcType === 'response') {
    const http = record.httpHeaders;
    if (!http) return {};
    const contentType = http.headers.get('content-type') ?? undefined;
    const contentLanguage = http.headers.get('content-language') ?? undefined;
    return { status: Number(http.statusCode), ...(contentType ? { contentType } : {}), ...(contentLanguage ? { contentLanguage } : {}) };
  }
  const contentType = record.warcContentType ?? undefined;
  return { status: 200, ...(contentType ? { contentType } : {}) };
}

type Body = { ok: true; bytes: Buffer } | { ok: false; reason: 'filter.language' } | { ok: false; reason: 'too-large' };

/** Reads a record's body up to `maxBytes`, checking the declared language once the first bytes are in. */
async function readBody(record: WARCRecord, maxBytes: number, checkLanguage: ((head: Uint8Array) => boolean) | undefined): Promise<Body> {
  const chunks: Buffer[] = [];
  let size = 0;
  let languageChecked = !checkLanguage;
  for await (const chunk of record) {
    size += chunk.byteLength;
    if (size > maxBytes) return { ok: false, reason: 'too-large' };
    chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    if (!languageChecked && size >= LANGUAGE_SNIFF_BYTES) {
      languageChecked = true;
      if (!checkLanguage!(Buffer.concat(chunks, size))) return { ok: false, reason: 'filter.language' };
    }
  }
  const bytes = Buffer.concat(chunks, size);
  if (!languageChecked && !checkLanguage!(bytes)) return { ok: false, reason: 'filter.language' };
  return { ok: true, bytes };
}

/**
 * The pages of a WARC file as IngestItems, in file order. A damaged file ends
 * with one source.bad-warc problem after the records that could be read.
 *
 * @example for await (const item of warcItems('CC-NEWS-20240101.warc.gz', { maxBytes: 10e6, filters: { languages: ['en'] } })) …
 */
export async function* warcItems(path: string, options: WarcSourceOptions): AsyncGenerator<IngestItem> {
  const skipped = options.skipped ?? {};
  const filters = options.filters ?? {};
  let stream: Readable;
  try {
    const gzipped = fileStartsWithGzip(path); // opens the file first: a missing one fails here, not in a stream
    const file = createReadStream(path);
    stream = gzipped ? file.pipe(createGunzip()) : file;
    file.on('error', (error) => stream.destroy(error));
  } catch (error) {
    const problem: InputProblem = { path, code: 'input.unreadable', message: `cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
    yield { label: path, read: () => problem };
    return;
  }
  const parser = new WARCParser(new AsyncIterReader(stream, null), { keepHeadersCase: false });
  let records = 0;
  try {
    for await (const record of parser) {
      records++;
      if (record.warcType !== 'response' && record.warcType !== 'resource') continue;
      const url = record.warcTargetURI ?? '';
      const { status, contentType, contentLanguage } = describe(record);
      const mime = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
      if (status !== 200) {
        countSkip(skipped, 'warc.not-200');
        continue;
      }
      if (!PAGE_TYPES.has(mime) && !TEXT_TYPES.has(mime)) {
        countSkip(skipped, 'warc.not-html');
        continue;
      }
      const headerReason = failedFilter(filters, { url, ...(record.warcDate ? { date: record.warcDate } : {}), ...(contentLanguage ? { language: contentLanguage } : {}) });
      if (headerReason) {
        countSkip(skipped, headerReason);
        continue;
      }
      const sniff = !contentLanguage && filters.languages?.length && PAGE_TYPES.has(mime)
        ? (head: Uint8Array) => failedFilter(filters, { language: sniffDeclaredLanguage(head) }) === undefined
        : undefined;
      const body = await readBody(record, options.maxBytes, sniff);
      const label = url || `${basename(path)}#${records}`;
      if (!body.ok) {
        if (body.reason === 'filter.language') countSkip(skipped, 'filter.language');
        else {
          const problem: InputProblem = { path: label, code: 'source.warc-record-too-large', message: `the record's page is larger than ${options.maxBytes} bytes (--max-bytes)` };
          yield { label, read: () => problem };
        }
        continue;
      }
      const raw: RawInput = { bytes: body.bytes, mediaType: PAGE_TYPES.has(mime) ? 'text/html' : 'text/plain', ...(contentType ? { contentType } : {}), ...(url ? { url } : {}) };
      yield { label, read: () => raw };
    }
  } catch (error) {
    const problem: InputProblem = { path, code: 'source.bad-warc', message: `damaged after ${records} records (${(error as Error).message})` };
    yield { label: path, read: () => problem };
  } finally {
    stream.destroy();
  }
}
