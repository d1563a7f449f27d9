import iconv from 'iconv-lite';
import { RejectInput, type Stage } from '../../pipeline/stage.js';
import { addIssue } from '../../pipeline/issues.js';

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

const startsWith = (bytes: Uint8Array, prefix: number[]): boolean => prefix.every((b, i) => bytes[i] === b);

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

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

/** Decodes bytes: BOM first, then strict UTF-8, then Windows-1252 (the usual legacy encoding of scraped news). */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Node 20's TextDecoder decodes 'windows-1252' as ISO-8859-1 (curly quotes become C1 controls); iconv-lite does not.
    return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1252'), encoding: 'windows-1252' };
  }
}

const hasUtf16Bom = (bytes: Uint8Array): boolean => startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);

/** Turns the raw input into text, rejecting what is empty, binary or too large. */
export const decodeStage: Stage = {
  name: 'decode',
  version: '1',
  requires: ['raw'],
  assigns: ['rawText'],
  run(doc, ctx) {
    const { bytes, text } = doc.raw;
    const size = bytes ? bytes.byteLength : Buffer.byteLength(text ?? '', 'utf8');
    if (size > ctx.config.maxInputBytes) {
      throw new RejectInput('input.too-large', `input is ${size} bytes; the limit is ${ctx.config.maxInputBytes} (set maxInputBytes / --max-bytes to raise it)`);
    }
    let decoded: string;
    let method = 'text';
    if (bytes) {
      const binary = hasUtf16Bom(bytes) ? undefined : sniffBinary(bytes);
      if (binary) throw new RejectInput('input.binary', `input is ${binary === 'binary' ? 'binary data' : `a ${binary} file`}, not text`);
      const result = decodeBytes(bytes);
      decoded = result.text;
      method = result.encoding;
      if (result.encoding === 'windows-1252') addIssue(doc, 'decode', 'input.legacy-encoding', 'not valid UTF-8; decoded as Windows-1252');
    } else {
      decoded = text ?? '';
    }
    if (decoded.trim().length === 0) throw new RejectInput('input.empty', size === 0 ? 'input is empty (0 bytes)' : 'input contains only whitespace');
    doc.rawText = decoded;
    return { method };
  },
};
