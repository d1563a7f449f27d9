/**
 * GDELT 2.0 event table (the `.export.CSV` files: tab-separated, no header, 61 columns
 * in the codebook's order; GDELT Event Codebook V2.0, 2015). One row per event merged
 * across articles (Store.findEventGroups; which reports are one event: src/store/event-key.ts),
 * filled from the report that stands for it (the first that places the event, else the first).
 *
 * The mapping is the data below, one entry per column: `fill` says how the column is
 * filled from an event record (src/query/results.ts), `empty` why a column is left
 * blank. In short:
 *   filled — GlobalEventID (a stable 52-bit hash of the event's merge key, so a re-export
 *            gives the same ids), Day/MonthYear/Year/FractionDate (the event's own day,
 *            else the publication day), Actor1/2 Code, Name (upper case, as GDELT writes
 *            names), CountryCode and Type1–3Code (the CAMEO role chunks of the actor code:
 *            USAGOV → USA + GOV), IsRootEvent (the evidence is in the lead paragraph),
 *            EventCode/EventBaseCode/EventRootCode, QuadClass (the coder's, else from the
 *            CAMEO root), GoldsteinScale (when the coder gives one), NumMentions (reports of
 *            the event among the query's matches: an article coding it twice mentions it
 *            twice), NumArticles (distinct articles), NumSources (distinct outlets, by URL host:
 *            a wire story re-published by several outlets counts once per outlet, as GDELT
 *            counts it; the story clusters of src/dedup/ are not consulted), ActionGeo_Type/FullName/Lat/Long (the event's location),
 *            DATEADDED (the publication time in UTC, YYYYMMDDHHMMSS: hits carry no
 *            ingestion time), SOURCEURL (both of the report that stands for the event).
 *   empty  — KnownGroup/Ethnic/Religion codes (the coder does not assign them), AvgTone
 *            (no tone is measured), Actor1/2Geo_* (events are located, actors are not),
 *            ActionGeo_CountryCode/ADM1Code/ADM2Code (GDELT uses FIPS 10-4 codes; we have
 *            ISO 3166 and no FIPS table — writing ISO codes there would silently
 *            mislabel countries, e.g. AU is Austria in FIPS), ActionGeo_FeatureID (GDELT
 *            uses GNS/GNIS ids; our places have GeoNames ids, in the CSV/JSONL exports).
 * Tabs, CR and LF inside values become spaces: the format has no quoting.
 */
import { createHash } from 'node:crypto';
import { countryOfIso3 } from '../query/countries.js';
import type { ActorRecord, EventGroup, EventRecord, LocationRecord } from '../query/results.js';
import type { ExportFormat, ExportTally } from './format.js';
import type { ExportSource } from './walk.js';

type Cell = string | number | undefined;

export interface GdeltColumn {
  name: string;
  /** The cell from the report that stands for the event and, for ids and counts, its merged group. */
  fill?: (record: EventRecord, group: EventGroup) => Cell;
  empty?: string;
}

/**
 * CAMEO actor role and type codes (CAMEO manual 1.1b3, ch. 3 and GDELT's Type1Code list):
 * the three-letter chunks after the country that GDELT puts in Type1–3Code.
 */
const CAMEO_TYPES: ReadonlySet<string> = new Set([
  'COP', 'GOV', 'INS', 'JUD', 'MIL', 'OPP', 'REB', 'SEP', 'SPY', 'UAF', // domestic roles
  'AGR', 'BUS', 'CRM', 'CVL', 'DEV', 'EDU', 'ELI', 'ENV', 'HLH', 'HRI', 'LAB', 'LEG', 'MED', 'REF', 'MOD', 'RAD', // sectors
  'IGO', 'NGO', 'NGM', 'MNC', // organisation classes
]);

/** QuadClass from a CAMEO root when the coder gives none (CAMEO: 01–05 verbal cooperation, 06–08 material cooperation, 09–13 verbal conflict, 14–20 material conflict). */
export function quadClassOfRoot(root: string): number | undefined {
  const n = Number(root);
  if (!Number.isInteger(n) || n < 1 || n > 20) return undefined;
  return n <= 5 ? 1 : n <= 8 ? 2 : n <= 13 ? 3 : 4;
}

/** A 52-bit integer from an event's merge key: stable across exports and stores. */
export function globalEventId(key: string): number {
  return Number.parseInt(createHash('sha256').update(key).digest('hex').slice(0, 13), 16);
}

/** The event's day when it is a whole day, else the publication's day, as YYYY-MM-DD. */
function eventDay(record: EventRecord): string | undefined {
  for (const value of [record.day, record.document.published]) {
    const day = /^(\d{4}-\d{2}-\d{2})/u.exec(value ?? '')?.[1];
    if (day) return day;
  }
  return undefined;
}

const digits = (day: string | undefined, length: number): string | undefined => day?.replaceAll('-', '').slice(0, length);

/** YYYY.FFFF: the share of the year completed by that day, kept below 1 (GDELT: "from 0 to 0.9999"). */
export function fractionDate(day: string | undefined): string | undefined {
  if (!day) return undefined;
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const dayOfYear = (Date.UTC(year, month - 1, date) - Date.UTC(year, 0, 1)) / 86_400_000 + 1;
  const daysInYear = (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;
  return (year + dayOfYear / (daysInYear + 1)).toFixed(4);
}

/** YYYYMMDDHHMMSS in UTC of an ISO 8601 time; a time without an offset is taken as written, a bare date as midnight. */
export function dateAdded(published: string | undefined): string | undefined {
  if (!published) return undefined;
  const withOffset = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/u.test(published);
  if (withOffset) {
    const time = new Date(published);
    if (!Number.isNaN(time.getTime())) return time.toISOString().replace(/\.\d{3}Z$/u, '').replace(/[-:T]/gu, '');
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/u.exec(published);
  return m ? `${m[1]}${m[2]}${m[3]}${m[4] ?? '00'}${m[5] ?? '00'}${m[6] ?? '00'}` : undefined;
}

/** The CAMEO role chunks of an actor code after its country or organisation prefix: USAGOVMIL → [GOV, MIL]. */
export function actorTypes(actor: ActorRecord | undefined): string[] {
  const code = actor?.code?.toUpperCase();
  if (!code || code.length < 3) return [];
  const chunks = code.match(/.{3}/gu) ?? [];
  const rest = CAMEO_TYPES.has(chunks[0]!) ? chunks : chunks.slice(1);
  return rest.filter((chunk) => CAMEO_TYPES.has(chunk)).slice(0, 3);
}

/** GDELT's geographic resolution: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1). */
export function geoType(location: LocationRecord | undefined): number | undefined {
  if (!location) return undefined;
  const us = location.countryIso3 === 'USA';
  if (location.featureClass === 'P') return us ? 3 : 4;
  if (location.featureClass === 'A' && location.admin1 !== undefined) return us ? 2 : 5;
  if (location.featureClass === 'A' || (location.lat === undefined && location.countryIso3 !== undefined)) return 1;
  if (location.lat !== undefined) return us ? 3 : 4;
  return undefined;
}

function fullName(location: LocationRecord | undefined): string | undefined {
  if (!location) return undefined;
  const name = location.name ?? location.text;
  const country = location.countryIso3 ? countryOfIso3(location.countryIso3)?.name : undefined;
  return country && country !== name ? `${name}, ${country}` : name;
}

function actorColumns(n: 1 | 2, actorOf: (r: EventRecord) => ActorRecord | undefined): GdeltColumn[] {
  return [
    { name: `Actor${n}Code`, fill: (r) => actorOf(r)?.code },
    { name: `Actor${n}Name`, fill: (r) => { const a = actorOf(r); return a ? (a.name ?? a.text).toUpperCase() : undefined; } },
    { name: `Actor${n}CountryCode`, fill: (r) => actorOf(r)?.country },
    { name: `Actor${n}KnownGroupCode`, empty: 'the coder does not code known groups' },
    { name: `Actor${n}EthnicCode`, empty: 'the coder does not code ethnicity' },
    { name: `Actor${n}Religion1Code`, empty: 'the coder does not code religion' },
    { name: `Actor${n}Religion2Code`, empty: 'the coder does not code religion' },
    { name: `Actor${n}Type1Code`, fill: (r) => actorTypes(actorOf(r))[0] },
    { name: `Actor${n}Type2Code`, fill: (r) => actorTypes(actorOf(r))[1] },
    { name: `Actor${n}Type3Code`, fill: (r) => actorTypes(actorOf(r))[2] },
  ];
}

function geoColumns(prefix: string, locationOf?: (r: EventRecord) => LocationRecord | undefined): GdeltColumn[] {
  const unlocated = 'Wirewatch locates the event, not each actor';
  const fips = 'GDELT uses FIPS 10-4 codes here; we have ISO 3166 and no FIPS table';
  const names = ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'];
  if (!locationOf) return names.map((name) => ({ name: `${prefix}_${name}`, empty: unlocated }));
  return [
    { name: `${prefix}_Type`, fill: (r) => geoType(locationOf(r)) },
    { name: `${prefix}_FullName`, fill: (r) => fullName(locationOf(r)) },
    { name: `${prefix}_CountryCode`, empty: fips },
    { name: `${prefix}_ADM1Code`, empty: fips },
    { name: `${prefix}_ADM2Code`, empty: 'no second-level divisions are resolved' },
    { name: `${prefix}_Lat`, fill: (r) => locationOf(r)?.lat },
    { name: `${prefix}_Long`, fill: (r) => locationOf(r)?.lon },
    { name: `${prefix}_FeatureID`, empty: 'GDELT uses GNS/GNIS feature ids; our places carry GeoNames ids (in the CSV and JSONL exports)' },
  ];
}

/** The 61 columns of the GDELT 2.0 event table, in order, with how each is filled or why it is empty. */
export const GDELT_COLUMNS: readonly GdeltColumn[] = [
  { name: 'GlobalEventID', fill: (_, g) => globalEventId(g.key) },
  { name: 'Day', fill: (r) => digits(eventDay(r), 8) },
  { name: 'MonthYear', fill: (r) => digits(eventDay(r), 6) },
  { name: 'Year', fill: (r) => digits(eventDay(r), 4) },
  { name: 'FractionDate', fill: (r) => fractionDate(eventDay(r)) },
  ...actorColumns(1, (r) => r.source),
  ...actorColumns(2, (r) => r.target),
  { name: 'IsRootEvent', fill: (r) => (r.lead ? 1 : 0) },
  { name: 'EventCode', fill: (r) => r.event.cameo },
  { name: 'EventBaseCode', fill: (r) => r.event.cameo.slice(0, 3) },
  { name: 'EventRootCode', fill: (r) => r.event.cameoRoot },
  { name: 'QuadClass', fill: (r) => r.event.quadClass ?? quadClassOfRoot(r.event.cameoRoot) },
  { name: 'GoldsteinScale', fill: (r) => r.event.goldstein },
  { name: 'NumMentions', fill: (_, g) => g.numMentions },
  { name: 'NumSources', fill: (_, g) => g.numSources },
  { name: 'NumArticles', fill: (_, g) => g.numArticles },
  { name: 'AvgTone', empty: 'no tone is measured' },
  ...geoColumns('Actor1Geo'),
  ...geoColumns('Actor2Geo'),
  ...geoColumns('ActionGeo', (r) => r.location),
  { name: 'DATEADDED', fill: (r) => dateAdded(r.document.published) },
  { name: 'SOURCEURL', fill: (r) => r.document.url },
];

const UNSAFE = /[\t\r\n\p{Cc}]/gu;

export function gdeltRow(group: EventGroup): string {
  return GDELT_COLUMNS.map((column) => {
    const value = column.fill?.(group.record, group);
    return value === undefined ? '' : String(value).replace(UNSAFE, ' ');
  }).join('\t') + '\n';
}

async function* encode(_subject: string, source: ExportSource, tally: ExportTally): AsyncGenerator<string> {
  for await (const group of source.eventGroups()) {
    tally.rows++;
    yield gdeltRow(group);
  }
}

export const gdeltFormat: ExportFormat = {
  name: 'gdelt',
  mediaType: 'text/tab-separated-values; charset=utf-8',
  extension: 'tsv',
  subjects: ['events'],
  description: 'GDELT 2.0 event table: one row per event merged across articles, 61 tab-separated columns, no header (mapping: src/export/gdelt.ts)',
  encode,
};
