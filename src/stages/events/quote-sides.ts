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

/** Whether the source is in a direct quotation's words while the verb is in none. */
export function sourceQuotedAway(quotes: readonly Quote[], source: Span, verb: Span): boolean {
  // Only words between quotation marks: reported speech ("argued that …") is the reporter's sentence, parsed as one.
  const contents = quotes.filter((q) => q.kind === 'direct').flatMap((q) => q.parts ?? [q.content]);
  return contents.some((c) => inside(source, c)) && !contents.some((c) => inside(verb, c));
}
