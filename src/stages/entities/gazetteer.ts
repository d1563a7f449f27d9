/**
 * A country gazetteer built from the `world-countries` package (ODbL-1.0): country
 * names → GPE, capitals → GPE, demonyms → NORP, each with the country's ISO 3166-1
 * alpha-3 code. Built at first use and cached; matching is over token texts, as
 * the tokenizer splits them, so "Iraq's" matches "Iraq".
 */
import worldCountries from 'world-countries';
import type { Country } from 'world-countries';
import { tokenize } from '../nlp/tokenize.js';

export type GazetteerKind = 'country' | 'capital' | 'demonym' | 'group';

export interface GazetteerEntry {
  /** The form as written in the source ("United States of America"). */
  form: string;
  /** Its tokens ("United", "States", "of", "America"). */
  tokens: readonly string[];
  /** The same, lower-cased, for comparison. */
  lowerTokens: readonly string[];
  type: 'GPE' | 'NORP';
  kind: GazetteerKind;
  /** ISO 3166-1 alpha-3; absent for groups without a country and for ambiguous forms ("Congolese"). */
  country?: string;
}

export interface Gazetteer {
  /** Entries by lower-cased first token, longest first. */
  byFirstToken: ReadonlyMap<string, readonly GazetteerEntry[]>;
  size: number;
}

/** Forms of this many characters or fewer must match exactly: "US" is not "Us". */
const SHORT_FORM_MAX = 3;

/**
 * Two-letter codes used as names in running news text. All other ISO alpha-2 codes
 * that world-countries lists as spellings are left out: they collide with words
 * and abbreviations ("IN", "IT", "NO", "AM", "PM", "ME").
 */
export const SHORT_CODE_FORMS: readonly { form: string; reason: string }[] = [
  { form: 'US', reason: 'Standard short name of the United States in news ("the US embassy").' },
  { form: 'UK', reason: 'Standard short name of the United Kingdom in news.' },
];

/** Spellings in world-countries that are ordinary words or other things in English text. */
export const EXCLUDED_FORMS: readonly { form: string; reason: string }[] = [
  { form: 'Island', reason: 'Icelandic name of Iceland; in English a common noun that opens sentences.' },
  { form: 'Mann', reason: 'Manx name of the Isle of Man; in English text a surname ("Thomas Mann").' },
  { form: 'Thai', reason: 'Listed as a spelling of Thailand but used as the demonym; it comes in as NORP.' },
  { form: 'Togolese', reason: 'Listed as a spelling of Togo but it is the demonym; it comes in as NORP.' },
  { form: 'Saudi', reason: 'Listed as a spelling of Saudi Arabia but used as an adjective ("Saudi officials"); added as NORP below.' },
  { form: 'Victoria', reason: 'Capital of Seychelles, but in news far more often a first name, an Australian state or a Canadian city.' },
];

/** Forms world-countries lacks, with their type and country. */
export const GAZETTEER_EXTRAS: readonly { form: string; type: 'GPE' | 'NORP'; kind: GazetteerKind; country?: string; reason: string }[] = [
  { form: 'America', type: 'GPE', kind: 'country', country: 'USA', reason: 'Everyday name of the United States ("Since America assassinated…"); not a world-countries spelling.' },
  { form: 'U.S.', type: 'GPE', kind: 'country', country: 'USA', reason: 'AP/Reuters style writes the dotted form; the tokenizer keeps it as one token.' },
  { form: 'U.S.A.', type: 'GPE', kind: 'country', country: 'USA', reason: 'Dotted form of USA, one token for the tokenizer.' },
  { form: 'U.K.', type: 'GPE', kind: 'country', country: 'GBR', reason: 'Dotted form of UK in AP/Reuters style, one token.' },
  { form: 'Britain', type: 'GPE', kind: 'country', country: 'GBR', reason: 'Common short name; world-countries lists only "Great Britain".' },
  { form: 'Washington', type: 'GPE', kind: 'capital', country: 'USA', reason: 'world-countries gives the capital as "Washington D.C."; news writes "Washington".' },
  { form: 'Saudi', type: 'NORP', kind: 'demonym', country: 'SAU', reason: 'The usual demonym; world-countries has "Saudi Arabian".' },
  { form: 'Saudis', type: 'NORP', kind: 'demonym', country: 'SAU', reason: 'Plural of the usual demonym.' },
  { form: 'Briton', type: 'NORP', kind: 'demonym', country: 'GBR', reason: 'Noun demonym; world-countries has only "British".' },
  { form: 'Britons', type: 'NORP', kind: 'demonym', country: 'GBR', reason: 'Plural noun demonym.' },
  ...[
    'Shiite', 'Shiites', 'Shia', "Shi'ite", 'Sunni', 'Sunnis', 'Kurd', 'Kurds', 'Kurdish', 'Arab', 'Arabs',
    'Muslim', 'Muslims', 'Jewish', 'Jews', 'Christians', 'Yazidi', 'Yazidis', 'Palestinians',
  ].map((form) => ({
    form,
    type: 'NORP' as const,
    kind: 'group' as const,
    reason: 'Religious and ethnic groups central to Middle East coverage; world-countries has only national demonyms.',
  })),
];

/** A demonym takes a plural "s" unless it ends like "Chinese", "British", "French", "Swiss". */
const NO_PLURAL_ENDING = /(?:ese|sh|ch|ss|x|z|y)$/;
const STARTS_WITH_CAPITAL = /^\p{Lu}/u;
const ALL_CAPITALS = /^\p{Lu}+$/u;

/** Priority when two sources give the same form: lower wins. Extras first, then UN members. */
const PRIORITY_EXTRA = 0;
const PRIORITY_UN_MEMBER = 1;
const PRIORITY_OTHER = 2;

interface Candidate {
  entry: GazetteerEntry;
  priority: number;
}

let cached: Gazetteer | undefined;

/** The gazetteer, built on first use (~1.4k forms, ~15 ms) and cached for the process. */
export function getGazetteer(): Gazetteer {
  cached ??= buildGazetteer(countryList());
  return cached;
}

/**
 * world-countries is CommonJS (`module.exports = [...]`) but its types declare an ES
 * default export, so under NodeNext TypeScript types the default import as the
 * module object while Node hands over the array. Accept both shapes.
 */
function countryList(): readonly Country[] {
  const loaded: unknown = worldCountries;
  if (Array.isArray(loaded)) return loaded as Country[];
  return (loaded as { default: readonly Country[] }).default;
}

/**
 * The longest gazetteer entry starting at token `i`, or undefined. `words` are the
 * token texts of one sentence, `lowerWords` the same lower-cased.
 * Comparison is case-sensitive on the first letter ("Iraq", "IRAQ", not "iraq")
 * and exact for short forms ("US", not "Us").
 */
export function matchGazetteerAt(gazetteer: Gazetteer, words: readonly string[], lowerWords: readonly string[], i: number): GazetteerEntry | undefined {
  const entries = gazetteer.byFirstToken.get(lowerWords[i]!);
  if (!entries) return undefined;
  for (const entry of entries) {
    if (i + entry.tokens.length > words.length) continue;
    if (entryMatches(entry, words, lowerWords, i)) return entry;
  }
  return undefined;
}

function entryMatches(entry: GazetteerEntry, words: readonly string[], lowerWords: readonly string[], i: number): boolean {
  for (let k = 0; k < entry.tokens.length; k++) {
    const form = entry.tokens[k]!;
    const word = words[i + k]!;
    if (form.length <= SHORT_FORM_MAX ? word !== form : lowerWords[i + k] !== entry.lowerTokens[k] || word[0] !== form[0]) return false;
  }
  return true;
}

export function buildGazetteer(source: readonly Country[]): Gazetteer {
  const excluded = new Set(EXCLUDED_FORMS.map((e) => e.form));
  const byForm = new Map<string, Candidate>();
  const offer = (form: string, type: 'GPE' | 'NORP', kind: GazetteerKind, country: string | undefined, priority: number): void => {
    // Exclusions filter world-countries' spellings; an extra may bring a form back with another type ("Saudi").
    if ((priority !== PRIORITY_EXTRA && excluded.has(form)) || !STARTS_WITH_CAPITAL.test(form)) return;
    const existing = byForm.get(form);
    if (!existing || existing.priority > priority) {
      byForm.set(form, { entry: makeEntry(form, type, kind, country), priority });
    } else if (existing.priority === priority && existing.entry.country !== country) {
      // Two countries of equal standing claim the form ("Congolese", "Dominican"): keep the type, drop the country.
      delete existing.entry.country;
    }
  };

  for (const extra of GAZETTEER_EXTRAS) offer(extra.form, extra.type, extra.kind, extra.country, PRIORITY_EXTRA);
  for (const code of SHORT_CODE_FORMS) offer(code.form, 'GPE', 'country', countryOfShortForm(source, code.form), PRIORITY_EXTRA);
  for (const country of source) {
    const priority = country.unMember ? PRIORITY_UN_MEMBER : PRIORITY_OTHER;
    for (const form of countryNameForms(country)) offer(form, 'GPE', 'country', country.cca3, priority);
    // Capitals of territories ("Stanley", "Douglas", "Hamilton") are mostly people's names in news.
    if (country.unMember) for (const capital of country.capital) offer(capital, 'GPE', 'capital', country.cca3, priority);
    for (const demonym of demonymForms(country)) offer(demonym, 'NORP', 'demonym', country.cca3, priority);
  }
  return indexByFirstToken([...byForm.values()].map((c) => c.entry));
}

function countryOfShortForm(source: readonly Country[], form: string): string | undefined {
  return source.find((c) => c.altSpellings.includes(form))?.cca3;
}

/** Common and official names, and alternative spellings that read as names in English text. */
function countryNameForms(country: Country): string[] {
  const forms = [country.name.common, country.name.official];
  for (const spelling of country.altSpellings) {
    // Three-letter all-capital forms (USA, UAE, DRC) are names; other short forms are ISO codes.
    if (spelling.length > SHORT_FORM_MAX || (spelling.length === SHORT_FORM_MAX && ALL_CAPITALS.test(spelling))) forms.push(spelling);
  }
  // "Iran, Islamic Republic of" and "Cocos (Keeling) Islands" are catalogue forms, not running text.
  return forms.filter((form) => !form.includes(',') && !form.includes('('));
}

function demonymForms(country: Country): string[] {
  const english = country.demonyms['eng'];
  if (!english) return [];
  const forms = new Set<string>();
  for (const demonym of [english.m, english.f]) {
    if (!demonym) continue;
    forms.add(demonym);
    if (!NO_PLURAL_ENDING.test(demonym)) forms.add(`${demonym}s`);
  }
  return [...forms];
}

function makeEntry(form: string, type: 'GPE' | 'NORP', kind: GazetteerKind, country: string | undefined): GazetteerEntry {
  const tokens = tokenize(form, 0, form.length).map((t) => form.slice(t.start, t.end));
  const entry: GazetteerEntry = { form, tokens, lowerTokens: tokens.map((t) => t.toLowerCase()), type, kind };
  if (country !== undefined) entry.country = country;
  return entry;
}

function indexByFirstToken(entries: readonly GazetteerEntry[]): Gazetteer {
  const byFirstToken = new Map<string, GazetteerEntry[]>();
  for (const entry of entries) {
    if (entry.tokens.length === 0) continue;
    const key = entry.lowerTokens[0]!;
    const list = byFirstToken.get(key);
    if (list) list.push(entry);
    else byFirstToken.set(key, [entry]);
  }
  for (const list of byFirstToken.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return { byFirstToken, size: entries.length };
}
