/**
 * The places stage: the document's place names, resolved to gazetteer places with
 * coordinates (places.ts), after the entity stage. Context besides the text: the
 * source's country (from the outlet list) and the dateline's place. Other stages
 * read the result through placesInSpan (places.ts).
 */
import type { Stage } from '../../pipeline/stage.js';
import { findOutlet, findOutletByDomain } from '../extract/outlets.js';
import { findPlaces } from './places.js';
import type { ResolveContext } from './resolve.js';

/** Above this many entity mentions a document is a list or a dump, not an article: only the first are resolved. */
export const MAX_PLACE_MENTIONS = 2000;

export const placesStage: Stage = {
  name: 'places',
  version: '1.0.0',
  requires: ['text', 'entities'],
  assigns: ['places'],
  run(doc) {
    const outlet = (doc.source?.domain ? findOutletByDomain(doc.source.domain) : undefined) ?? (doc.source?.name ? findOutlet(doc.source.name) : undefined);
    const context: ResolveContext = {};
    if (outlet?.country) context.sourceCountry = outlet.country;
    if (doc.dateline) context.contextNames = [doc.dateline];
    doc.places = findPlaces(doc.text!, doc.entities!, context, MAX_PLACE_MENTIONS);
    return { method: 'gazetteer+context' };
  },
};
