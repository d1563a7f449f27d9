import type { Stage } from './stage.js';
import { decodeStage } from '../stages/ingest/decode.js';
import { normaliseStage } from '../stages/extract/normalise.js';
import { plainTextArticleStage } from '../stages/extract/plain-text-article.js';
import { htmlArticleStage } from '../stages/extract/html-article.js';
import { languageStage } from '../stages/nlp/language.js';
import { sentenceStage } from '../stages/nlp/sentences.js';
import { tokenStage } from '../stages/nlp/tokenize.js';
import { posStageFor } from '../stages/syntax/pos-stage.js';
import { parseStageFor } from '../stages/syntax/parse-stage.js';
import { entityStage } from '../stages/entities/entity-stage.js';
import { placesStage } from '../stages/geo/places-stage.js';
import { timeStage } from '../stages/times/time-stage.js';
import { quoteStage } from '../stages/quotes/quote-stage.js';
import { documentCodableSentences, eventStage } from '../stages/events/event-stage.js';
import { identityStage } from '../stages/identity.js';

/**
 * The sentences a later stage reads tags and trees in: today the events stage alone,
 * in the sentences it can code (about 37% of a news page's tokens). A stage that starts
 * reading tags or trees adds the sentences it reads here, or it finds tokens without them.
 * Before tagging, codableSentences counts any word the verb dictionary knows; after it, only
 * those tagged as verbs; each is worked out once per document (documentCodableSentences).
 */
const selectivePosStage = posStageFor(['entities'], (doc) => documentCodableSentences(doc, 'untagged'));
const selectiveParseStage = parseStageFor(['entities'], (doc) => documentCodableSentences(doc, 'tagged'));

/**
 * The one explicit list of stages, in order (no registration by import side
 * effect). Each stage's `requires` must be assigned by an earlier one; a test
 * checks this with checkStageOrder, on every media type's path.
 *
 * Web pages and plain text share this list: a stage that declares `mediaTypes`
 * runs only on those (decode settles the media type). Text takes normalise →
 * extract; pages take extract-html; everything from language on is shared.
 */
export const PIPELINE: readonly Stage[] = [
  decodeStage,
  normaliseStage, // text/plain
  plainTextArticleStage, // text/plain
  htmlArticleStage, // text/html
  languageStage,
  sentenceStage,
  tokenStage,
  entityStage,
  selectivePosStage,
  selectiveParseStage,
  placesStage,
  timeStage,
  quoteStage,
  eventStage,
  identityStage,
];
