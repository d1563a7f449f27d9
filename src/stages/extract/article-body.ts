import type { Paragraph } from '../../model/schema.js';

/**
 * Pieces every article extraction stage shares, whatever the input: the body
 * assembled from paragraphs with offsets, and the stand-in title.
 */

/** A body shorter than this many words is flagged: a teaser, a listing or a failed scrape. */
export const SHORT_BODY_WORDS = 40;
/** A stand-in title from the first sentence is cut to this length. */
const FALLBACK_TITLE_CHARS = 160;

export interface AssembledBody {
  text: string;
  paragraphs: Paragraph[];
  /** The paragraphs went past maxChars; the body ends at the last whole paragraph that fit, or inside an over-long one. */
  truncated: boolean;
}

/**
 * A paragraph that does not fit is cut inside, at the last sentence end (else space) before the limit, when at least
 * this much room is left: a text whose body is one huge paragraph after a short line ("Title", then a megabyte with
 * no blank line) kept only the short line.
 */
const MIN_PARTIAL_PARAGRAPH_CHARS = 1000;

/** Where to cut `p` to at most `room` characters: after the last sentence end in its second half, else at the last space. */
function cutInside(p: string, room: number): number {
  const head = p.slice(0, room);
  const sentenceEnd = Math.max(head.lastIndexOf('. '), head.lastIndexOf('? '), head.lastIndexOf('! '));
  if (sentenceEnd >= room / 2) return sentenceEnd + 1;
  const space = head.search(/\s\S*$/u);
  return space > 0 ? space : room;
}

/**
 * Joins paragraphs with blank lines into one text, each paragraph an offset range into it, cut at maxChars on a
 * paragraph boundary, or inside a paragraph that would leave much room unused (cutInside).
 */
export function assembleBody(paragraphTexts: string[], maxChars: number): AssembledBody {
  const paragraphs: Paragraph[] = [];
  let text = '';
  for (const whole of paragraphTexts) {
    const start = text.length === 0 ? 0 : text.length + 2;
    let p = whole;
    if (start + p.length > maxChars) {
      const room = maxChars - start;
      if (room < MIN_PARTIAL_PARAGRAPH_CHARS && paragraphs.length > 0) return { text, paragraphs, truncated: true };
      p = p.slice(0, cutInside(p, room)).trimEnd();
      text = text.length === 0 ? p : `${text}\n\n${p}`;
      paragraphs.push({ start, end: start + p.length, kind: 'body' });
      return { text, paragraphs, truncated: true };
    }
    text = text.length === 0 ? p : `${text}\n\n${p}`;
    paragraphs.push({ start, end: start + p.length, kind: 'body' });
  }
  return { text, paragraphs, truncated: false };
}

/** Han, Hiragana, Katakana and Hangul: scripts written without spaces between words. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
/** Characters per word in those scripts, roughly (Japanese and Chinese words average about two). */
const CHARS_PER_UNSPACED_WORD = 2;

/** Words in a text: space-separated words, plus words estimated from scripts written without spaces. */
export function wordCount(text: string): number {
  const unspaced = (text.match(UNSPACED_SCRIPT) ?? []).length;
  return text.split(/\s+/).length + Math.floor(unspaced / CHARS_PER_UNSPACED_WORD);
}

/**
 * Whether a body is shorter than SHORT_BODY_WORDS: wordCount, without splitting a long
 * body into all its words (whitespace runs are counted only up to the threshold).
 */
export function isShortBody(text: string): boolean {
  const spaces = /\s+/g;
  // split(/\s+/) gives one piece more than there are runs of whitespace.
  let pieces = 1;
  while (pieces < SHORT_BODY_WORDS && spaces.exec(text)) pieces++;
  return pieces < SHORT_BODY_WORDS && wordCount(text) < SHORT_BODY_WORDS;
}

/** The body's first sentence, shortened, for an article without a headline. */
export function fallbackTitle(body: string): string {
  const first = body.split(/(?<=[.!?])\s/)[0]!;
  return first.length > FALLBACK_TITLE_CHARS ? first.slice(0, FALLBACK_TITLE_CHARS - 1).trimEnd() + '…' : first;
}
