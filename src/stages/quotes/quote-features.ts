/**
 * Features of a candidate quote (an attribution the patterns found, with the
 * speaker speakers.ts chose) for the learned filter (quote-filter.ts).
 *
 * Every feature key is built from closed classes only: pattern ids, cue lemmas
 * and forms of our own lexicon (cue-verbs.ts), the closed word lists of
 * quote-words.ts, entity types, punctuation, word shapes and count buckets.
 * An open-class word of an article becomes its shape ("Xx", "x-ly"), so a
 * model trained on copyrighted news holds statistics about our own
 * categories and no text of the articles.
 */
import { lowerBound } from '../../nlp/sorted-search.js';
import type { Attribution } from './attribution-patterns.js';
import { CUE_VERBS, NOMINAL_CUE_GROUPS, cueFormsOf } from './cue-verbs.js';
import { GROUP_SUBJECTS, PASSIVE_REPORTING } from './cues.js';
import type { DocumentView, Word } from './document-view.js';
import {
  BETWEEN_SPEAKER_AND_CUE, DETERMINERS, LISTENER_WORDS, ORG_ROLE_NOUNS, PERSON_ROLE_NOUNS, RELATIVE_PRONOUNS, SOURCE_BOUNDARIES,
  SPEAKER_PRONOUNS, TIME_PREPOSITIONS, TIME_WORDS, wordSet,
} from './quote-words.js';
import type { Speaker } from './speakers.js';
import type { CandidateOrigin } from './quote-stage.js';
import type { FeatureSink } from './feature-keys.js';

/** Function words not in the lists the rules read, that often stand around a cue or open its content. */
const MORE_FUNCTION_WORDS = [
  'to', 'of', 'for', 'about', 'with', 'by', 'from', 'as', 'if', 'not', 'no', 'yes', 'it', 'there', 'this', 'we', 'i', 'you', 'they', 'he', 'she',
  'him', 'them', 'us', 'me', 'what', 'how', 'why', 'when', 'who', 'which', 'whether', 'so', 'because', 'according', 'told', 'asked', 'in', 'on',
];

/** Words a feature may name: our closed lexicons. Any other word is reduced to its shape. */
const NAMEABLE: ReadonlySet<string> = new Set([
  ...wordSet(BETWEEN_SPEAKER_AND_CUE, TIME_WORDS, TIME_PREPOSITIONS, SOURCE_BOUNDARIES, RELATIVE_PRONOUNS, DETERMINERS, LISTENER_WORDS, PERSON_ROLE_NOUNS, ORG_ROLE_NOUNS),
  ...SPEAKER_PRONOUNS.map((p) => p.pronoun),
  ...GROUP_SUBJECTS,
  ...MORE_FUNCTION_WORDS,
]);

/** Cue lemmas a feature may name: the verbs and nouns of our lexicon, and the cue forms cues.ts makes without one. */
const CUE_LEMMAS: ReadonlySet<string> = new Set([
  ...CUE_VERBS.flatMap((v) => (v.particle ? [v.lemma, `${v.lemma} ${v.particle}`] : [v.lemma])),
  ...NOMINAL_CUE_GROUPS.flatMap((g) => g.cues.map((c) => c.noun)),
  ...PASSIVE_REPORTING.values(),
  'according to', ':', 'in', 'ask', 'make',
]);

/** Suffix classes of open-class words: rough parts of speech that name no word. */
const SUFFIXES = ['ing', 'ed', 'ly', 's'];

/** A word as a feature may name it: itself when in a closed list, else its shape. */
export function wordClass(w: Word | undefined): string {
  if (!w) return '<none>';
  if (w.kind === 'punct') return w.text.length === 1 ? w.text : 'punct';
  if (w.kind === 'number') return '<num>';
  if (NAMEABLE.has(w.lower)) return w.lower;
  if (cueFormsOf(w.lower).length > 0) return `cue:${cueFormsOf(w.lower)[0]!.verb.lemma}`;
  const shape = /^\p{Lu}+$/u.test(w.text) && w.text.length > 1 ? 'XX' : /^\p{Lu}/u.test(w.text) ? 'Xx' : /^\p{Ll}/u.test(w.text) ? 'x' : 'other';
  const suffix = shape === 'x' ? SUFFIXES.find((s) => w.lower.length > s.length + 2 && w.lower.endsWith(s)) : undefined;
  return suffix ? `${shape}-${suffix}` : shape;
}

/** A count in a few log-scaled buckets. */
function bucket(n: number): string {
  if (n <= 2) return String(n);
  if (n <= 4) return '3-4';
  if (n <= 8) return '5-8';
  if (n <= 16) return '9-16';
  if (n <= 32) return '17-32';
  return '33+';
}

/** Index of the first word starting at or after `offset` (words sorted by start). */
function wordIndexAt(view: DocumentView, offset: number): number {
  return lowerBound(view.words, offset, (w) => w.start);
}

const spanContains = (spans: readonly { start: number; end: number }[], offset: number): boolean => spans.some((s) => s.start <= offset && offset < s.end);
const spansOverlap = (a: readonly { start: number; end: number }[], b: readonly { start: number; end: number }[]): boolean =>
  a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));

/** What the document says once for all its candidates: which paragraphs hold a quotation mark. */
export interface DocumentFacts {
  quotedParagraphs: ReadonlySet<number>;
}

export function documentFacts(view: DocumentView): DocumentFacts {
  const quotedParagraphs = new Set<number>();
  for (const w of view.words) if (w.passage >= 0) quotedParagraphs.add(view.sentences[w.sentence]!.paragraph);
  return { quotedParagraphs };
}

/** The feature keys of candidate `i`. */
export function candidateFeatures(
  sink: FeatureSink, view: DocumentView, facts: DocumentFacts, attributions: readonly Attribution[], speakers: readonly Speaker[], i: number, origin: CandidateOrigin,
): void {
  const a = attributions[i]!;
  const speaker = speakers[i]!;
  // A candidate the rules leave out learns its own weights for every feature: its pattern id is marked with its origin.
  // Most keys also go joined to it ("quote-then-cue|cn=3-4": sink.withPrefix).
  const p = origin === 'rules' ? a.pattern : `${origin}:${a.pattern}`;
  sink.begin(p);
  sink.key('bias');
  if (origin !== 'rules') sink.key(origin);
  sink.key('p=', p);
  sink.withPrefix('kind=', a.kind);

  const firstContentWord = wordIndexAt(view, a.content[0]!.start);
  const lastContentEnd = a.content[a.content.length - 1]!.end;
  const endWord = wordIndexAt(view, lastContentEnd);
  let contentWords = 0;
  for (let k = firstContentWord; k < endWord; k++) if (view.words[k]!.kind !== 'punct') contentWords++;
  sink.withPrefix('cn=', bucket(contentWords));
  sink.withPrefix('parts=', Math.min(a.content.length, 3));
  sink.withPrefix('passages=', Math.min(a.passages.length, 2));
  sink.withPrefix('c0=', wordClass(view.words[firstContentWord]));
  sink.key('c-1=', wordClass(view.words[firstContentWord - 1]));
  sink.key('cend=', wordClass(view.words[endWord - 1]));

  const anchorWord = a.cue ? a.cue.first : firstContentWord;
  const sentenceIndex = view.words[Math.min(anchorWord, view.words.length - 1)]?.sentence ?? 0;
  const sentence = view.sentences[sentenceIndex]!;
  const paragraph = sentence.paragraph;
  let sentenceInParagraph = 0;
  for (let s = sentenceIndex - 1; s >= 0 && view.sentences[s]!.paragraph === paragraph; s--) sentenceInParagraph++;
  sink.withPrefix('sip=', Math.min(sentenceInParagraph, 3));
  sink.key('para=', bucket(paragraph));
  sink.withPrefix('pq=', facts.quotedParagraphs.has(paragraph));
  sink.key('sw=', bucket(sentence.last - sentence.first));

  if (a.cue) {
    const cue = a.cue;
    const lemma = CUE_LEMMAS.has(cue.lemma) ? cue.lemma : 'other';
    sink.withPrefix('cf=', cue.form);
    sink.withPrefix('cl=', lemma);
    sink.key('cl=', lemma, '|kind=', a.kind);
    sink.key('cl=', lemma, '|cn=', bucket(contentWords));
    sink.key('cc=', cue.cueClass);
    sink.key('cw=', wordClass(view.words[cue.first]), '|', cue.gerund);
    sink.withPrefix('cg=', cue.gerund);
    sink.withPrefix('cb=', wordClass(view.words[cue.first - 1]));
    sink.key('cb2=', wordClass(view.words[cue.first - 2]), '|', wordClass(view.words[cue.first - 1]));
    sink.withPrefix('ca=', wordClass(view.words[cue.last]));
    sink.key('cstart=', cue.first === sentence.first);
    sink.withPrefix('cuePos=', view.words[cue.first]!.start < a.content[0]!.start ? 'before' : view.words[cue.first]!.start >= lastContentEnd ? 'after' : 'inside');
    const cueStart = view.words[cue.first]!.start;
    // A cue inside another candidate's content: an inner attribution ("X said Y says …").
    const outer = attributions.find((o) => o !== a && spanContains(o.content, cueStart));
    sink.withPrefix('nestedIn=', outer ? outer.pattern : 'none');
    if (outer) sink.key('nested|cl=', lemma);
  } else {
    sink.withPrefix('cue=none');
  }
  const overlapping = attributions.some((o) => o !== a && spansOverlap(o.content, a.content));
  sink.withPrefix('overlap=', overlapping);

  // The speaker: how it was found, what it is, where it stands.
  const sourceKind = a.source ? (a.source.antecedent ? 'relative' : 'phrase') : a.inheritsSpeaker ? 'inherited' : 'other';
  if (!speaker.span) {
    sink.withPrefix('spk=none|', sourceKind);
    return;
  }
  const method = speaker.method ?? 'unresolved';
  sink.withPrefix('spk=', sourceKind, '|', method);
  if (a.cue) sink.key('spk=', method, '|cl=', CUE_LEMMAS.has(a.cue.lemma) ? a.cue.lemma : 'other');
  const first = wordIndexAt(view, speaker.span.start);
  const end = wordIndexAt(view, speaker.span.end);
  const length = end - first;
  sink.withPrefix('sn=', bucket(length));
  sink.withPrefix('s0=', wordClass(view.words[first]));
  sink.withPrefix('shead=', wordClass(view.words[end - 1]));
  sink.key('sb=', wordClass(view.words[first - 1]));
  sink.key('sa=', wordClass(view.words[end]));
  let mentionType = 'none';
  let inQuote = false;
  for (let k = first; k < end; k++) {
    const w = view.words[k]!;
    if (w.passage >= 0) inQuote = true;
    if (w.mention >= 0 && mentionType === 'none') mentionType = view.mentions[w.mention]!.entity.type;
  }
  sink.withPrefix('smt=', mentionType);
  sink.key('spk=', method, '|smt=', mentionType, '|sn=', bucket(length));
  if (a.cue) sink.key('cl=', CUE_LEMMAS.has(a.cue.lemma) ? a.cue.lemma : 'other', '|smt=', mentionType);
  sink.withPrefix('sSentStart=', first === view.sentences[view.words[first]?.sentence ?? 0]?.first);
  // Other names between the speaker and the cue or content: a nearer name may be the real source.
  const anchor = a.cue ? a.cue.first : firstContentWord;
  let namesBetween = 0;
  for (let k = Math.min(end, anchor); k < Math.max(first, anchor); k++) {
    const w = view.words[k]!;
    if (w.mention >= 0 && w.passage < 0 && (k === 0 || view.words[k - 1]!.mention !== w.mention)) namesBetween++;
  }
  sink.withPrefix('namesBetween=', bucket(namesBetween));
  let sentenceNames = 0;
  for (let k = sentence.first; k < sentence.last; k++) {
    const w = view.words[k]!;
    if (w.mention >= 0 && w.passage < 0 && (k === sentence.first || view.words[k - 1]!.mention !== w.mention)) sentenceNames++;
  }
  sink.withPrefix('sentenceNames=', bucket(sentenceNames));
  const previous = speakers.slice(0, i).reverse().find((s) => s.span);
  sink.withPrefix('samePrev=', speaker.entityId !== undefined && previous?.entityId === speaker.entityId);
  sink.withPrefix('sq=', inQuote);
  sink.withPrefix('sInContent=', spanContains(a.content, speaker.span.start));
  const speakerSentence = view.words[first]?.sentence ?? -1;
  sink.withPrefix('ssent=', speakerSentence === sentenceIndex ? 'same' : speakerSentence < sentenceIndex ? 'before' : 'after');
  if (a.cue) {
    const gap = first >= a.cue.last ? first - a.cue.last : a.cue.first - end;
    sink.withPrefix('sside=', first >= a.cue.last ? 'after' : 'before');
    sink.withPrefix('sgap=', bucket(Math.max(0, gap)));
  }
}
