/**
 * A tagging constraint from the document's entities: a capitalised word inside the
 * mention of a name (a person, organisation, place, nationality) is a noun, a proper
 * noun or an adjective ("Israeli"), never a verb or an adverb. The tagger alone read
 * 'Nigeria' as an adverb and 'Kostunica' as a verb in news sentences, which lost the
 * event's actor; the entity stage, which runs first, knows better.
 */
import type { Entity, EntityType, Token, UniversalPos } from '../../model/schema.js';
import type { TagConstraint } from '../../nlp/pos/pos-tagger.js';
import type { TokenRange } from './sentence-tokens.js';

/** The entity types that are names (EVENT, PRODUCT and MISC mentions hold ordinary words too: 'the Gulf War'). */
const NAME_TYPES: ReadonlySet<EntityType> = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP']);
const NAME_POS: ReadonlySet<UniversalPos> = new Set(['PROPN', 'NOUN', 'ADJ']);
const CAPITALISED = /^\p{Lu}/u;

/** The indexes of the capitalised tokens inside name mentions, ascending. */
export function nameTokens(text: string, tokens: readonly Token[], entities: readonly Entity[]): Set<number> {
  const spans = entities.filter((e) => NAME_TYPES.has(e.type)).flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
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

/** The constraint for one sentence's tokens: name words take a nominal class (`upos`: each class's Universal tag). */
export function nameConstraint(names: ReadonlySet<number>, range: TokenRange, upos: readonly UniversalPos[]): TagConstraint | undefined {
  let any = false;
  for (let i = range.first; i < range.end && !any; i++) any = names.has(i);
  if (!any) return undefined;
  const nominal = (c: number): boolean => NAME_POS.has(upos[c]!);
  return (i) => (names.has(range.first + i) ? nominal : undefined);
}
