/**
 * Unicode clean-up of scraped text: one canonical form so that offsets, search
 * and matching behave. Quotation marks are kept as they are (curly quotes carry
 * meaning for quote attribution); only invisible or ambiguous characters change.
 */

/** No-break and typographic spaces: all become an ordinary space (titles often carry U+00A0). */
const SPACE_LIKE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g;
/** Zero-width characters, soft hyphens and BOMs left by CMSs: invisible, they only break matching. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
/** C0/C1 control characters other than newline (matching them is the point). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g;
/** Bidirectional marks (common in text translated from Arabic or Hebrew). */
const BIDI = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Any character one of the replacements below changes (line ends included): most paragraphs have none. */
// eslint-disable-next-line no-control-regex
const ANY_REPLACED = /[\r\u2028\u2029\u00A0\u1680\u2000-\u200F\u202A-\u202F\u205F\u2060\u2066-\u2069\u3000\u00AD\uFEFF\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;

export function normaliseUnicode(input: string): string {
  const composed = input.normalize('NFC');
  if (!ANY_REPLACED.test(composed)) return composed.includes(' \n') || composed.endsWith(' ') ? composed.replace(/ +$/gm, '') : composed;
  return replaceCharacters(composed);
}

/** normaliseUnicode's replacements in full on NFC text, whether or not it has any character they change (exported for the fast path's test). */
export function replaceCharacters(composed: string): string {
  return composed
    .replace(/\r\n?/g, '\n')
    .replace(/\u2028|\u2029/g, '\n')
    .replace(SPACE_LIKE, ' ')
    .replace(INVISIBLE, '')
    .replace(BIDI, '')
    .replace(CONTROL, '')
    .replace(/ +$/gm, '');
}

/** Where any of repairSpacing's replacements can apply: two spaces, a space before punctuation or a closing bracket or quote, one after an opening bracket. */
const SPACING_TO_REPAIR = / {2}| [.,;:!?]|[.,!?;:] +[”’]|\( | \)/;

/**
 * Repairs spacing inside one paragraph: collapses runs of spaces and removes the
 * stray space that machine translation and some CMSs put before punctuation
 * ("in Iraq ." → "in Iraq.", "power. ”" → "power.”"). Ellipses and opening
 * quotes are left alone.
 */
export function repairSpacing(paragraph: string): string {
  return SPACING_TO_REPAIR.test(paragraph) ? replaceSpacing(paragraph) : paragraph.trim();
}

/** repairSpacing's replacements in full, whether or not the paragraph needs any (exported for the fast path's test). */
export function replaceSpacing(paragraph: string): string {
  return paragraph
    .replace(/ {2,}/g, ' ')
    .replace(/(\S) +([.,;:!?]+)(?=\s|$|["”’)\]])/g, (match, before: string, punct: string) => (punct.startsWith('...') ? match : before + punct))
    .replace(/([.,!?;:]) +([”’])(?=\s|$)/g, '$1$2')
    .replace(/\( +/g, '(')
    .replace(/ +\)/g, ')')
    .trim();
}
