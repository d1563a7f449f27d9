/** XML 1.0 text: markup characters escaped, characters XML cannot carry dropped. */

/**
 * Not allowed in an XML 1.0 document (its Char production): C0 controls other than tab,
 * LF and CR, lone surrogates, U+FFFE and U+FFFF. Dropped, as no escape can carry them.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** Markup characters, and the white space an attribute value would otherwise lose (XML normalises it to spaces). */
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/** Text safe inside an element or a double- or single-quoted attribute value, read back unchanged. */
export function xmlText(value: string | number): string {
  return String(value).replace(NOT_XML, '').replace(/[&<>"'\t\n\r]/gu, (c) => ENTITIES[c]!);
}
