/**
 * A tagging constraint from the document's entities: a capitalised word inside the
 * mention of a name (a person, organisation, place, nationality) is a noun, a proper
 * noun or an adjective ("Israeli"), never a verb or an adverb. The tagger alone read
 * 'Nigeria' as an adverb and 'Kostunica' as a verb in news sentences, which lost the
 * event's actor; the entity stage, which runs first, knows better.
 *
 * And a name of a place or an organisation after the indefinite article is a
 * modifier of the noun that follows: 'a United Nations appeal', 'a top U.S. official'
 * (the article cannot determine the name itself), so that word is a noun, not the
 * verb ('appeal') or the adjective ('official') the tagger took it for.
 */
import type { Entity, EntityType, Token, UniversalPos } from '../../model/schema.js';
import type { TagConstraint } from '../../nlp/pos/pos-tagger.js';
import type { TokenRange } from './sentence-tokens.js';

/** The entity types that are names (EVENT, PRODUCT and MISC mentions hold ordinary words too: 'the Gulf War'). */
const NAME_TYPES: ReadonlySet<EntityType> = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP']);
const NAME_POS: ReadonlySet<UniversalPos> = new Set(['PROPN', 'NOUN', 'ADJ']);
const CAPITALISED = /^\p{Lu}/u;

/** Names an indefinite article cannot determine alone: 'a Palestinian', 'a Smith' can stand as noun phrases. */
const MODIFIER_TYPES: ReadonlySet<EntityType> = new Set(['ORG', 'GPE', 'LOC', 'FAC']);

/** The indexes of the capitalised tokens inside name mentions (of `types`), ascending. */
export function nameTokens(text: string, tokens: readonly Token[], entities: readonly Entity[], types = NAME_TYPES): Set<number> {
  const spans = entities.filter((e) => types.has(e.type)).flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
  const names = new Set<number>();
  let t = 0;
  for (const m of spans) {
    while (t > 0 && tokens[t - 1]!.end > m.start) t--;
    while (t < tokens.length && tokens[t]!.end <= m.start) t++;
    for (let i = t; i < tokens.length && tokens[i]!.start < m.end; i++) {
      if (tokens[i]!.start >= m.start && tokens[i]!.end <= m.end && CAPITALISED.test(text.slice(tokens[i]!.start, tokens[i]!.end))) names.add(i);
    }
  }
  return names;
}

/** The token indexes of the names that modify a following noun after 'a'/'an' (nameTokens of these types). */
export const modifierNameTokens = (text: string, tokens: readonly Token[], entities: readonly Entity[]): Set<number> =>
  nameTokens(text, tokens, entities, MODIFIER_TYPES);

/** A sentence's names: `names` (nameTokens) and `modifiers` (modifierNameTokens), as document token indexes. */
export interface SentenceNames {
  names: ReadonlySet<number>;
  modifiers: ReadonlySet<number>;
}

const ARTICLE = /^an?$/i;
const ADJECTIVE = /^JJ/;
const LOWER = /^\p{Ll}/u;

/**
 * The constraint for one sentence's tokens (`forms`): name words take a nominal
 * class, and the word after 'a/an (adjectives) place-or-organisation name' a noun.
 * `upos`, `xpos`: each class's tags.
 */
export function nameConstraint(found: SentenceNames, range: TokenRange, forms: readonly string[], tags: { upos: readonly UniversalPos[]; xpos: readonly string[] }): TagConstraint | undefined {
  const { names, modifiers } = found;
  let any = false;
  for (let i = range.first; i < range.end && !any; i++) any = names.has(i);
  if (!any) return undefined;
  const nominal = (c: number): boolean => NAME_POS.has(tags.upos[c]!);
  const noun = (c: number): boolean => tags.upos[c] === 'NOUN';
  const afterArticleAndName = (i: number, chosen: Uint8Array): boolean => {
    if (i === 0 || !LOWER.test(forms[i]!) || !modifiers.has(range.first + i - 1)) return false;
    let j = i - 1;
    while (j >= 0 && modifiers.has(range.first + j)) j--;
    while (j >= 0 && ADJECTIVE.test(tags.xpos[chosen[j]!] ?? '')) j--;
    return j >= 0 && ARTICLE.test(forms[j]!);
  };
  return (i, chosen) => (names.has(range.first + i) ? nominal : afterArticleAndName(i, chosen) ? noun : undefined);
}
