/**
 * The fields of the search language, as data: the name a user types (and its
 * aliases), what the value is, and why the field exists. The parser reads values
 * by `value`; README's search-language table lists the same fields (fields.test.ts
 * checks that it does).
 */

/** How a field's value is read. */
export type FieldValue = 'text' | 'name' | 'source' | 'quote' | 'lang' | 'country' | 'event' | 'date' | 'confidence';

export interface FieldSpec {
  /** The canonical name, as --explain prints it. */
  id: string;
  /** Other spellings accepted (all matched without regard to case). */
  aliases: readonly string[];
  value: FieldValue;
  /** One line for help texts and errors. */
  help: string;
  reason: string;
}

export const FIELDS: readonly FieldSpec[] = [
  { id: 'title', aliases: [], value: 'text', help: 'words of the headline', reason: 'Headlines state what a story is about; a word there means more than one in passing.' },
  { id: 'source', aliases: ['outlet'], value: 'source', help: 'the outlet: words of its name or domain (source:reuters, source:"shafaq news")', reason: 'Analysts follow or exclude particular outlets.' },
  { id: 'lang', aliases: ['language'], value: 'lang', help: 'the language code (lang:en)', reason: 'Mixed-language stores are filtered by language before reading.' },
  { id: 'entity', aliases: [], value: 'name', help: 'a named entity of any type, by words of its name or an alias', reason: 'A name found as an entity is the thing itself, not a word that happens to match (Iran the country, not "Iranian").' },
  { id: 'person', aliases: ['per'], value: 'name', help: 'a person, by words of their name or an alias', reason: 'Who is named, told apart from places and organisations of the same words (Washington).' },
  { id: 'org', aliases: ['organization', 'organisation'], value: 'name', help: 'an organisation, by words of its name or an alias', reason: 'Armed groups, parties, companies, agencies.' },
  { id: 'place', aliases: ['location', 'loc'], value: 'name', help: 'a place entity (country, city, region, facility), by words of its name', reason: 'Where things happen, by the names the text gives.' },
  { id: 'country', aliases: [], value: 'country', help: 'a country, by ISO code (IQ, IRQ) or name (Iraq): of entities, places and event actors', reason: 'Countries are the unit of most event analysis; codes and names must both work.' },
  { id: 'event', aliases: ['cameo', 'plover'], value: 'event', help: 'an event type: a CAMEO code or prefix (19, 190) or a PLOVER type (ASSAULT)', reason: 'Event data is read by type: CAMEO for continuity with GDELT and ICEWS, PLOVER for POLECAT.' },
  { id: 'quote', aliases: ['quotes'], value: 'quote', help: 'words inside a quotation', reason: 'What was said, apart from what the reporter wrote around it.' },
  { id: 'said-by', aliases: ['saidby', 'speaker'], value: 'quote', help: 'the one quoted, by words of their name (said-by:sadr)', reason: 'Who said it: a newsroom tracks a politician across outlets.' },
  { id: 'date', aliases: [], value: 'date', help: 'a day, month or year, or a range: date:2020-09-01..2020-09-30, date:>=2020-09 (the event\'s date for events, else the publication\'s)', reason: 'Time windows are the first filter of every analysis.' },
  { id: 'published', aliases: ['pub'], value: 'date', help: 'the publication date, as date: (published:2020)', reason: 'When a report appeared, as opposed to when what it reports happened.' },
  { id: 'confidence', aliases: ['conf'], value: 'confidence', help: "an event's confidence, 0 to 1: confidence:0.5 (0.5 or more), confidence:>0.7, confidence:<0.3, confidence:0.5..0.9", reason: 'Each event carries the probability that a reader of its sentence judges it right: on judged pages all events are right 42% of the time, those of 0.5 or more 79%.' },
];

const BY_NAME = new Map<string, FieldSpec>(FIELDS.flatMap((field) => [field.id, ...field.aliases].map((name) => [name, field] as const)));

/** The field a name (as typed, any case) denotes, if any. */
export function fieldNamed(name: string): FieldSpec | undefined {
  return BY_NAME.get(name.toLowerCase());
}

/** "title:, source:, …" for error messages. */
export function fieldList(): string {
  return FIELDS.map((field) => `${field.id}:`).join(', ');
}
