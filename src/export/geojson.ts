/**
 * GeoJSON (RFC 7946): a FeatureCollection of Points, longitude first, WGS 84.
 * - events: one feature per event whose location has coordinates, with the event's
 *   codes, actors, day, evidence and document as properties;
 * - documents: one feature per resolved place of each matching document.
 * Items without coordinates are counted as skipped (`no-coordinates`), not guessed.
 * Written feature by feature, so the collection is never whole in memory.
 */
import type { AnalysedDocument } from '../model/schema.js';
import type { EventRecord } from '../query/results.js';
import { skip, type ExportFormat, type ExportSubject, type ExportTally } from './format.js';
import type { ExportSource } from './walk.js';

interface Feature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Record<string, unknown>;
}

const located = (lat: number | undefined, lon: number | undefined): lat is number => lat !== undefined && lon !== undefined && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;

export function eventFeature(r: EventRecord): Feature | undefined {
  const l = r.location;
  if (!l || !located(l.lat, l.lon)) return undefined;
  return {
    type: 'Feature',
    id: `${r.docId}:${r.event.id}`,
    geometry: { type: 'Point', coordinates: [l.lon!, l.lat] },
    properties: {
      doc_id: r.docId,
      event_id: r.event.id,
      day: r.day ?? null,
      cameo: r.event.cameo,
      cameo_root: r.event.cameoRoot,
      plover: r.event.plover ?? null,
      quad_class: r.event.quadClass ?? null,
      goldstein: r.event.goldstein ?? null,
      source: r.source ? (r.source.name ?? r.source.text) : null,
      target: r.target ? (r.target.name ?? r.target.text) : null,
      place: l.name ?? l.text,
      country: l.countryIso3 ?? null,
      geonames_id: l.geonamesId ?? null,
      evidence: r.evidence,
      title: r.document.title,
      published: r.document.published ?? null,
      url: r.document.url ?? null,
    },
  };
}

export function placeFeatures(doc: AnalysedDocument, tally: ExportTally): Feature[] {
  const features: Feature[] = [];
  doc.places.forEach((place, index) => {
    if (!located(place.lat, place.lon)) {
      skip(tally, 'no-coordinates');
      return;
    }
    features.push({
      type: 'Feature',
      id: `${doc.id}:place-${index + 1}`,
      geometry: { type: 'Point', coordinates: [place.lon!, place.lat] },
      properties: {
        doc_id: doc.id,
        text: place.text,
        name: place.name ?? null,
        country: place.country ?? null,
        geonames_id: place.geonamesId ?? null,
        role: place.role ?? null,
        title: doc.title,
        published: doc.published ?? null,
        url: doc.source.url ?? null,
      },
    });
  });
  return features;
}

async function* features(subject: ExportSubject, source: ExportSource, tally: ExportTally): AsyncGenerator<Feature> {
  if (subject === 'documents') {
    for await (const doc of source.documents()) yield* placeFeatures(doc, tally);
    return;
  }
  for await (const record of source.events()) {
    const feature = eventFeature(record);
    if (feature) yield feature;
    else skip(tally, 'no-coordinates');
  }
}

async function* encode(subject: ExportSubject, source: ExportSource, tally: ExportTally): AsyncGenerator<string> {
  yield '{"type":"FeatureCollection","features":[';
  for await (const feature of features(subject, source, tally)) {
    yield (tally.rows++ === 0 ? '\n' : ',\n') + JSON.stringify(feature);
  }
  yield tally.rows === 0 ? ']}\n' : '\n]}\n';
}

export const geojsonFormat: ExportFormat = {
  name: 'geojson',
  mediaType: 'application/geo+json',
  extension: 'geojson',
  subjects: ['events', 'documents'],
  description: 'GeoJSON FeatureCollection: events at their located places (or, with --what documents, the documents\' places)',
  encode,
};
