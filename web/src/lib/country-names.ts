/** Country names by ISO 3166-1 alpha-3, for facets and labels (the API counts countries by code). */
import codes from '../generated/country-codes.json';

let byIso3: Map<string, string> | undefined;

export function countryName(iso3: string): string {
  byIso3 ??= new Map(Object.values(codes as unknown as Record<string, [string, string]>).map(([code, name]) => [code, name]));
  return byIso3.get(iso3) ?? iso3;
}
