import iconv from 'iconv-lite';

/** A decoded page and how its encoding was chosen. */
export interface DecodedHtml {
  text: string;
  /** The encoding used, as iconv-lite names it (lower case). */
  encoding: string;
  /** Why that encoding: which step of the cascade decided. */
  source: 'bom' | 'meta' | 'valid-utf8' | 'fallback';
}

/** Browsers look for the declaration in the first 1024 bytes; pages in the wild put it later, so we look further. */
const PRESCAN_BYTES = 4096;

const BOMS: { bytes: number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/**
 * Labels the WHATWG Encoding Standard maps onto another encoding: pages labelled
 * Latin-1 or ASCII are in practice Windows-1252 (curly quotes in 0x80–0x9F), and a
 * UTF-16 label without a BOM cannot be right for bytes we could scan as ASCII.
 */
const LABEL_ALIASES: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'utf-16': 'utf-8',
  'utf-16le': 'utf-8',
  'utf-16be': 'utf-8',
  utf8: 'utf-8',
};

const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([a-z0-9_.:-]+)/i;

const startsWith = (bytes: Uint8Array, prefix: number[]): boolean => prefix.every((b, i) => bytes[i] === b);

const toBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** The encoding a page declares in its first bytes, if iconv-lite knows it. */
export function declaredEncoding(bytes: Uint8Array): string | undefined {
  // Latin-1 maps each byte to one character, so the ASCII markup reads the same whatever the real encoding.
  const head = toBuffer(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1');
  const match = META_CHARSET.exec(head);
  if (!match) return undefined;
  const label = match[1]!.toLowerCase();
  const encoding = LABEL_ALIASES[label] ?? label;
  return iconv.encodingExists(encoding) ? encoding : undefined;
}

function decodeUtf8Strict(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Decodes the bytes of an HTML page the way a browser would, minus the network:
 *   1. a byte-order mark wins;
 *   2. else a `<meta charset>` or `http-equiv="content-type"` declaration in the first 4 KB;
 *   3. else UTF-8 if the bytes are valid UTF-8;
 *   4. else Windows-1252, the usual legacy encoding of Western pages.
 * Lives in the evaluation for now; the HTML ingest stage may adopt it later.
 *
 * @example decodeHtml(readFileSync('page.html')).text
 */
export function decodeHtml(bytes: Uint8Array): DecodedHtml {
  const bom = BOMS.find((b) => startsWith(bytes, b.bytes));
  if (bom) return { text: iconv.decode(toBuffer(bytes.subarray(bom.bytes.length)), bom.encoding), encoding: bom.encoding, source: 'bom' };
  const declared = declaredEncoding(bytes);
  // iconv-lite, not TextDecoder: Node 20's TextDecoder decodes windows-1252 as ISO-8859-1.
  if (declared) return { text: iconv.decode(toBuffer(bytes), declared), encoding: declared, source: 'meta' };
  const utf8 = decodeUtf8Strict(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', source: 'valid-utf8' };
  return { text: iconv.decode(toBuffer(bytes), 'windows-1252'), encoding: 'windows-1252', source: 'fallback' };
}
