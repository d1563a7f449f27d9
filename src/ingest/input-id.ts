import { createHash } from 'node:crypto';
import type { RawInput } from '../model/working-document.js';

/** Bumped if what goes into the hash changes: old ledgers then simply stop matching. */
const INPUT_ID_VERSION = 'wirewatch-input/1';

/**
 * The content id of a raw input: a SHA-256 over what the analysis reads — the bytes
 * (or text), the media type it is read as, and the URL and Content-Type that can
 * change its document. The same page saved twice has one id, wherever it lies; the
 * path is left out on purpose. Ingest ledgers and queue jobs are keyed by it.
 */
export function inputId(raw: RawInput): string {
  const hash = createHash('sha256');
  for (const field of [INPUT_ID_VERSION, raw.mediaType, raw.url ?? '', raw.contentType ?? '', raw.bytes ? 'bytes' : 'text']) {
    hash.update(field).update('\0');
  }
  hash.update(raw.bytes ?? Buffer.from(raw.text ?? '', 'utf8'));
  return hash.digest('hex');
}
