/**
 * Reading the API's GeoJSON export (src/export/geojson.ts) a feature at a time: it writes
 * one Feature per line, so the map can stop after enough places without the whole
 * collection in memory, however large the query.
 */
export interface PointFeature {
  type: 'Feature';
  id?: string | number;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Record<string, unknown>;
}

/** The feature on one line of the export, or undefined for the collection's opening and closing lines. */
export function featureOfLine(line: string): PointFeature | undefined {
  const text = line.trim().replace(/,$/, '');
  if (!text.startsWith('{"type":"Feature"')) return undefined;
  try {
    const feature = JSON.parse(text) as PointFeature;
    const [lon, lat] = feature.geometry?.coordinates ?? [];
    return feature.geometry?.type === 'Point' && Number.isFinite(lon) && Number.isFinite(lat) ? feature : undefined;
  } catch {
    return undefined;
  }
}

/** Features from a stream of the export's text, at most `max`; `complete` is false when it stopped early. */
export async function readFeatures(stream: ReadableStream<Uint8Array>, max: number): Promise<{ features: PointFeature[]; complete: boolean }> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  const features: PointFeature[] = [];
  let rest = '';
  for (;;) {
    const { done, value } = await reader.read();
    rest += done ? decoder.decode() : decoder.decode(value, { stream: true });
    const lines = rest.split('\n');
    rest = done ? '' : lines.pop()!;
    for (const line of lines) {
      const feature = featureOfLine(line);
      if (!feature) continue;
      features.push(feature);
      if (features.length >= max) {
        await reader.cancel();
        return { features, complete: false };
      }
    }
    if (done) return { features, complete: true };
  }
}
