/**
 * Sentences, tokens, tags and trees for a bare text, outside the pipeline: the
 * same stages in the same order, for callers (and tests) that have a sentence
 * rather than an article.
 *
 * @example
 *   const tokens = analyseSyntax('The embassy was attacked by gunmen.');
 *   new SyntaxView('The embassy was attacked by gunmen.', tokens).verbFrame(3).passive; // → true
 */
import type { Span, Token } from '../../model/schema.js';
import type { WorkingDocument } from '../../model/working-document.js';
import { DEFAULT_CONFIG } from '../../pipeline/config.js';
import { silentLogger } from '../../pipeline/logger.js';
import type { StageContext } from '../../pipeline/stage.js';
import { sentenceStage } from '../nlp/sentences.js';
import { tokenStage } from '../nlp/tokenize.js';
import { parseStage } from './parse-stage.js';
import { posStage } from './pos-stage.js';

export function analyseSyntax(text: string): Token[] {
  return analyseSyntaxDocument(text).tokens;
}

/** The same, with the sentences: what predicateFrames (src/nlp/syntax-query.ts) reads. */
export function analyseSyntaxDocument(text: string): { text: string; sentences: Span[]; tokens: Token[] } {
  const doc: WorkingDocument = { raw: { mediaType: 'text/plain', text }, text, paragraphs: [{ start: 0, end: text.length, kind: 'body' }], issues: [], provenance: [] };
  const ctx: StageContext = { config: DEFAULT_CONFIG, logger: silentLogger, now: () => new Date() };
  for (const stage of [sentenceStage, tokenStage, posStage, parseStage]) stage.run(doc, ctx);
  return { text, sentences: doc.sentences!, tokens: doc.tokens! };
}
