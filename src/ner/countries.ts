/**
 * The world-countries list (ODbL-1.0), as an array whatever the module shape.
 * world-countries is CommonJS (`module.exports = [...]`) but its types declare an ES
 * default export, so under NodeNext TypeScript types the default import as the module
 * object while Node hands over the array. Accept both shapes.
 */
import worldCountries from 'world-countries';
import type { Country } from 'world-countries';

export function countryList(): readonly Country[] {
  const loaded: unknown = worldCountries;
  if (Array.isArray(loaded)) return loaded as Country[];
  return (loaded as { default: readonly Country[] }).default;
}
