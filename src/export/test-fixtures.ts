/**
 * Analysed documents with events, quotes, entities and places built to the schema,
 * for the export tests (the pipeline does not code events yet). Text is chosen to be
 * hard to export: commas, double quotes, line breaks, tabs, XML markup characters,
 * non-Latin script and astral characters; many documents share a publication time,
 * so keyset pages break ties on the id.
 */
import { AnalysedDocument, SCHEMA_VERSION, type Entity, type Event, type Place } from '../model/schema.js';

const span = (text: string, part: string): { start: number; end: number } => {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`"${part}" is not in the text`);
  return { start, end: start + part.length };
};

function entity(id: string, text: string, name: string, type: Entity['type'], extra: Partial<Entity> = {}): Entity {
  return { id, name, type, mentions: [{ ...span(text, name), text: name }], aliases: [], roles: [], ...extra };
}

/** Document `i` of a corpus: two or three events (one without a target, one unlocated every third document), a quote, places. */
export function exportTestDocument(i: number): AnalysedDocument {
  const lead = `Protesters, "angry" & loud, clashed with police in Baghdad <day ${i}>.`;
  const second = `Iraq's government\tcondemned the "attacks"\nby Kataib Hezbollah on the U.S. embassy, officials said.`;
  const third = i % 3 === 0 ? 'The United Nations met Iraqi officials in Mosul 🚀 — «نعم».' : 'The United Nations met Iraqi officials in Mosul.';
  const text = `${lead}\n\n${second}\n\n${third}`;
  const paragraphs = [lead, second, third].map((p) => ({ ...span(text, p), kind: 'body' as const }));
  const entities: Entity[] = [
    entity('e1', text, 'Baghdad', 'GPE', { country: 'IRQ' }),
    entity('e2', text, 'Iraq', 'GPE', { country: 'IRQ', actorCode: 'IRQ' }),
    entity('e3', text, 'Kataib Hezbollah', 'ORG', { country: 'IRQ', actorCode: 'IRQREB' }),
    entity('e4', text, 'United Nations', 'ORG', { actorCode: 'IGOUNO' }),
    entity('e5', text, 'Mosul', 'GPE', { country: 'IRQ' }),
  ];
  const places: Place[] = [
    { ...span(text, 'Baghdad'), text: 'Baghdad', name: 'Baghdad', geonamesId: 98182, country: 'IQ', admin1: '07', lat: 33.34058, lon: 44.40088, featureClass: 'P', role: 'event-location' },
    { ...span(text, 'Mosul'), text: 'Mosul', name: 'Mosul', geonamesId: 99072, country: 'IQ', lat: 36.335, lon: 43.11889, featureClass: 'P', role: 'event-location' },
    { ...span(text, 'Iraq'), text: 'Iraq', role: 'actor-country' },
  ];
  const events: Event[] = [
    {
      id: 'ev1', source: { text: 'Protesters' }, target: { text: 'police', code: 'IRQCOP' }, cameo: '145', cameoRoot: '14', quadClass: 4, goldstein: -7,
      plover: 'PROTEST', kind: 'reported', location: 'Baghdad', evidence: span(text, lead), date: `2020-09-${String((i % 28) + 1).padStart(2, '0')}`, confidence: 0.8,
    },
    {
      id: 'ev2', source: { text: "Iraq's government", entityId: 'e2', code: 'IRQGOV' }, target: { text: 'Kataib Hezbollah', entityId: 'e3' },
      cameo: '122', cameoRoot: '12', kind: 'reported', evidence: span(text, second), ...(i % 3 === 0 ? {} : { location: 'Baghdad' }),
    },
    {
      id: 'ev3', source: { text: 'The United Nations', entityId: 'e4' }, target: { text: 'Iraqi officials', code: 'IRQGOV' },
      cameo: '040', cameoRoot: '04', quadClass: 1, goldstein: 1, plover: 'consult', kind: 'reported', location: 'Mosul', evidence: span(text, third),
    },
  ];
  return AnalysedDocument.parse({
    schemaVersion: SCHEMA_VERSION,
    id: `doc-${String(i).padStart(3, '0')}`,
    title: `Clashes, "anger" & <tension> in Baghdad, day ${i}`,
    // Three documents per timestamp: keyset pages must break ties on the id.
    published: `2020-09-${String((Math.floor(i / 3) % 28) + 1).padStart(2, '0')}T08:30:00+03:00`,
    source: { name: 'Test, "Wire"', url: `https://example.org/news/${i}?a=1&b=2` },
    language: 'en',
    text,
    paragraphs,
    sentences: paragraphs.map(({ start, end }) => ({ start, end })),
    entities,
    quotes: [{ id: 'q1', content: span(text, 'condemned the "attacks"'), speaker: { ...span(text, 'officials said'), text: 'officials' }, cue: { ...span(text, 'said'), text: 'said' }, kind: 'indirect' }],
    times: [],
    events,
    places,
    issues: [],
    provenance: [{ stage: 'test', version: '1', ms: 0 }],
  });
}

export function exportTestCorpus(count: number): AnalysedDocument[] {
  return Array.from({ length: count }, (_, i) => exportTestDocument(i));
}
