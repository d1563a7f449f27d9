/**
 * The places stage: the document's place names, resolved to gazetteer places with
 * coordinates (places.ts), after the entity stage. Context besides the text: the
 * source's country (from the outlet list) and the dateline's place. Other stages
 * read the result through placesInSpan (places.ts).
 */
import { addIssue } from '../../pipeline/issues.js';
import type { Stage } from '../../pipeline/stage.js';
import { findOutlet, findOutletByDomain } from '../extract/outlets.js';
import { detectToponyms } from './detect.js';
import { placesOfMentions } from './places.js';
import type { ResolveContext } from './resolve.js';

/**
 * Above this many place mentions a document is a list or a dump, not an article (LGL's most has 96): only the
 * first are resolved. Context costs grow with the square of the distinct names; 500 keep the worst case near 0.1 s.
 */
export const MAX_PLACE_MENTIONS = 500;

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
    const mentions = detectToponyms(doc.entities!, doc.text!);
    if (mentions.length > MAX_PLACE_MENTIONS) addIssue(doc, 'places', 'places.truncated', `${mentions.length} place mentions; the first ${MAX_PLACE_MENTIONS} are resolved`);
    doc.places = placesOfMentions(doc.text!, mentions.slice(0, MAX_PLACE_MENTIONS), context);
    return { method: 'gazetteer+context' };
  },
};
