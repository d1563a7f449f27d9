/**
 * The identity of an event across articles: reports of one event by several articles
 * get the same key, so stores merge them with a GROUP BY (GDELT's NumMentions,
 * NumArticles, NumSources). Computed at put time from the event's record and stored
 * beside it, indexed.
 *
 * The key joins, with `|`:
 * - the day: the event's own date (a day, or a month or year when that is all the text
 *   says), else the publication day — exact, as GDELT: a report a day later that says
 *   "yesterday" is dated to the event's day by the time stage, so no day tolerance is
 *   added (one would merge a daily series of strikes into one);
 * - the source and the target actor: the CAMEO actor code (as GDELT), else the
 *   canonical name of the entity, else the words of the text, folded; empty when absent;
 * - the CAMEO base code (three digits: 112 for 112 and 1122): outlets differ on the
 *   fourth digit ("accused of human rights abuses" vs "accused") more than on what happened;
 * - the place: the country (ISO 3166-1 alpha-3) of the event's location, left empty when
 *   the location is unknown or in the country of one of the actors. Reports name the
 *   same place at different granularities ("Sidakan", "the Kurdistan Region", "Iraq")
 *   or not at all, so a GeoNames id would split one event; an interaction placed in a
 *   third country (talks in Doha) stays apart from one at home;
 * - the mode: empty for reported and background events, else the kind (negated,
 *   future, hypothetical): "did not attack" is not a report of the attack.
 *
 * An event with no actor at all, or with no day (neither its own date nor a
 * publication date), says too little to be recognised in another article: its key is
 * its own (the day, then `#` document id `#` event id), so it stays one report.
 *
 * A key begins with its day, so keys in order are events by day: stores page merged
 * events in key order straight off the key's index.
 */
import type { ActorRecord, EventRecord } from '../query/results.js';
import { foldName } from './fold.js';

/** The parts of an event key, in order (exported for tests and for explaining a merge). */
export interface EventKeyParts {
  day: string;
  source: string;
  target: string;
  base: string;
  place: string;
  mode: string;
}

export function eventKeyParts(record: EventRecord): EventKeyParts {
  const kind = record.event.kind;
  const country = record.location?.countryIso3;
  const home = new Set([record.source?.country, record.target?.country]);
  return {
    day: record.day ?? '',
    source: actorKey(record.source),
    target: actorKey(record.target),
    base: record.event.cameo.slice(0, 3),
    place: country && !home.has(country) ? country : '',
    mode: kind === 'reported' || kind === 'background' ? '' : kind,
  };
}

/** The key of an event record: `2020-08-12|IRQ|TUR|111||`. */
export function eventKey(record: EventRecord): string {
  const p = eventKeyParts(record);
  if (p.day === '' || (p.source === '' && p.target === '')) return `${p.day}|#${record.docId}#${record.event.id}`;
  return [p.day, p.source, p.target, p.base, p.place, p.mode].join('|');
}

function actorKey(actor: ActorRecord | undefined): string {
  if (!actor) return '';
  if (actor.code) return actor.code.toUpperCase();
  // `|` is the key's separator; a name never needs one.
  return foldName(actor.name ?? actor.text).replace(/[\s|]+/gu, ' ').trim();
}

/** The outlet name the pipeline gives a text whose outlet it cannot tell (src/stages/extract/plain-text-article.ts). */
const UNKNOWN_OUTLET = 'unknown';

/**
 * The outlet that published an event's document, for NumSources: the host of its URL
 * without `www.`, else its outlet name, folded; an article of unknown outlet is a source
 * of its own (`?` and its id), not one outlet with every other unknown. Wire copies
 * re-published by several outlets count once per outlet, as GDELT counts them.
 */
export function eventOutlet(record: EventRecord): string {
  const url = record.document.url;
  if (url && URL.canParse(url)) {
    const host = new URL(url).hostname.replace(/^www\./u, '');
    if (host !== '') return host;
  }
  const name = foldName(record.document.source).trim();
  return name === '' || name === UNKNOWN_OUTLET ? `?${record.docId}` : name;
}
