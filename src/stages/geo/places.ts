/**
 * The small API other stages use for places: find them in a text with its entities,
 * and ask which places lie in a span (the event coder gives each event the place of
 * its sentence or of the sentences around it).
 */
import type { Entity, Place } from '../../model/schema.js';
import { detectToponyms } from './detect.js';
import { getPlaceGazetteer, type GazetteerPlace } from './gazetteer.js';
import { isActorMetonymy } from './metonymy.js';
import { resolveToponyms, type ResolveContext, type ResolvedToponym, type ToponymMention } from './resolve.js';

/** GeoNames feature classes: A = country or division, P = populated place, S = spot (a facility such as an airport). */
function featureClass(r: ResolvedToponym, p: GazetteerPlace): string {
  if (r.facility) return 'S';
  return p.level === 'city' ? 'P' : 'A';
}

const round = (x: number): number => Math.round(x * 10000) / 10000;

export function toPlace(r: ResolvedToponym, text: string, admin1Name: (p: GazetteerPlace) => string | undefined): Place | undefined {
  const p = r.place;
  if (!p) return undefined;
  const place: Place = {
    start: r.start, end: r.end, text: r.text, name: r.facility ? r.text : p.name, country: p.country,
    lat: round(p.lat), lon: round(p.lon), featureClass: featureClass(r, p),
    role: isActorMetonymy(text, r.start, r.end, p) ? 'metonymy' : 'mention',
  };
  if (p.geonamesId && !r.facility) place.geonamesId = p.geonamesId;
  const admin1 = admin1Name(p);
  if (admin1) place.admin1 = admin1;
  return place;
}

/**
 * The places of a text, from its entities: detected (detect.ts), then resolved (placesOfMentions).
 *
 * @example findPlaces(doc.text, doc.entities, { sourceCountry: 'IQ' })
 */
export function findPlaces(text: string, entities: readonly Entity[], context: ResolveContext = {}): Place[] {
  return placesOfMentions(text, detectToponyms(entities, text), context);
}

/**
 * Place mentions resolved (resolve.ts) and marked as metonymy where a capital or country is an actor
 * (metonymy.ts). Unresolved names are left out: a place without a point is of no use downstream.
 */
export function placesOfMentions(text: string, mentions: readonly ToponymMention[], context: ResolveContext = {}): Place[] {
  const out: Place[] = [];
  for (const r of resolveToponyms(text, mentions, context)) {
    const place = toPlace(r, text, admin1NameOf);
    if (place) out.push(place);
  }
  return out;
}

/** The name of a place's first-level division ("Louisiana"); none for countries. */
function admin1NameOf(p: GazetteerPlace): string | undefined {
  if (p.level === 'country') return undefined;
  if (p.level === 'admin1') return p.name;
  return getPlaceGazetteer().admin1Of(p.country, p.admin1)?.name;
}

/**
 * The places whose mention lies inside [start, end), in text order; metonymic ones
 * (a capital or country acting as an actor) are left out unless asked for.
 *
 * @example placesInSpan(doc, sentence.start, sentence.end)[0]?.name
 */
export function placesInSpan(doc: { places?: readonly Place[] }, start: number, end: number, options: { includeMetonymy?: boolean } = {}): Place[] {
  return (doc.places ?? []).filter((p) => p.start >= start && p.end <= end && (options.includeMetonymy || p.role !== 'metonymy'));
}

/** How specific a place is, for choosing an event's location: a facility or town before a county, a state, a country. */
function specificity(p: Place): number {
  if (p.featureClass === 'S') return 4;
  if (p.featureClass === 'P') return 3;
  if (p.admin1 !== undefined) return 2; // a division
  return 1; // a country
}

/**
 * The location of an event told in [start, end) (its sentence): the most specific non-metonymic place
 * in it, else in the sentence before, else the one after (`sentences` in text order); undefined when
 * none names a place. Ties go to the first mentioned.
 *
 * @example eventLocation(doc, sentence.start, sentence.end, doc.sentences)?.name
 */
export function eventLocation(doc: { places?: readonly Place[] }, start: number, end: number, sentences: readonly { start: number; end: number }[] = []): Place | undefined {
  const best = (places: readonly Place[]): Place | undefined => places.reduce<Place | undefined>((a, p) => (!a || specificity(p) > specificity(a) ? p : a), undefined);
  const inside = best(placesInSpan(doc, start, end));
  if (inside) return inside;
  const i = sentences.findIndex((s) => s.start <= start && end <= s.end);
  for (const neighbour of [sentences[i - 1], sentences[i + 1]]) {
    if (i < 0 || !neighbour) continue;
    const near = best(placesInSpan(doc, neighbour.start, neighbour.end));
    if (near) return near;
  }
  return undefined;
}
