/**
 * Quoted passages: where a quotation opens and closes in the text, in every
 * quotation-mark style news uses, including quotations that run over several
 * paragraphs (an opening mark at each paragraph, no closing until the last).
 */
import type { Span } from '../../model/schema.js';

export interface QuoteMarkStyle {
  id: string;
  open: string;
  close: readonly string[];
  /** The mark may also stand inside words or for other things, so it opens only before a word and after a space. */
  ambiguous: boolean;
  /**
   * Other marks that close a quotation of this style when they stand where a closing mark stands (after a word or
   * punctuation, before a space, punctuation or the paragraph's end): text typed or converted with mixed marks.
   */
  mismatchedClose?: readonly string[];
  reason: string;
}

/** Tried in this order at each position: two-character marks before their one-character prefixes. */
export const QUOTE_MARK_STYLES: readonly QuoteMarkStyle[] = [
  { id: 'doubled-apostrophes', open: "''", close: ["''"], ambiguous: true, reason: "Some wire and archive text writes a double quote as two apostrophes (''…'')." },
  { id: 'tex-quotes', open: '``', close: ["''", '"'], ambiguous: false, reason: "Text converted from TeX or old wire feeds opens with two backticks (``…'')." },
  {
    id: 'english-double', open: '“', close: ['”'], ambiguous: false, mismatchedClose: ['"', '“'],
    reason: 'English typographic double quotes “…”; closed by a straight " or a second “ in news typed with mixed marks (“It\'s unusual,“ said …; PolNeAR train: 83 "said" attributions with no candidate, many of them behind such marks).',
  },
  { id: 'german-low', open: '„', close: ['“', '”'], ambiguous: false, reason: 'German, Polish and Czech low-high quotes „…“ (Polish closes with ”).' },
  { id: 'guillemets', open: '«', close: ['»'], ambiguous: false, reason: 'French, Russian, Arabic-script and Spanish quotes «…».' },
  { id: 'reversed-guillemets', open: '»', close: ['«'], ambiguous: true, reason: 'German and Danish reversed guillemets »…«.' },
  { id: 'single-guillemets', open: '‹', close: ['›'], ambiguous: false, reason: 'Single guillemets ‹…›.' },
  { id: 'swedish-double', open: '”', close: ['”'], ambiguous: true, reason: 'Swedish and Finnish quotes ”…”, and English text typed with closing quotes only.' },
  { id: 'straight-double', open: '"', close: ['"'], ambiguous: true, mismatchedClose: ['”'], reason: 'Typewriter double quotes "…": the same mark opens and closes; a typographic ” closes one too ("But Pete Wilson won,” Axelrod said).' },
  { id: 'english-single', open: '‘', close: ['’'], ambiguous: false, reason: 'British news quotes with single marks ‘…’; a closing ’ inside a word is an apostrophe.' },
  { id: 'german-single-low', open: '‚', close: ['‘', '’'], ambiguous: false, reason: 'German single low-high quotes ‚…‘.' },
  { id: 'cjk-corner', open: '「', close: ['」'], ambiguous: false, reason: 'CJK corner brackets 「…」.' },
  { id: 'cjk-white-corner', open: '『', close: ['』'], ambiguous: false, reason: 'CJK white corner brackets 『…』.' },
];

/** Every character that can start a quotation mark, as a scanner that jumps from one to the next. */
const MARK_FIRST_CHARS = new RegExp(`[${[...new Set(QUOTE_MARK_STYLES.flatMap((s) => [s.open[0]!, ...s.close.map((c) => c[0]!)]))].map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`).join('')}]`, 'gu');

/** A quoted passage: content spans without the marks, one per paragraph it runs through. */
export interface QuotedPassage {
  /** Where the first opening mark starts. */
  markStart: number;
  /** Where the last closing mark ends (the paragraph's end when never closed). */
  markEnd: number;
  /** The quoted words, from after the first opening mark to before the last closing mark. */
  start: number;
  end: number;
  /** One span per paragraph for a multi-paragraph quotation; one span otherwise. */
  parts: Span[];
  style: string;
  /** False when the paragraph (and the next) ended with the quotation still open. */
  closed: boolean;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
/** Characters after which an ambiguous mark can open a quotation: start, space, opening brackets and dashes. */
const OPENING_CONTEXT = /[\s([{\-–—:,;/]/u;

function isLetterOrDigit(char: string | undefined): boolean {
  return char !== undefined && LETTER_OR_DIGIT.test(char);
}

function isSpace(char: string | undefined): boolean {
  return char !== undefined && SPACE.test(char);
}

/** The style whose opening mark starts at i, if it may open there. */
function openingAt(text: string, i: number, paragraphStart: number): QuoteMarkStyle | undefined {
  for (const style of QUOTE_MARK_STYLES) {
    if (!text.startsWith(style.open, i)) continue;
    const before = i > paragraphStart ? text[i - 1] : undefined;
    const after = text[i + style.open.length];
    // An opening mark comes before the quoted words, not before a space.
    if (after === undefined || isSpace(after)) continue;
    if (style.ambiguous && before !== undefined && !OPENING_CONTEXT.test(before)) continue;
    // ‘ before a digit is an elided century ("the ‘90s"), not a quotation.
    if (style.open === '‘' && !LETTER_OR_DIGIT.test(after) && after !== '“' && after !== '"') continue;
    return style;
  }
  return undefined;
}

/** The length of a closing mark of `style` at i, or 0. */
function closingAt(text: string, i: number, style: QuoteMarkStyle): number {
  for (const close of style.close) {
    if (!text.startsWith(close, i)) continue;
    const after = text[i + close.length];
    // A single closing quote followed by a letter is an apostrophe: "don’t", "Iraq’s".
    if ((close === '’' || close === '‘') && isLetterOrDigit(after)) continue;
    // An ambiguous mark after a space and before a word opens rather than closes.
    if (style.ambiguous && isSpace(text[i - 1]) && isLetterOrDigit(after)) continue;
    // "…by that?''' Mr. Biden said": the first apostrophe of three closes a quotation inside this one; the last two close this.
    if (close === "''" && after === "'") continue;
    return close.length;
  }
  for (const close of style.mismatchedClose ?? []) {
    if (text.startsWith(close, i) && inClosingPosition(text, i, close.length)) return close.length;
  }
  return 0;
}

/** After a word or punctuation and before a space, punctuation or the end: where only a closing mark stands. */
function inClosingPosition(text: string, i: number, length: number): boolean {
  const before = text[i - 1];
  const after = text[i + length];
  return before !== undefined && !isSpace(before) && !isLetterOrDigit(after) && !QUOTE_CHARS.has(after ?? '');
}

/** The mark that closes a quotation opened inside another by a mismatched mark: a straight " by another, “ by ”. */
const INNER_CLOSE: Readonly<Record<string, string>> = { '"': '"', '“': '”' };

/**
 * A mismatched mark in opening position inside a passage opens a quotation within it ("“They called it "a
 * disaster" on Monday.”"), not a close: the mark that will close that inner quotation, or undefined.
 */
function opensInner(text: string, i: number, style: QuoteMarkStyle): string | undefined {
  for (const mark of style.mismatchedClose ?? []) {
    if (!text.startsWith(mark, i)) continue;
    const before = text[i - 1];
    if ((before === undefined || OPENING_CONTEXT.test(before)) && isLetterOrDigit(text[i + mark.length])) return INNER_CLOSE[mark];
  }
  return undefined;
}

const QUOTE_CHARS = new Set(['"', '“', '”', "'", '‘', '’']);

interface OpenQuote {
  style: QuoteMarkStyle;
  markStart: number;
  contentStart: number;
  parts: Span[];
  /** The mark that closes a quotation a mismatched mark opened inside this one, until it does. */
  inner?: string;
}

/** The first non-space position of a span, or its end. */
function firstVisible(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && isSpace(text[i])) i++;
  return i;
}

function lastVisibleEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && isSpace(text[e - 1])) e--;
  return e;
}

/**
 * Finds the quoted passages of a text, paragraph by paragraph. Nested quotations
 * (‘…’ inside “…”) belong to their outer passage. A quotation still open at the
 * end of a paragraph continues when the next paragraph opens with a quotation
 * mark (the convention for multi-paragraph quotes); otherwise it ends with its
 * paragraph and is marked as not closed.
 *
 * @example findQuotedPassages('He said, “We will win.”', [{ start: 0, end: 23 }])
 *   // → [{ markStart: 9, markEnd: 23, start: 10, end: 22, parts: [{ start: 10, end: 22 }], style: 'english-double', closed: true }]
 */
export function findQuotedPassages(text: string, paragraphs: readonly Span[]): QuotedPassage[] {
  const passages: QuotedPassage[] = [];
  let open: OpenQuote | undefined;
  paragraphs.forEach((paragraph, p) => {
    let i = paragraph.start;
    if (open) {
      // Carried over from the previous paragraph: this paragraph starts with the reopening mark.
      const first = firstVisible(text, paragraph.start, paragraph.end);
      const style = openingAt(text, first, paragraph.start);
      open.contentStart = first + (style?.open.length ?? 0);
      i = open.contentStart;
    }
    for (; i < paragraph.end; i++) {
      MARK_FIRST_CHARS.lastIndex = i;
      const next = MARK_FIRST_CHARS.exec(text);
      if (!next || next.index >= paragraph.end) break;
      i = next.index;
      if (open) {
        if (open.inner !== undefined) {
          if (text.startsWith(open.inner, i)) open.inner = undefined;
          continue;
        }
        const inner = opensInner(text, i, open.style);
        if (inner !== undefined) {
          open.inner = inner;
          continue;
        }
        const length = closingAt(text, i, open.style);
        if (length === 0) continue;
        if (i > open.contentStart) {
          open.parts.push({ start: open.contentStart, end: i });
          passages.push(toPassage(open, i + length, true));
        }
        open = undefined;
        i += length - 1;
        continue;
      }
      const style = openingAt(text, i, paragraph.start);
      if (!style) continue;
      open = { style, markStart: i, contentStart: i + style.open.length, parts: [] };
      i += style.open.length - 1;
    }
    if (!open) return;
    const end = lastVisibleEnd(text, open.contentStart, paragraph.end);
    if (end > open.contentStart) open.parts.push({ start: open.contentStart, end });
    const next = paragraphs[p + 1];
    const continues = next !== undefined && openingAt(text, firstVisible(text, next.start, next.end), next.start) !== undefined;
    if (!continues) {
      if (open.parts.length > 0) passages.push(toPassage(open, end, false));
      open = undefined;
    }
  });
  return passages;
}

function toPassage(open: OpenQuote, markEnd: number, closed: boolean): QuotedPassage {
  return {
    markStart: open.markStart,
    markEnd,
    start: open.parts[0]!.start,
    end: open.parts[open.parts.length - 1]!.end,
    parts: open.parts,
    style: open.style.id,
    closed,
  };
}
