/**
 * The place gazetteer: countries, first- and second-level divisions and cities of
 * 1,000 people or more, read from resources/geo/gazetteer.tsv.gz (built by
 * scripts/build-geo-gazetteer.ts from GeoNames-derived npm packages) on first use
 * and kept for the process. Rows are held column-wise in typed arrays to keep the
 * ~185k places small in memory; names are looked up by their normalised form.
 */
import { join } from 'node:path';
import { packageRoot } from '../../ner/package-root.js';
import { readGzipLines } from '../../ner/lexicon-file.js';
import { placeKey } from './place-names.js';

export const GEO_GAZETTEER_FILE = join(packageRoot(), 'resources', 'geo', 'gazetteer.tsv.gz');

export const PLACE_LEVELS = ['country', 'admin1', 'admin2', 'city'] as const;
export type PlaceLevel = (typeof PLACE_LEVELS)[number];

/** One gazetteer row, as the resolver sees it. */
export interface GazetteerPlace {
  /** Row index in the gazetteer (stable within one resource version). */
  index: number;
  /** GeoNames id; 0 for countries and divisions, which the packages give without one. */
  geonamesId: number;
  level: PlaceLevel;
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** GeoNames admin1 code within the country (`KY`, `06`); '' for countries. */
  admin1: string;
  admin2: string;
  lat: number;
  lon: number;
  population: number;
  /** GeoNames feature code: PCLI, ADM1, ADM2, PPL, PPLA, PPLC, … */
  featureCode: string;
}

export interface PlaceGazetteer {
  size: number;
  place(index: number): GazetteerPlace;
  /** Row indices of the places with this normalised name (see placeKey), or an empty list. */
  lookup(key: string): readonly number[];
  /** The admin1 division with this country and code, if listed. */
  admin1Of(country: string, admin1: string): GazetteerPlace | undefined;
  /** The country row for an ISO alpha-2 code. */
  countryOf(country: string): GazetteerPlace | undefined;
}

const NONE: readonly number[] = [];

let cached: PlaceGazetteer | undefined;

/** The gazetteer, loaded on first use (~0.5 s, see the README's figures) and cached. */
export function getPlaceGazetteer(): PlaceGazetteer {
  cached ??= parseGazetteer(readGzipLines(GEO_GAZETTEER_FILE));
  return cached;
}

export function parseGazetteer(lines: readonly string[]): PlaceGazetteer {
  const data = lines.filter((l) => !l.startsWith('#'));
  const n = data.length;
  const ids = new Int32Array(n);
  const levels = new Uint8Array(n);
  const names: string[] = new Array<string>(n);
  const countries: string[] = new Array<string>(n);
  const admin1s: string[] = new Array<string>(n);
  const admin2s: string[] = new Array<string>(n);
  const lats = new Float32Array(n);
  const lons = new Float32Array(n);
  const populations = new Float64Array(n);
  const featureCodes: string[] = new Array<string>(n);
  const index = new Map<string, number[]>();
  const admin1Index = new Map<string, number>();
  const countryIndex = new Map<string, number>();
  const add = (key: string, i: number): void => {
    if (!key) return;
    const list = index.get(key);
    if (!list) index.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  data.forEach((line, i) => {
    const [id, level, name, alternates, country, admin1, admin2, lat, lon, population, featureCode] = line.split('\t');
    const levelIndex = PLACE_LEVELS.indexOf(level as PlaceLevel);
    if (levelIndex < 0 || name === undefined || lat === undefined || lon === undefined) throw new Error(`gazetteer row ${i + 1}: malformed line ${JSON.stringify(line.slice(0, 80))}`);
    ids[i] = Number(id) || 0;
    levels[i] = levelIndex;
    names[i] = name;
    countries[i] = country ?? '';
    admin1s[i] = admin1 ?? '';
    admin2s[i] = admin2 ?? '';
    lats[i] = Number(lat);
    lons[i] = Number(lon);
    populations[i] = Number(population) || 0;
    featureCodes[i] = featureCode ?? '';
    add(placeKey(name), i);
    if (alternates) for (const alternate of alternates.split('|')) add(placeKey(alternate), i);
    if (level === 'admin1') admin1Index.set(`${country}.${admin1}`, i);
    if (level === 'country') countryIndex.set(country!, i);
  });
  const place = (i: number): GazetteerPlace => ({
    index: i, geonamesId: ids[i]!, level: PLACE_LEVELS[levels[i]!]!, name: names[i]!, country: countries[i]!, admin1: admin1s[i]!,
    admin2: admin2s[i]!, lat: lats[i]!, lon: lons[i]!, population: populations[i]!, featureCode: featureCodes[i]!,
  });
  return {
    size: n,
    place,
    lookup: (key) => index.get(key) ?? NONE,
    admin1Of: (country, admin1) => {
      const i = admin1Index.get(`${country}.${admin1}`);
      return i === undefined ? undefined : place(i);
    },
    countryOf: (country) => {
      const i = countryIndex.get(country);
      return i === undefined ? undefined : place(i);
    },
  };
}
