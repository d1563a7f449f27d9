/**
 * Countries by ISO 3166-1 code or name, from world-countries (ODbL-1.0; the list the
 * entity gazetteer uses too): `IQ`, `IRQ`, `Iraq`, `Republic of Iraq` and the
 * package's other spellings all name Iraq. Names are matched without regard to case
 * or diacritics.
 */
import { countryList } from '../ner/countries.js';
import { foldName } from '../store/fold.js';

export interface CountryCodes {
  iso2: string;
  iso3: string;
  name: string;
}

let byKey: Map<string, CountryCodes> | undefined;
let byIso2: Map<string, CountryCodes> | undefined;
let byIso3: Map<string, CountryCodes> | undefined;

function load(): void {
  if (byKey) return;
  byKey = new Map();
  byIso2 = new Map();
  byIso3 = new Map();
  const names: [string, CountryCodes][] = [];
  for (const country of countryList()) {
    const codes: CountryCodes = { iso2: country.cca2, iso3: country.cca3, name: country.name.common };
    byIso2.set(codes.iso2, codes);
    byIso3.set(codes.iso3, codes);
    for (const name of [country.name.common, country.name.official, ...country.altSpellings]) names.push([foldName(name), codes]);
  }
  // Codes first, then names, so a name never shadows a code (and the first country keeps a shared spelling).
  for (const codes of byIso2.values()) byKey.set(codes.iso2.toLowerCase(), codes);
  for (const codes of byIso3.values()) byKey.set(codes.iso3.toLowerCase(), codes);
  for (const [name, codes] of names) if (!byKey.has(name)) byKey.set(name, codes);
}

/** The country a code or name denotes, if any. */
export function findCountry(text: string): CountryCodes | undefined {
  load();
  return byKey!.get(foldName(text.trim()));
}

/** The alpha-3 code of an alpha-2 or alpha-3 code (any case), if it is a country's. */
export function iso3Of(code: string | undefined): string | undefined {
  if (!code) return undefined;
  load();
  const upper = code.toUpperCase();
  return (upper.length === 2 ? byIso2!.get(upper) : byIso3!.get(upper))?.iso3;
}

/** The codes and name of an alpha-3 code. */
export function countryOfIso3(iso3: string): CountryCodes | undefined {
  load();
  return byIso3!.get(iso3.toUpperCase());
}
