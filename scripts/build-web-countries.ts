/**
 * Writes web/src/generated/country-codes.json: ISO 3166-1 numeric code → [alpha-3, common
 * name], from world-countries (ODbL 1.0). The dashboard's map draws world-atlas's country
 * shapes, which are keyed by the numeric code, and colours them by the API's country
 * facet, which is keyed by alpha-3; the full world-countries file (1.4 MB) would be too
 * big to bundle for this one join.
 *
 * Run: npm run build && node dist/scripts/build-web-countries.js
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countryList } from '../src/ner/countries.js';
import { REPO_ROOT } from '../src/test-support/paths.js';

const out: Record<string, [string, string]> = {};
for (const country of countryList()) {
  if (country.ccn3) out[country.ccn3] = [country.cca3, country.name.common];
}
const path = join(REPO_ROOT, 'web', 'src', 'generated', 'country-codes.json');
writeFileSync(path, JSON.stringify(out) + '\n');
console.log(`${Object.keys(out).length} countries → ${path}`);
