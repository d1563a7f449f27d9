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
}

let actors: Map<string, string> | undefined;
const COUNTRY_CODES: ReadonlySet<string> = new Set(countryList().map((c) => c.cca3));

/** Phrase (lower-cased tokens joined by spaces) → CAMEO code; empty when the resource is missing. */
function table(): Map<string, string> {
  if (actors) return actors;
  actors = new Map();
  if (existsSync(ACTORS_FILE)) {
    for (const line of readGzipLines(ACTORS_FILE)) {
      const [, phrase, code] = line.split('\t');
      if (phrase && code && !actors.has(phrase)) actors.set(phrase, code);
    }
  }
  return actors;
}

/** The actor a name is, from its words; undefined when the dictionaries do not list it. */
export function actorFacts(words: readonly string[]): ActorFacts | undefined {
  const code = table().get(words.map((w) => w.toLowerCase()).join(' '));
  if (!code) return undefined;
  const country = code.slice(0, 3);
  return COUNTRY_CODES.has(country) ? { code, country } : { code };
}
