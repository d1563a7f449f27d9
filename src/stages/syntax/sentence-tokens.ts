/**
 * Which tokens make up each sentence, as index ranges into Document.tokens
 * (tokens are sorted and each lies inside one sentence: the token stage
 * tokenizes sentence by sentence).
 */
import type { Span, Token } from '../../model/schema.js';

/** A sentence's tokens: Document.tokens[first .. end). */
export interface TokenRange {
  first: number;
  end: number;
}

export function sentenceTokenRanges(tokens: readonly Token[], sentences: readonly Span[]): TokenRange[] {
  const ranges: TokenRange[] = [];
  let t = 0;
  for (const sentence of sentences) {
    while (t < tokens.length && tokens[t]!.start < sentence.start) t++;
    const first = t;
    while (t < tokens.length && tokens[t]!.end <= sentence.end) t++;
    ranges.push({ first, end: t });
  }
  return ranges;
}

/** The text of tokens[first .. end). */
export function tokenForms(text: string, tokens: readonly Token[], range: TokenRange): string[] {
  const forms: string[] = [];
  for (let i = range.first; i < range.end; i++) forms.push(text.slice(tokens[i]!.start, tokens[i]!.end));
  return forms;
}
