/**
 * Scores a tagger on gold documents, conlleval style, over PER/ORG/LOC.
 */
import { bioFromSpans, NER_TYPES, type TaggedDocument, type TokenSpan } from './corpus.js';
import { SpanScorer, type ConllEvalResult } from './conlleval.js';

/**
 * The predicted spans minus those touching a token the corpus left unlabelled (TaggedSentence.unknown,
 * e.g. "Manitoba" inside CrossNER's "1999 Manitoba general election"): its gold says nothing there,
 * so such a span is neither right nor wrong.
 */
function withoutUnknown(spans: readonly TokenSpan[], unknown: Uint8Array | undefined): readonly TokenSpan[] {
  if (!unknown) return spans;
  return spans.filter((span) => !unknown.subarray(span.start, span.end).includes(1));
}

/** Anything that tags the sentences of a document. */
export type DocumentTagger = (sentences: readonly (readonly string[])[]) => TokenSpan[][];

export function evaluateTagger(tagger: DocumentTagger, documents: readonly TaggedDocument[]): ConllEvalResult & { tokens: number; sentences: number } {
  const scorer = new SpanScorer(NER_TYPES);
  let tokens = 0;
  let sentences = 0;
  for (const document of documents) {
    const predicted = tagger(document.sentences.map((s) => s.tokens));
    document.sentences.forEach((sentence, i) => {
      scorer.add(sentence.tags, bioFromSpans(sentence.tokens.length, withoutUnknown(predicted[i]!, sentence.unknown)));
      tokens += sentence.tokens.length;
      sentences++;
    });
  }
  return { ...scorer.result(), tokens, sentences };
}
