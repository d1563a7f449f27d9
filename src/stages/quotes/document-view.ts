/**
 * The document as the attribution rules read it: words with their sentence,
 * the quoted passage they stand in, and the entity mention they belong to.
 * Built once per document in linear time.
 */
import { lowerBound } from '../../nlp/sorted-search.js';
import type { Entity, Mention, Span, Token } from '../../model/schema.js';
import { findQuotedPassages, type QuotedPassage } from './quote-marks.js';

export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
  kind: Token['kind'];
  sentence: number;
  /** Index into passages of the quoted passage the word stands in (marks included), or -1. */
  passage: number;
  /** Index into mentions of the entity mention the word belongs to, or -1. */
  mention: number;
}

export interface SentenceRange extends Span {
  /** Index of the first word, and one past the last. */
  first: number;
  last: number;
  paragraph: number;
}

export interface EntityMention extends Mention {
  entity: Entity;
  /** Word indices: first, and one past the last. */
  first: number;
  last: number;
}

export interface DocumentView {
  text: string;
  words: Word[];
  sentences: SentenceRange[];
  paragraphs: readonly Span[];
  passages: QuotedPassage[];
  mentions: EntityMention[];
}

const wordStart = (w: Word): number => w.start;
const wordEnd = (w: Word): number => w.end;

export function buildDocumentView(
  text: string,
  paragraphs: readonly Span[],
  sentences: readonly Span[],
  tokens: readonly Token[],
  entities: readonly Entity[],
): DocumentView {
  const passages = findQuotedPassages(text, paragraphs);
  const words: Word[] = [];
  const ranges: SentenceRange[] = [];
  let t = 0;
  let paragraph = 0;
  let passage = 0;
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]!;
    while (paragraph < paragraphs.length - 1 && paragraphs[paragraph]!.end <= sentence.start) paragraph++;
    while (t < tokens.length && tokens[t]!.start < sentence.start) t++;
    const first = words.length;
    for (; t < tokens.length && tokens[t]!.end <= sentence.end; t++) {
      const token = tokens[t]!;
      while (passage < passages.length && passages[passage]!.markEnd <= token.start) passage++;
      const inPassage = passage < passages.length && passages[passage]!.markStart <= token.start;
      const last = doubledMarkLast(text, tokens, t, sentence.end);
      const end = tokens[last]!.end;
      t = last;
      const word = text.slice(token.start, end);
      words.push({ start: token.start, end, text: word, lower: word.toLowerCase(), kind: token.kind, sentence: s, passage: inPassage ? passage : -1, mention: -1 });
    }
    ranges.push({ start: sentence.start, end: sentence.end, first, last: words.length, paragraph });
  }

  const mentions: EntityMention[] = [];
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      const first = lowerBound(words, mention.start, wordStart);
      const last = lowerBound(words, mention.end, wordEnd) + 1;
      if (first >= words.length || first >= last || words[first]!.start !== mention.start) continue;
      mentions.push({ ...mention, entity, first, last: Math.min(last, words.length) });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    for (let w = m.first; w < m.last; w++) words[w]!.mention = i;
  }
  return { text, words, sentences: ranges, paragraphs, passages, mentions };
}

/** Marks typed as two characters that the tokenizer splits: two apostrophes ('') and two backticks (``), as archive text writes “ and ”. */
const DOUBLED_MARK_CHARS = new Set(["'", '`']);

/**
 * The last token of the word that token `t` starts: a run of apostrophes or backticks typed together is one mark
 * (quote-marks.ts), so that the rules see "irresponsible , ''" as they see "irresponsible , ”" (PolNeAR's NYT text
 * writes every quotation mark so; "…,'' said Steve Bell" had no attribution), and "them,'''" (an inner quotation
 * closed with the outer one) as one closing mark after the comma.
 */
function doubledMarkLast(text: string, tokens: readonly Token[], t: number, sentenceEnd: number): number {
  // Read as characters, not slices: this runs for every token of the document.
  const isMark = (token: Token, char: string): boolean => token.end - token.start === 1 && text[token.start] === char;
  const char = text[tokens[t]!.start]!;
  if (!DOUBLED_MARK_CHARS.has(char) || !isMark(tokens[t]!, char)) return t;
  let last = t;
  for (let next = tokens[last + 1]; next && next.start === tokens[last]!.end && next.end <= sentenceEnd && isMark(next, char); next = tokens[last + 1]) last++;
  return last;
}

/** The index of the word that starts at or after `offset`. */
export function wordAt(view: DocumentView, offset: number): number {
  return lowerBound(view.words, offset, wordStart);
}
