/**
 * Linking inside one document: mentions found by the recogniser are grouped into
 * entities, each with a canonical name.
 *
 *  - Countries group by ISO code through the country gazetteer: "US", "United
 *    States of America" and "America" are one entity named "United States".
 *  - A capital used as an actor (not after a locative word: "Washington accuses",
 *    "loyal to Tehran") joins its country's entity when the country is in the
 *    document: news names governments by their capitals.
 *  - A person's shorter mention joins the person whose name ends with it,
 *    ignoring case and name particles: "Al-Sadr" and "Sadr" join "Muqtada al-Sadr";
 *    the longest name is canonical. A surname shared by two people stays apart.
 *  - Anything else groups by type and normalised text.
 */
import type { Entity, EntityType } from '../../model/schema.js';
import { countryList } from '../../ner/countries.js';
import { actorFacts } from './actors.js';
import { getGazetteer, matchGazetteerAt, type GazetteerEntry } from './gazetteer.js';
import { LOCATIVE_WORDS, NAME_PARTICLE_PREFIXES, NAME_PARTICLE_TOKENS } from './type-cues.js';

/** A mention to link: its character span, its words, and what the recogniser said. */
export interface FoundMention {
  start: number;
  end: number;
  text: string;
  words: readonly string[];
  type: EntityType;
  method: string;
  country?: string;
  /** The word before the mention in its sentence, lower-cased ('' at a sentence start). */
  before: string;
}

const LOCATIVES: ReadonlySet<string> = new Set(LOCATIVE_WORDS.words);
const PARTICLE_TOKENS: ReadonlySet<string> = new Set(NAME_PARTICLE_TOKENS.words.map((w) => w.toLowerCase()));
const PARTICLE_PREFIX = new RegExp(`^(?:${NAME_PARTICLE_PREFIXES.words.map((p) => p.replace('-', '\\-')).join('|')})`, 'i');

/** The country gazetteer entry that is the whole mention, if any. */
function wholeGazetteerEntry(words: readonly string[]): GazetteerEntry | undefined {
  const lower = words.map((w) => w.toLowerCase());
  const entry = matchGazetteerAt(getGazetteer(), words, lower, 0);
  return entry && entry.tokens.length === words.length ? entry : undefined;
}

/** "Muqtada al-Sadr" → ["muqtada", "sadr"]: lower case, no particles. */
export function nameKey(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const word of words) {
    const lower = word.toLowerCase();
    if (PARTICLE_TOKENS.has(lower) || word === "'s") continue;
    out.push(lower.replace(PARTICLE_PREFIX, ''));
  }
  return out;
}

function endsWith(whole: readonly string[], tail: readonly string[]): boolean {
  if (tail.length === 0 || tail.length > whole.length) return false;
  const offset = whole.length - tail.length;
  return tail.every((w, i) => whole[offset + i] === w);
}

interface Group {
  key: string;
  type: EntityType;
  members: FoundMention[];
  /** Canonical name when a gazetteer gives one (countries). */
  canonical?: string;
  country?: string;
}

/** Groups mentions into entities, numbered e1, e2, … in order of first mention. */
export function linkMentions(mentions: readonly FoundMention[]): Entity[] {
  const groups = new Map<string, Group>();
  const join = (key: string, type: EntityType, mention: FoundMention, extra: Partial<Group> = {}): void => {
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, type, members: [], ...extra }));
    group.members.push(mention);
  };
  const gazetteer = new Map<FoundMention, GazetteerEntry | undefined>(mentions.map((m) => [m, m.type === 'GPE' || m.type === 'NORP' ? wholeGazetteerEntry(m.words) : undefined]));
  const countriesPresent = new Set([...gazetteer.values()].filter((e) => e?.kind === 'country' && e.country).map((e) => e!.country!));
  // A one-word "person" that is the capital of a country in the document, with no fuller person name
  // ending in it ("George Washington"), is the capital standing for its government: "Washington accuses".
  const multiWordPeople = mentions.filter((m) => m.type === 'PERSON' && m.words.length > 1).map((m) => nameKey(m.words));
  for (const mention of mentions) {
    if (mention.type !== 'PERSON' || mention.words.length !== 1) continue;
    const entry = wholeGazetteerEntry(mention.words);
    if (entry?.kind !== 'capital' || !entry.country || !countriesPresent.has(entry.country)) continue;
    if (multiWordPeople.some((key) => endsWith(key, nameKey(mention.words)))) continue;
    mention.type = 'GPE';
    mention.method = 'rule:capital-as-actor';
    gazetteer.set(mention, entry);
  }
  // People: the longest names first, so shorter mentions find them.
  const people = mentions.filter((m) => m.type === 'PERSON').sort((a, b) => b.words.length - a.words.length || a.start - b.start);
  const personHeads: { key: string[]; id: string }[] = [];
  for (const person of people) {
    const key = nameKey(person.words);
    const heads = personHeads.filter((h) => endsWith(h.key, key));
    // One matching head: the same person. None or several (two Smiths): a person of its own.
    const id = heads.length === 1 ? heads[0]!.id : `PERSON:${key.join(' ')}`;
    if (heads.length !== 1 && !personHeads.some((h) => h.id === id)) personHeads.push({ key, id });
    join(id, 'PERSON', person);
  }
  for (const mention of mentions) {
    if (mention.type === 'PERSON') continue;
    const entry = gazetteer.get(mention);
    if (entry?.country && entry.kind === 'country') {
      join(`GPE:${entry.country}`, 'GPE', mention, { country: entry.country, canonical: countryName(entry.country) });
    } else if (entry?.country && entry.kind === 'capital' && countriesPresent.has(entry.country) && !LOCATIVES.has(mention.before)) {
      join(`GPE:${entry.country}`, 'GPE', mention, { country: entry.country, canonical: countryName(entry.country) });
    } else if (entry?.country && mention.type === 'NORP') {
      join(`NORP:${entry.country}`, 'NORP', mention, { country: entry.country });
    } else {
      join(`${mention.type}:${nameKey(mention.words).join(' ')}`, mention.type, mention, mention.country ? { country: mention.country } : {});
    }
  }
  return [...groups.values()]
    .map((group) => ({ group, first: Math.min(...group.members.map((m) => m.start)) }))
    .sort((a, b) => a.first - b.first)
    .map(({ group }, i) => toEntity(group, `e${i + 1}`));
}

/** Common English names by ISO alpha-3 ("USA" → "United States"), from world-countries. */
const COUNTRY_NAMES: ReadonlyMap<string, string> = new Map(countryList().map((c) => [c.cca3, c.name.common]));
function countryName(code: string): string | undefined {
  return COUNTRY_NAMES.get(code);
}

function toEntity(group: Group, id: string): Entity {
  const members = [...group.members].sort((a, b) => a.start - b.start);
  const longest = members.reduce((best, m) => (m.words.length > best.words.length || (m.words.length === best.words.length && m.text.length > best.text.length) ? m : best), members[0]!);
  const name = group.canonical ?? longest.text;
  const aliases = [...new Set(members.map((m) => m.text))].filter((a) => a !== name);
  const entity: Entity = {
    id, name, type: group.type,
    mentions: members.map((m) => ({ start: m.start, end: m.end, text: m.text })),
    aliases, roles: [], method: longest.method,
  };
  // Actor code: a country is its ISO code (CAMEO's country codes); others from the Phoenix dictionaries.
  const actor = group.type === 'GPE' && group.country ? { code: group.country, country: group.country } : members.map((m) => actorFacts(m.words)).find((a) => a !== undefined);
  if (actor && group.type !== 'NORP') entity.actorCode = actor.code;
  const country = group.country ?? members.find((m) => m.country)?.country ?? actor?.country;
  if (country) entity.country = country;
  return entity;
}
