/**
 * PLOVER JSON: a JSON array of POLECAT-style event records, one per stored event:
 *
 *   { "id", "date", "event_type", "mode", "context", "actors": [{ "role": "source"|"target",
 *     "text", "name", "code", "country", "entity_type" }], "location": { "name", "country",
 *     "country_iso3", "admin1", "lat", "lon", "geonames_id" } | null, "evidence": { "text",
 *     "lead", "doc_id", "title", "outlet", "url", "published", "language" }, "cameo": { "code",
 *     "root", "quad_class", "goldstein" }, "kind", "confidence" }
 *
 * `event_type` is the coder's PLOVER type; when it gave none, the type a CAMEO root
 * stands for where that is one type (CAMEO_ROOT_TYPES), with `event_type_from` saying
 * which. PLOVER modes and contexts are not coded yet: `mode` is null and `context` empty.
 */
import { quadClassOfRoot } from './gdelt.js';
import type { ActorRecord, EventRecord } from '../query/results.js';
import type { ExportFormat, ExportTally } from './format.js';
import type { ExportSource } from './walk.js';

/**
 * PLOVER types by CAMEO root where the root maps to one type (the PLOVER manual's CAMEO
 * crosswalk). Left out: 01 (public statements: no PLOVER type) and 08 (yielding is CONCEDE
 * or RETREAT, by code).
 */
export const CAMEO_ROOT_TYPES: Readonly<Record<string, string>> = {
  '02': 'REQUEST', // appeals are requests in PLOVER
  '03': 'AGREE',
  '04': 'CONSULT',
  '05': 'SUPPORT',
  '06': 'COOPERATE',
  '07': 'AID',
  '09': 'ACCUSE', // investigations
  '10': 'REQUEST',
  '11': 'ACCUSE',
  '12': 'REJECT',
  '13': 'THREATEN',
  '14': 'PROTEST',
  '15': 'MOBILIZE',
  '16': 'SANCTION',
  '17': 'COERCE',
  '18': 'ASSAULT',
  '19': 'ASSAULT',
  '20': 'ASSAULT',
};

function actor(role: 'source' | 'target', a: ActorRecord | undefined): Record<string, unknown>[] {
  if (!a) return [];
  return [{ role, text: a.text, name: a.name ?? null, code: a.code ?? null, country: a.country ?? null, entity_type: a.type ?? null }];
}

export function ploverRecord(r: EventRecord): Record<string, unknown> {
  const coded = r.event.plover?.toUpperCase();
  const fromRoot = coded ? undefined : CAMEO_ROOT_TYPES[r.event.cameoRoot];
  const l = r.location;
  return {
    id: `${r.docId}:${r.event.id}`,
    date: r.day ?? null,
    event_type: coded ?? fromRoot ?? null,
    event_type_from: coded ? 'coder' : fromRoot ? 'cameo-root' : null,
    mode: null,
    context: [],
    actors: [...actor('source', r.source), ...actor('target', r.target)],
    location: l
      ? { text: l.text, name: l.name ?? null, country: l.country ?? null, country_iso3: l.countryIso3 ?? null, admin1: l.admin1 ?? null, lat: l.lat ?? null, lon: l.lon ?? null, geonames_id: l.geonamesId ?? null }
      : null,
    evidence: {
      text: r.evidence,
      lead: r.lead,
      doc_id: r.docId,
      title: r.document.title,
      outlet: r.document.source,
      url: r.document.url ?? null,
      published: r.document.published ?? null,
      language: r.document.language,
    },
    cameo: { code: r.event.cameo, root: r.event.cameoRoot, quad_class: r.event.quadClass ?? quadClassOfRoot(r.event.cameoRoot) ?? null, goldstein: r.event.goldstein ?? null },
    kind: r.event.kind,
    confidence: r.event.confidence ?? null,
  };
}

/** A JSON array written element by element, so it is never whole in memory. */
async function* encode(_subject: string, source: ExportSource, tally: ExportTally): AsyncGenerator<string> {
  yield '[';
  for await (const record of source.events()) {
    yield (tally.rows++ === 0 ? '\n' : ',\n') + JSON.stringify(ploverRecord(record));
  }
  yield tally.rows === 0 ? ']\n' : '\n]\n';
}

export const ploverFormat: ExportFormat = {
  name: 'plover',
  mediaType: 'application/json; charset=utf-8',
  extension: 'json',
  subjects: ['events'],
  description: 'PLOVER JSON: an array of POLECAT-style event records (event_type, mode, context, actors, date, location, evidence)',
  encode,
};
