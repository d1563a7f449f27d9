/**
 * A dictionary actor at the end of a longer name is not that actor: "Kataib Hezbollah" is an Iraqi militia, not
 * Lebanon's Hezbollah (LBNREB), and "Harakat Hezbollah al-Nujaba" neither. The Phoenix dictionaries list neither, so
 * the name's last word matched the actor they do list. Where a proper noun that no dictionary entry covers stands right
 * before the actor's words, the mention keeps naming an actor, of no known code ('') rather than a wrong one. What may
 * stand there and keep the actor: another actor or agent ("Lebanese Hezbollah", "President Obama", covered by their
 * own mentions), a title ("Mr.", "Sheikh"), an Arabic article ("al"), a listed personal name ("François Hollande",
 * where HOLLANDE alone is listed), and a sentence's first word.
 */
import { PERSON_TITLES } from '../../ner/datasets.js';
import type { Token } from '../../model/schema.js';
import type { ActorMention } from './actor-coder.js';

const ARTICLES: ReadonlySet<string> = new Set(['al', 'al-', 'el', 'el-']);
const PROPER_NOUN_TAGS: ReadonlySet<string> = new Set(['NNP', 'NNPS']);

export interface NameTailContext {
  /** The document's text. */
  text: string;
  /** The sentence's tokens, by word position. */
  tokens: readonly Token[];
  /** Whether a word (lower case) is a listed personal name (the entity recogniser's name lists). */
  isPersonalName: (lower: string) => boolean;
}

/** The mentions with the actors that end a longer name of someone else made actors of no known code (''). */
export function withoutNameTails(mentions: ReadonlyMap<number, ActorMention>, ctx: NameTailContext): ReadonlyMap<number, ActorMention> {
  let out: Map<number, ActorMention> | undefined;
  const seen = new Set<ActorMention>();
  for (const m of mentions.values()) {
    if (m.kind !== 'actor' || seen.has(m)) continue;
    seen.add(m);
    if (!endsLongerName(m, mentions, ctx)) continue;
    out ??= new Map(mentions);
    const uncoded: ActorMention = { ...m, codes: [''] };
    for (let t = m.start; t < m.end; t++) out.set(t, uncoded);
  }
  return out ?? mentions;
}

function endsLongerName(m: ActorMention, mentions: ReadonlyMap<number, ActorMention>, ctx: NameTailContext): boolean {
  const word = (t: number): string => ctx.text.slice(ctx.tokens[t]!.start, ctx.tokens[t]!.end);
  let t = m.start - 1;
  while (t >= 0 && ARTICLES.has(word(t).toLowerCase())) t--;
  // A sentence's first word is capitalised whatever it is, and the tagger often calls it a name ("Angry French paper
  // workers blocked …").
  if (t <= 0 || mentions.has(t)) return false;
  const before = ctx.tokens[t]!;
  if (!PROPER_NOUN_TAGS.has(before.tag ?? '') || !/^\p{Lu}/u.test(word(t)) || PERSON_TITLES.has(word(t).toLowerCase())) return false;
  return !ctx.isPersonalName(word(t).toLowerCase());
}

/**
 * The mentions without one-word dictionary actors written in lower case: the dictionaries are upper case, and a
 * one-word actor is a name, so "us" is not the US ("AMP forced us to examine every feature", "where it takes us"), nor
 * "zero" an actor. Agents ("officials", "rebels") are common nouns and stay, and so do longer actor phrases, which may be
 * offices written in lower case ("the former secretary of state").
 */
export function withoutLowerCaseActors(mentions: ReadonlyMap<number, ActorMention>, ctx: Pick<NameTailContext, 'text' | 'tokens'>): ReadonlyMap<number, ActorMention> {
  let out: Map<number, ActorMention> | undefined;
  for (const [t, m] of mentions) {
    if (m.kind !== 'actor' || m.end - m.start !== 1 || /\p{Lu}/u.test(ctx.text.slice(ctx.tokens[t]!.start, ctx.tokens[t]!.end))) continue;
    out ??= new Map(mentions);
    out.delete(t);
  }
  return out ?? mentions;
}
