/**
 * Quote speakers in the full-text index. Each store indexes a document's entity names
 * in one column (common.ts entityNames); the names of the people and organisations
 * quoted in it go there too, each word glued to a marker ("Muqtada al-Sadr" →
 * "saidbymuqtada saidbyal saidbysadr"), so that `said-by:sadr` (search-query.ts) finds
 * the documents that quote al-Sadr and not those that merely name him. The marker is
 * a plain word, so FTS5 and PostgreSQL's tsvector index it like any other: no schema
 * change, the same behaviour on every store.
 */
import type { AnalysedDocument } from '../model/schema.js';
import { foldName } from './fold.js';

/** The marker glued to each word of a speaker's name in the index. */
const MARKER = 'saidby';
/** The words of a name, as the full-text tokenizers split it ("al-Sadr" → "al", "sadr"). */
const NAME_WORD = /[\p{L}\p{N}]+/gu;
/** A speaker phrase that is a pronoun or a description, not a name, is not indexed. */
const NAMELESS = /^(?:he|she|they|it|we|i|you|who|which|that|the|a|an|this|these|those|his|her|their|its|one|some|many|officials?|sources?)\b/iu;

/** The speaker tokens of a name, folded like the index folds text. */
export function speakerQueryTokens(name: string): string[] {
  return [...foldName(name).matchAll(NAME_WORD)].map((m) => `${MARKER}${m[0]}`);
}

/**
 * The speaker tokens of a document, one speaker a line: for each quote, the canonical
 * name and aliases of the entity it resolves to, and the speaker mention when it is a name.
 */
export function speakerTokens(doc: AnalysedDocument): string {
  const names = new Set<string>();
  for (const quote of doc.quotes) {
    if (!quote.speaker) continue;
    const entity = quote.speaker.entityId ? doc.entities.find((e) => e.id === quote.speaker!.entityId) : undefined;
    if (entity) for (const name of [entity.name, ...(entity.aliases ?? [])]) names.add(name);
    if (/^\p{Lu}/u.test(quote.speaker.text) && !NAMELESS.test(quote.speaker.text)) names.add(quote.speaker.text);
  }
  return [...names].map((name) => speakerQueryTokens(name).join(' ')).filter((line) => line !== '').join('\n');
}
