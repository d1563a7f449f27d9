import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { feature } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { clipRing, cutGeometry, cutPolygon, unwrapRing, type Position } from './antimeridian.js';

const atlas = createRequire(import.meta.url)('world-atlas/countries-110m.json') as Topology<{ countries: GeometryCollection }>;
const countries = feature(atlas, atlas.objects.countries) as FeatureCollection;
const country = (id: string) => countries.features.find((f) => f.id === id)!.geometry as { type: string; coordinates: unknown };

/** The widest longitude span of any ring: a ring drawn across the whole map spans ~360°. */
const widestRing = (polygons: Position[][][]) => Math.max(...polygons.flatMap((p) => p.map((r) => Math.max(...r.map((c) => c[0])) - Math.min(...r.map((c) => c[0])))));

describe('antimeridian cut', () => {
  it('unwraps a ring that steps across ±180°', () => {
    assert.deepEqual(unwrapRing([[170, 0], [-170, 0], [-170, 10], [170, 10]]), [[170, 0], [190, 0], [190, 10], [170, 10]]);
  });
  it('clips a ring at a meridian', () => {
    const west = clipRing([[170, 0], [190, 0], [190, 10], [170, 10]], 180, true);
    assert.ok(west.every(([lon]) => lon <= 180));
    assert.ok(west.some(([lon]) => lon === 180));
  });
  it('splits a square across the antimeridian into two, each within −180..180', () => {
    const parts = cutPolygon([[[170, 0], [-170, 0], [-170, 10], [170, 10], [170, 0]]]);
    assert.equal(parts.length, 2);
    for (const part of parts) for (const [lon] of part[0]!) assert.ok(lon >= -180 && lon <= 180, `${lon}`);
    assert.ok(widestRing(parts) <= 10 + 1e-9);
  });
  it("Russia and Fiji from world-atlas: no ring spans the world after the cut; Iraq is unchanged", () => {
    for (const id of ['643', '242']) {
      const before = country(id);
      const raw = (before.type === 'Polygon' ? [before.coordinates] : before.coordinates) as Position[][][];
      assert.ok(widestRing(raw) > 300, `${id}: the source data crosses the antimeridian`);
      const cut = cutGeometry(before);
      assert.ok(widestRing(cut) < 200, `${id}: widest ring after the cut ${widestRing(cut)}°`);
      for (const [lon] of cut.flat(2)) assert.ok(lon >= -180 && lon <= 180);
    }
    const iraq = country('368');
    assert.deepEqual(cutGeometry(iraq), iraq.type === 'Polygon' ? [iraq.coordinates] : iraq.coordinates);
  });
});
