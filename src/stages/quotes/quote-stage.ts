/**
 * The quotes stage: who said what. Quoted passages (quote-marks.ts) and cues
 * (cues.ts) give attributions by the patterns of attribution-patterns.ts;
 * speakers are resolved to the document's entities (speakers.ts); the medium
 * comes from the words around the cue (media.ts) or carries over to a
 * continuing quote ("he added") from the same speaker's previous one.
 *
 * The rules' attributions, with the nested ones they leave out and a plain reading
 * of each cue no pattern took, are candidates for a learned filter (quote-filter.ts,
 * trained on PolNeAR train; models/QUOTES.md): it drops unlikely quotes, takes a
 * speaker away when it is likely wrong ("speaker not named" rather than a wrong
 * name), and takes back the other candidates it trusts.
 */
import { addIssue } from '../../pipeline/issues.js';
import type { Entity, Quote, Span, Token } from '../../model/schema.js';
import type { Stage } from '../../pipeline/stage.js';
import { buildDocumentView, type DocumentView } from './document-view.js';
import { findAttributionCandidates } from './find-attributions.js';
import type { Attribution } from './attribution-patterns.js';
import { resolveSpeakers, type Speaker } from './speakers.js';
import { findMedium } from './media.js';
import { CONTINUATION_CUES, wordSet } from './quote-words.js';
import { candidateFeatures, documentFacts } from './quote-features.js';
import { HashedKeys, StringKeys, type FeatureSink } from './feature-keys.js';
import { decide, loadQuoteFilter, type FilterDecision, type QuoteFilter, type SpeakerKind } from './quote-filter.js';

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

/**
 * Where a candidate comes from (find-attributions.ts): the rules' own attributions, the nested
 * ones they leave out, or the plain reading of a cue no pattern took.
 */
export type CandidateOrigin = 'rules' | 'nested' | 'fallback';

/** What the rules propose for a text: attributions with their speakers and media, before the learned filter. */
export interface QuoteCandidates {
  view: DocumentView;
  /** The rules' attributions first, then the nested ones, then the fallbacks. */
  attributions: Attribution[];
  origins: CandidateOrigin[];
  speakers: Speaker[];
  media: (string | undefined)[];
}

export function findQuoteCandidates(input: QuoteInput): QuoteCandidates {
  const view = buildDocumentView(input.text, input.paragraphs, input.sentences, input.tokens, input.entities);
  const { kept, nested, fallback } = findAttributionCandidates(view);
  const attributions = [...kept, ...nested, ...fallback];
  // The rules' speakers are resolved without the other candidates, so that these change none of them.
  const speakers = resolveSpeakers(view, kept);
  if (attributions.length > kept.length) speakers.push(...resolveSpeakers(view, attributions).slice(kept.length));
  const origins = attributions.map((_, i): CandidateOrigin => (i < kept.length ? 'rules' : i < kept.length + nested.length ? 'nested' : 'fallback'));
  return { view, attributions, origins, speakers, media: findMedia(view, attributions, speakers) };
}

/** The filter features of every candidate (quote-features.ts). */
export function candidateFeatureLists(c: QuoteCandidates): string[][] {
  return featuresInto(c, new StringKeys());
}

/** The features of every candidate as numbers (feature-keys.ts): what the filter looks up, without making the key strings. */
export function candidateFeatureHashes(c: QuoteCandidates): number[][] {
  return featuresInto(c, new HashedKeys());
}

function featuresInto<K>(c: QuoteCandidates, sink: FeatureSink & { keys: K[] }): K[][] {
  const facts = documentFacts(c.view);
  return c.attributions.map((_, i) => {
    candidateFeatures(sink, c.view, facts, c.attributions, c.speakers, i, c.origins[i]!);
    return sink.keys;
  });
}

/** The filter's decision for every candidate. */
export function filterDecisions(c: QuoteCandidates, filter: QuoteFilter): FilterDecision[] {
  return candidateFeatureHashes(c).map((features, i) => decide(filter, features, speakerKindOf(c, i), c.origins[i]!));
}

/** Patterns whose quotation stands right beside its cue and speaker. */
const QUOTATION_PATTERNS = new Set(['quote-then-cue', 'cue-then-quote']);

/** What candidate `i`'s speaker is, for the filter's decision (quote-filter.ts SpeakerKind). */
export function speakerKindOf(c: QuoteCandidates, i: number): SpeakerKind {
  const speaker = c.speakers[i]!;
  if (!speaker.span) return 'none';
  const a = c.attributions[i]!;
  return a.kind === 'direct' && QUOTATION_PATTERNS.has(a.pattern) && speaker.method === 'mention' ? 'named-quotation' : 'other';
}

/** Candidate `i` as a quote of its own, with its speaker (for the filter's training labels). */
export function quoteOfCandidate(c: QuoteCandidates, i: number): Quote {
  return toQuote(c.view, c.attributions[i]!, c.speakers[i]!, c.media[i], i);
}

/**
 * The quotes the candidates make once each decision is applied, in order of their content.
 * With no decisions, the rules' own: their attributions kept, the other candidates left out.
 */
export function quotesOfCandidates(c: QuoteCandidates, decisions?: readonly FilterDecision[]): Quote[] {
  const decisionOf = (i: number): FilterDecision => decisions?.[i] ?? (c.origins[i] === 'rules' ? 'keep' : 'drop');
  const chosen = c.attributions.map((_, i) => i).filter((i) => decisionOf(i) !== 'drop');
  // Stable: the rules' order stands among quotes that start together.
  const start = (i: number): number => c.attributions[i]!.content[0]!.start;
  if (decisions) chosen.sort((x, y) => start(x) - start(y));
  return chosen.map((i, n) => toQuote(c.view, c.attributions[i]!, decisionOf(i) === 'drop-speaker' ? {} : c.speakers[i]!, c.media[i], n));
}

/** The quotes of an analysed text, in order of their content: the rules' candidates through the learned filter. */
export function findQuotes(input: QuoteInput, filter: QuoteFilter | null = loadQuoteFilter()): Quote[] {
  const candidates = findQuoteCandidates(input);
  return quotesOfCandidates(candidates, filter ? filterDecisions(candidates, filter) : undefined);
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

/**
 * Quotes are read in a document's first MAX_QUOTE_CHARS characters, whole sentences only: some steps compare every
 * attribution with every other (nesting, overlap features), and a 520 KB text of 20,000 one-line quotes took 12 s, a
 * 1 MB run-on sentence 68 s. 150,000 characters is some 25,000 words, three times a long feature article.
 */
export const MAX_QUOTE_CHARS = 150_000;

/** The input in the first `maxChars` characters: the sentences (tokens, mentions) that end there, paragraphs cut there. */
export function quoteInputWithin(input: QuoteInput, maxChars: number): { input: QuoteInput; cut: boolean } {
  const last = input.sentences.at(-1);
  if (!last || last.end <= maxChars) return { input, cut: false };
  const sentences = input.sentences.filter((x) => x.end <= maxChars);
  const end = sentences.at(-1)?.end ?? 0;
  const within = <T extends { end: number }>(xs: readonly T[]): T[] => xs.filter((x) => x.end <= end);
  const entities = input.entities
    .map((e) => ({ ...e, mentions: within(e.mentions) }))
    .filter((e) => e.mentions.length > 0);
  // A paragraph that runs past the cut is read up to it.
  const paragraphs = input.paragraphs.filter((p) => p.start < end).map((p) => (p.end <= end ? p : { ...p, end }));
  return { input: { ...input, sentences, paragraphs, tokens: within(input.tokens), entities }, cut: true };
}

export const quoteStage: Stage = {
  name: 'quotes',
  version: '1.6.0',
  requires: ['text', 'paragraphs', 'sentences', 'tokens', 'entities'],
  assigns: ['quotes'],
  run(doc) {
    const { input, cut } = quoteInputWithin({ text: doc.text!, paragraphs: doc.paragraphs!, sentences: doc.sentences!, tokens: doc.tokens!, entities: doc.entities! }, MAX_QUOTE_CHARS);
    if (cut) addIssue(doc, 'quotes', 'quotes.truncated', `quotes were read in the first ${input.sentences.length} sentences (${MAX_QUOTE_CHARS.toLocaleString('en')} characters) only`);
    doc.quotes = findQuotes(input);
    return { method: 'rules+filter' };
  },
};
