/**
 * Metonymy: a capital or a country that is the subject of a verb of saying or of
 * stance ("Washington accuses…", "Moscow warned", "Iran has denied") stands for its
 * government, an actor, not for where something happened. Such places keep their
 * coordinates but get the role `metonymy`, so the event coder does not use them as
 * an event's location.
 */
import type { GazetteerPlace } from './gazetteer.js';

/** Verbs whose subject is an actor, as news uses them after a capital or a country. Data with a reason: STYLE.md §4. */
export const ACTOR_VERBS: readonly { words: readonly string[]; reason: string }[] = [
  { words: ['said', 'says', 'say', 'stated', 'announced', 'announces', 'declared', 'declares', 'claimed', 'claims', 'insisted', 'insists', 'added'], reason: 'Verbs of saying: only an actor speaks.' },
  { words: ['accused', 'accuses', 'accuse', 'blamed', 'blames', 'condemned', 'condemns', 'criticised', 'criticized', 'criticises', 'criticizes', 'denounced', 'denounces', 'rejected', 'rejects', 'denied', 'denies'], reason: 'Verbs of (dis)approval: a stance of a government.' },
  { words: ['warned', 'warns', 'threatened', 'threatens', 'demanded', 'demands', 'urged', 'urges', 'called', 'calls', 'asked', 'asks'], reason: 'Verbs of demand and threat, which CAMEO codes with the capital as source actor.' },
  { words: ['attacked', 'attacks', 'struck', 'strikes', 'bombed', 'bombs', 'shelled', 'assassinated', 'killed', 'invaded', 'invades', 'seized', 'launched', 'launches', 'deployed', 'deploys', 'expelled', 'expels', 'arrested', 'detained'], reason: 'Verbs of force: "Since America assassinated…": the country acts; where it happened is told elsewhere.' },
  { words: ['wants', 'wanted', 'hopes', 'hoped', 'believes', 'believed', 'fears', 'feared', 'insisted', 'agreed', 'agrees', 'refused', 'refuses', 'signed', 'signs', 'imposed', 'imposes', 'sanctioned', 'recognised', 'recognized', 'responded', 'responds', 'retaliated', 'vowed', 'vows', 'pledged', 'pledges', 'supports', 'supported', 'backs', 'backed', 'opposes', 'opposed'], reason: 'Verbs of intention, agreement and policy: the government acts.' },
];

const VERBS: ReadonlySet<string> = new Set(ACTOR_VERBS.flatMap((g) => g.words));
const AUXILIARY = /^(?:has|have|had|will|would|may|might|could|has\s+also|also|again|on\s+\w+day)$/i;

/** Whether the place at [start, end) is the subject of an actor verb: the next words are one ("Washington accuses"), and no preposition comes before it. */
/** A place after these words is where something is, not who acts ("officials in Baghdad said"). */
const LOCATIVE_BEFORE = /\b(?:in|at|from|near|to|into|inside|outside|across|around|of|for|on|toward|towards)\s+(?:the\s+)?$/i;

export function isActorMetonymy(text: string, start: number, end: number, place: GazetteerPlace): boolean {
  if (place.level !== 'country' && place.featureCode !== 'PPLC') return false;
  if (LOCATIVE_BEFORE.test(text.slice(Math.max(0, start - 20), start))) return false;
  const words = text.slice(end, end + 60).match(/^\s+((?:\w+\s+){0,2}?)(\w+)\b/);
  if (!words) return false;
  const lead = words[1]!.trim();
  if (lead && !AUXILIARY.test(lead)) return false;
  return VERBS.has(words[2]!.toLowerCase());
}
