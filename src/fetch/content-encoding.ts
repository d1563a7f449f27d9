import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';

/**
 * Undoes an HTTP Content-Encoding (gzip, deflate, br) with a bound on the output,
 * so a small compressed response cannot inflate into gigabytes. The compressed
 * bytes were already read under the same bound (a body never shrinks on
 * compression by design, except bombs, which the output bound stops).
 */
export type Decoded = { ok: true; bytes: Uint8Array } | { ok: false; problem: 'too-large' | 'bad-encoding'; message: string };

/** The encodings we send in Accept-Encoding and can undo. */
export const ACCEPT_ENCODING = 'gzip, deflate, br';

function undoOne(bytes: Uint8Array, coding: string, maxBytes: number): Uint8Array | undefined {
  const bounded = { maxOutputLength: maxBytes };
  switch (coding) {
    case 'identity':
    case '':
      return bytes;
    case 'gzip':
    case 'x-gzip':
      return gunzipSync(bytes, bounded);
    case 'br':
      return brotliDecompressSync(bytes, bounded);
    case 'deflate':
      // RFC 9110 says zlib-wrapped; some servers send raw deflate. A zlib header's low nibble is 8 (the deflate method).
      return (bytes[0]! & 0x0f) === 8 && ((bytes[0]! << 8) | bytes[1]!) % 31 === 0 ? inflateSync(bytes, bounded) : inflateRawSync(bytes, bounded);
    default:
      return undefined;
  }
}

/**
 * Decodes `bytes` sent with `contentEncoding` (codings applied in order, undone in reverse).
 *
 * @example decodeContent(gzipSync(Buffer.from('<p>hi</p>')), 'gzip', 1e6) // → { ok: true, bytes: <p>hi</p> }
 */
export function decodeContent(bytes: Uint8Array, contentEncoding: string | undefined, maxBytes: number): Decoded {
  const codings = (contentEncoding ?? '').split(',').map((c) => c.trim().toLowerCase()).filter((c) => c !== '' && c !== 'identity');
  let out = bytes;
  for (const coding of codings.reverse()) {
    try {
      const next = undoOne(out, coding, maxBytes);
      if (!next) return { ok: false, problem: 'bad-encoding', message: `unknown Content-Encoding ${JSON.stringify(coding)}` };
      out = next;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        return { ok: false, problem: 'too-large', message: `the ${coding} body decompresses to more than ${maxBytes} bytes` };
      }
      return { ok: false, problem: 'bad-encoding', message: `the ${coding} body is corrupt (${(error as Error).message})` };
    }
  }
  return { ok: true, bytes: out };
}
