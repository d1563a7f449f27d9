/**
 * A verb outside a quotation does not take its subject from inside it: in “Bernie has a
 * passionate speech that draws young people,” she said, the one who said it is "she",
 * not "Bernie", whatever the parse attached to "said". The quotes stage knows where each
 * quotation's words are; an event whose verb lies outside every quotation and whose
 * source lies inside one misreads the sentence, and is not coded. (An event whose verb is
 * inside the quotation is the speaker's claim, and keeps its own sides.)
 */
import type { Quote, Span } from '../../model/schema.js';

const inside = (inner: Span, outer: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;

/**
 * The words of a document's direct quotations (one span per part). Only words between quotation marks: reported
 * speech ("argued that …") is the reporter's sentence, parsed as one.
 */
export function directQuotationWords(quotes: readonly Quote[]): Span[] {
  return quotes.filter((q) => q.kind === 'direct').flatMap((q) => q.parts ?? [q.content]);
}

/** Whether the source is in a direct quotation's words (directQuotationWords) while the verb is in none. */
export function sourceQuotedAway(quotedWords: readonly Span[], source: Span, verb: Span): boolean {
  return quotedWords.some((c) => inside(source, c)) && !quotedWords.some((c) => inside(verb, c));
}
