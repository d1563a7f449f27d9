/**
 * The quotes stage: who said what. Quoted passages (quote-marks.ts) and cues
 * (cues.ts) give attributions by the patterns of attribution-patterns.ts;
 * speakers are resolved to the document's entities (speakers.ts); the medium
 * comes from the words around the cue (media.ts) or carries over to a
 * continuing quote ("he added") from the same speaker's previous one.
 */
import type { Entity, Quote, Span, Token } from '../../model/schema.js';
import type { Stage } from '../../pipeline/stage.js';
import { buildDocumentView, type DocumentView } from './document-view.js';
import { findAttributions } from './find-attributions.js';
import type { Attribution } from './attribution-patterns.js';
import { resolveSpeakers, type Speaker } from './speakers.js';
import { findMedium } from './media.js';
import { CONTINUATION_CUES, wordSet } from './quote-words.js';

const CONTINUATIONS = wordSet(CONTINUATION_CUES);

/**
 * How much each pattern is trusted, measured on PolNeAR train (the share of its
 * quotes whose content overlaps a gold attribution), rounded down to a tenth.
 */
const PATTERN_CONFIDENCE: Readonly<Record<string, number>> = {
  'quote-then-cue': 0.9,
  'cue-then-quote': 0.9,
  'according-to': 0.9,
  'in-poll': 0.8,
  colon: 0.8,
  'reported-clause': 0.8,
  parenthetical: 0.8,
  infinitive: 0.7,
  prepositional: 0.7,
  object: 0.6,
  nominal: 0.6,
  'unattributed-quote': 0.6,
};

export interface QuoteInput {
  text: string;
  paragraphs: readonly Span[];
  sentences: readonly Span[];
  tokens: readonly Token[];
  entities: readonly Entity[];
}

/** The quotes of an analysed text, in order of their content. */
export function findQuotes(input: QuoteInput): Quote[] {
  const view = buildDocumentView(input.text, input.paragraphs, input.sentences, input.tokens, input.entities);
  const attributions = findAttributions(view);
  const speakers = resolveSpeakers(view, attributions);
  const media = findMedia(view, attributions, speakers);
  return attributions.map((a, i) => toQuote(view, a, speakers[i]!, media[i], i));
}

/** The medium each quote states, or inherits as the continuation of the same speaker's previous quote. */
function findMedia(view: DocumentView, attributions: readonly Attribution[], speakers: readonly Speaker[]): (string | undefined)[] {
  const media: (string | undefined)[] = [];
  attributions.forEach((a, i) => {
    const window = view.text.slice(a.mediumWindow.start, a.mediumWindow.end);
    let medium = findMedium(window)?.medium ?? a.cue?.verb?.medium;
    if (!medium && a.cue && CONTINUATIONS.has(a.cue.verb?.lemma ?? '') && i > 0) {
      const entity = speakers[i]!.entityId;
      for (let j = i - 1; j >= 0; j--) {
        if (speakers[j]!.entityId !== entity) continue;
        medium = media[j];
        break;
      }
    }
    media.push(medium);
  });
  return media;
}

function toQuote(view: DocumentView, a: Attribution, speaker: Speaker, medium: string | undefined, index: number): Quote {
  const content = { start: a.content[0]!.start, end: a.content[a.content.length - 1]!.end };
  // A quotation no cue introduces is something said: quotation marks are speech's sign in news.
  const quote: Quote = { id: `q${index + 1}`, content, kind: a.kind, class: a.cue?.cueClass ?? 'speech', method: a.pattern, confidence: PATTERN_CONFIDENCE[a.pattern] ?? 0.5 };
  if (a.content.length > 1) quote.parts = a.content.map((p) => ({ start: p.start, end: p.end }));
  if (speaker.span) {
    quote.speaker = { start: speaker.span.start, end: speaker.span.end, text: view.text.slice(speaker.span.start, speaker.span.end) };
    if (speaker.entityId) quote.speaker.entityId = speaker.entityId;
    if (speaker.method) quote.speaker.method = speaker.method;
  }
  if (a.cue) {
    const start = view.words[a.cue.first]!.start;
    const end = view.words[a.cue.last - 1]!.end;
    quote.cue = { start, end, text: view.text.slice(start, end), lemma: a.cue.lemma };
  }
  if (medium) quote.medium = medium;
  return quote;
}

export const quoteStage: Stage = {
  name: 'quotes',
  version: '1.0.0',
  requires: ['text', 'paragraphs', 'sentences', 'tokens', 'entities'],
  assigns: ['quotes'],
  run(doc) {
    doc.quotes = findQuotes({ text: doc.text!, paragraphs: doc.paragraphs!, sentences: doc.sentences!, tokens: doc.tokens!, entities: doc.entities! });
    return { method: 'rules' };
  },
};
