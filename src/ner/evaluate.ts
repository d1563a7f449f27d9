/**
 * Scores a tagger on gold documents, conlleval style, over PER/ORG/LOC.
 */
import { bioFromSpans, NER_TYPES, type TaggedDocument, type TokenSpan } from './corpus.js';
import { SpanScorer, type ConllEvalResult } from './conlleval.js';

/** Anything that tags the sentences of a document. */
export type DocumentTagger = (sentences: readonly (readonly string[])[]) => TokenSpan[][];

export function evaluateTagger(tagger: DocumentTagger, documents: readonly TaggedDocument[]): ConllEvalResult & { tokens: number; sentences: number } {
  const scorer = new SpanScorer(NER_TYPES);
  let tokens = 0;
  let sentences = 0;
  for (const document of documents) {
    const predicted = tagger(document.sentences.map((s) => s.tokens));
    document.sentences.forEach((sentence, i) => {
      scorer.add(sentence.tags, bioFromSpans(sentence.tokens.length, predicted[i]!));
      tokens += sentence.tokens.length;
      sentences++;
    });
  }
  return { ...scorer.result(), tokens, sentences };
}
