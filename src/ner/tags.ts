/**
 * The tag set the model predicts: BILOU over PER, ORG, LOC (Begin, Inside, Last,
 * Unit, Outside). BILOU rather than BIO because a span's last token and a
 * one-token name look different from its inside (Ratinov & Roth 2009 measured
 * about a point of F1 on CoNLL); corpora arrive in BIO and are converted.
 */
import { NER_TYPES, spansFromBio, type NerType, type TokenSpan } from './corpus.js';

export const OUTSIDE = 0;
const PREFIXES = ['B', 'I', 'L', 'U'] as const;

/** Tag names by id: 'O', then B-/I-/L-/U- of each type. */
export const TAG_NAMES: readonly string[] = ['O', ...NER_TYPES.flatMap((type) => PREFIXES.map((p) => `${p}-${type}`))];
export const TAG_COUNT = TAG_NAMES.length;

const tagId = (prefix: (typeof PREFIXES)[number], type: NerType): number => 1 + NER_TYPES.indexOf(type) * PREFIXES.length + PREFIXES.indexOf(prefix);

export function tagPrefix(tag: number): 'O' | 'B' | 'I' | 'L' | 'U' {
  return tag === OUTSIDE ? 'O' : PREFIXES[(tag - 1) % PREFIXES.length]!;
}

export function tagType(tag: number): NerType | undefined {
  return tag === OUTSIDE ? undefined : NER_TYPES[Math.floor((tag - 1) / PREFIXES.length)];
}

/**
 * Whether tag `next` may follow tag `prev` (prev = -1: sentence start; next = -1:
 * sentence end). Inside a span only I/L of its type may follow; outside one only
 * O, B or U may.
 */
export function allowedTransition(prev: number, next: number): boolean {
  const open = prev >= 0 && (tagPrefix(prev) === 'B' || tagPrefix(prev) === 'I');
  if (next < 0) return !open;
  const p = tagPrefix(next);
  if (open) return (p === 'I' || p === 'L') && tagType(next) === tagType(prev);
  return p === 'O' || p === 'B' || p === 'U';
}

/** BILOU ids of `length` tokens from typed spans. */
export function bilouFromSpans(length: number, spans: readonly TokenSpan[]): Uint8Array {
  const tags = new Uint8Array(length);
  for (const span of spans) {
    const type = span.type as NerType;
    if (span.end - span.start === 1) {
      tags[span.start] = tagId('U', type);
      continue;
    }
    tags[span.start] = tagId('B', type);
    for (let i = span.start + 1; i < span.end - 1; i++) tags[i] = tagId('I', type);
    tags[span.end - 1] = tagId('L', type);
  }
  return tags;
}

export function bilouFromBio(bio: readonly string[]): Uint8Array {
  return bilouFromSpans(bio.length, spansFromBio(bio));
}

/** Spans from a (well-formed) BILOU sequence. */
export function spansFromBilou(tags: ArrayLike<number>): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let start = -1;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    const p = tagPrefix(tag);
    if (p === 'U') spans.push({ start: i, end: i + 1, type: tagType(tag)! });
    else if (p === 'B') start = i;
    else if (p === 'L' && start >= 0) {
      spans.push({ start, end: i + 1, type: tagType(tag)! });
      start = -1;
    } else if (p === 'O') start = -1;
  }
  return spans;
}

/** BIO strings from BILOU ids, for scoring with conlleval. */
export function bioFromBilou(tags: ArrayLike<number>): string[] {
  const bio: string[] = new Array<string>(tags.length).fill('O');
  for (const span of spansFromBilou(tags)) {
    for (let i = span.start; i < span.end; i++) bio[i] = (i === span.start ? 'B-' : 'I-') + span.type;
  }
  return bio;
}
