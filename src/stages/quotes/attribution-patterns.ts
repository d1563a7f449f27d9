/**
 * The attribution patterns, as data with ids, reasons and an example each
 * (STYLE.md point 4), tried in this order for every cue (a written-down
 * cascade, STYLE.md point 3): the first that matches makes the attribution.
 * The lint test runs every example through the stage and checks that its own
 * pattern is the one that fires.
 */
import type { Span } from '../../model/schema.js';
import type { Cue } from './cues.js';
import type { DocumentView, SentenceRange, Word } from './document-view.js';
import { cueFormsOf, type CueFrame } from './cue-verbs.js';
import { clauseEnd, contentSpan, countWords, findComplementizer, isTimeWord, skipListener } from './content-span.js';
import { isCueWord, isLyAdverb, isPronoun, phraseEndingAt, sourceAfter, sourceBefore, type SourcePhrase } from './source-phrase.js';
import { agentBy, catenativeBefore, GROUP_SUBJECTS, headlineColon, MEDIUM_NOUNS, pollAfter } from './cues.js';
import { BETWEEN_SPEAKER_AND_CUE, DETERMINERS, LISTENER_WORDS, TIME_PREPOSITIONS, wordSet } from './quote-words.js';

export type QuoteKind = 'direct' | 'indirect' | 'mixed';

/** An attribution as a pattern finds it, in word indices and character spans. */
export interface Attribution {
  pattern: string;
  /** The reporting verb; none for a quotation no verb introduces. */
  cue?: Cue;
  source?: SourcePhrase;
  /** The speaker is the subject of the sentence's main clause (", saying …"): no phrase of its own. */
  inheritsSpeaker: boolean;
  /** Content pieces: one span, or several for a quote split by its attribution or running over paragraphs. */
  content: Span[];
  kind: QuoteKind;
  /** Passages (indices into view.passages) this attribution's content is made of. */
  passages: number[];
  /** Where the medium may be named: the words around the cue outside the content. */
  mediumWindow: Span;
}

export interface PatternContext {
  view: DocumentView;
  sentence: SentenceRange;
  cue: Cue;
  /** Every cue of the sentence, this one included. */
  cues: readonly Cue[];
  /** Passages already taken by an earlier attribution. */
  claimed: ReadonlySet<number>;
  /** Word counts of each passage. */
  passageWords: readonly number[];
}

export interface AttributionPattern {
  id: string;
  reason: string;
  /** A sentence this pattern (and no earlier one) attributes: checked by the lint test. */
  example: string;
  match(ctx: PatternContext): Attribution | undefined;
}

/** A quoted passage of fewer words is a name or a scare quote ("the “resistance”"), not a quotation, unless a cue introduces it directly. */
const MIN_QUOTE_WORDS = 3;
/** Reported content shorter than this is not a clause. */
const MIN_CONTENT_WORDS = 2;
/** Words between a quotation and its cue ("“…,” the party's deputy leader said"). */
const MAX_ATTRIBUTION_WORDS = 10;
/** Words between a quotation and the verb after it, a speaker with a long appositive: "“…,” Massimo Franco, a columnist for the Italian newspaper Corriere della Sera, wrote". */
const MAX_WORDS_AFTER_QUOTE = 25;
/** Words a cue may sit before the quotation it introduces when only a hearer, a time or a medium stands between. */
const MAX_WORDS_BEFORE_QUOTE = 10;
/** Words after a parenthetical cue to the end of the sentence: "…, he said in a statement on Monday." */
const MAX_PARENTHETICAL_TAIL = 12;
/** Relative pronouns that open a clause on the noun before them: as a parenthetical's speaker, the clause is no attribution. */
const RELATIVE_SUBJECTS = new Set(['who', 'which']);

const DETERMINER = wordSet(DETERMINERS);
const BETWEEN = wordSet(BETWEEN_SPEAKER_AND_CUE);
const LISTENERS = wordSet(LISTENER_WORDS);
const TIME_PREPS = wordSet(TIME_PREPOSITIONS);
const SEPARATORS = new Set([',', ':', '—', '–', '-']);
const DASHES = new Set(['—', '–', '-']);
/** Punctuation that ends a sentence or clause: an attribution does not reach across it. */
const SENTENCE_STOPS = /^[.!?;…]+$/u;
/** Frames whose content is a prepositional phrase headed by the frame's own word. */
const PREPOSITION_FRAMES: ReadonlySet<string> = new Set<CueFrame>(['of', 'for', 'about', 'on', 'as', 'at', 'against']);
/** Prepositions and particles that may stand between a cue and the quotation it introduces: "told CNN in an interview: “…”". */
const INTRODUCING_WORDS = new Set(['to', 'in', 'on', 'at', 'with', 'during', 'via', 'for', 'of', 'from', 'before', 'after', 'by', 'that', 'also', 'again', 'then', 'later', 'simply', 'flatly', 'bluntly']);

const isPunct = (w: Word): boolean => w.kind === 'punct';
const isCapitalised = (w: Word): boolean => w.kind === 'word' && /^\p{Lu}/u.test(w.text);
const hasFrame = (cue: Cue, frame: CueFrame): boolean => cue.form === 'verb' && (cue.verb?.frames.includes(frame) ?? false);
const spanOf = (view: DocumentView, first: number, last: number): Span => ({ start: view.words[first]!.start, end: view.words[last - 1]!.end });

/** Passages whose content lies inside [start, end): a quotation embedded in reported speech makes it mixed. */
function passagesInside(view: DocumentView, span: Span): number[] {
  const found: number[] = [];
  view.passages.forEach((p, i) => {
    if (p.markStart >= span.start && p.markEnd <= span.end + 1) found.push(i);
  });
  return found;
}

/**
 * Direct when the content is exactly one passage, mixed when it embeds one, indirect
 * otherwise; none when it embeds a quotation an earlier attribution has taken ("continued
 * by saying in his tweet, “…”": the quotation is the continuing verb's), unless the
 * attribution `nests` another ("“…,” Sanders said, according to CNN").
 */
function reported(ctx: PatternContext, pattern: string, source: SourcePhrase | undefined, content: Span[], mediumWindow: Span, nests = false): Attribution | undefined {
  const inside = content.flatMap((c) => passagesInside(ctx.view, c));
  if (!nests && inside.some((p) => ctx.claimed.has(p))) return undefined;
  const only = inside.length === 1 && content.length === 1 ? ctx.view.passages[inside[0]!]! : undefined;
  if (only && only.markStart === content[0]!.start && only.markEnd === content[0]!.end) {
    // The whole content is one quotation: "she said that “…”".
    return { pattern, cue: ctx.cue, source, inheritsSpeaker: !source, content: [...only.parts], kind: 'direct', passages: inside, mediumWindow };
  }
  return { pattern, cue: ctx.cue, source, inheritsSpeaker: !source, content, kind: inside.length > 0 ? 'mixed' : 'indirect', passages: inside, mediumWindow };
}

/** The most words between a quotation's closing mark and its reporting verb: "…,'' the White House press secretary said". */
const MAX_WORDS_BEFORE_SAID = 6;

/** Whether a reporting verb of speech follows the quotation `passage` within its sentence, with only its speaker between ("…,'' he said"). */
function saidAfterPassage(ctx: PatternContext, passage: number): boolean {
  const { view, sentence } = ctx;
  // The quotation ends as one before its attribution does: "…,'' he said", "…?” she asked"; not "‘No Idea’ If I Would Have Told Hillary …".
  const quoted = view.passages[passage]!;
  if (!/[,?!]$/u.test(view.text.slice(quoted.start, quoted.end))) return false;
  let after = ctx.cue.last;
  while (after < sentence.last && view.words[after]!.passage === passage) after++;
  return ctx.cues.some((c) => c.form === 'verb' && !c.gerund && c.verb?.class === 'speech' && c.first >= after && c.first - after <= MAX_WORDS_BEFORE_SAID
    && view.words.slice(after, c.first).every((w) => w.kind !== 'punct' || w.text === '.' || w.text === '’s' || w.text === "'s"));
}

/** The attribution whose content is the cue's complement from word `from` to the end of its clause. */
function complement(ctx: PatternContext, pattern: string, source: SourcePhrase | undefined, from: number): Attribution | undefined {
  const { view, sentence, cue } = ctx;
  const end = clauseEnd(view, from, sentence);
  const span = contentSpan(view, from, end);
  if (!span || (countWords(view, from, end) < MIN_CONTENT_WORDS && !(pattern === 'object' && isNamedObject(view, from, end)))) return undefined;
  return reported(ctx, pattern, source, [span], spanOf(view, source?.first ?? cue.first, cue.last));
}

/** Object pronouns that stand for a person or thing named before: "vote for him", "didn't see it". */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it', 'us', 'me', 'you']);

/** The fewest letters of a one-word common-noun object ("support deportation"): shorter ones are mostly particles and fillers. */
const MIN_NOUN_OBJECT_LETTERS = 6;

/** A one-word object that is a name, an object pronoun or a longer common noun: "support Clinton", "vote for him", "support deportation". */
function isNamedObject(view: DocumentView, from: number, end: number): boolean {
  const words = view.words.slice(from, end).filter((w) => !isPunct(w));
  if (words.length !== 1) return false;
  const w = words[0]!;
  return w.mention >= 0 || OBJECT_PRONOUNS.has(w.lower) || (w.text === w.lower && w.lower.length >= MIN_NOUN_OBJECT_LETTERS && !isTimeWord(w));
}

/** The speaker before a cue, or none for a participle or a coordinated verb ("…, saying", "and said") that shares its clause's subject. */
function speakerBefore(ctx: PatternContext): { source?: SourcePhrase; ok: boolean } {
  const { view, cue, sentence } = ctx;
  const before = cue.first > sentence.first ? view.words[cue.first - 1]! : undefined;
  // "with 62 percent of voters saying …": in an absolute construction the noun phrase is the participle's subject.
  if (cue.gerund && before && !isPunct(before)) {
    const phrase = phraseEndingAt(view, cue.first - 1, sentence);
    if (phrase && phrase.first > sentence.first && view.words[phrase.first - 1]!.lower === 'with') return { source: phrase, ok: true };
    // "a group backing Bush", "hedge fund executives supporting her campaign": a group noun right before the participle is its subject.
    if (phrase && (GROUP_SUBJECTS.has(before.lower) || GERUND_SUBJECTS.has(before.lower))) return { source: phrase, ok: true };
  }
  // "Celebrities went on Twitter to applaud …": an infinitive (not after a catenative, "wants to …", read below) shares its
  // clause's subject, like a participle. Train halves, rules only source F1 A 0.7713 -> 0.7746, B 0.7648 -> 0.7674; the object
  // before "to" as the speaker instead ("urged him to endorse"): 2 more sources found, 12 more wrong.
  if (before?.lower === 'to' && catenativeBefore(view.words, cue.first) === 0) return { ok: true };
  // "Having announced …, Judge Berman …": a perfect participle shares the main clause's subject, like a gerund.
  // "…, then eviscerated its candidates": a verb coordinated by "then" after a comma shares the subject too.
  const coordinated = before?.lower === 'and' || (before?.lower === 'then' && view.words[cue.first - 2]?.text === ',') || coordinatedPast(view, cue.first, sentence);
  if (cue.gerund || coordinated || before?.lower === 'having') return { ok: true };
  // After a comma only an appositive or relative clause can separate speaker and verb: "Sanders, a senator from Vermont, said".
  const source = sourceBefore(view, cue.first, sentence);
  return source ? { source, ok: true } : { ok: false };
}

/**
 * Group nouns that are the subject of a participle right after them (no comma), besides the poll groups of
 * cues.ts: "a group backing Bush", "hedge fund executives supporting her campaign" (train source F1 +0.001).
 */
const GERUND_SUBJECTS = new Set([
  'group', 'groups', 'executives', 'population', 'protesters', 'organization', 'organizations', 'committee', 'committees',
  // "super PACs supporting Clinton", "a 1986 video depicting women", "most of them seeking asylum" (train source F1 +0.0003).
  'pac', 'pacs', "pac''", 'ad', 'ads', 'video', 'videos', 'them',
]);

/** Conjunctions that join a second verb to its clause's subject: "refused to answer … but said", "went on a rant and also hinted". */
const VERB_CONJUNCTIONS = new Set(['and', 'but']);

/** "… and also hinted", "… but said": a conjunction before the cue, past adverbs and auxiliaries ("and are not confident"). */
function coordinatedPast(view: DocumentView, cue: number, sentence: SentenceRange): boolean {
  let k = cue - 1;
  if (k >= sentence.first && view.words[k]!.lower === 'but') return true;
  while (k > sentence.first && !VERB_CONJUNCTIONS.has(view.words[k]!.lower) && (BETWEEN.has(view.words[k]!.lower) || isLyAdverb(view.words[k]!))) k--;
  return k < cue - 1 && k >= sentence.first && VERB_CONJUNCTIONS.has(view.words[k]!.lower);
}

/** The first unclaimed passage opening after word `from` in the sentence that the cue can introduce. */
function passageAfter(ctx: PatternContext, from: number): { passage: number; at: number } | undefined {
  const { view, sentence, claimed, passageWords } = ctx;
  const words = view.words;
  let contentWords = 0;
  for (let i = from; i < sentence.last; i++) {
    const w = words[i]!;
    if (w.passage >= 0) {
      const p = w.passage;
      const passage = view.passages[p]!;
      const adjacent = i - from <= 2;
      const long = passageWords[p]! >= MIN_QUOTE_WORDS;
      if (!claimed.has(p) && (long || adjacent)) {
        const previous = words[i - 1]!;
        const introduced = previous.lower === 'that' || SEPARATORS.has(previous.text) || i === from;
        const runsToEnd = passage.markEnd >= words[sentence.last - 1]!.start || countWords(view, lastWordOfPassage(view, p, i) + 1, sentence.last) === 0;
        if ((contentWords === 0 && i - from <= MAX_WORDS_BEFORE_QUOTE + 4) || (introduced && runsToEnd)) return { passage: p, at: i };
      }
      // Skip over the passage (a name or scare quote inside the attribution).
      while (i + 1 < sentence.last && words[i + 1]!.passage === p) i++;
      contentWords++;
      continue;
    }
    const other = ctx.cues.find((c) => c.first === i && c !== ctx.cue);
    if (other) {
      // Another reporting verb introduces what follows: "said …, adding: “…”".
      const next = words[other.last];
      if (next && (next.passage >= 0 || SEPARATORS.has(next.text) || next.lower === 'that')) return undefined;
    }
    if (isPunct(w) && !SEPARATORS.has(w.text)) return undefined;
    if (!(isPunct(w) || isCapitalised(w) || LISTENERS.has(w.lower) || DETERMINER.has(w.lower) || INTRODUCING_WORDS.has(w.lower) || MEDIUM_NOUNS.has(w.lower) || isTimeWord(w) || /ly$/.test(w.lower) || isPronoun(w))) contentWords++;
  }
  return quotationInNextParagraph(ctx);
}

/** "Cruz continued:" ending a paragraph, and the next paragraph a quotation: the colon hands it over. */
function quotationInNextParagraph(ctx: PatternContext): { passage: number; at: number } | undefined {
  const { view, sentence, claimed } = ctx;
  const next = view.words[sentence.last];
  if (view.words[sentence.last - 1]?.text !== ':' || !next || next.passage < 0 || claimed.has(next.passage)) return undefined;
  const nextSentence = view.sentences[next.sentence]!;
  const opensParagraph = nextSentence.first === sentence.last && nextSentence.paragraph === sentence.paragraph + 1;
  return opensParagraph && view.passages[next.passage]!.markStart === next.start ? { passage: next.passage, at: sentence.last } : undefined;
}

function lastWordOfPassage(view: DocumentView, p: number, from: number): number {
  let i = from;
  while (i + 1 < view.words.length && view.words[i + 1]!.passage === p) i++;
  return i;
}

/** The passage that closes right before the cue's attribution clause ("“…,” she said"), with the words between. */
function passageBefore(ctx: PatternContext): { passage: number; between: number } | undefined {
  const { view, sentence, cue, claimed } = ctx;
  const words = view.words;
  let j = cue.first - 1;
  while (j >= 0 && words[j]!.passage < 0) {
    if (j < sentence.first) return undefined;
    const w = words[j]!;
    if (isPunct(w) && SENTENCE_STOPS.test(w.text)) return undefined;
    // Another reporting verb stands between; a cue's base form modifying the speaker does not ("campaign manager Robby Mook said").
    if (isCueWord(w) && !isModifierWord(w)) return undefined;
    j--;
  }
  if (j < 0) return undefined;
  const p = words[j]!.passage;
  const passage = view.passages[p]!;
  if (claimed.has(p) || passage.markEnd !== words[j]!.end) return undefined;
  if (j < sentence.first) {
    // “We will win.” Smith said. — the attribution is a sentence of its own, in the same paragraph, with nothing else in it.
    if (view.sentences[words[j]!.sentence]!.paragraph !== sentence.paragraph) return undefined;
    const source = sourceBefore(view, cue.first, sentence);
    const afterSpeaker = source ? cue.last : (sourceAfter(view, cue.last, sentence)?.last ?? cue.last);
    if ((source && source.first !== sentence.first) || !onlyAdverbials(view, afterSpeaker, sentence, ctx.cue)) return undefined;
  }
  const between = countWords(ctx.view, j + 1, cue.first);
  if (between > MAX_WORDS_AFTER_QUOTE) return undefined;
  // A title in quotation marks ("The Axe Files") is not what was said.
  // Not when it holds a sentence end before its last word: every word of "“Like Oakland. Or Ferguson,”" is capitalised.
  const inside: Word[] = [];
  let sentences = false;
  for (let k = j; k >= 0 && words[k]!.passage === p; k--) {
    if (words[k]!.kind !== 'punct') inside.push(words[k]!);
    else if (inside.length > 0 && SENTENCE_STOPS.test(words[k]!.text)) sentences = true;
  }
  if (inside.length > 1 && !sentences && inside.every((w) => /^\p{Lu}/u.test(w.text))) return undefined;
  // A word or two in quotation marks inside a sentence is a name or a title (“Hannity”), not what was said.
  if (ctx.passageWords[p]! < MIN_QUOTE_WORDS) {
    const opening = words.findIndex((w) => w.passage === p);
    const sentenceStart = view.sentences[words[opening]!.sentence]!.first;
    if (opening !== sentenceStart) return undefined;
  }
  return { passage: p, between: j + 1 };
}

/** Verbs that make the words after an attribution a clause of their own, not adverbials. */
const FINITE_VERBS = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'do', 'does', 'did', "'s", '’s']);
/** The longest adverbial tail after an attribution: "said in a statement released on Monday night". */
const MAX_ADVERBIAL_WORDS = 10;

/** Words that open an adverbial after a reporting verb: "said on Monday", "said in a statement", "said yesterday". */
const ADVERBIAL_OPENERS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'to', 'with', 'while', 'when', 'of', 'about', 'from', 'via', 'through', 'by', 'for', 'as', 'last', 'this', 'earlier', 'later', 'late', 'early', 'again', 'also', 'recently', 'then', 'afterwards', 'repeatedly', 'separately']);

/** Prepositions of time and occasion after a reporting verb, whose noun phrase may hold a noun of saying: "said after the attacks", "said during his campaign speech". */
const SETTING_PREPOSITIONS = new Set(['after', 'during', 'before', 'at', 'in']);

/**
 * Whether the words from `from` to the end of the sentence (or `to`) are only adverbials,
 * a hearer (for a telling verb) or a medium: no clause, no quotation, no other cue.
 */
export function onlyAdverbials(view: DocumentView, from: number, sentence: SentenceRange, cue?: Cue, to = sentence.last, hearerPhrase = false): boolean {
  let n = 0;
  for (let i = from; i < to; i++) {
    const w = view.words[i]!;
    // A cue form inside a name is no cue: "told The Huffington Post", "said on Fox News Sunday".
    // Nor is a form that can be a noun after a determiner or possessive: "said after the attacks", "said during his campaign speech".
    const nounAfterDeterminer = i > from && SETTING_PREPOSITIONS.has(view.words[from]!.lower) && DETERMINER.has(view.words[i - 1]!.lower) && cueFormsOf(w.lower).some((f) => f.noun);
    const cueWord = isCueWord(w) && w.mention < 0 && !isCapitalised(w) && !nounAfterDeterminer;
    if (w.passage >= 0 || FINITE_VERBS.has(w.lower) || w.lower === 'that' || cueWord) return false;
    if (isPunct(w)) continue;
    // "about half of …" is a subject, not an adverbial about a topic.
    if (n === 0 && w.lower === 'about' && APPROXIMATED.test(view.words[i + 1]?.lower ?? '')) return false;
    // After a parenthetical telling verb the hearer may open with a determiner: "…, Obama told his closest advisers", "…, he told the
    // court in his filing" (elsewhere a determiner after the verb opens its object or clause).
    // Not when the verb's own complement follows the hearer ("asked the court for quick action", "warned voters against …").
    const hearer = cue !== undefined && hasFrame(cue, 'listener') && (LISTENERS.has(w.lower) || w.mention >= 0 || isCapitalised(w) || (hearerPhrase && DETERMINER.has(w.lower) && w.lower !== 'that' && !complementAhead(view, i, to, cue)));
    if (n === 0 && !(ADVERBIAL_OPENERS.has(w.lower) || isTimeWord(w) || /ly$/.test(w.lower) || hearer)) return false;
    n++;
  }
  return n <= MAX_ADVERBIAL_WORDS;
}

/**
 * "Mr. Trump's former campaign manager, Corey Lewandowski, said …": a name set off by commas right before the verb, after a
 * noun phrase with no verb of its own, is the apposition of the verb's subject, not the end of a clause reported before it.
 */
function appositiveName(view: DocumentView, cue: number, sentence: SentenceRange): boolean {
  const words = view.words;
  const name = words[cue - 2];
  if (cue - 2 <= sentence.first || !name || name.mention < 0 || words[cue - 1]!.text !== ',') return false;
  const first = view.mentions[name.mention]!.first;
  if (first - 1 <= sentence.first || words[first - 1]!.text !== ',') return false;
  for (let k = sentence.first; k < first - 1; k++) {
    const w = words[k]!;
    // "Mr. Trump's": the clitic after a name is a possessive here, not "is".
    const possessive = (w.lower === "'s" || w.lower === '’s') && k > sentence.first;
    // A cue form that can be a noun ("campaign manager") may stand in a noun phrase; one that is only a verb may not.
    if (w.passage >= 0 || (FINITE_VERBS.has(w.lower) && !possessive) || (isCueWord(w) && w.text === w.lower && !cueFormsOf(w.lower).some((f) => f.noun))) return false;
  }
  return true;
}

/** Whether a word in [from, to) opens one of the cue's own complements: "to" or a preposition among its frames. */
function complementAhead(view: DocumentView, from: number, to: number, cue: Cue): boolean {
  for (let k = from; k < to; k++) {
    const lower = view.words[k]!.lower;
    if (lower === 'to' || (PREPOSITION_FRAMES.has(lower) && (cue.verb?.frames.includes(lower as CueFrame) ?? false))) return true;
  }
  return false;
}

/** Whether the word at i separates content from its attribution: a comma or dash, or a quotation closed right after a comma (“…,”). */
function isSeparator(view: DocumentView, i: number): boolean {
  const w = view.words[i]!;
  if (SEPARATORS.has(w.text) && w.passage < 0) return true;
  if (w.passage < 0 || w.kind !== 'punct' || view.passages[w.passage]!.markEnd !== w.end) return false;
  return view.words[i - 1]?.text === ',';
}

/** The index after the cue's attribution clause: the cue, an inverted speaker, adverbials and a medium, up to punctuation. */
function attributionTail(view: DocumentView, from: number, sentence: SentenceRange): number {
  let i = from;
  while (i < sentence.last && !isPunct(view.words[i]!) && view.words[i]!.passage < 0) i++;
  return i;
}

export const ATTRIBUTION_PATTERNS: readonly AttributionPattern[] = [
  {
    id: 'colon',
    reason: 'A colon after a name attributes what follows: headlines ("Clinton camp: Trump\'s rhetoric threatens security") and quotations introduced by their source ("From the report: “…”").',
    example: 'Sadr: foreign forces want to undermine Iraq',
    match(ctx) {
      const { view, sentence, cue } = ctx;
      if (cue.form !== 'colon') return undefined;
      const headline = headlineColon(view.words, sentence) === cue.first;
      // A colon ending a longer sentence ("Clinton released the following statement:") hands the next
      // paragraph to the sentence's subject; otherwise the name right before the colon is the source.
      const endsLongSentence = cue.last === sentence.last && countWords(view, sentence.first, cue.first) > MAX_HEADLINE_WORDS;
      // "She says to Nevadans: “…”", "as the Heritage Foundation website notes:": the speaker of a reporting verb before the colon.
      const verb = headline ? undefined : [...ctx.cues].reverse().find((c) => c.form === 'verb' && !c.gerund && c.last <= cue.first && c.verb?.class === 'speech');
      const verbSource = verb ? sourceBefore(view, verb.first, sentence) : undefined;
      const source = verbSource ?? (headline ? { first: sentence.first, last: cue.first } : endsLongSentence || verbBeforeColon(view, cue.first) ? (sentenceSubject(view, sentence, cue.first) ?? asFollows(view, cue.first, sentence)) : phraseEndingAt(view, cue.first - 1, sentence));
      if (!source || (headline && HEADLINE_LABELS.has(view.text.slice(view.words[source.first]!.start, view.words[source.last - 1]!.end).toLowerCase()))) return undefined;
      let from = cue.last;
      const next = view.words[from];
      if (next && next.passage >= 0 && !ctx.claimed.has(next.passage) && (from < sentence.last || quotationInNextParagraph(ctx) !== undefined)) {
        // "… the code the Bush dynasty has long embodied: ''Civility …,'' he said.": the quotation's own reporting verb after it attributes it.
        if (saidAfterPassage(ctx, next.passage)) return undefined;
        return { pattern: 'colon', cue, source, inheritsSpeaker: false, content: [...view.passages[next.passage]!.parts], kind: 'direct', passages: [next.passage], mediumWindow: spanOf(view, sentence.first, cue.last) };
      }
      while (from < sentence.last && isPunct(view.words[from]!)) from++;
      const end = clauseEnd(view, from, sentence);
      const span = contentSpan(view, from, end);
      if (!span || countWords(view, from, end) < MIN_CONTENT_WORDS) return undefined;
      return reported(ctx, 'colon', source, [span], spanOf(view, sentence.first, cue.last));
    },
  },
  {
    id: 'passive-report',
    reason: 'A passive reporting verb attributes a view without naming whose: "Trump is expected to win", "the deal is seen as a defeat".',
    example: 'The prime minister is expected to visit Washington next month.',
    match(ctx) {
      const { view, sentence, cue } = ctx;
      if (cue.form !== 'passive') return undefined;
      let auxiliary = cue.first - 1;
      if (/ly$/.test(view.words[auxiliary]!.lower)) auxiliary--;
      const subject = auxiliary > sentence.first ? phraseEndingAt(view, auxiliary - 1, sentence) : undefined;
      const from = cue.last;
      const end = clauseEnd(view, from, sentence);
      const rest = contentSpan(view, from, end);
      if (!rest || countWords(view, from, end) < MIN_CONTENT_WORDS) return undefined;
      const parts = subject && view.words[subject.first]!.lower !== 'it' ? [spanOf(view, subject.first, subject.last), rest] : [rest];
      // "… is expected by analysts to …" is rare; the view's holder is left unnamed.
      const attribution = reported(ctx, 'passive-report', undefined, parts, spanOf(view, cue.first, cue.last));
      return attribution && { ...attribution, inheritsSpeaker: false };
    },
  },
  {
    id: 'passive-agent',
    reason: 'A passive cue verb names its source after "by" and what it is about in its subject: "Clinton has been attacked by Sanders", "the meeting was first reported by Politico".',
    example: 'The nomination was endorsed by the New York Times.',
    match(ctx) {
      const { view, sentence, cue } = ctx;
      if (cue.form !== 'passive-by') return undefined;
      const words = view.words;
      const by = agentBy(words, cue.first, sentence);
      const source = by < 0 ? undefined : sourceAfter(view, by + 1, sentence, false);
      if (!source) return undefined;
      let k = cue.first - 1;
      while (k > sentence.first && (isLyAdverb(words[k]!) || BETWEEN.has(words[k]!.lower))) k--;
      const subject = phraseEndingAt(view, k, sentence);
      if (!subject) return undefined;
      const parts = [spanOf(view, subject.first, subject.last)];
      // "was seen by some as a demotion", "has been criticized by rivals for failing to …", "was asked by a caller why …":
      // the complement after the agent is content too.
      if (by > cue.last) parts.push(spanOf(view, cue.last, by));
      const next = words[source.last];
      if (next && AFTER_AGENT.has(next.lower)) {
        const end = clauseEnd(view, source.last, sentence);
        const rest = contentSpan(view, source.last, end);
        if (rest) parts.push(rest);
      }
      return reported(ctx, 'passive-agent', source, parts, spanOf(view, cue.first, source.last));
    },
  },
  {
    id: 'asked-question',
    reason: 'A question put to someone opens the sentence: "Asked whether he would run, Smith said …": the question is attributed to its unnamed asker.',
    example: 'Asked whether he would run again, the senator smiled.',
    match(ctx) {
      const { view, sentence, cue } = ctx;
      if (cue.form !== 'asked') return undefined;
      // "Asked by Matt Lauer whether …": the asker is named, and the question follows the name.
      const asker = view.words[cue.last]?.lower === 'by' ? sourceAfter(view, cue.last + 1, sentence, false) : undefined;
      const from = asker ? asker.last : cue.last;
      let end = from;
      while (end < sentence.last && view.words[end]!.text !== ',') end++;
      // "Asked whether …," ends at its comma; "was asked to name …" may run to the end of the sentence.
      if (end >= sentence.last && cue.first === sentence.first) return undefined;
      // "Asked whether Clinton “has the integrity …,” 75 percent said yes": a comma inside the quotation that closes the
      // question ends it with its closing mark, so the quotation is the question's and not what the answer's verb said.
      const closing = view.words[end + 1];
      if (view.words[end]?.passage !== undefined && view.words[end]!.passage >= 0 && closing && closing.passage === view.words[end]!.passage && view.passages[closing.passage]!.markEnd === closing.end) end += 2;
      const span = contentSpan(view, from, end);
      if (!span || countWords(view, from, end) < MIN_CONTENT_WORDS) return undefined;
      const attribution = reported(ctx, 'asked-question', asker, [span], spanOf(view, cue.first, from));
      return attribution && { ...attribution, inheritsSpeaker: false };
    },
  },
  {
    id: 'quote-then-cue',
    reason: 'The commonest news quotation: the quote first, then who said it, either order of speaker and verb; a second quote after the attribution continues it.',
    example: '“We will not leave,” the minister said, “whatever it costs.”',
    match(ctx) {
      if (!hasFrame(ctx.cue, 'parenthetical')) return undefined;
      const found = passageBefore(ctx);
      if (!found) return undefined;
      const { view, sentence, cue } = ctx;
      let source: SourcePhrase | undefined;
      if (found.between < cue.first) {
        source = sourceBefore(view, cue.first, sentence);
        // The speaker phrase may start further back than the noun phrase read: "“…,” campaign manager Robby Mook said" (read "manager Robby Mook").
        if (source && source.first > found.between && view.words.slice(found.between, source.first).every((w) => isPunct(w) || isModifierWord(w))) {
          let first = source.first;
          while (first > found.between && !isPunct(view.words[first - 1]!)) first--;
          source = { ...source, first };
        }
        // Only punctuation between the quotation and its speaker: "“…,” Smith said", not "“The Axe Files” out Thursday, Smith said".
        if (!source || source.first < found.between || countWords(view, found.between, source.first) > 0) return undefined;
      } else {
        source = sourceAfter(view, cue.last, sentence);
      }
      const afterSpeaker = source && source.first >= cue.last ? source.last : cue.last;
      if (view.words[afterSpeaker]?.lower === 'that') return undefined;
      const passage = view.passages[found.passage]!;
      const content = [...passage.parts];
      const passages = [found.passage];
      // "“…,” he said, “…”": the second half of a quote split by its attribution.
      const tail = attributionTail(view, afterSpeaker, sentence);
      const next = view.words[tail + 1];
      if (view.words[tail]?.text === ',' && next && next.passage >= 0 && !ctx.claimed.has(next.passage)) {
        content.push(...view.passages[next.passage]!.parts);
        passages.push(next.passage);
      }
      return { pattern: 'quote-then-cue', cue, source, inheritsSpeaker: false, content, kind: 'direct', passages, mediumWindow: { start: passage.markEnd, end: sentence.end } };
    },
  },
  {
    id: 'cue-then-quote',
    reason: 'A reporting verb introduces the quotation after it; only a hearer, a time, a medium or "that" stand between.',
    example: 'Al-Sadr said in a tweet on Wednesday, “external forces want to undermine our Iraq.”',
    match(ctx) {
      if (!hasFrame(ctx.cue, 'clause')) return undefined;
      const speaker = speakerBefore(ctx);
      if (!speaker.ok && !ctx.cue.gerund) return undefined;
      const found = passageAfter(ctx, ctx.cue.last);
      if (!found) return undefined;
      const { view, cue } = ctx;
      const passage = view.passages[found.passage]!;
      const start = speaker.source ? view.words[speaker.source.first]!.start : view.words[cue.first]!.start;
      return { pattern: 'cue-then-quote', cue, source: speaker.source, inheritsSpeaker: !speaker.source, content: [...passage.parts], kind: 'direct', passages: [found.passage], mediumWindow: { start, end: passage.markStart } };
    },
  },
  {
    id: 'according-to',
    reason: '"according to X" names the source of the rest of the sentence, before or after it.',
    example: 'The talks have stalled, according to two officials familiar with them.',
    match(ctx) {
      const { view, sentence, cue } = ctx;
      if (cue.form !== 'according-to') return undefined;
      const words = view.words;
      const atStart = cue.first === sentence.first || (cue.first - sentence.first <= 2 && words.slice(sentence.first, cue.first).every((w) => isPunct(w) || /^(?:but|and|yet|still|so)$/.test(w.lower))) || openingAdverbial(view, sentence, cue.first);
      let source = sourceAfter(view, cue.last, sentence, !atStart);
      if (!source) return undefined;
      // "according to a statement from Colonel Wayne Marotto": the one the document is from is the source.
      const author = words[source.last]?.lower === 'from' || words[source.last]?.lower === 'by' ? sourceAfter(view, source.last + 1, sentence, !atStart) : undefined;
      if (author && (MEDIUM_NOUNS.has(words[source.last - 1]!.lower) || words[source.last - 1]!.lower === 'report')) source = author;
      const opening = atStart;
      if (opening) {
        // "According to the initial schedule published Thursday, Thiel is …": the source's own modifier runs to its comma.
        let from = sourceModifierEnd(view, source.last, sentence);
        while (from < sentence.last && isPunct(words[from]!) && words[from]!.passage < 0) from++;
        const span = contentSpan(view, from, clauseEnd(view, from, sentence));
        if (!span || countWords(view, from, sentence.last) < MIN_CONTENT_WORDS) return undefined;
        return reported(ctx, 'according-to', source, [span], spanOf(view, cue.first, source.last));
      }
      let to = cue.first;
      while (to > sentence.first && isPunct(words[to - 1]!) && words[to - 1]!.passage < 0) to--;
      const content = contentSpan(view, sentence.first, to);
      if (!content || countWords(view, sentence.first, to) < MIN_CONTENT_WORDS) return undefined;
      const parts = [content];
      // "The plan, according to officials, will fail": the sentence goes on after the source.
      if (words[source.last]?.text === ',') {
        const rest = contentSpan(view, source.last + 1, clauseEnd(view, source.last + 1, sentence));
        if (rest && countWords(view, source.last + 1, sentence.last) >= MIN_CONTENT_WORDS) parts.push(rest);
      }
      // "“…,” Sanders said, according to CNN.": CNN reports what Sanders said; the quotation stays Sanders's too (train source F1 +0.0008).
      return reported(ctx, 'according-to', source, parts, spanOf(view, cue.first, source.last), true);
    },
  },
  {
    id: 'in-poll',
    reason: 'A poll named with "in" is the source of the finding in the rest of the clause: "In a CNN poll, Clinton led by 24 points", "Trump has a decisive lead in the polls".',
    example: 'In a Des Moines Register poll last month, Cruz had a 10-point lead.',
    match(ctx) {
      const { view, sentence, cue } = ctx;
      if (cue.form !== 'in-poll') return undefined;
      const words = view.words;
      const end = pollAfter(words, cue.first, sentence);
      const source: SourcePhrase = { first: cue.first + 1, last: end };
      const opening = cue.first === sentence.first || (cue.first - sentence.first <= 2 && words.slice(sentence.first, cue.first).every((w) => isPunct(w) || /^(?:but|and|yet|still|so)$/.test(w.lower)));
      if (opening) {
        // The poll's adverbial runs to its comma ("… poll released Monday, 50 percent …").
        let comma = end;
        while (comma < sentence.last && words[comma]!.text !== ',' && comma - end < MAX_ATTRIBUTION_WORDS) comma++;
        if (words[comma]?.text !== ',') return undefined;
        const from = comma + 1;
        const span = contentSpan(view, from, clauseEnd(view, from, sentence));
        if (!span || countWords(view, from, sentence.last) < MIN_CONTENT_WORDS) return undefined;
        return reported(ctx, 'in-poll', source, [span], spanOf(view, cue.first, end));
      }
      // After the finding: only adverbials may follow the poll ("… in the same poll, a 52-point swing").
      let tail = end;
      while (tail < sentence.last && !isPunct(words[tail]!)) tail++;
      if (countWords(view, end, tail) > MAX_PARENTHETICAL_TAIL || !onlyAdverbials(view, end, sentence, undefined, tail)) return undefined;
      const content = contentSpan(view, sentence.first, cue.first);
      if (!content || countWords(view, sentence.first, cue.first) < MIN_CONTENT_WORDS + 1) return undefined;
      return reported(ctx, 'in-poll', source, [content], spanOf(view, cue.first, end));
    },
  },
  {
    id: 'parenthetical',
    reason: 'The reported content comes first and the attribution follows it, after a comma: "…, he said." / "…, said the minister."',
    example: 'The attacks will not stop until the occupation ends, the commander said on Monday.',
    match(ctx) {
      const { view, sentence, cue } = ctx;
      if (!hasFrame(cue, 'parenthetical') || cue.gerund) return undefined;
      const words = view.words;
      let source: SourcePhrase | undefined;
      let comma: number;
      const before = cue.first > sentence.first ? words[cue.first - 1]! : undefined;
      // Inverted: "…, said the minister." The speaker phrase must end the sentence, bar adverbials.
      // A telling verb is not inverted: in "…, his top aide told The Huffington Post" what follows the verb is the hearer.
      // Nor when everything before the verb is its speaker with an appositive ("Mr. Trump's former campaign manager, Corey Lewandowski,
      // said the staff member who …"): the verb then has its subject before it and its clause after it.
      const inverted = before && isSeparator(view, cue.first - 1) && !hasFrame(cue, 'listener') && !appositiveName(view, cue.first, sentence) ? sourceAfter(view, cue.last, sentence) : undefined;
      // "…, say some Democrats, who cringe …": a relative clause on the inverted speaker runs to the sentence end.
      // "…, said Rita Katz, the director of SITE Intelligence Group, which tracks …", "…, said a handful of Democrats who point to …" too.
      const relativeAfter = inverted !== undefined && ((words[inverted.last]?.text === ',' && /^(?:who|whose|which)$/.test(words[inverted.last + 1]?.lower ?? '')) || /^(?:who|whose)$/.test(words[inverted.last]?.lower ?? ''));
      if (inverted && (relativeAfter || onlyAdverbials(view, inverted.last, sentence, cue))) {
        source = inverted;
        comma = cue.first - 1;
      } else {
        source = sourceBefore(view, cue.first, sentence);
        if (!source) return undefined;
        // "Michael Bloomberg, who's thinking about running for president, said it was …": a relative clause on the noun
        // before its comma, not an attribution of everything else in the sentence to "who".
        if (source.last - source.first === 1 && RELATIVE_SUBJECTS.has(words[source.first]!.lower) && isSeparator(view, source.first - 1)) return undefined;
        // The speaker phrase may run further back than the noun phrase read: "…, Algerian foreign affairs ministry spokesman X said".
        comma = source.first - 1;
        while (comma > sentence.first && source.first - comma <= MAX_ATTRIBUTION_WORDS && isNounPhraseWord(words[comma]!)) comma--;
        if (comma <= sentence.first || !isSeparator(view, comma)) return undefined;
        if (comma + 1 < source.first) source = { ...source, first: comma + 1 };
      }
      const afterSpeaker = Math.max(cue.last, source.last);
      const onRelative = relativeAfter && source === inverted;
      const tail = onRelative ? sentence.last : attributionTail(view, afterSpeaker, sentence);
      if (!onRelative && (countWords(view, afterSpeaker, tail) > MAX_PARENTHETICAL_TAIL || !onlyAdverbials(view, afterSpeaker, sentence, cue, tail, true))) return undefined;
      // A short head is content only when the clause goes on after the attribution: "Such efforts, they believe, will …".
      const shortHead = countWords(view, sentence.first, comma) < MIN_CONTENT_WORDS + 1;
      // A comma inside the closing quotation mark ("… card,” Fiorina said) stays with the quotation.
      const content = contentSpan(view, sentence.first, words[comma]!.passage >= 0 ? comma + 1 : comma);
      if (!content) return undefined;
      const parts = [content];
      const next = words[tail + 1];
      if (tail < sentence.last && (words[tail]!.text === ',' || words[tail]!.text === ':')) {
        // "The plan, he said, will fail": the content goes on after the attribution, unless another one starts there (", adding …").
        const startsAnother = next !== undefined && (next.lower === 'according' || ctx.cues.some((c) => c.first === tail + 1 && c.gerund));
        const restEnd = clauseEnd(view, tail + 1, sentence);
        const rest = startsAnother ? undefined : contentSpan(view, tail + 1, restEnd);
        if (rest && countWords(view, tail + 1, restEnd) >= MIN_CONTENT_WORDS) parts.push(rest);
      } else if (tail < sentence.last && words[tail]!.text !== ';' && countWords(view, tail, sentence.last) > 0) {
        // A semicolon ends the attributed clause ("…, political analysts say; in 2012 …"); anything else after the attribution is another clause.
        return undefined;
      }
      if (shortHead && parts.length < 2) return undefined;
      // "A witness said …, the report said", "“…,” he told reporters, the paper reported": the report embeds what another said (train source F1 +0.0013).
      return reported(ctx, 'parenthetical', source, parts, { start: words[comma]!.end, end: sentence.end }, true);
    },
  },
  {
    id: 'relative-object',
    reason: 'A relative pronoun before the speaker stands for what the cue verb, left without its object, is about: "allegations, which he has denied", "what Gingrich called “the loudest election”" (PolNeAR marks the pronoun as the content).',
    example: 'The report cited allegations of fraud, which the minister has denied.',
    match(ctx) {
      const { view, sentence, cue } = ctx;
      if (cue.form !== 'verb' || cue.gerund || !(hasFrame(cue, 'object') || hasFrame(cue, 'parenthetical'))) return undefined;
      const words = view.words;
      const source = sourceBefore(view, cue.first, sentence);
      const relative = source ? source.first - 1 : -1;
      if (!source || relative < sentence.first || !GAPPED_RELATIVES.has(words[relative]!.lower)) return undefined;
      // "which he warned of …", "that she wants to …": the complement is there, for the patterns after this one.
      const after = words[cue.last]?.lower ?? '';
      if (after === 'to' || (PREPOSITION_FRAMES.has(after) && cue.verb?.frames.includes(after as CueFrame))) return undefined;
      const pronoun = spanOf(view, relative, relative + 1);
      const window = spanOf(view, source.first, cue.last);
      // "what Gingrich called “the loudest election”": a quoted predicate after the cue is content too.
      const next = words[cue.last];
      if (next && next.passage >= 0 && hasFrame(cue, 'object') && !ctx.claimed.has(next.passage)) {
        const passage = view.passages[next.passage]!;
        return reported(ctx, 'relative-object', source, [pronoun, { start: passage.markStart, end: passage.markEnd }], window);
      }
      // Otherwise the object is gapped: nothing but adverbials after the cue up to the end of its clause.
      let end = cue.last;
      while (end < sentence.last && !isPunct(words[end]!) && words[end]!.passage < 0 && !CLAUSE_JOINERS.has(words[end]!.lower)) end++;
      if (end > cue.last && !onlyAdverbials(view, cue.last, sentence, cue, end)) return undefined;
      return reported(ctx, 'relative-object', source, [pronoun], window);
    },
  },
  {
    id: 'reported-clause',
    reason: 'Reported speech: speaker, reporting verb, an optional hearer and "that", then the reported clause to the end of the sentence.',
    example: 'Al-Kazemi said yesterday in the cabinet session that the attacks had made the missions think of leaving.',
    match(ctx) {
      const { view, sentence, cue } = ctx;
      if (!hasFrame(cue, 'clause')) return undefined;
      const speaker = speakerBefore(ctx);
      if (!speaker.ok) return undefined;
      let from = cue.last;
      if (hasFrame(cue, 'listener')) from = skipListener(view, from, sentence);
      const that = findComplementizer(view, from, sentence);
      if (that >= 0) from = that + 1;
      else if (cue.verb && cue.verb.nounForms?.includes(view.words[cue.first]!.lower) && !speaker.source) return undefined;
      // "that – in his professional life – he is …": a dash or comma after "that" opens an aside inside the content.
      while (from < sentence.last && (view.words[from]!.text === ',' || (that >= 0 && DASHES.has(view.words[from]!.text)))) from++;
      const first = view.words[from];
      if (!first || (isPunct(first) && first.passage < 0)) return undefined;
      // "after half said so", "never thought so": the pro-form stands for the clause (PolNeAR annotates it as the content);
      // so does an answer: "Asked if he was ever bullied, the candidate said no."
      if (that < 0 && (first.lower === 'so' || (ANSWERS.has(first.lower) && cue.cueClass === 'speech')) && (from + 1 >= sentence.last || isPunct(view.words[from + 1]!) || onlyAdverbials(view, from + 1, sentence))) {
        return reported(ctx, 'reported-clause', speaker.source, [spanOf(view, from, from + 1)], spanOf(view, speaker.source?.first ?? cue.first, cue.last));
      }
      if (that < 0 && !startsClause(view, from, cue)) return undefined;
      const end = clauseEnd(view, from, sentence);
      if (countWords(view, from, end) < MIN_CONTENT_WORDS) return undefined;
      // "X said on Monday." says when, not what.
      if (that < 0 && onlyAdverbials(view, from, sentence, cue, end)) return undefined;
      const span = contentSpan(view, from, end);
      if (!span) return undefined;
      const windowStart = speaker.source ? view.words[speaker.source.first]!.start : view.words[cue.first]!.start;
      return reported(ctx, 'reported-clause', speaker.source, [span], { start: windowStart, end: span.start });
    },
  },
  {
    id: 'infinitive',
    reason: 'Promises, plans, refusals and demands take an infinitive: "vowed to …", "urged lawmakers to …".',
    example: 'The prime minister vowed to hold the attackers accountable.',
    match(ctx) {
      const { view, sentence, cue } = ctx;
      if (!hasFrame(cue, 'to')) return undefined;
      const speaker = speakerBefore(ctx);
      if (!speaker.ok) return undefined;
      let from = cue.last;
      if (hasFrame(cue, 'listener') || view.words[from]?.lower !== 'to') from = skipListener(view, from, sentence);
      if (view.words[from]?.lower !== 'to') return undefined;
      return complement(ctx, 'infinitive', speaker.source, from);
    },
  },
  {
    id: 'prepositional',
    reason: 'Warnings, accusations and complaints take their content in a prepositional phrase: "warned of …", "accused X of …", "complained about …".',
    example: 'The cleric warned of factions affiliated with foreign powers.',
    match(ctx) {
      const { view, sentence, cue } = ctx;
      const preps: readonly string[] = cue.form === 'verb' ? (cue.verb?.frames ?? []).filter((f) => PREPOSITION_FRAMES.has(f)) : [];
      if (preps.length === 0) return undefined;
      const speaker = speakerBefore(ctx);
      if (!speaker.ok) return undefined;
      let from = cue.last;
      if (!preps.includes(view.words[from]?.lower ?? '')) {
        from = skipListener(view, from, sentence);
        if (from === cue.last) from = skipObject(view, from, sentence);
      }
      // "spoke at the White House on Tuesday about …": the preposition after a hearer, place or time.
      if (!preps.includes(view.words[from]?.lower ?? '')) from = prepositionAhead(view, cue.last, sentence, preps);
      if (!preps.includes(view.words[from]?.lower ?? '')) return undefined;
      return complement(ctx, 'prepositional', speaker.source, from);
    },
  },
  {
    id: 'nominal',
    reason: 'A noun of saying or stance after a possessive attributes its complement to the possessor: "Trump\'s criticism of the deal", "his call for calm".',
    example: 'Crowds in Najaf waved flags after the cleric’s call for the withdrawal of foreign forces.',
    match(ctx) {
      const { view, sentence, cue } = ctx;
      if (cue.form !== 'nominal') return undefined;
      const possessive = view.words[cue.first - 1]!;
      // "his call": the possessive pronoun is the source; "the cleric's call": the noun phrase before the clitic.
      const clitic = /^['’]s?$/u.test(possessive.lower);
      let source = clitic ? phraseEndingAt(view, cue.first - 2, sentence) : { first: cue.first - 1, last: cue.first };
      // "Sanders is lending his support to …": a possessive pronoun after its clause's verb stands for that clause's subject, which PolNeAR marks as the source.
      // "a minister whose plan to …": the relative possessive is the source itself.
      if (!clitic && cue.first - 1 > sentence.first && possessive.lower !== 'whose') source = sentenceSubject(view, sentence, cue.first - 1) ?? source;
      if (!source) return undefined;
      const from = view.words[cue.last]!.lower === 'that' ? cue.last + 1 : cue.last;
      return complement(ctx, 'nominal', source, from);
    },
  },
  {
    id: 'object',
    reason: 'Stance verbs take their content as an object noun phrase: "condemned the attack", "called for the legalization of …".',
    example: 'The ministry condemned the attack on the embassy.',
    match(ctx) {
      const { view, cue } = ctx;
      if (!hasFrame(cue, 'object')) return undefined;
      const speaker = speakerBefore(ctx);
      if (!speaker.ok) return undefined;
      const from = cue.last;
      const first = view.words[from];
      // "rejected that idea", "proposed just that": "that" is a demonstrative here, as the clause patterns before did not take it.
      if (!first || isPunct(first) || (first.lower === 'that' && !demonstrativeThat(view, from, ctx.sentence)) || first.lower === 'to' || TIME_PREPS.has(first.lower)) return undefined;
      return complement(ctx, 'object', speaker.source, from);
    },
  },
];

const PARTICIPLE_END = /(?:ed|en)$/u;
/** The most words of a sentence adverbial before "according to" that leaves it opening the sentence: "In 2012, according to …". */
const MAX_OPENING_ADVERBIAL_WORDS = 3;

/** "Now, according to the recent poll, some are swinging": a short adverbial and its comma before the cue, with no verb in it. */
function openingAdverbial(view: DocumentView, sentence: SentenceRange, cue: number): boolean {
  const words = view.words;
  if (cue - 1 <= sentence.first || words[cue - 1]!.text !== ',' || countWords(view, sentence.first, cue - 1) > MAX_OPENING_ADVERBIAL_WORDS) return false;
  return words.slice(sentence.first, cue - 1).every((w) => w.passage < 0 && !FINITE_VERBS.has(w.lower) && !isPunct(w) && !(isCueWord(w) && w.mention < 0));
}

/**
 * The index of the comma that ends a source's modifier ("the initial schedule published Thursday,"), or `from` when there is
 * none within reach: a few words with no quotation, no finite verb and no cue between (those open the content instead).
 */
function sourceModifierEnd(view: DocumentView, from: number, sentence: SentenceRange): number {
  const words = view.words;
  for (let i = from; i < Math.min(sentence.last, from + MAX_ATTRIBUTION_WORDS); i++) {
    const w = words[i]!;
    if (w.text === ',' && w.passage < 0) return i > from ? i : from;
    // A participle is part of the modifier ("published Thursday", "released Monday"); another cue form opens the content.
    const participle = PARTICIPLE_END.test(w.lower);
    if (w.passage >= 0 || isPunct(w) || FINITE_VERBS.has(w.lower) || (isCueWord(w) && w.mention < 0 && !isCapitalised(w) && !participle) || w.lower === 'that') return from;
  }
  return from;
}

/** One-word answers that stand for a whole reported clause: "75 percent said yes". */
const ANSWERS = new Set(['yes', 'no']);
/** Words after a passive's agent that open more of the content: "seen by some as …", "asked by a caller why …". */
const AFTER_AGENT = new Set(['as', 'for', 'about', 'whether', 'why', 'if', 'how', 'what', 'to', 'of']);
/** Relative pronouns that can stand for the object of the verb after their clause's subject: "which he denied", "what she called …". */
const GAPPED_RELATIVES = new Set(['which', 'what', 'whom']);
/** Words that end a relative clause after its verb: "which he has denied and which …". */
const CLAUSE_JOINERS = new Set(['and', 'but', 'or', 'while', 'because', 'as']);

/** "that" closing its clause ("rejected that, too") or before one noun that does ("confirmed that observation."). */
function demonstrativeThat(view: DocumentView, at: number, sentence: SentenceRange): boolean {
  const next = view.words[at + 1];
  if (!next || at + 1 >= sentence.last || isPunct(next)) return true;
  const after = view.words[at + 2];
  return next.kind === 'word' && next.text === next.lower && !isPronoun(next) && !DETERMINER.has(next.lower) && !FINITE_VERBS.has(next.lower) && (!after || at + 2 >= sentence.last || isPunct(after));
}

/** Words that open a clause, never part of a speaker's noun phrase. */
const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'and', 'but', 'or', 'if', 'when', 'while', 'because', 'as']);

/**
 * A word that may modify a speaker's name between a quotation and its verb: "campaign manager", "former state". A cue
 * verb's base form counts ("campaign" is also a cue verb); its past or third-person form ("said", "says") does not.
 */
function isModifierWord(w: Word): boolean {
  return w.kind !== 'punct' && w.passage < 0 && !FINITE_VERBS.has(w.lower) && !CLAUSE_WORDS.has(w.lower) && (!isCueWord(w) || !/(?:ed|s)$/u.test(w.lower));
}

/** A word that can stand inside a speaker's noun phrase: not punctuation, a clause word, a verb of saying or a quotation. */
function isNounPhraseWord(w: Word): boolean {
  return w.kind !== 'punct' && w.passage < 0 && !FINITE_VERBS.has(w.lower) && !isCueWord(w) && !CLAUSE_WORDS.has(w.lower);
}

/** A colon after more words than this ends a sentence with its own subject and verb. */
const MAX_HEADLINE_WORDS = 5;
/** Section labels before a headline colon, not sources: "The Latest: …", "UPDATE: …". */
const HEADLINE_LABELS = new Set(['the latest', 'latest', 'update', 'updated', 'breaking', 'breaking news', 'watch', 'exclusive', 'video', 'photos', 'analysis', 'opinion', 'editorial', 'question', 'answer', 'q', 'a', 'note', "editor's note", 'editor’s note', 'fact check', 'live', 'timeline', 'factbox', 'explainer', 'read more', 'related', 'correction']);

/** A verb or adverb right before a colon ("leaned in and boomed:", "went even further:", "as follows:"): the speaker is the sentence's subject, not that word. */
function verbBeforeColon(view: DocumentView, colon: number): boolean {
  const w = view.words[colon - 1];
  return w !== undefined && w.kind === 'word' && w.text === w.lower && w.mention < 0 && (/(?:ed|ing|ly)$/u.test(w.lower) || w.lower === 'follows' || w.lower === 'further' || isCueWord(w));
}

/** "Partial transcript as follows:": the phrase before "as follows" introduces what comes next. */
function asFollows(view: DocumentView, colon: number, sentence: SentenceRange): SourcePhrase | undefined {
  const as = colon - 2;
  return as > sentence.first && view.words[as]!.lower === 'as' && view.words[colon - 1]!.lower === 'follows' ? phraseEndingAt(view, as - 1, sentence) : undefined;
}

/** The subject of a sentence: a pronoun or a name opening it (after an opening adverbial and comma), read up to its verb. */
function sentenceSubject(view: DocumentView, sentence: SentenceRange, before: number): SourcePhrase | undefined {
  const words = view.words;
  let first = sentence.first;
  let comma = -1;
  for (let i = sentence.first; i < before && comma < 0; i++) if (words[i]!.text === ',') comma = i;
  if (comma >= 0 && !(words[first]!.mention >= 0 || isPronoun(words[first]!))) first = comma + 1;
  const w = words[first];
  if (!w || first >= before) return undefined;
  if (isPronoun(w)) return { first, last: first + 1 };
  if (w.mention >= 0) return { first, last: Math.min(view.mentions[w.mention]!.last, before) };
  return undefined;
}

/** How far after a cue its preposition is looked for past hearers, places and times. */
const MAX_WORDS_TO_PREPOSITION = 8;

/** The index of the first of `preps` within reach after `from` with no punctuation, quotation or clause word between, or `from`. */
function prepositionAhead(view: DocumentView, from: number, sentence: SentenceRange, preps: readonly string[]): number {
  for (let i = from; i < Math.min(sentence.last, from + MAX_WORDS_TO_PREPOSITION); i++) {
    const w = view.words[i]!;
    if (preps.includes(w.lower)) return i;
    if (isPunct(w) || w.passage >= 0 || FINITE_VERBS.has(w.lower) || w.lower === 'that' || (isCueWord(w) && w.mention < 0)) return from;
  }
  return from;
}

/** Skips a short object noun phrase: "accused the militias of …", "described the deal as …". */
function skipObject(view: DocumentView, from: number, sentence: SentenceRange): number {
  let i = from;
  while (i < sentence.last && i - from < 6) {
    const w = view.words[i]!;
    if (isPunct(w) || w.passage >= 0 || ['of', 'for', 'as', 'about', 'to', 'that'].includes(w.lower)) break;
    i++;
  }
  return i;
}

/** Numbers and shares after "about": "about half", "about 40 percent", "about a third". */
const APPROXIMATED = /^(?:\d[\d,.]*%?|half|a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|thousands?|millions?)$/u;

/** Whether a bare clause (no "that") can start at `from`: a subject-like word, or for thought and evidence verbs a clear one. */
function startsClause(view: DocumentView, from: number, cue: Cue): boolean {
  const w = view.words[from]!;
  if (w.passage >= 0) return true;
  // "said about half of …": "about" before a number or a share is an approximation opening the clause's subject.
  if (w.lower === 'about' && APPROXIMATED.test(view.words[from + 1]?.lower ?? '')) return true;
  if (['to', 'of', 'about', 'as', 'into', 'and', 'or', 'but', 'so', 'up', 'out', 'down', 'off', 'over', 'back'].includes(w.lower)) return false;
  // "maintained a wide lead": the object, unless a verb follows ("maintained the server was secure").
  if (cue.verb?.objectBeforeClause) return finiteVerbFollows(view, from);
  const clear = isPronoun(w) || DETERMINER.has(w.lower) || isCapitalised(w) || /^(?:whether|if|how|what|why|when|where|who|there|this|these|those)$/.test(w.lower);
  if (cue.cueClass === 'speech' || cue.cueClass === 'writing') return clear || w.kind === 'word' || w.kind === 'number';
  return clear || finiteVerbFollows(view, from);
}

/** How far into a bare clause its finite verb is looked for: "fear [the party's split] will hurt …". */
const MAX_BARE_SUBJECT_WORDS = 6;

/** Whether a finite auxiliary follows within a short subject, no punctuation between: "believe other senators would be …". */
function finiteVerbFollows(view: DocumentView, from: number): boolean {
  for (let i = from + 1; i < Math.min(view.words.length, from + 1 + MAX_BARE_SUBJECT_WORDS); i++) {
    const w = view.words[i]!;
    if (w.passage >= 0 || (isPunct(w) && w.text !== '’s' && w.text !== "'s")) return false;
    if (FINITE_VERBS.has(w.lower) && w.lower !== "'s" && w.lower !== '’s') return true;
  }
  return false;
}
