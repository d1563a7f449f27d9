/**
 * The Wirewatch data model, declared once with zod. TypeScript types are derived
 * with `z.infer`, the JSON Schema with `z.toJSONSchema` (see json-schema.ts).
 *
 * Every annotation points into `Document.text` by character offsets
 * (UTF-16 code units, as JavaScript strings index), `start` inclusive, `end` exclusive.
 *
 * Compatibility rule: later versions may add fields and enum members; they never
 * rename or remove a field. Bump SCHEMA_VERSION's minor for additions, major for breaks.
 */
import { z } from 'zod';
import { QUOTE_CLASSES } from './quote-class.js';

export const SCHEMA_VERSION = '1.6.0';

/** A half-open character range [start, end) into Document.text. */
export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof Span>;

export const Paragraph = Span.extend({
  /** Structural role; body paragraphs are the only ones in `text` for now. */
  kind: z.enum(['body', 'heading', 'quote', 'list']).default('body'),
});
export type Paragraph = z.infer<typeof Paragraph>;

export const Sentence = Span;
export type Sentence = z.infer<typeof Sentence>;

/** The Universal Dependencies part-of-speech tags (https://universaldependencies.org/u/pos/). */
export const UniversalPos = z.enum(['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X']);
export type UniversalPos = z.infer<typeof UniversalPos>;

export const Token = Span.extend({
  /** Coarse shape class, from the tokenizer. */
  kind: z.enum(['word', 'number', 'punct', 'symbol', 'url', 'email', 'other']),
  /** Universal POS tag, from the tagger (stage `pos`). */
  pos: UniversalPos.optional(),
  /** Penn Treebank tag (`NNP`, `VBD`, `HYPH`, …), from the tagger. */
  tag: z.string().optional(),
  /**
   * The token's syntactic head, from the parser (stage `parse`): an index into
   * Document.tokens (the document's, not the sentence's, so `tokens[t.head]` is
   * the head), always a token of the same sentence; −1 for the sentence's root.
   */
  head: z.number().int().min(-1).optional(),
  /** Universal Dependencies relation to the head, with subtypes as GUM uses them (`nsubj:pass`, `obl:agent`, `root`). */
  deprel: z.string().optional(),
});
export type Token = z.infer<typeof Token>;

export const EntityType = z.enum(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP', 'EVENT', 'PRODUCT', 'MISC']);
export type EntityType = z.infer<typeof EntityType>;

export const Mention = Span.extend({
  text: z.string(),
});
export type Mention = z.infer<typeof Mention>;

export const Entity = z.object({
  /** Stable within the document: `e1`, `e2`, … */
  id: z.string(),
  /** Canonical name: the longest or best-known form seen. */
  name: z.string(),
  type: EntityType,
  mentions: z.array(Mention),
  aliases: z.array(z.string()).default([]),
  /** ISO 3166-1 alpha-3, as CAMEO actor codes use. */
  country: z.string().optional(),
  /** CAMEO-style actor code: `IRQ`, `USAGOV`, `IRNMIL`. */
  actorCode: z.string().optional(),
  sector: z.string().optional(),
  roles: z.array(z.string()).default([]),
  /** How this entity was found, e.g. `gazetteer:country`, `rule:title-person`. */
  method: z.string().optional(),
  confidence: z.number().min(0).max(1).optional(),
});
export type Entity = z.infer<typeof Entity>;

/** What an attribution reports (quote-class.ts). */
export const QuoteClass = z.enum(QUOTE_CLASSES);
export { isQuotation } from './quote-class.js';

export const Quote = z.object({
  id: z.string(),
  /** What was said: from its first word to its last (for a split or multi-paragraph quote, across the pieces). */
  content: Span,
  /** The pieces of a quote split by its attribution ("“…,” he said, “…”") or running over paragraphs; absent for one piece. */
  parts: z.array(Span).optional(),
  /** The speaker as the text names them ("Al-Sadr", "he", "the minister"), with the entity they resolve to. */
  speaker: Mention.extend({
    entityId: z.string().optional(),
    /** How the entity was found: `mention`, `pronoun`, `role`, `relative`, `inherited`. */
    method: z.string().optional(),
  }).optional(),
  /** The reporting verb or phrase ("said", "according to"), with its lemma. */
  cue: Mention.extend({ lemma: z.string().optional() }).optional(),
  /** Where it was said, when the text states it: `Twitter`, `statement`, `interview`, … */
  medium: z.string().optional(),
  kind: z.enum(['direct', 'indirect', 'mixed']),
  /** What it reports (see QuoteClass); absent in documents analysed before schema 1.6. */
  class: QuoteClass.optional(),
  /** Which attribution pattern found the quote, e.g. `quote-then-cue`. */
  method: z.string().optional(),
  confidence: z.number().min(0).max(1).optional(),
});
export type Quote = z.infer<typeof Quote>;

/** TimeML's mod: which part of a time value is meant, or how exact an amount is. */
export const TimexMod = z.enum(['START', 'MID', 'END', 'APPROX', 'LESS_THAN', 'MORE_THAN', 'EQUAL_OR_LESS', 'EQUAL_OR_MORE', 'ON_OR_BEFORE', 'ON_OR_AFTER', 'BEFORE', 'AFTER']);
export type TimexMod = z.infer<typeof TimexMod>;

export const TimeExpression = Span.extend({
  text: z.string(),
  /**
   * TIMEX3 value (TimeML 1.2.1): `2020-09-29`, `2020-01`, `2020-W40`, `2020-Q3`, `2020-SU`,
   * `2020-09-30T06:49`, `2020-09-30TMO`, `199` (the 1990s), durations `P3D` `PT2H` `PXY`, sets
   * `P1D` `XXXX-WXX-4`, and `PRESENT_REF` `PAST_REF` `FUTURE_REF`. X marks what could not be
   * resolved (`XXXX-09`: a September without a year and no anchor to place it).
   */
  value: z.string(),
  type: z.enum(['DATE', 'TIME', 'DURATION', 'SET']),
  /** What the value was resolved against: `published`, `text` (a date mentioned earlier), `absolute` (needs none), `none` (left unresolved). */
  anchor: z.string().optional(),
  /** TimeML mod: which part of the value, or how exact (`START`, `MID`, `END`, `APPROX`, `LESS_THAN`, `MORE_THAN`, …). */
  mod: TimexMod.optional(),
  /** Where it was found: absent or `text` for Document.text (the span points into it); `published` for the document's own timestamp from its header or metadata, which is not in text (the span is empty, 0–0); `dateline` for the date of a dateline extraction cut from the body ("Baghdad, August 12 -": the day the story was filed; span empty). */
  origin: z.enum(['text', 'published', 'dateline']).optional(),
  /** The UTC offset of a clock time when the source states it (`+03:00`). */
  offset: z.string().optional(),
  /** The detection rules that found it, joined by `+` (`weekday+part-of-day`). */
  rule: z.string().optional(),
});
export type TimeExpression = z.infer<typeof TimeExpression>;

export const Place = Span.extend({
  text: z.string(),
  /** GeoNames id where resolved. */
  geonamesId: z.number().int().optional(),
  name: z.string().optional(),
  /** ISO 3166-1 alpha-2, as GeoNames uses. */
  country: z.string().optional(),
  admin1: z.string().optional(),
  lat: z.number().optional(),
  lon: z.number().optional(),
  featureClass: z.string().optional(),
  role: z.enum(['event-location', 'actor-country', 'metonymy', 'mention']).optional(),
});
export type Place = z.infer<typeof Place>;

export const EventActor = z.object({
  text: z.string(),
  entityId: z.string().optional(),
  code: z.string().optional(),
});

export const Event = z.object({
  id: z.string(),
  source: EventActor.optional(),
  target: EventActor.optional(),
  cameo: z.string(),
  cameoRoot: z.string(),
  quadClass: z.number().int().min(1).max(4).optional(),
  goldstein: z.number().min(-10).max(10).optional(),
  /** PLOVER event type (`ASSAULT`, `ACCUSE`, …) from the CAMEO→PLOVER table; absent for CAMEO's statement and appeal codes, which PLOVER drops. */
  plover: z.string().optional(),
  /** PLOVER mode of the type (`assassinate`, `firearms`, `disapprove`, …), when the table gives one. */
  ploverMode: z.string().optional(),
  /** The event's own date (TIMEX3 calendar value: `2020-01`, `2020-09-29`), from its sentence's time expressions, else the publication day. */
  date: z.string().optional(),
  kind: z.enum(['reported', 'background', 'future', 'hypothetical', 'negated']),
  location: z.string().optional(),
  evidence: Span,
  confidence: z.number().min(0).max(1).optional(),
});
export type Event = z.infer<typeof Event>;

/** Problems as data: an expected failure is recorded here, never thrown. */
export const DocumentIssue = z.object({
  code: z.string(),
  stage: z.string(),
  message: z.string(),
  severity: z.enum(['info', 'warning', 'error']).default('warning'),
});
export type DocumentIssue = z.infer<typeof DocumentIssue>;

export const Provenance = z.object({
  stage: z.string(),
  version: z.string(),
  ms: z.number().nonnegative(),
  /** Which method of a cascade won, when the stage has one. */
  method: z.string().optional(),
});
export type Provenance = z.infer<typeof Provenance>;

export const Source = z.object({
  name: z.string(),
  url: z.string().optional(),
  domain: z.string().optional(),
  /** Where the input came from on disk, for files. */
  path: z.string().optional(),
  /** How `name` was found: `prefix`, `outlet-list`, `url`, `file`. */
  method: z.string().optional(),
});
export type Source = z.infer<typeof Source>;

/** The public JSON shape of an analysed document. */
export const AnalysedDocument = z.object({
  schemaVersion: z.string(),
  id: z.string(),
  title: z.string(),
  /** ISO 8601; with an offset when the time zone is known, else local time without offset. */
  published: z.string().optional(),
  source: Source,
  byline: z.string().optional(),
  dateline: z.string().optional(),
  language: z.string(),
  text: z.string(),
  paragraphs: z.array(Paragraph),
  sentences: z.array(Sentence),
  tokens: z.array(Token).optional(),
  entities: z.array(Entity),
  quotes: z.array(Quote),
  times: z.array(TimeExpression),
  events: z.array(Event),
  places: z.array(Place),
  issues: z.array(DocumentIssue),
  provenance: z.array(Provenance),
});
export type AnalysedDocument = z.infer<typeof AnalysedDocument>;
