/**
 * Actor knowledge from the Phoenix dictionaries (resources/ner/actors.tsv.gz,
 * made by scripts/build-gazetteer.ts): a name's CAMEO actor code ("quds force" →
 * IRNMIL) and, from the code's first three letters when they are a country, its
 * ISO 3166-1 alpha-3 country. Loaded on first use and cached.
 */
import { existsSync } from 'node:fs';
import { countryList } from '../../ner/countries.js';
import { ACTORS_FILE, readGzipLines } from '../../ner/lexicon-file.js';

export interface ActorFacts {
  code: string;
  country?: string;
  /** Listed as a person (the dictionaries' leaders and people, not an organisation or a place). */
  person?: boolean;
}

let actors: Map<string, { code: string; person: boolean }> | undefined;
const COUNTRY_CODES: ReadonlySet<string> = new Set(countryList().map((c) => c.cca3));

/** Phrase (lower-cased tokens joined by spaces) → CAMEO code and kind; empty when the resource is missing. */
function table(): Map<string, { code: string; person: boolean }> {
  if (actors) return actors;
  actors = new Map();
  if (existsSync(ACTORS_FILE)) {
    for (const line of readGzipLines(ACTORS_FILE)) {
      const [kind, phrase, code] = line.split('\t');
      if (phrase && code && !actors.has(phrase)) actors.set(phrase, { code, person: kind === 'actor-person' });
    }
  }
  return actors;
}

/** The actor a name is, from its words; undefined when the dictionaries do not list it. */
export function actorFacts(words: readonly string[]): ActorFacts | undefined {
  const entry = table().get(words.map((w) => w.toLowerCase()).join(' '));
  if (!entry) return undefined;
  const { code, person } = entry;
  const country = code.slice(0, 3);
  return { code, ...(COUNTRY_CODES.has(country) ? { country } : {}), ...(person ? { person } : {}) };
}
