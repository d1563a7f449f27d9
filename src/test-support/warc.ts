import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { WARCRecord, WARCSerializer } from 'warcio';

/** One HTTP response to archive. */
export interface ArchivedResponse {
  url: string;
  /** WARC-Date, ISO 8601. */
  date: string;
  body: string | Uint8Array;
  status?: number;
  /** HTTP headers of the response (Content-Type at least). */
  headers?: Record<string, string>;
}

const encoder = new TextEncoder();

/**
 * Writes responses as a WARC 1.1 file, each record gzipped on its own as
 * crawlers write them (so the file is a concatenation of gzip members), with a
 * warcinfo record first. Streams to disk: thousands of records stay cheap.
 */
export async function writeWarc(path: string, responses: Iterable<ArchivedResponse>, options: { gzip?: boolean } = {}): Promise<void> {
  const out = createWriteStream(path);
  const write = async (record: WARCRecord): Promise<void> => {
    const bytes = await WARCSerializer.serialize(record, { gzip: options.gzip ?? true });
    if (!out.write(bytes)) await once(out, 'drain');
  };
  await write(WARCRecord.createWARCInfo({ filename: path, warcVersion: 'WARC/1.1' }, { software: 'wirewatch tests' }));
  for (const response of responses) {
    const body = typeof response.body === 'string' ? encoder.encode(response.body) : response.body;
    const status = response.status ?? 200;
    const record = WARCRecord.create(
      {
        url: response.url,
        date: response.date,
        type: 'response',
        warcVersion: 'WARC/1.1',
        statusline: `HTTP/1.1 ${status} ${status === 200 ? 'OK' : 'Other'}`,
        httpHeaders: { 'Content-Type': 'text/html; charset=utf-8', ...response.headers, 'Content-Length': String(body.byteLength) },
      },
      [body],
    );
    await write(record);
  }
  out.end();
  await once(out, 'finish');
}
