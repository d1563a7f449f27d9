/**
 * Country shapes on a flat (Web Mercator) map: a ring that crosses the ±180° meridian
 * (Russia's Chukotka, Fiji) would be drawn as a band across the whole world. Each ring
 * is unwrapped into continuous longitudes and, where it then runs past ±180°, cut
 * there; the part beyond is shifted back by 360°.
 */
export type Position = [number, number];
export type Ring = Position[];
export type PolygonCoords = Ring[];

/** Longitudes made continuous: a step of more than 180° is taken as a wrap. */
export function unwrapRing(ring: readonly Position[]): Ring {
  const out: Ring = [];
  let shift = 0;
  for (let i = 0; i < ring.length; i++) {
    const [lon, lat] = ring[i]!;
    if (i > 0) {
      const prev = ring[i - 1]![0];
      if (lon - prev > 180) shift -= 360;
      else if (prev - lon > 180) shift += 360;
    }
    out.push([lon + shift, lat]);
  }
  return out;
}

/** Sutherland–Hodgman against one vertical line: the part of a ring with lon ≤ x (keepWest) or ≥ x. */
export function clipRing(ring: readonly Position[], x: number, keepWest: boolean): Ring {
  const inside = (p: Position): boolean => (keepWest ? p[0] <= x : p[0] >= x);
  const out: Ring = [];
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % ring.length]!;
    const aIn = inside(a);
    const bIn = inside(b);
    if (aIn) out.push(a);
    if (aIn !== bIn) {
      const t = (x - a[0]) / (b[0] - a[0]);
      out.push([x, a[1] + t * (b[1] - a[1])]);
    }
  }
  return out.length >= 3 ? out : [];
}

const shifted = (ring: Ring, by: number): Ring => ring.map(([lon, lat]) => [lon + by, lat]);

/** A polygon (outer ring then holes) as one or more polygons within −180..180. */
export function cutPolygon(polygon: readonly (readonly Position[])[]): PolygonCoords[] {
  const rings = polygon.map(unwrapRing);
  const outer = rings[0];
  if (!outer || outer.length === 0) return [];
  const lons = outer.map((p) => p[0]);
  const max = Math.max(...lons);
  const min = Math.min(...lons);
  // A whole ring that unwrapped beyond the line lies on the other side: shift it back.
  if (min >= 180) return [rings.map((r) => shifted(r, -360))];
  if (max <= -180) return [rings.map((r) => shifted(r, 360))];
  if (max <= 180 && min >= -180) return [rings];
  const line = max > 180 ? 180 : -180;
  const near = rings.map((r) => clipRing(r, line, line === 180)).filter((r) => r.length > 0);
  const far = rings.map((r) => shifted(clipRing(r, line, line !== 180), line === 180 ? -360 : 360)).filter((r) => r.length > 0);
  return [near, far].filter((p) => p.length > 0);
}

/** A GeoJSON Polygon or MultiPolygon geometry's coordinates, cut: always a MultiPolygon's. */
export function cutGeometry(geometry: { type: string; coordinates: unknown }): PolygonCoords[] {
  if (geometry.type === 'Polygon') return cutPolygon(geometry.coordinates as Position[][]);
  if (geometry.type === 'MultiPolygon') return (geometry.coordinates as Position[][][]).flatMap(cutPolygon);
  return [];
}
