import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import Supercluster from 'supercluster';
import { apiUrl, getAll, getJson, type EventRecord, type Facets } from '../api.js';
import { readFeatures, type PointFeature } from '../../../src/shells/web/feature-lines.js';
import { LikelyToggle } from '../components/likely-toggle.js';
import { QueryBox } from '../components/query-box.js';
import { ErrorBox } from '../components/status.js';
import { actorLabel } from '../../../src/shells/web/network.js';
import { eventsQuery, LIKELY_RIGHT, likelyRightOnly, likelyRightParam } from '../../../src/shells/web/query-text.js';
import { href } from '../../../src/shells/web/route.js';
import { worldCountries } from '../lib/world.js';

const MAX_EVENTS = 5000;
/** Places read from the documents' GeoJSON export; the stream is cancelled beyond. */
const MAX_PLACES = 20000;
const SHADES = ['#f1f3f5', '#d0ebff', '#a5d8ff', '#74c0fc', '#4dabf7', '#228be6', '#1971c2'];

type EventPoint = GeoJSON.Feature<GeoJSON.Point, { record: EventRecord }>;

/** The places of the matching documents, from the API's GeoJSON export read line by line. */
async function loadPlaces(q: string, signal: AbortSignal): Promise<{ features: PointFeature[]; complete: boolean }> {
  const response = await fetch(apiUrl('export', { q, format: 'geojson', what: 'documents' }), { signal });
  if (!response.ok || !response.body) throw new Error(`the places could not be read (HTTP ${response.status})`);
  return readFeatures(response.body, MAX_PLACES);
}

function placePopup(properties: Record<string, unknown>): HTMLElement {
  const props = properties as { name?: string; text?: string; role?: string; doc_id?: string; title?: string };
  const box = el('div', undefined, 'popup');
  box.append(el('strong', props.name ?? props.text ?? 'place'), el('div', `“${props.text ?? ''}” (${props.role ?? 'mention'})`));
  if (props.doc_id) {
    const link = el('a', props.title || 'Open the article') as HTMLAnchorElement;
    link.href = href('article', props.doc_id);
    box.append(link);
  }
  return box;
}

/** Points grouped where dense, redrawn for the view: clusters as numbered circles, single points by `single`. */
function clusterLayer<P extends object>(map: L.Map, points: GeoJSON.Feature<GeoJSON.Point, P>[], colour: string, single: (p: P, at: L.LatLngExpression) => L.Layer): L.LayerGroup {
  const layer = L.layerGroup();
  const index = new Supercluster<P>({ radius: 48, maxZoom: 9 }).load(points);
  const draw = () => {
    layer.clearLayers();
    const b = map.getBounds();
    for (const c of index.getClusters([Math.max(-180, b.getWest()), Math.max(-85, b.getSouth()), Math.min(180, b.getEast()), Math.min(85, b.getNorth())], Math.round(map.getZoom()))) {
      const [lon, lat] = c.geometry.coordinates as [number, number];
      const props = c.properties as { cluster?: boolean; point_count?: number; cluster_id?: number };
      if (props.cluster) {
        const marker = L.circleMarker([lat, lon], { radius: 9 + Math.min(16, Math.sqrt(props.point_count!) * 3), color: colour, fillColor: colour, fillOpacity: 0.8, className: 'cluster' });
        marker.bindTooltip(el('span', String(props.point_count)), { permanent: true, direction: 'center', className: 'cluster-label' });
        marker.on('click', () => map.flyTo([lat, lon], Math.min(10, index.getClusterExpansionZoom(props.cluster_id!))));
        marker.addTo(layer);
      } else {
        single(c.properties as P, [lat, lon]).addTo(layer);
      }
    }
  };
  map.on('moveend', draw);
  draw();
  return layer;
}

/** Text in a new element: Leaflet's popups take nodes, so no event text is ever parsed as HTML. */
function el(tag: string, text?: string, className?: string): HTMLElement {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function popupFor(record: EventRecord, q: string): HTMLElement {
  const box = el('div', undefined, 'popup');
  box.append(el('strong', `${record.event.plover ?? ''} CAMEO ${record.event.cameo}`), el('div', `${actorLabel(record.source) ?? '?'} → ${actorLabel(record.target) ?? '?'}`), el('div', record.location?.name ?? record.location?.text ?? ''), el('p', record.evidence));
  const link = el('a', record.document.title || 'Open the article') as HTMLAnchorElement;
  link.href = href('article', record.docId, { q, mark: `event:${record.event.id}` });
  box.append(link);
  return box;
}

export function MapPage({ q, params }: { q: string; params: Record<string, string> }) {
  const likely = likelyRightOnly(params);
  // The toggle narrows the events layer only: the shading and the places are the articles'.
  const query = eventsQuery(q, params);
  const go = (next: string, likelyOn: boolean) => (location.hash = href('map', undefined, { q: next, [LIKELY_RIGHT.param]: likelyRightParam(likelyOn) }));
  const box = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<Error | undefined>();
  const [summary, setSummary] = useState('Loading the map…');
  useEffect(() => {
    const map = L.map(box.current!, { minZoom: 1, maxZoom: 10, worldCopyJump: false, maxBounds: [[-85, -200], [85, 200]], zoomSnap: 0.5, attributionControl: true });
    map.attributionControl.setPrefix('').addAttribution('Shapes: Natural Earth via world-atlas');
    map.fitBounds([[-55, -170], [75, 180]]);
    const controller = new AbortController();
    (async () => {
      const [facets, events] = await Promise.all([getJson<Facets>('facets', { q, facets: 'country', limit: 300 }, controller.signal), getAll<EventRecord>('events', { q: query }, MAX_EVENTS, controller.signal)]);
      const counts = new Map((facets.country ?? []).map((b) => [b.key, b.count]));
      const max = Math.max(1, ...counts.values());
      L.geoJSON(worldCountries(), {
        style: (f) => {
          const n = counts.get(f?.properties.iso3 ?? '') ?? 0;
          return { className: `country c-${f?.properties.iso3 ?? 'none'}`, color: '#868e96', weight: 0.6, fillOpacity: 1, fillColor: n === 0 ? SHADES[0] : SHADES[Math.min(SHADES.length - 1, 1 + Math.floor((Math.log(n) / Math.log(max + 1)) * (SHADES.length - 1)))] };
        },
        onEachFeature: (f, layer) => {
          const n = counts.get(f.properties.iso3 ?? '') ?? 0;
          layer.bindTooltip(el('span', `${f.properties.name}: ${n} article${n === 1 ? '' : 's'}`), { sticky: true });
        },
      }).addTo(map);
      const located: EventPoint[] = events.items
        .filter((r) => r.location?.lat !== undefined && r.location?.lon !== undefined)
        .map((record) => ({ type: 'Feature', properties: { record }, geometry: { type: 'Point', coordinates: [record.location!.lon!, record.location!.lat!] } }));
      const eventLayer = clusterLayer(map, located, '#862e9c', ({ record }, at) => {
        const quad = record.event.quadClass ?? 0;
        return L.circleMarker(at, { radius: 7, color: '#343a40', weight: 1, fillColor: quad >= 3 ? '#e03131' : quad >= 1 ? '#2f9e44' : '#868e96', fillOpacity: 0.9, className: 'event-point' }).bindPopup(popupFor(record, q));
      }).addTo(map);
      const places = await loadPlaces(q, controller.signal);
      const placeLayer = clusterLayer(map, places.features, '#1864ab', (props, at) =>
        L.circleMarker(at, { radius: 5, color: '#1864ab', weight: 1, fillColor: '#74c0fc', fillOpacity: 0.9, className: 'place-point' }).bindPopup(placePopup(props)),
      );
      L.control.layers(undefined, { 'Events (red conflict, green cooperation)': eventLayer, 'Places named in the articles': placeLayer }, { collapsed: false }).addTo(map);
      eventLayer.remove();
      placeLayer.addTo(map);
      eventLayer.addTo(map);
      setSummary(`${counts.size} countries named; ${located.length} of ${events.items.length} events have a located place${events.complete ? '' : ` (first ${MAX_EVENTS} events)`}; ${places.features.length} places named${places.complete ? '' : ` (the first ${MAX_PLACES})`}.`);
    })().catch((e: Error) => e.name === 'AbortError' || setError(e));
    return () => (controller.abort(), map.remove());
  }, [q, query]);
  return (
    <div class="map-page">
      <h1 tabIndex={-1}>Map</h1>
      <QueryBox value={q} onSubmit={(next) => go(next, likely)} />
      <LikelyToggle on={likely} onChange={(on) => go(q, on)} />
      {error && <ErrorBox error={error} />}
      <p class="note" aria-live="polite">{summary} Countries are shaded by the articles naming them; dots are events (red conflict, green cooperation) and places (blue), numbered circles where dense.</p>
      <div class="map" ref={box} role="region" aria-label="Map of countries and events" />
    </div>
  );
}
