/**
 * Which sentences a syntax stage (pos, parse) works on: all of them, or only
 * those a later reader names. Tagging and parsing are the costliest steps of the
 * pipeline and their one reader (events) reads a minority of sentences; tokens
 * kept in the output (config.keepTokens) are all analysed, since a reader of the
 * document may want any sentence's tags and tree.
 */
import type { Token } from '../../model/schema.js';
import type { DocumentField, WorkingDocument } from '../../model/working-document.js';
import type { Stage, StageContext, StageResult } from '../../pipeline/stage.js';
import { sentenceTokenRanges, type TokenRange } from './sentence-tokens.js';

/** The sentences (indices into Document.sentences) to analyse. */
export type SentenceSelection = (doc: WorkingDocument) => ReadonlySet<number>;

/** What a selective stage needs: the fields its selection reads, and the selection. */
export interface SelectiveSpec {
  requires: readonly DocumentField[];
  select: SentenceSelection;
}

/**
 * A syntax stage over the sentences to analyse (all of them without `spec`): `analyse`
 * gets their token ranges. It requires text, sentences and tokens, and what the selection reads.
 */
export function syntaxStageOver(name: string, version: string, spec: SelectiveSpec | undefined, analyse: (doc: WorkingDocument, sentences: TokenRange[]) => StageResult): Stage {
  return {
    name,
    version,
    requires: ['text', 'sentences', 'tokens', ...(spec?.requires ?? [])],
    assigns: ['tokens'],
    run: (doc, ctx) => analyse(doc, selectedRanges(doc, ctx, spec?.select)),
  };
}

/** The token ranges of the sentences to analyse: the selected ones, or all without a selection or with kept tokens. */
export function selectedRanges(doc: WorkingDocument, ctx: StageContext, select?: SentenceSelection): TokenRange[] {
  const ranges = sentenceTokenRanges(doc.tokens!, doc.sentences!);
  if (!select || ctx.config.keepTokens) return ranges;
  const wanted = select(doc);
  return ranges.filter((_, si) => wanted.has(si));
}

/**
 * Gives every token the fields the syntax stages fill, unset (undefined), so tagged,
 * parsed and untouched tokens share one object shape: every later stage reads
 * tokens, and V8 reads objects of mixed shapes slower (the events stage took 4.0-4.7
 * ms per bench article with three shapes against 3.6 with one).
 */
export function withSyntaxFields(tokens: Token[]): void {
  for (const t of tokens) {
    if ('pos' in t) continue;
    t.pos = undefined;
    t.tag = undefined;
    t.head = undefined;
    t.deprel = undefined;
  }
}
