import { RejectInput, type Stage } from '../../pipeline/stage.js';
import { addIssue } from '../../pipeline/issues.js';
import type { MediaType, WorkingDocument } from '../../model/working-document.js';
import { decodeWithReason, isUnicodeEncoding, startsWithBytes as startsWith, type DecodedWithReason } from './charset.js';
import { gunzipBounded, isGzip } from './gzip.js';
import { hasHtmlMarkup } from './media-type.js';

export { decodeBytes, type Decoded } from './charset.js';

/** Bytes we inspect to tell text from binary: enough to see a file's header and a few lines. */
const SNIFF_BYTES = 8192;
/** More than this share of control characters in the sniffed bytes means binary, not text. */
const MAX_CONTROL_RATIO = 0.1;

/** Magic numbers of binary formats people drop into folders of articles by mistake. */
const BINARY_SIGNATURES: { name: string; bytes: number[] }[] = [
  { name: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'ZIP/DOCX', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip', bytes: [0x1f, 0x8b] },
  { name: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'ELF', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'SQLite', bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65] },
];

/** Names the binary format, or says 'binary' for unknown control-heavy data; undefined for text. */
export function sniffBinary(bytes: Uint8Array): string | undefined {
  const signature = BINARY_SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (signature) return signature.name;
  const head = bytes.subarray(0, SNIFF_BYTES);
  // UTF-16 text legitimately has NULs; it announces itself with a BOM, checked before us.
  let control = 0;
  for (const b of head) {
    if (b === 0) return 'binary';
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return head.length > 0 && control / head.length > MAX_CONTROL_RATIO ? 'binary' : undefined;
}

const hasUtf16Bom = (bytes: Uint8Array): boolean => startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);

/** Why the encoding was chosen, as a person would say it. */
const ENCODING_REASONS: Record<DecodedWithReason['source'], string> = {
  bom: 'its byte-order mark says so',
  http: 'declared by the HTTP Content-Type header',
  meta: "declared by the page's <meta charset>",
  'xml-declaration': "declared by the page's XML declaration",
  'valid-utf8': 'the bytes are valid UTF-8',
  'valid-utf8-over-declared': 'the bytes are valid UTF-8',
  'legacy-despite-utf8-label': 'no high byte is valid UTF-8',
  fallback: 'not valid UTF-8',
};

/** Records on the document what the decoder decided, when it is worth knowing. */
function reportEncoding(doc: WorkingDocument, decoded: DecodedWithReason): void {
  const { encoding, source, declared, invalidBytes } = decoded;
  if (source === 'fallback') {
    addIssue(doc, 'decode', 'input.legacy-encoding', 'not valid UTF-8; decoded as Windows-1252');
  } else if (source === 'valid-utf8-over-declared' || source === 'legacy-despite-utf8-label') {
    addIssue(doc, 'decode', 'input.encoding-mismatch', `declared ${declared ?? '?'}, but ${ENCODING_REASONS[source]}; decoded as ${encoding}`);
  }
  if (source !== 'fallback' && !isUnicodeEncoding(encoding)) {
    const label = declared && declared.toLowerCase() !== encoding ? ` (labelled ${declared})` : '';
    addIssue(doc, 'decode', 'input.legacy-encoding', `decoded as ${encoding}${label}: ${ENCODING_REASONS[source]}`);
  }
  if (invalidBytes > 0) addIssue(doc, 'decode', 'input.decode-errors', `${invalidBytes} byte sequences are not valid ${encoding} and became U+FFFD`);
}

/** Inflates gzip input; problems become rejections or issues. */
function inflate(doc: WorkingDocument, bytes: Uint8Array, maxBytes: number): Uint8Array {
  const result = gunzipBounded(bytes, maxBytes);
  if (!result.ok) throw new RejectInput(result.problem === 'too-large' ? 'input.too-large' : 'input.corrupt-gzip', `gzip input ${result.message}`);
  if (result.truncated) addIssue(doc, 'decode', 'input.truncated-gzip', `the gzip stream ends early; read the first ${result.bytes.byteLength} bytes`);
  return result.bytes;
}

/**
 * The media type the input turned out to be: what the source said, except that a
 * "page" without any markup (a text saved as .html) goes the plain-text way.
 */
function settleMediaType(doc: WorkingDocument, text: string): MediaType {
  if (doc.raw.mediaType === 'text/html' && !hasHtmlMarkup(text)) {
    addIssue(doc, 'decode', 'input.not-html', 'given as HTML but contains no markup; read as plain text');
    return 'text/plain';
  }
  return doc.raw.mediaType;
}

/**
 * Turns the raw input into text, rejecting what is empty, binary, corrupt or too
 * large: inflates gzip, refuses binary, decodes by the charset cascade (charset.ts),
 * and settles the media type. Provenance method: `encoding/reason`, e.g.
 * `windows-1252/meta`, or `text` for input given as a string.
 */
export const decodeStage: Stage = {
  name: 'decode',
  version: '2',
  requires: ['raw'],
  assigns: ['rawText', 'mediaType'],
  run(doc, ctx) {
    const { text, contentType, mediaType } = doc.raw;
    let { bytes } = doc.raw;
    const size = bytes ? bytes.byteLength : Buffer.byteLength(text ?? '', 'utf8');
    if (size > ctx.config.maxInputBytes) {
      throw new RejectInput('input.too-large', `input is ${size} bytes; the limit is ${ctx.config.maxInputBytes} (set maxInputBytes / --max-bytes to raise it)`);
    }
    let decoded: string;
    let method = 'text';
    if (bytes) {
      if (isGzip(bytes)) bytes = inflate(doc, bytes, ctx.config.maxInputBytes);
      const binary = hasUtf16Bom(bytes) ? undefined : sniffBinary(bytes);
      if (binary) throw new RejectInput('input.binary', `input is ${binary === 'binary' ? 'binary data' : `a ${binary} file`}, not text`);
      const result = decodeWithReason(bytes, { html: mediaType === 'text/html', ...(contentType ? { contentType } : {}) });
      decoded = result.text;
      method = `${result.encoding}/${result.source}`;
      reportEncoding(doc, result);
    } else {
      decoded = text ?? '';
    }
    if (decoded.trim().length === 0) throw new RejectInput('input.empty', size === 0 ? 'input is empty (0 bytes)' : 'input contains only whitespace');
    doc.rawText = decoded;
    doc.mediaType = settleMediaType(doc, decoded);
    return { method };
  },
};
