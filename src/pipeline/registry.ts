import type { Stage } from './stage.js';
import { decodeStage } from '../stages/ingest/decode.js';
import { normaliseStage } from '../stages/extract/normalise.js';
import { plainTextArticleStage } from '../stages/extract/plain-text-article.js';
import { htmlArticleStage } from '../stages/extract/html-article.js';
import { languageStage } from '../stages/nlp/language.js';
import { sentenceStage } from '../stages/nlp/sentences.js';
import { tokenStage } from '../stages/nlp/tokenize.js';
import { posStage } from '../stages/syntax/pos-stage.js';
import { parseStageFor } from '../stages/syntax/parse-stage.js';
import { entityStage } from '../stages/entities/entity-stage.js';
import { placesStage } from '../stages/geo/places-stage.js';
import { timeStage } from '../stages/times/time-stage.js';
import { quoteStage } from '../stages/quotes/quote-stage.js';
import { codableSentences, eventStage } from '../stages/events/event-stage.js';
import { identityStage } from '../stages/identity.js';

/**
 * The parse, of the sentences the events stage can code (the only stage that reads
 * trees): about a third of a news page's tokens.
 */
const eventParseStage = parseStageFor(['entities'], (doc) =>
  codableSentences({ text: doc.text!, sentences: doc.sentences!, tokens: doc.tokens!, entities: doc.entities!, ...(doc.published ? { published: doc.published } : {}) }),
);

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
  posStage,
  entityStage,
  placesStage,
  timeStage,
  quoteStage,
  eventParseStage,
  eventStage,
  identityStage,
];
