/**
 * Sentence splitting: ICU's sentence rules (Intl.Segmenter) as the base, then a few
 * merge rules for what ICU gets wrong in news English — breaks after abbreviations
 * ("Mr.", "Jan.", "U.S."), after initials ("J. R. Jones"), before a lower-case or
 * numeric continuation ("“Why?” he asked.") and inside parentheses.
 */
import type { Span } from '../../model/schema.js';
import type { Stage } from '../../pipeline/stage.js';
import { lookupAbbreviation, SENTENCE_OPENERS } from './abbreviations.js';

/** Created once: constructing a segmenter loads ICU break data. */
const SEGMENTER = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Only this much of a sentence's end is inspected for its last word; no abbreviation is longer. */
const LAST_WORD_WINDOW = 24;

/** The word (letters and internal full stops) right before a final full stop: "Mr" of "(Mr.", "U.S" of "the U.S.". */
const WORD_BEFORE_FINAL_STOP = /([\p{L}.]*\p{L})\.$/u;
/** A dotted initialism not in the list ("N.Y.C", "S.C"): behaves like "U.S.". */
const DOTTED_INITIALISM = /^(?:\p{L}\.)+\p{L}$/u;
const SINGLE_CAPITAL = /^\p{Lu}$/u;
/** Characters skipped when looking at how the next piece begins: space, opening quotes and brackets. */
const OPENING_NOISE = /[\s"'“‘«([]/u;
const LOWERCASE_OR_DIGIT = /[\p{Ll}\p{Nd}]/u;
const FIRST_WORD = /^[\s"'“‘«([]*([\p{L}]+)/u;

interface Piece {
  start: number;
  end: number;
  /** Open parentheses/brackets not yet closed at the end of the piece. */
  openBrackets: number;
}

/**
 * Splits the paragraph text[start, end) into sentences, as spans into `text`
 * trimmed of surrounding whitespace.
 *
 * @example splitSentences('Mr. Smith met Dr. J. R. Jones. He left.', 0, 39)
 *   // → [{start: 0, end: 30}, {start: 31, end: 39}]
 */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const pieces: Piece[] = [];
  let current: Piece | undefined;
  for (const segment of segmentsOf(text, start, end)) {
    const segStart = segment.index;
    const segEnd = segStart + segment.segment.length;
    if (current && continuesSentence(text, current, segStart, segEnd)) {
      current.end = segEnd;
      current.openBrackets = Math.max(0, current.openBrackets + bracketBalance(segment.segment));
      continue;
    }
    if (current) pieces.push(current);
    current = { start: segStart, end: segEnd, openBrackets: Math.max(0, bracketBalance(segment.segment)) };
  }
  if (current) pieces.push(current);
  return pieces.map((piece) => trimSpan(text, piece.start, piece.end)).filter((span) => span.end > span.start);
}

/**
 * ICU is handed a paragraph in pieces of at most about this many characters: V8's sentence segmenter slows down with
 * the length of the string it walks (quadratic: 100 KB 86 ms, 200 KB 1 s, 400 KB 3.5 s), and a paragraph of a
 * scraped page can be a megabyte. News paragraphs are far shorter, so they are segmented whole.
 */
const SEGMENT_CHUNK_CHARS = 8_000;
/** A cut between chunks goes right after a sentence end and its spaces, where ICU breaks too. */
const SENTENCE_END_AND_SPACE = /[.!?]["'”’)\]]*\s+/gu;

/** ICU's sentence segments of text[start, end), as absolute offsets, walking a long paragraph in chunks. */
function* segmentsOf(text: string, start: number, end: number): Generator<{ index: number; segment: string }> {
  let at = start;
  while (at < end) {
    let stop = end;
    if (end - at > SEGMENT_CHUNK_CHARS) {
      stop = at + SEGMENT_CHUNK_CHARS;
      // The last sentence end in the chunk's second half, else the last space, else a hard cut.
      const window = text.slice(at + SEGMENT_CHUNK_CHARS / 2, stop);
      let cut = -1;
      for (const m of window.matchAll(SENTENCE_END_AND_SPACE)) cut = m.index + m[0].length;
      if (cut < 0) cut = window.search(/\s\S*$/u) + 1;
      if (cut > 0) stop = at + SEGMENT_CHUNK_CHARS / 2 + cut;
    }
    for (const segment of SEGMENTER.segment(text.slice(at, stop))) yield { index: at + segment.index, segment: segment.segment };
    at = stop;
  }
}

/** True when the break between `previous` and the segment [nextStart, nextEnd) is a false break. */
function continuesSentence(text: string, previous: Piece, nextStart: number, nextEnd: number): boolean {
  // ICU breaks at "?" or "!" even inside "(…)"; a parenthesis is never cut.
  if (previous.openBrackets > 0) return true;
  const nextFirst = firstMeaningfulChar(text, nextStart, nextEnd);
  // A new sentence starts with a capital (or a quote of one); lower case or a digit continues.
  if (nextFirst !== undefined && LOWERCASE_OR_DIGIT.test(nextFirst)) return true;
  const previousEnd = trimSpan(text, previous.start, previous.end).end;
  if (text.charCodeAt(previousEnd - 1) !== 0x2e /* . */) return false;
  const tail = text.slice(Math.max(previous.start, previousEnd - LAST_WORD_WINDOW), previousEnd);
  const word = WORD_BEFORE_FINAL_STOP.exec(tail)?.[1];
  if (word === undefined) return false;
  return abbreviationContinues(word, nextFirstWord(text, nextStart, nextEnd));
}

/** Whether a full stop after `word` is an abbreviation's stop rather than the sentence's end. */
function abbreviationContinues(word: string, nextWord: string | undefined): boolean {
  if (SINGLE_CAPITAL.test(word)) return true; // an initial: "J. R. Jones"
  const info = lookupAbbreviation(word);
  if (info) {
    // "No." before a number was already merged by the digit rule; otherwise it is the word "no".
    if (info.beforeNumberOnly) return false;
    if (!info.mayEndSentence) return true;
  } else if (!DOTTED_INITIALISM.test(word)) {
    return false;
  }
  // "U.S." / "Inc." / "p.m.": a typical sentence opener next means the sentence did end there.
  return nextWord === undefined || !SENTENCE_OPENERS.has(nextWord);
}

function firstMeaningfulChar(text: string, start: number, end: number): string | undefined {
  for (let i = start; i < end; i++) {
    const char = text[i]!;
    if (!OPENING_NOISE.test(char)) return char;
  }
  return undefined;
}

function nextFirstWord(text: string, start: number, end: number): string | undefined {
  return FIRST_WORD.exec(text.slice(start, Math.min(end, start + LAST_WORD_WINDOW)))?.[1];
}

/** Opening minus closing parentheses and square brackets. */
function bracketBalance(segment: string): number {
  let balance = 0;
  for (let i = 0; i < segment.length; i++) {
    const code = segment.charCodeAt(i);
    if (code === 0x28 || code === 0x5b) balance++;
    else if (code === 0x29 || code === 0x5d) balance--;
  }
  return balance;
}

function isSpace(code: number): boolean {
  // ASCII whitespace, no-break space, and the Unicode space separators and line/paragraph separators.
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** The span [start, end) without leading and trailing whitespace. */
export function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

/** Splits every paragraph into sentences; no sentence crosses a paragraph boundary. */
export const sentenceStage: Stage = {
  name: 'sentences',
  version: '1',
  requires: ['text', 'paragraphs'],
  assigns: ['sentences'],
  run(doc) {
    const text = doc.text!;
    const sentences: Span[] = [];
    for (const paragraph of doc.paragraphs!) {
      for (const sentence of splitSentences(text, paragraph.start, paragraph.end)) sentences.push(sentence);
    }
    doc.sentences = sentences;
    return { method: 'intl-segmenter+merge-rules' };
  },
};
