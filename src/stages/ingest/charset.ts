import iconv from 'iconv-lite';

/**
 * Bytes to text, with the reason for the encoding chosen. One decoder for every
 * input: plain text and web pages, from files, standard input or (later) HTTP.
 * The cascade, each step engaged only when the one before says nothing:
 *   1. `bom` — a byte-order mark wins (as in browsers);
 *   2. `http` — the charset of an HTTP Content-Type header;
 *   3. `meta` / `xml-declaration` — for HTML only, a `<meta charset>`, `http-equiv="content-type"`
 *      or `<?xml encoding>` declaration in the first PRESCAN_BYTES;
 *   4. `valid-utf8` — the bytes are valid UTF-8;
 *   5. `fallback` — Windows-1252, the usual legacy encoding of Western news text.
 * Two corrections of a declaration (2–3), because pages lie about their encoding more often than
 * bytes do: `valid-utf8-over-declared` — bytes that are valid UTF-8 with multi-byte sequences are UTF-8
 * whatever a legacy label says (legacy text is valid UTF-8 only when every high byte happens to pair
 * like "Ã©", which real text almost never does, while CMSs often serve UTF-8 under an old template's
 * iso-8859-1 label); `legacy-despite-utf8-label` — a UTF-8 label over bytes of which no high byte is
 * valid UTF-8 is a Latin page with a wrong label (read as Windows-1252, not as a page of U+FFFD).
 */

export type EncodingSource =
  | 'bom'
  | 'http'
  | 'meta'
  | 'xml-declaration'
  | 'valid-utf8'
  | 'valid-utf8-over-declared'
  | 'legacy-despite-utf8-label'
  | 'fallback';

export interface DecodeHints {
  /** Look for an encoding declaration in the markup (HTML and XHTML inputs). */
  html?: boolean;
  /** An HTTP Content-Type header value, e.g. `text/html; charset=ISO-8859-1`. */
  contentType?: string;
}

export interface Decoded {
  text: string;
  /** The encoding used, as iconv-lite and the WHATWG Encoding Standard name it (lower case). */
  encoding: string;
}

export interface DecodedWithReason extends Decoded {
  /** Which step of the cascade decided. */
  source: EncodingSource;
  /** The label the header or the page declared, when there was one. */
  declared?: string;
  /** Bytes the chosen encoding could not decode (each became U+FFFD). */
  invalidBytes: number;
}

/** Browsers prescan 1024 bytes for a declaration; pages in the wild put it later (after long <head> comments), so we look further. */
export const PRESCAN_BYTES = 4096;

const BOMS: readonly { bytes: readonly number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/**
 * Encoding labels mapped as the WHATWG Encoding Standard maps them (what browsers
 * do, so what page authors saw when they checked their page), as data with reasons.
 */
interface LabelAlias {
  labels: readonly string[];
  encoding: string;
  reason: string;
}
const LABEL_ALIASES: readonly LabelAlias[] = [
  {
    labels: ['iso-8859-1', 'iso8859-1', 'iso_8859-1', 'latin1', 'l1', 'cp819', 'us-ascii', 'ascii', 'ansi_x3.4-1968', 'cp1252', 'x-cp1252', 'x-user-defined'],
    encoding: 'windows-1252',
    reason: 'Pages labelled Latin-1 or ASCII are in practice Windows-1252 (curly quotes and dashes in 0x80–0x9F); browsers decode them so.',
  },
  { labels: ['iso-8859-9', 'iso8859-9', 'latin5', 'l5'], encoding: 'windows-1254', reason: 'WHATWG: Turkish Latin-5 is read as its Windows superset.' },
  { labels: ['tis-620', 'iso-8859-11', 'iso8859-11'], encoding: 'windows-874', reason: 'WHATWG: Thai TIS-620 is read as its Windows superset.' },
  { labels: ['gb2312', 'gb_2312', 'gb_2312-80', 'chinese', 'csgb2312', 'x-gbk', 'iso-ir-58'], encoding: 'gbk', reason: 'WHATWG: GB2312 pages are decoded as GBK, its superset.' },
  {
    labels: ['shift_jis', 'shift-jis', 'sjis', 'x-sjis', 'ms_kanji', 'ms932', 'windows-31j', 'csshiftjis'],
    encoding: 'cp932',
    reason: "WHATWG's Shift_JIS is Microsoft's code page 932 (with the NEC and IBM extensions Japanese pages use).",
  },
  { labels: ['ks_c_5601-1987', 'ks_c_5601-1989', 'korean', 'windows-949', 'cp949', 'csksc56011987'], encoding: 'euc-kr', reason: 'WHATWG: Korean labels all mean EUC-KR (as code page 949).' },
  { labels: ['big5-hkscs', 'cn-big5', 'x-x-big5', 'csbig5'], encoding: 'big5', reason: 'WHATWG: Big5 labels all mean Big5 with HKSCS.' },
  { labels: ['utf8', 'unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'x-unicode20utf8'], encoding: 'utf-8', reason: 'Old names of UTF-8.' },
];

/**
 * A UTF-16 label found by scanning the bytes as ASCII cannot be right (UTF-16 markup
 * is not ASCII-readable), so browsers read such pages as UTF-8; an HTTP header may say UTF-16.
 */
const UTF16_IN_MARKUP = new Set(['utf-16', 'utf-16le', 'utf-16be', 'unicode', 'ucs-2']);

const aliasByLabel = new Map<string, string>(LABEL_ALIASES.flatMap((a) => a.labels.map((l) => [l, a.encoding] as const)));

/** The encoding a label names, if iconv-lite can decode it. */
export function encodingForLabel(label: string, inMarkup: boolean): string | undefined {
  const l = label.trim().toLowerCase();
  if (inMarkup && UTF16_IN_MARKUP.has(l)) return 'utf-8';
  const encoding = aliasByLabel.get(l) ?? l;
  return iconv.encodingExists(encoding) ? encoding : undefined;
}

const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([a-z0-9_.:-]+)/i;
const XML_ENCODING = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([a-z0-9_.:-]+)/i;
const HTTP_CHARSET = /;\s*charset\s*=\s*["']?([a-z0-9_.:-]+)/i;

export const startsWithBytes = (bytes: Uint8Array, prefix: readonly number[]): boolean => prefix.every((b, i) => bytes[i] === b);

export const toBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

interface Declaration {
  label: string;
  encoding: string;
  source: 'http' | 'meta' | 'xml-declaration';
}

/** The encoding declared by the HTTP header, else (for HTML) by the page's first bytes. */
export function declaredEncoding(bytes: Uint8Array, hints: DecodeHints): Declaration | undefined {
  const httpLabel = hints.contentType ? HTTP_CHARSET.exec(hints.contentType)?.[1] : undefined;
  const httpEncoding = httpLabel ? encodingForLabel(httpLabel, false) : undefined;
  if (httpLabel && httpEncoding) return { label: httpLabel, encoding: httpEncoding, source: 'http' };
  if (!hints.html) return undefined;
  // Latin-1 maps each byte to one character, so the ASCII markup reads the same whatever the real encoding.
  const head = toBuffer(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1');
  const meta = META_CHARSET.exec(head)?.[1];
  const metaEncoding = meta ? encodingForLabel(meta, true) : undefined;
  if (meta && metaEncoding) return { label: meta, encoding: metaEncoding, source: 'meta' };
  const xml = XML_ENCODING.exec(head)?.[1];
  const xmlEncoding = xml ? encodingForLabel(xml, true) : undefined;
  if (xml && xmlEncoding) return { label: xml, encoding: xmlEncoding, source: 'xml-declaration' };
  return undefined;
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

const hasHighBytes = (bytes: Uint8Array): boolean => bytes.some((b) => b >= 0x80);

const REPLACEMENT = /\uFFFD/g;
/** Any non-ASCII character other than U+FFFD (surrogates included). */
const DECODED_NON_ASCII = /[\u0080-\uFFFC\uFFFE\uFFFF]/;
const countReplacements = (text: string): number => (text.match(REPLACEMENT) ?? []).length;

/** Decodes with iconv-lite, not TextDecoder: Node 20's TextDecoder decodes windows-1252 as ISO-8859-1 (curly quotes become C1 controls). */
const decodeAs = (bytes: Uint8Array, encoding: string): string => iconv.decode(toBuffer(bytes), encoding);

const windows1252 = (bytes: Uint8Array, source: EncodingSource, declared?: string): DecodedWithReason => ({
  text: decodeAs(bytes, 'windows-1252'),
  encoding: 'windows-1252',
  source,
  invalidBytes: 0,
  ...(declared ? { declared } : {}),
});

/** Decodes bytes by the cascade above and says why it chose that encoding. */
export function decodeWithReason(bytes: Uint8Array, hints: DecodeHints = {}): DecodedWithReason {
  const bom = BOMS.find((b) => startsWithBytes(bytes, b.bytes));
  if (bom) return { text: decodeAs(bytes.subarray(bom.bytes.length), bom.encoding), encoding: bom.encoding, source: 'bom', invalidBytes: 0 };

  const utf8 = strictUtf8(bytes);
  const declaration = declaredEncoding(bytes, hints);
  if (declaration) {
    const { encoding, source, label } = declaration;
    if (encoding === 'utf-8') {
      if (utf8 !== undefined) return { text: utf8, encoding, source, declared: label, invalidBytes: 0 };
      const lenient = new TextDecoder('utf-8').decode(bytes);
      const invalidBytes = countReplacements(lenient);
      // Not one non-ASCII character decoded: every high byte is invalid UTF-8, so the label is wrong.
      if (!DECODED_NON_ASCII.test(lenient)) return windows1252(bytes, 'legacy-despite-utf8-label', label);
      return { text: lenient, encoding, source, declared: label, invalidBytes };
    }
    if (utf8 !== undefined && hasHighBytes(bytes) && !encoding.startsWith('utf-16')) {
      return { text: utf8, encoding: 'utf-8', source: 'valid-utf8-over-declared', declared: label, invalidBytes: 0 };
    }
    const text = decodeAs(bytes, encoding);
    return { text, encoding, source, declared: label, invalidBytes: countReplacements(text) };
  }
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', source: 'valid-utf8', invalidBytes: 0 };
  return windows1252(bytes, 'fallback');
}

/**
 * Decodes bytes: BOM, declared charset, valid UTF-8, else Windows-1252.
 *
 * @example decodeBytes(readFileSync('page.html'), { html: true }).text
 */
export function decodeBytes(bytes: Uint8Array, hints: DecodeHints = {}): Decoded {
  const { text, encoding } = decodeWithReason(bytes, hints);
  return { text, encoding };
}

/** Unicode encodings: everything else is a legacy (single- or double-byte) code page. */
export const isUnicodeEncoding = (encoding: string): boolean => /^utf-/.test(encoding);
