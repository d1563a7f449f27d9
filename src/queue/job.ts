/**
 * An ingest job: everything a worker on another machine needs to analyse one input,
 * as JSON in the queue. Files travel as their bytes (gzipped for the trip when that
 * makes them smaller, base64 in JSON), bounded by the same size limit as a local
 * ingest (--max-bytes, default 10 MiB); already-decoded text travels as text; a URL
 * job carries only the URL, for a worker given a fetcher.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import type { RawInput } from '../model/working-document.js';
import type { InputProblem } from '../sources/files.js';
import { inputId } from '../ingest/input-id.js';
import { createHash } from 'node:crypto';

const MediaType = z.enum(['text/plain', 'text/html']);
const Where = { path: z.string().optional(), url: z.string().optional() };

const JobInput = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('bytes'),
    base64: z.string(),
    /** Compressed by the enqueuer for the trip (not a gzip file as given: that stays as it was). */
    gzipped: z.boolean(),
    mediaType: MediaType,
    contentType: z.string().optional(),
    ...Where,
  }),
  z.object({ kind: z.literal('text'), text: z.string(), mediaType: MediaType, ...Where }),
  z.object({ kind: z.literal('url'), url: z.string() }),
]);

export const IngestJob = z.object({
  /** The job format; a worker refuses (fails) a job of a format it does not know. */
  v: z.literal(1),
  /** The input's content id (input-id.ts); the job id is derived from it, so one input is one job. */
  inputId: z.string().min(1),
  /** A path or URL, for reports and failed-job listings. */
  label: z.string(),
  input: JobInput,
});
export type IngestJob = z.infer<typeof IngestJob>;

/** Compressing costs CPU on the enqueuer; below this size it saves too little to matter. */
const GZIP_FROM_BYTES = 2048;

/**
 * A raw input as a job, or a problem when it is over `maxBytes` (the bytes as given,
 * before any gzip of ours; as a local ingest refuses them).
 *
 * @example
 *   const job = inputToJob(rawInputFromBytes(bytes, { path }), { label: path, maxBytes: 10 * 2 ** 20 });
 */
export function inputToJob(raw: RawInput, options: { label: string; maxBytes: number }): IngestJob | InputProblem {
  const where = { ...(raw.path ? { path: raw.path } : {}), ...(raw.url ? { url: raw.url } : {}) };
  const size = raw.bytes ? raw.bytes.byteLength : Buffer.byteLength(raw.text ?? '', 'utf8');
  if (size > options.maxBytes) {
    return { path: options.label, code: 'input.too-large', message: `input is ${size} bytes; the limit is ${options.maxBytes} (--max-bytes)` };
  }
  const base = { v: 1 as const, inputId: inputId(raw), label: options.label };
  if (!raw.bytes) return { ...base, input: { kind: 'text', text: raw.text ?? '', mediaType: raw.mediaType, ...where } };
  const packed = pack(raw.bytes);
  return {
    ...base,
    input: {
      kind: 'bytes',
      base64: packed.bytes.toString('base64'),
      gzipped: packed.gzipped,
      mediaType: raw.mediaType,
      ...(raw.contentType ? { contentType: raw.contentType } : {}),
      ...where,
    },
  };
}

/** A job for a URL a worker will fetch; its content id is the URL's, so one URL is fetched once per analysis. */
export function urlToJob(url: string): IngestJob {
  const id = createHash('sha256').update('wirewatch-url/1\0').update(url).digest('hex');
  return { v: 1, inputId: id, label: url, input: { kind: 'url', url } };
}

/** The raw input a bytes or text job carries (a URL job has none: the worker fetches it). */
export function jobToInput(job: IngestJob, maxBytes: number): RawInput | undefined {
  const { input } = job;
  if (input.kind === 'url') return undefined;
  const where = { ...(input.path ? { path: input.path } : {}), ...(input.url ? { url: input.url } : {}) };
  if (input.kind === 'text') return { text: input.text, mediaType: input.mediaType, ...where };
  const carried = Buffer.from(input.base64, 'base64');
  const bytes = input.gzipped ? gunzipSync(carried, { maxOutputLength: maxBytes + 1 }) : carried;
  return { bytes, mediaType: input.mediaType, ...(input.contentType ? { contentType: input.contentType } : {}), ...where };
}

/**
 * The queue's job id for an input: its content id's first 128 bits in UUID form
 * (pg-boss keys jobs by UUID), so enqueueing an input twice makes one job.
 */
export function jobIdOf(job: IngestJob): string {
  const hex = job.inputId.slice(0, 32).padEnd(32, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

function pack(bytes: Uint8Array): { bytes: Buffer; gzipped: boolean } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.byteLength < GZIP_FROM_BYTES) return { bytes: buffer, gzipped: false };
  const compressed = gzipSync(buffer);
  return compressed.byteLength < buffer.byteLength ? { bytes: compressed, gzipped: true } : { bytes: buffer, gzipped: false };
}
