/**
 * Synthetic documents of three coded events each, for the merged-event benchmarks: day
 * (60 days of 2020), actors, CAMEO code and place drawn from skewed pools, so a few
 * events are reported by many articles and most by one, as in news; eight outlets.
 */
import { AnalysedDocument, SCHEMA_VERSION, type Event } from '../src/model/schema.js';

const ACTORS = ['IRQ', 'USA', 'TUR', 'IRN', 'IRQGOV', 'USAGOV', 'IRQMIL', 'TURMIL', 'SYR', 'RUS', 'ISR', 'PSE', 'SAU', 'EGY', 'IGOUNO', 'GBR', 'FRA', 'DEU', 'CHN', 'UKR'];
const CODES = ['010', '020', '036', '040', '042', '043', '051', '057', '111', '112', '120', '130', '138', '145', '173', '180', '190', '193', '195', '200'];
const PLACES = [
  { text: 'Baghdad', name: 'Baghdad', country: 'IQ', lat: 33.34, lon: 44.4, geonamesId: 98182, featureClass: 'P' },
  { text: 'Ankara', name: 'Ankara', country: 'TR', lat: 39.92, lon: 32.85, geonamesId: 323786, featureClass: 'P' },
  { text: 'Doha', name: 'Doha', country: 'QA', lat: 25.29, lon: 51.53, geonamesId: 290030, featureClass: 'P' },
];
const OUTLETS = ['reuters.com', 'aljazeera.com', 'rudaw.net', 'bbc.co.uk', 'apnews.com', 'shafaq.com', 'aa.com.tr', 'france24.com'];
/** A small deterministic generator (mulberry32), so every run stores the same reports. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Skewed pick: the first items far more often than the last (news is about a few actors). */
const pick = <T>(items: readonly T[], r: () => number): T => items[Math.floor(items.length * r() ** 3)]!;

export function* reportedEvents(n: number): Generator<AnalysedDocument> {
  const r = random(42);
  for (let i = 0; i < n; i++) {
    const text = 'One sentence of a report. Another sentence. A third sentence.';
    const places = PLACES.map((p, k) => ({ ...p, start: k, end: k + 1 }));
    const events: Event[] = Array.from({ length: 3 }, (_, k) => {
      const place = r() < 0.3 ? pick(PLACES, r) : undefined;
      const cameo = pick(CODES, r);
      const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(r() * 60) * 86_400_000).toISOString().slice(0, 10);
      return {
        id: `v${k}`, cameo, cameoRoot: cameo.slice(0, 2), kind: 'reported', date: day, evidence: { start: 0, end: 25 },
        source: { text: 's', code: pick(ACTORS, r) }, target: { text: 't', code: pick(ACTORS, r) }, ...(place ? { location: place.text } : {}),
      };
    });
    const outlet = OUTLETS[i % OUTLETS.length]!;
    yield AnalysedDocument.parse({
      schemaVersion: SCHEMA_VERSION, id: `doc-${i}`, title: `Report ${i}`, published: `${events[0]!.date}T12:00:00Z`,
      source: { name: outlet, url: `https://${outlet}/news/${i}` }, language: 'en', text,
      paragraphs: [{ start: 0, end: text.length, kind: 'body' }], sentences: [{ start: 0, end: text.length }],
      entities: [], quotes: [], times: [], events, places, issues: [], provenance: [{ stage: 'bench', version: '1', ms: 0 }],
    });
  }
}

