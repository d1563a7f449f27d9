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

/** Whether the source runs into a direct quotation's words (directQuotationWords) while the verb is in none. */
export function sourceRunsIntoQuote(quotedWords: readonly Span[], source: Span, verb: Span): boolean {
  return quotedWords.some((c) => source.start < c.end && c.start < source.end) && !quotedWords.some((c) => inside(verb, c));
}

/**
 * How the quotes stage found a speaker's entity, where that beats the parse's subject: the name at the cue, a pronoun
 * or role it resolved, a relative pronoun's antecedent. Not `inherited` (the previous quote's speaker, carried over):
 * on the judged set it named the wrong one as often as the right one.
 */
const RESOLVED_SPEAKERS: ReadonlySet<string> = new Set(['mention', 'pronoun', 'role', 'relative']);

/**
 * The speaker the quotes stage gives the reporting verb at `verb`, when it resolved them to an entity: the one who said
 * it, where the parse may have taken another phrase as the verb's subject ("“That would be Hillary Clinton,” Borger
 * said" parsed "Hillary Clinton … Borger" as one phrase; in "Katie Walsh … spoke to reporters. “Trump heads into the
 * general election …,” she said", "she" is Katie Walsh).
 */
export function resolvedSpeakerAt(quotes: readonly Quote[], verb: Span): (NonNullable<Quote['speaker']> & { entityId: string }) | undefined {
  for (const q of quotes) {
    const s = q.speaker;
    if (!q.cue || !s?.entityId || !inside(verb, q.cue)) continue;
    if (s.method === undefined || !RESOLVED_SPEAKERS.has(s.method)) continue;
    return { ...s, entityId: s.entityId };
  }
  return undefined;
}
