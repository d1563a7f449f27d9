/**
 * Which spans of a document are place names: the entity stage's GPE and LOC
 * mentions, its demonyms of a country (NORP with a country: "Egyptian" names Egypt,
 * as LGL annotates it), and facilities named after a place ("Baghdad International
 * Airport"). Religious and ethnic groups (NORP without a country) are not places.
 */
import type { Entity } from '../../model/schema.js';
import type { ToponymMention } from './resolve.js';

/** FAC/ORG/LOC names whose head word makes them a located facility that the named place stands for. */
const FACILITY_NAME = /\s(?:International\s+)?Airport$/;

export function detectToponyms(entities: readonly Entity[]): ToponymMention[] {
  const out: ToponymMention[] = [];
  for (const entity of entities) {
    for (const m of entity.mentions) {
      if (entity.type === 'GPE' || entity.type === 'LOC') out.push({ start: m.start, end: m.end, text: m.text, hint: 'place' });
      else if (entity.type === 'NORP' && entity.country) out.push({ start: m.start, end: m.end, text: m.text, hint: 'demonym' });
      else if ((entity.type === 'FAC' || entity.type === 'ORG') && FACILITY_NAME.test(m.text)) out.push({ start: m.start, end: m.end, text: m.text, hint: 'place' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
