import { constants, gunzipSync } from 'node:zlib';

/**
 * Gzip-compressed input (saved pages as .html.gz, archives, HTTP bodies), inflated
 * with a bound on the output so a small file cannot expand into gigabytes.
 */

export const GZIP_MAGIC: readonly number[] = [0x1f, 0x8b];

export const isGzip = (bytes: Uint8Array): boolean => bytes.length >= 2 && bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];

export type Gunzipped =
  | { ok: true; bytes: Uint8Array; /** The stream ended early: what it held so far is returned. */ truncated: boolean }
  | { ok: false; problem: 'corrupt' | 'too-large'; message: string };

const errorCode = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | undefined)?.code;

/**
 * Inflates gzip bytes to at most `maxBytes`. A stream cut short (an interrupted
 * download) yields what it held, flagged `truncated`; a damaged stream is `corrupt`;
 * output beyond the limit is `too-large`. Never throws.
 *
 * @example gunzipBounded(readFileSync('page.html.gz'), 10 * 1024 * 1024)
 */
export function gunzipBounded(bytes: Uint8Array, maxBytes: number): Gunzipped {
  const tooLarge = (): Gunzipped => ({ ok: false, problem: 'too-large', message: `decompresses to more than ${maxBytes} bytes; the limit is ${maxBytes} (--max-bytes)` });
  try {
    return { ok: true, bytes: gunzipSync(bytes, { maxOutputLength: maxBytes }), truncated: false };
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ERR_BUFFER_TOO_LARGE') return tooLarge();
    if (code !== 'Z_BUF_ERROR') return { ok: false, problem: 'corrupt', message: `the gzip data is corrupt (${(error as Error).message})` };
  }
  // Unexpected end of stream: flush what was inflated instead of failing at the end.
  try {
    const partial = gunzipSync(bytes, { maxOutputLength: maxBytes, finishFlush: constants.Z_SYNC_FLUSH });
    if (partial.length === 0) return { ok: false, problem: 'corrupt', message: 'the gzip stream ends before any data' };
    return { ok: true, bytes: partial, truncated: true };
  } catch (error) {
    if (errorCode(error) === 'ERR_BUFFER_TOO_LARGE') return tooLarge();
    return { ok: false, problem: 'corrupt', message: `the gzip data is corrupt (${(error as Error).message})` };
  }
}

/** Bytes of compressed input inflated to sniff what a gzip stream holds (up to ~1 MB out at gzip's maximum ratio). */
const PEEK_COMPRESSED_BYTES = 1024;

/** The first bytes a gzip stream inflates to, for sniffing; empty when they cannot be read. Never throws. */
export function peekGunzip(bytes: Uint8Array): Uint8Array {
  try {
    return gunzipSync(bytes.subarray(0, PEEK_COMPRESSED_BYTES), { finishFlush: constants.Z_SYNC_FLUSH });
  } catch {
    return new Uint8Array(0);
  }
}
