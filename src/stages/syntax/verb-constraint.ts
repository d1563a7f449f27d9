/**
 * A tagging constraint for the headline-style clause the tagger misreads: a past
 * form ('-ed', or an irregular one like 'held') straight after the subject noun, before any verb of the sentence, and
 * followed by the start of an object (a determiner, a possessive, a number, a name or
 * a plural noun) is the clause's verb, VBD: 'Israeli helicopters and tanks shelled
 * positions', 'A top U.S. official today praised Haiti's efforts'. The tagger read
 * both as adjectives or participles, and the event lost its verb. A participle that
 * modifies the noun is followed by its preposition or agent instead ('troops based
 * in', 'forces backed by'), which the object test leaves alone.
 */
import type { TagConstraint } from '../../nlp/pos/pos-tagger.js';

/** A regular past form, or an irregular one that is also the participle (the forms the tagger confuses). */
const PAST = /^([a-z]{3,}ed|held|met|sent|led|brought|fought|sought|shot|struck|lost|won|left|kept|told|said|made|built|paid|laid|found|caught|bought|spent|sold|fled)$/;
const OBJECT_START = /^(the|a|an|its|their|his|her|our|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|\d[\d,.]*|\p{Lu}.*|[a-z]{3,}s)$/u;
/** Tags after which a word is not the first verb (any verb or modal). */
const VERBAL = /^(VB|MD)/;
const NOMINAL = /^(NN|NNS|NNP|NNPS)$/;

/**
 * The constraint over a sentence's word forms; `xpos`: each class's Penn tag.
 * Undefined when no word could qualify (the common case costs one scan).
 */
export function verbConstraint(forms: readonly string[], xpos: readonly string[]): TagConstraint | undefined {
  const candidates = new Set<number>();
  for (let i = 1; i + 1 < forms.length; i++) if (PAST.test(forms[i]!) && OBJECT_START.test(forms[i + 1]!)) candidates.add(i);
  if (candidates.size === 0) return undefined;
  const vbd = (c: number): boolean => xpos[c] === 'VBD';
  return (i, tags) => {
    if (!candidates.has(i) || !NOMINAL.test(xpos[tags[i - 1]!] ?? '')) return undefined;
    for (let j = 0; j < i; j++) if (VERBAL.test(xpos[tags[j]!] ?? '')) return undefined;
    return vbd;
  };
}

/**
 * The reduced relative clause between a subject and its verb: a past form right after the comma that follows a noun,
 * with its agent next, is a participle, VBN: 'The RSF, led by Mohamed Hamdan Dagalo, said'. The tagger read 'led' as
 * the sentence's verb (VBD), the parser made it the root, and 'said' took Dagalo as its subject.
 */
export function participleConstraint(forms: readonly string[], xpos: readonly string[]): TagConstraint | undefined {
  const candidates = new Set<number>();
  for (let i = 2; i + 1 < forms.length; i++) if (forms[i - 1] === ',' && forms[i + 1] === 'by' && PAST.test(forms[i]!)) candidates.add(i);
  if (candidates.size === 0) return undefined;
  const vbn = (c: number): boolean => xpos[c] === 'VBN';
  return (i, tags) => (candidates.has(i) && NOMINAL.test(xpos[tags[i - 2]!] ?? '') ? vbn : undefined);
}

/** Both constraints at once: the first that has something to say about a word decides. */
export function eitherConstraint(a: TagConstraint | undefined, b: TagConstraint | undefined): TagConstraint | undefined {
  if (!a || !b) return a ?? b;
  return (i, tags) => a(i, tags) ?? b(i, tags);
}
