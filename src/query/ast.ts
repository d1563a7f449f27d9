/**
 * The parsed form of a search query: one tree for every shell (CLI, API, dashboard)
 * and every store. Leaves carry values already checked and normalised by the parser
 * (a date range as two day strings, a country as ISO codes, an event type as a CAMEO
 * code range or a PLOVER type, a confidence as a number range), so a store only
 * renders them as SQL.
 */

/** Where a node came from in the query text: [start, end) in UTF-16 code units. */
export interface SourceSpan {
  start: number;
  end: number;
}

/** A word, a "phrase" (several words in order) or a prefix* over a text field. */
export interface TextValue {
  /** The words as typed, inner spaces collapsed; the stores tokenize them as they tokenize documents. */
  text: string;
  /** A trailing * on the last word: any word starting with it. */
  prefix: boolean;
}

/** Full text: the title, the body and the entity names (`any`), or the title only. */
export interface TextLeaf extends TextValue {
  kind: 'text';
  field: 'any' | 'title';
  at: SourceSpan;
}

/** Which entity types a name field covers. */
export type NameField = 'entity' | 'person' | 'org' | 'place';

/** An entity of the document whose canonical name or an alias holds these words in order. */
export interface NameLeaf extends TextValue {
  kind: 'name';
  field: NameField;
  at: SourceSpan;
}

/** The outlet: words of its name or of its domain, in order. */
export interface SourceLeaf extends TextValue {
  kind: 'source';
  at: SourceSpan;
}

/** The words of a quotation (`quote:`), or of the name of the one quoted (`said-by:`). */
export interface QuoteLeaf extends TextValue {
  kind: 'quote';
  field: 'content' | 'speaker';
  at: SourceSpan;
}

export interface LanguageLeaf {
  kind: 'lang';
  /** Lower-case ISO 639 code, as documents store it (`en`, `ar`, `und`). */
  code: string;
  at: SourceSpan;
}

export interface CountryLeaf {
  kind: 'country';
  /** ISO 3166-1 alpha-3, as entities and CAMEO actor codes carry it. */
  iso3: string;
  iso2: string;
  name: string;
  at: SourceSpan;
}

/** An event type: CAMEO codes starting with `cameoPrefix`, or one PLOVER type. */
export type EventLeaf =
  | { kind: 'event'; system: 'cameo'; cameoPrefix: string; at: SourceSpan }
  | { kind: 'event'; system: 'plover'; plover: string; at: SourceSpan };

/**
 * A range of days, `from` inclusive, `before` exclusive, each a prefix of an ISO date
 * (`2020`, `2020-09`, `2020-09-30`), compared as strings with the day of the
 * publication (`published`) or, where the subject has one, of the event (`date`).
 */
export interface DateLeaf {
  kind: 'date';
  field: 'date' | 'published';
  from?: string;
  before?: string;
  at: SourceSpan;
}

/** One end of a number range, and whether the end itself is in it. */
export interface NumberBound {
  value: number;
  inclusive: boolean;
}

/**
 * A range of an event's confidence (the probability, 0 to 1, that a reader judges it
 * right): either end may be open. An event without a confidence (analysed before the
 * model existed) is in no range.
 */
export interface ConfidenceLeaf {
  kind: 'confidence';
  lower?: NumberBound;
  upper?: NumberBound;
  at: SourceSpan;
}

export type Leaf = TextLeaf | NameLeaf | SourceLeaf | QuoteLeaf | LanguageLeaf | CountryLeaf | EventLeaf | DateLeaf | ConfidenceLeaf;

export interface AndNode {
  kind: 'and';
  children: QueryNode[];
}

export interface OrNode {
  kind: 'or';
  children: QueryNode[];
}

export interface NotNode {
  kind: 'not';
  child: QueryNode;
}

/** Every document: what an empty query means where one is allowed (an API listing, an export of everything). */
export interface AllNode {
  kind: 'all';
}

export type QueryNode = Leaf | AndNode | OrNode | NotNode | AllNode;

/** A parsed query: the tree and the text it came from. */
export interface Query {
  text: string;
  root: QueryNode;
}
