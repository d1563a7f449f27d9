/**
 * Where the content of a reported attribution starts and ends: after the cue,
 * its hearer ("told reporters") and a complementizer ("that"), up to the end of
 * the clause (the sentence, or a following ", adding …" / ", according to …").
 */
import type { Span } from '../../model/schema.js';
import type { DocumentView, SentenceRange, Word } from './document-view.js';
import { isCueWord, isLyAdverb, isPronoun } from './source-phrase.js';
import { DETERMINERS, LISTENER_WORDS, TIME_PREPOSITIONS, TIME_WORDS, wordSet } from './quote-words.js';
import { cueFormsOf } from './cue-verbs.js';

const LISTENERS = wordSet(LISTENER_WORDS);
const DETERMINER = wordSet(DETERMINERS);
const TIME = wordSet(TIME_WORDS, TIME_PREPOSITIONS);

/** How far after the cue a complementizer "that" may stand: "said yesterday in the cabinet session that …". */
const MAX_WORDS_BEFORE_THAT = 16;
/** The longest hearer phrase skipped after a telling verb: "told The New York Times' editorial board". */
const MAX_LISTENER_WORDS = 6;
/** How close after a clause-ending comma a reporting verb must come for the comma to end the content: "…, he said". */
const MAX_WORDS_TO_NEXT_CUE = 4;
/** Sentence punctuation that ends content; the content stops before it. */
const TRAILING_PUNCTUATION = /^[.,;:!?…—–-]+$/u;

/** Subject pronouns and finite auxiliaries: after the cue, they start the reported clause itself. */
const SUBJECT_PRONOUNS = new Set(['i', 'you', 'he', 'she', 'we', 'they', 'it']);
const CLAUSE_AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'has', 'have', 'had']);

const isPunct = (w: Word): boolean => w.kind === 'punct';
const isCapitalised = (w: Word): boolean => w.kind === 'word' && /^\p{Lu}/u.test(w.text);

/** The index after a hearer phrase starting at `from`: a name, a pronoun, "reporters", "the committee". */
export function skipListener(view: DocumentView, from: number, sentence: SentenceRange): number {
  const words = view.words;
  let i = from;
  const limit = Math.min(sentence.last, from + MAX_LISTENER_WORDS);
  while (i < limit) {
    const w = words[i]!;
    if (w.passage >= 0 || w.lower === 'that' || w.lower === 'to' || w.lower === 'of') break;
    if (w.mention >= 0) {
      i = Math.max(i + 1, view.mentions[w.mention]!.last);
      continue;
    }
    // A determiner belongs to the hearer only before a hearer word or a name: "told the committee", not "told reporters the army …".
    const next = words[i + 1];
    const determinerOfHearer = DETERMINER.has(w.lower) && next !== undefined && (LISTENERS.has(next.lower) || isCapitalised(next) || next.mention >= 0 || /^(?:committee|council|court|board|conference|audience|crowd|parliament|senate|house|assembly|press|media|paper|newspaper|agency)$/.test(next.lower));
    if (LISTENERS.has(w.lower) || isCapitalised(w) || determinerOfHearer || w.text === '’s' || w.text === "'s") {
      i++;
      continue;
    }
    break;
  }
  return i;
}

/**
 * The index of a complementizer "that" within reach of `from` ("said on Monday in
 * the cabinet session that …"), or -1 when the words before it include a clause.
 */
export function findComplementizer(view: DocumentView, from: number, sentence: SentenceRange): number {
  const words = view.words;
  const limit = Math.min(sentence.last, from + MAX_WORDS_BEFORE_THAT);
  // Inside an aside set off by commas or dashes ("said — on Twitter, as it happens — that …") a clause may stand;
  // outside one, a subject pronoun or a finite verb means the clause has begun ("said she was not going to jump to that conclusion").
  let aside = false;
  for (let i = from; i < limit; i++) {
    const w = words[i]!;
    if (w.lower === 'that') return i;
    if (w.text === ',' || w.text === '—' || w.text === '–') {
      aside = true;
      continue;
    }
    if (w.passage >= 0 || isPunct(w) || isCueWord(w)) return -1;
    if (!aside && (SUBJECT_PRONOUNS.has(w.lower) || CLAUSE_AUXILIARIES.has(w.lower))) return -1;
  }
  return -1;
}

/**
 * Whether a comma at `comma` starts a parenthetical or a participial attribution:
 * ", adding …", ", according to …", or a subject and a reporting verb followed by
 * nothing but the end of the clause (", he said.", ", the report said on Monday,").
 */
function commaStartsAttribution(view: DocumentView, comma: number, sentence: SentenceRange): boolean {
  const words = view.words;
  const next = words[comma + 1];
  if (!next) return false;
  if (next.lower === 'according' && words[comma + 2]?.lower === 'to') return true;
  for (let i = comma + 1; i < Math.min(sentence.last, comma + 1 + MAX_WORDS_TO_NEXT_CUE + 2); i++) {
    const w = words[i]!;
    if (w.passage >= 0 || isPunct(w)) return false;
    const forms = cueFormsOf(w.lower);
    if (forms.length === 0 || forms.every((f) => f.noun || f.participleOnly)) continue;
    if (i === comma + 1) return forms.some((f) => f.gerund);
    // A new subject and its reporting verb: "…, the Huffington Post reported that …".
    const subject = words[comma + 1]!;
    if (forms.every((f) => !f.gerund) && (subject.mention >= 0 || isPronoun(subject) || isCapitalised(subject) || DETERMINER.has(subject.lower))) return true;
    // The verb ends its clause within a few words: "…, the report said." / "…, he told reporters on Monday, …".
    let end = i + 1;
    while (end < sentence.last && !isPunct(words[end]!) && words[end]!.passage < 0 && end - i <= MAX_WORDS_TO_NEXT_CUE + 2) end++;
    return end >= sentence.last || isPunct(words[end]!);
  }
  return false;
}

/** Words that open a sentence with a subordinate clause before the main one: "If you don't believe X, the Post will …". */
const SUBORDINATORS = new Set(['if', 'when', 'whenever', 'while', 'although', 'though', 'after', 'because', 'unless', 'once', 'having']);

/**
 * Whether `from` lies in a clause that opens the sentence before its main clause,
 * with no comma yet: a subordinate clause ("If you don't believe …,") or a participle
 * ("Having announced he would not …, Judge Berman proceeded"). Such a clause ends at
 * its comma, and what follows is the main clause, not reported content.
 */
function inOpeningSubordinateClause(view: DocumentView, from: number, sentence: SentenceRange): boolean {
  const words = view.words;
  const opener = words[sentence.first];
  if (!opener || opener.passage >= 0) return false;
  const participle = /ing$/.test(opener.lower) && cueFormsOf(opener.lower).some((f) => f.gerund);
  if (!SUBORDINATORS.has(opener.lower) && !participle) return false;
  for (let i = sentence.first; i < from; i++) if (words[i]!.text === ',' || words[i]!.passage >= 0) return false;
  return true;
}

/** Conjunctions that can join a second clause with an attribution of its own: "…, while about 4 in 10 want …", "… after a woman told him …". */
const CLAUSE_JOINERS = new Set(['and', 'but', 'while', 'whereas', 'though', 'although', 'yet', 'after', 'as', 'because', 'when', 'since']);
/** The most words of a new subject between a conjunction and its reporting verb: "and more than 4 in 10 said". */
const MAX_SUBJECT_WORDS = 7;

/**
 * Whether the conjunction at `joiner` opens a clause with its own subject and reporting
 * verb ("…, and more than 4 in 10 said …", "… while those whose top issue was health care
 * tended to support …"): the content before it ends there, as PolNeAR gives every token
 * to one attribution.
 */
function joinerStartsAttribution(view: DocumentView, joiner: number, sentence: SentenceRange): boolean {
  const words = view.words;
  const subject = words[joiner + 1];
  if (!subject || subject.passage >= 0 || isPunct(subject)) return false;
  // "says X and that he can …": a second complementizer continues the same content.
  if (subject.lower === 'that') return false;
  if (!(subject.mention >= 0 || isPronoun(subject) || isCapitalised(subject) || DETERMINER.has(subject.lower) || subject.kind === 'number' || /^(?:about|more|less|nearly|almost|half|most|voters|people|those|others|critics|officials|supporters|democrats|republicans)$/.test(subject.lower))) return false;
  for (let i = joiner + 2; i < Math.min(sentence.last, joiner + 2 + MAX_SUBJECT_WORDS); i++) {
    const w = words[i]!;
    if (w.passage >= 0 || (isPunct(w) && w.text !== '’s' && w.text !== "'s")) return false;
    const forms = cueFormsOf(w.lower);
    if (forms.length > 0 && forms.some((f) => !f.noun && !f.gerund && !f.participleOnly)) {
      // "Trump said the system is complex and he feels he can win": a pronoun's thought goes on with what was said (train source F1 +0.0002).
      return !(isPronoun(subject) && forms.every((f) => f.verb.class === 'thought'));
    }
  }
  return false;
}

/** The most words read back from the content's start to the relative pronoun of its clause: ", who had addressed the convention on Thursday, said". */
const MAX_RELATIVE_CLAUSE_WORDS = 12;
/** Finite auxiliaries and copulas that can open a main clause's predicate: "Sanders, who …, has said …". */
const PREDICATE_AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'does', 'did']);
/** Adverbs that may stand between a relative clause's closing comma and the main verb: "…, later said", "…, on Monday told". */
const PREDICATE_ADVERBS = new Set(['also', 'now', 'then', 'later', 'still', 'recently', 'previously', 'again', 'on', 'last']);

/**
 * Whether the content starting at `from` stands in a non-restrictive relative clause
 * (", who has voiced the desire to run …", ", which covered …"): the pronoun comes after
 * a comma or dash, with no other comma between it and the content.
 */
function inRelativeClause(view: DocumentView, from: number, sentence: SentenceRange): boolean {
  const words = view.words;
  for (let k = from - 1; k > sentence.first && from - k <= MAX_RELATIVE_CLAUSE_WORDS; k--) {
    const w = words[k]!;
    if (w.passage >= 0 || isPunct(w)) return false;
    if (w.lower === 'who' || w.lower === 'which' || w.lower === 'whose') {
      const before = words[k - 1]!;
      return before.text === ',' || before.text === '—' || before.text === '–';
    }
  }
  return false;
}

/**
 * Whether the words after the comma at `comma` open the main clause's predicate, a finite
 * reporting verb or an auxiliary after at most a few adverbs or a time: "…, told BuzzFeed
 * he would …", "…, last week said", "…, has called …". A relative clause closes there.
 */
function predicateAfter(view: DocumentView, comma: number, sentence: SentenceRange): boolean {
  const words = view.words;
  for (let i = comma + 1; i < Math.min(sentence.last, comma + 5); i++) {
    const w = words[i]!;
    if (w.passage >= 0 || isPunct(w)) return false;
    if (PREDICATE_ADVERBS.has(w.lower) || isTimeWord(w) || isLyAdverb(w)) continue;
    if (isCapitalised(w)) return false;
    if (PREDICATE_AUXILIARIES.has(w.lower)) continue;
    const forms = cueFormsOf(w.lower);
    if (forms.some((f) => !f.noun && !f.gerund && !f.participleOnly)) return forms.every((f) => !f.noun);
    return false;
  }
  return false;
}

/**
 * The index one past the last word of the clause that starts at `from`: the end of the
 * sentence, a semicolon, or a comma or dash where another attribution starts. With
 * `phrase`, the content is a noun or prepositional phrase ("condemned the attack, …",
 * "warned of …, calling …") and the first comma or dash outside quotation marks ends it.
 */
export function clauseEnd(view: DocumentView, from: number, sentence: SentenceRange, phrase = false): number {
  const words = view.words;
  const subordinate = inOpeningSubordinateClause(view, from, sentence);
  const relative = !phrase && inRelativeClause(view, from, sentence);
  for (let i = from + 1; i < sentence.last; i++) {
    const w = words[i]!;
    if (w.passage >= 0) {
      // "… calling Christie “New Jersey’s Biggest Loser,” the protesters chanted …": a comma closing a quotation ends the clause as one outside would.
      const close = words[i + 1];
      if (!phrase && w.text === ',' && close?.passage === w.passage && view.passages[w.passage]!.markEnd === close.end && commaStartsAttribution(view, i + 1, sentence)) return i + 2;
      continue;
    }
    if (w.text === ',' || w.text === '—' || w.text === '–') {
      if (phrase || subordinate || commaStartsAttribution(view, i, sentence)) return i;
      // "Zucker, who has voiced the desire to run for office, told BuzzFeed …": the relative clause ends where the main verb comes.
      if (relative && predicateAfter(view, i, sentence)) return i;
    }
    if (w.text === ';') return i;
    if (CLAUSE_JOINERS.has(w.lower) && i > from + 1 && joinerStartsAttribution(view, i, sentence)) return words[i - 1]!.text === ',' ? i - 1 : i;
  }
  return sentence.last;
}

/**
 * The content span of words [from, to): trailing sentence punctuation is dropped,
 * but a closing quotation mark whose passage opened inside the content is kept
 * with what it closes ("… is “a great thing.”").
 */
export function contentSpan(view: DocumentView, from: number, to: number): Span | undefined {
  const words = view.words;
  if (from >= to) return undefined;
  const start = words[from]!.start;
  let k = to - 1;
  while (k >= from) {
    const w = words[k]!;
    if (w.passage >= 0 && w.kind === 'punct') {
      const passage = view.passages[w.passage]!;
      if (passage.markEnd === w.end && passage.markStart >= start) return { start, end: w.end };
    }
    if (!TRAILING_PUNCTUATION.test(w.text) || w.kind !== 'punct') break;
    k--;
  }
  if (k < from) return undefined;
  return { start, end: words[k]!.end };
}

/** Counts the words (not punctuation) in [from, to). */
export function countWords(view: DocumentView, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (view.words[i]!.kind !== 'punct') n++;
  return n;
}

/** Whether the word is a time word or time preposition ("on Monday", "yesterday"). */
export const isTimeWord = (w: Word): boolean => TIME.has(w.lower) || w.kind === 'number';
