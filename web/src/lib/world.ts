/**
 * The world's countries as GeoJSON for a flat map, from world-atlas's Natural Earth
 * 1:110m TopoJSON (bundled: no tiles, no requests), cut at the antimeridian and keyed
 * by ISO 3166-1 alpha-3 so the API's country counts can colour them.
 */
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json';
import codes from '../generated/country-codes.json';
import { cutGeometry } from '../../../src/shells/web/antimeridian.js';

export interface CountryProps {
  iso3?: string;
  name: string;
}

let cached: FeatureCollection<MultiPolygon, CountryProps> | undefined;

export function worldCountries(): FeatureCollection<MultiPolygon, CountryProps> {
  if (cached) return cached;
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection;
  const table = codes as unknown as Record<string, [string, string]>;
  const features: Feature<MultiPolygon, CountryProps>[] = [];
  for (const f of collection.features) {
    if (!f.geometry) continue;
    const code = table[String(f.id ?? '').padStart(3, '0')];
    const name = (f.properties as { name?: string } | null)?.name ?? code?.[1] ?? '';
    features.push({ type: 'Feature', id: f.id, properties: code ? { iso3: code[0], name } : { name }, geometry: { type: 'MultiPolygon', coordinates: cutGeometry(f.geometry as { type: string; coordinates: unknown }) } });
  }
  return (cached = { type: 'FeatureCollection', features });
}
