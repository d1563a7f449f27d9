/**
 * Cue detection: which words of a sentence are reporting verbs (or "according
 * to") that can introduce an attribution. Without a part-of-speech tagger, a
 * form that is also a noun ("claims", "reports") needs verb evidence, and
 * forms after a determiner, after infinitival "to", inside a passive, or in a
 * relative clause on a medium noun ("a tweet that he posted") are not cues.
 */
import type { DocumentView, SentenceRange, Word } from './document-view.js';
import { CUE_VERBS, cueFormsOf, formsOf, nominalCueOf, type CueClass, type CueForm as VerbForm, type CueVerb } from './cue-verbs.js';
import { DETERMINERS, SPEAKER_PRONOUNS, BETWEEN_SPEAKER_AND_CUE, TIME_WORDS, wordSet } from './quote-words.js';

/**
 * How the cue was found: a reporting verb; "according to"; a headline colon ("Trump: …");
 * a passive reporting verb ("is expected to", "is said to"), or one whose agent "by" names the source
 * ("was endorsed by the Times"); a question ("Asked whether …, ").
 */
export type CueForm = 'verb' | 'according-to' | 'colon' | 'passive' | 'passive-by' | 'asked' | 'nominal' | 'in-poll';

export interface Cue {
  /** Word indices: first, and one past the last (two words for "point out", "according to"). */
  first: number;
  last: number;
  form: CueForm;
  lemma: string;
  /** The cue verb entry; undefined for "according to". */
  verb?: CueVerb;
  cueClass: CueClass;
  gerund: boolean;
}

const DETERMINER = wordSet(DETERMINERS);
/** A possessive before a noun of saying makes its possessor the source: "Trump's criticism", "his call". */
export const POSSESSIVES = new Set(['’s', "'s", '’', "'", 'his', 'her', 'their', 'its', 'our', 'my', 'whose']);
const ARTICLES = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those']);
const AUXILIARY = wordSet(BETWEEN_SPEAKER_AND_CUE);
const SUBJECT_PRONOUNS = new Set(SPEAKER_PRONOUNS.filter((p) => !p.possessive).map((p) => p.pronoun));
const PERFECT_AUXILIARIES = new Set(['has', 'have', 'had', "'ve", '’ve', "'d", '’d']);
const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', "'s", '’s']);
/** Nouns for statements; a reporting verb in a relative clause on one ("a tweet that he posted") only describes it. */
export const MEDIUM_NOUNS = new Set(['tweet', 'tweets', 'post', 'posts', 'statement', 'statements', 'letter', 'interview', 'speech', 'remarks', 'comments', 'message', 'video', 'email', 'op-ed', 'column', 'article', 'book', 'memo', 'testimony', 'release']);
const VERB_EVIDENCE_AFTER = new Set(['that', ':', 'whether', 'if']);
/** Documents, polls and records that "show", "find" and "report": a form after one is a verb. */
const EVIDENCE_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'report', 'reports', 'records', 'data', 'documents', 'filings', 'statistics', 'figures', 'numbers', 'results', 'analysis', 'research', 'emails', 'estimates', 'projections', 'tallies', 'returns', 'files', 'papers', 'video', 'videos', 'footage', 'photo', 'photos', 'images', 'tape', 'recording', 'transcript', 'transcripts']);
/** Words that open an object: after a name, a form that is also a noun is a verb when one follows ("Sanders backs the plan"). */
const OBJECT_STARTS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'him', 'them', 'us', 'me', 'you', 'it', 'for', 'on', 'this', 'these', 'those', 'itself', 'himself', 'herself', 'themselves']);
/** Plural and quantity subjects (polls report what groups want and support): a noun-or-verb form after one, with an object, is a verb. */
export const GROUP_SUBJECTS = new Set(['voters', 'people', 'americans', 'republicans', 'democrats', 'independents', 'conservatives', 'liberals', 'progressives', 'most', 'many', 'half', 'third', 'thirds', 'quarters', 'percent', 'majority', 'majorities', 'minority', 'others', 'critics', 'supporters', 'opponents', 'officials', 'members', 'residents', 'respondents', 'women', 'men', 'adults', 'voter', 'evangelicals', 'hispanics', 'latinos', 'whites', 'blacks', 'millennials', 'activists', 'lawmakers', 'leaders', 'delegates', 'donors', 'economists', 'experts', 'analysts', 'both', 'all', 'some', 'few', 'scholars', 'researchers', 'authorities', 'politicians', 'parents', 'immigrants', 'students', 'workers', 'investors', 'scientists']);
/** "three-quarters", "two-thirds" written as one word: a group subject like "half". */
const HYPHENATED_FRACTION = /^[a-z]+-(?:thirds|quarters|fifths|fourths)$/u;
/** Possessives before a form: "Trump's plans to …", "his hopes to …" are nouns. */
const POSSESSIVE_BEFORE = new Set(['’s', "'s", '’', "'", 'his', 'her', 'their', 'its', 'our', 'my', 'your']);

// The patterns the rules test word by word are constants: a regular expression literal in a function is a new object
// each time it is evaluated (garbage on every word).
const UPPER_START = /^\p{Lu}/u;
const ING_FORM = /.ing$/u;
const ING_END = /ing$/;
const LY_END = /ly$/;
const NEGATION_OR_ADVERB = /^(?:not|n['’]t|also|still|now|already|again|even|just)$/;
const GO_FORMS = /^(?:go|goes|went|going|gone)$/;
const POLL_NAME_PUNCT = /^[/'’-]|’s$/;
const POLL_QUALIFIER = /^(?:latest|new|same|recent|national|\d.*)$/u;
const HEADLINE_GROUP = /^(?:camp|campaign|poll|aides?|officials?|sources?)$/;
const isCapitalised = (w: Word): boolean => UPPER_START.test(w.text);
/** Punctuation that ends the clause of a parenthetical attribution: "…,” Bozell answers." */
const CLAUSE_ENDS = new Set(['.', ',', '!', '?', ';', '—', '–']);

/** The most words of a speaker phrase between a quotation and its verb: "“…,” a voice-over in the ad states." */
const MAX_PARENTHETICAL_SPEAKER_WORDS = 12;

/** Whether the words ending at `last` follow a quotation and its comma, with no clause between: "“…,” Viguerie" notes. */
function quoteBeforeSpeaker(words: readonly Word[], last: number, sentence: SentenceRange): boolean {
  let j = last;
  while (j > sentence.first && last - j < MAX_PARENTHETICAL_SPEAKER_WORDS && words[j - 1]!.passage < 0 && words[j - 1]!.text !== ',' && !AUXILIARY.has(words[j - 1]!.lower)) j--;
  if (j > sentence.first && words[j - 1]!.text === ',') j--;
  return j > sentence.first && words[j - 1]!.passage >= 0;
}

/** Whether a form that is also a noun is used as a verb here: a subject or auxiliary before, a complement after. */
function hasVerbEvidence(words: readonly Word[], i: number, sentence: SentenceRange, verb: CueVerb): boolean {
  const before = i > sentence.first ? words[i - 1]! : undefined;
  const after = i + 1 < sentence.last ? words[i + 1]! : undefined;
  // "more likely to support", "continued to question": an infinitive after a catenative.
  if (catenativeBefore(words, i) > 0) return true;
  // "Trump wants to …", "Sanders hopes to …", "the group plans to …": with its infinitive the form is a verb, unless a possessive makes it a noun.
  if (after?.lower === 'to' && verb.frames.includes('to') && before !== undefined && !POSSESSIVE_BEFORE.has(before.lower) && before.kind === 'word') return true;
  if (before && (SUBJECT_PRONOUNS.has(before.lower) || (AUXILIARY.has(before.lower) && !PASSIVE_AUXILIARIES.has(before.lower)))) return true;
  // "“…,” Viguerie notes.": a name between a quotation and the end of the clause makes the form its verb.
  if (before?.kind === 'word' && (after === undefined || CLAUSE_ENDS.has(after.text)) && quoteBeforeSpeaker(words, i - 1, sentence)) return true;
  if (verb.mostlyNoun) return false;
  if (headlineVerb(words, i, sentence, verb)) return true;
  // "Murphy wants more funding", "a review by The Times shows most of …", "Neither side wants conflict over …" (or after an appositive's
  // comma: "Todd Wilcox, a combat veteran, wants more …"): a third-person
  // form between a word that can end its subject and the determiner or quantifier that opens its object is the verb; a plural
  // noun is not followed by a second noun phrase's determiner ("news reports the …" does not occur), and after a preposition or
  // a conjunction the form is the head of a noun phrase ("amid reports the …" is rare and left out).
  if (before && after && words[i]!.lower === formsOf(verb)[1] && opensObject(words, i + 1) && (before.kind === 'word' || before.text === ',') && !POSSESSIVE_BEFORE.has(before.lower) && !NOT_SUBJECT_ENDS.has(before.lower)) return true;
  // "Smith claims that …": a name before and a complement after; "emails that …" after a common noun stays a noun.
  const nameBefore = before !== undefined && before.mention >= 0;
  // After a name, a form that is also a noun is a verb when its object follows: "Sanders backs Clinton", "Trump calls him", not "Clinton email scandal".
  const objectAfter = after !== undefined && (VERB_EVIDENCE_AFTER.has(after.lower) || after.passage >= 0 || after.mention >= 0 || SUBJECT_PRONOUNS.has(after.lower) || OBJECT_STARTS.has(after.lower) || (isCapitalised(after) && after.kind === 'word') || (after.kind === 'word' && after.text === after.lower && ING_FORM.test(after.lower) && after.lower.length > 5));
  if (nameBefore && objectAfter) return true;
  // "Sanders, meanwhile, hopes that …", "footage from the game shows that …": a complementizer after the form makes it a verb
  // (acceptForm has already refused it after an article; a possessive still makes it a noun: "Trump's claims that …").
  if (before !== undefined && after !== undefined && VERB_EVIDENCE_AFTER.has(after.lower) && after.lower !== ':' && (before.kind === 'word' || before.text === ',') && !POSSESSIVE_BEFORE.has(before.lower)) return true;
  // Documents and polls as subjects: "the reports show …", "…, fundraising documents show."
  // Number agreement with a group as subject: "voters want a switch", "about three-quarters support a ban", "most support it".
  if (before && after && (GROUP_SUBJECTS.has(before.lower) || HYPHENATED_FRACTION.test(before.lower)) && (objectAfter || (after.kind === 'word' && after.text === after.lower && after.lower !== 'of'))) return true;
  // Past adverbs: "voters overwhelmingly support the president", "who strongly support Mrs. Clinton"; and a plural
  // subject before the base form: "Democratic senators support reforming …" (train source F1 +0.0003).
  let k = i - 1;
  while (k > sentence.first && LY_END.test(words[k]!.lower) && words[k]!.lower.length > 4) k--;
  const subject = k >= sentence.first ? words[k]! : undefined;
  if (subject && objectAfter && (k < i - 1 || words[i]!.lower === verb.lemma)) {
    if (k < i - 1 && (GROUP_SUBJECTS.has(subject.lower) || SUBJECT_PRONOUNS.has(subject.lower) || subject.mention >= 0)) return true;
    if (subject.lower === 'who') return true;
    if (words[i]!.lower === verb.lemma && PLURAL_NOUN.test(subject.text)) return true;
  }
  // After one of these nouns the form is a verb whatever follows ("a poll shows upstart Sanders leading"), bar "of".
  const evidenceBefore = before !== undefined && EVIDENCE_NOUNS.has(before.lower);
  return evidenceBefore && after?.lower !== 'of';
}

/** The fewest capitalised long words that make a sentence a title-case headline. */
const MIN_HEADLINE_WORDS = 3;
/** Words of four letters or more: in a title-case headline all of them are capitalised. */
const LONG_WORD = /^\p{L}{4,}/u;

/** Whether every word of four letters or more in the sentence is capitalised, as in a title-case headline. */
function isTitleCase(words: readonly Word[], sentence: SentenceRange): boolean {
  let long = 0;
  for (let k = sentence.first; k < sentence.last; k++) {
    const w = words[k]!;
    if (w.kind !== 'word' || w.passage >= 0 || !LONG_WORD.test(w.text)) continue;
    if (!isCapitalised(w)) return false;
    long++;
  }
  return long >= MIN_HEADLINE_WORDS;
}

/**
 * "Pastor Wants Girl Scout Leaders To Be …", "Hillary Clinton Calls ISIS Violence …": in a title-case headline, which drops
 * articles and capitalises every word, a third-person form between a capitalised subject and a capitalised object (or "to")
 * is the headline's verb; a name ("Post", "Hope") is part of a mention instead.
 */
function headlineVerb(words: readonly Word[], i: number, sentence: SentenceRange, verb: CueVerb): boolean {
  const w = words[i]!;
  if (verb.mostlyNoun || verb.particle || w.mention >= 0 || i === sentence.first || w.lower !== formsOf(verb)[1] || !isCapitalised(w)) return false;
  const before = words[i - 1]!;
  const after = words[i + 1];
  if (before.kind !== 'word' || !isCapitalised(before) || !after || i + 1 >= sentence.last || !(after.kind === 'word' && (isCapitalised(after) || after.passage >= 0))) return false;
  // "Leaked Documents Reveal …": before a form that can only be a verb, the form is the noun heading its subject.
  const afterForms = cueFormsOf(after.lower);
  if (afterForms.length > 0 && afterForms.every((f) => !f.noun)) return false;
  return isTitleCase(words, sentence);
}

/** Determiners and quantifiers that open a noun phrase: after a verb form they open its object. */
const NOUN_PHRASE_OPENERS = new Set(['the', 'a', 'an', 'more', 'most', 'no', 'some', 'any', 'all', 'every', 'another', 'both', 'few', 'many', 'several', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'much', 'less', 'fewer']);
// (Not "each": "three credit reports each year", "the attacks each has made".)
/** Times and seasons after "this" or "these": "contests this winter" is a time adverbial, not an object. */
const TIMES_AFTER_DEMONSTRATIVE = new Set([...TIME_WORDS.words, 'winter', 'spring', 'summer', 'fall', 'autumn', 'season', 'cycle', 'days', 'weeks', 'months', 'years']);

/** Whether the word at j opens a noun phrase that can be an object: a determiner or quantifier, not a time adverbial ("this winter"). */
function opensObject(words: readonly Word[], j: number): boolean {
  // A name opens an object too, after a word ending the subject: "a recent post getting a lot of clicks shows Clinton retelling …"
  // (after a comma, "…, shows Sanders …" would read as an inverted speaker).
  if (words[j]!.mention >= 0) return words[j - 2]?.text !== ',';
  const w = words[j]!.lower;
  if (!NOUN_PHRASE_OPENERS.has(w)) return false;
  return !((w === 'this' || w === 'these') && TIMES_AFTER_DEMONSTRATIVE.has(words[j + 1]?.lower ?? ''));
}

/** Words that cannot end a subject: prepositions and conjunctions put a noun after them ("amid reports", "calls and emails"). */
const NOT_SUBJECT_ENDS = new Set(['in', 'on', 'at', 'of', 'for', 'with', 'by', 'from', 'about', 'amid', 'after', 'before', 'over', 'under', 'among', 'between', 'against', 'through', 'during', 'without', 'into', 'to', 'and', 'or', 'nor', 'but', 'than', 'as', 'like', 'despite', 'including', 'via', 'per']);

/** A plural noun that can be a subject: lower-case or capitalised, ending in -s but not -ss or -'s ("senators", "Republicans"). */
const PLURAL_NOUN = /^\p{L}[\p{Ll}-]{2,}[^s'’]s$/u;

/** Forms of "be" before an -ing form that make it a progressive, a finite verb with its own subject: "the senator is predicting". */
const PROGRESSIVE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', "'s", '’s', "'re", '’re', "'m", '’m', 'am']);

/** Whether the -ing form at i follows a form of "be" (past an adverb or "not"): "are showing", "was not saying", "is also calling". */
function isProgressive(words: readonly Word[], i: number, sentence: SentenceRange): boolean {
  let j = i - 1;
  while (j > sentence.first && (LY_END.test(words[j]!.lower) || NEGATION_OR_ADVERB.test(words[j]!.lower))) j--;
  return j >= sentence.first && PROGRESSIVE_AUXILIARIES.has(words[j]!.lower);
}

/**
 * Words before "to" whose infinitive keeps their subject and carries the attribution:
 * "tended to support", "more likely to say", "continues to believe", "began to see".
 */
const CATENATIVES = new Set(['likely', 'unlikely', 'tend', 'tends', 'tended', 'continue', 'continues', 'continued', 'continuing', 'begin', 'begins', 'began', 'start', 'starts', 'started', 'quick', 'able', 'unable', 'happy', 'eager', 'willing', 'ready', 'used', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'came', 'come', 'proceeded', 'refused', 'declined', 'decided', 'went']);

/** Aspect verbs that are cues of their own but hand the attribution to the cue after "to": "continued to question". */
const ASPECT_VERBS = new Set(['continue', 'continues', 'continued', 'continuing', 'begin', 'begins', 'began', 'start', 'starts', 'started']);

/** Whether the form at i follows "<catenative> to" ("tended to support"); returns the number of words to skip back, 0 if not. */
export function catenativeBefore(words: readonly Word[], i: number): number {
  if (goesOnTo(words, i)) return 3;
  return i >= 2 && words[i - 1]!.lower === 'to' && CATENATIVES.has(words[i - 2]!.lower) ? 2 : 0;
}

/** "went on to say": the reporting verb after "went on to" has the going verb's subject. */
export function goesOnTo(words: readonly Word[], i: number): boolean {
  return i >= 3 && words[i - 1]!.lower === 'to' && words[i - 2]!.lower === 'on' && GO_FORMS.test(words[i - 3]!.lower);
}

/** Whether the verb at i sits in a relative clause describing a medium noun: "the statement (that) he released". */
function inMediumRelativeClause(words: readonly Word[], i: number, sentence: SentenceRange): boolean {
  let j = i - 1;
  while (j > sentence.first && AUXILIARY.has(words[j]!.lower)) j--;
  // The relative clause's subject, which must be there: a pronoun or a one- or two-word name.
  if (!(j > sentence.first && (SUBJECT_PRONOUNS.has(words[j]!.lower) || isCapitalised(words[j]!)))) return false;
  j--;
  if (j > sentence.first && isCapitalised(words[j + 1]!) && isCapitalised(words[j]!)) j--;
  if (j >= sentence.first && (words[j]!.lower === 'that' || words[j]!.lower === 'which')) j--;
  return j >= sentence.first && MEDIUM_NOUNS.has(words[j]!.lower);
}

/**
 * Cue verbs that after "to" mostly name no attribution PolNeAR marks ("to see if …", "to show up", "to find a way", "to file
 * for …"): on PolNeAR train at most a third of their infinitives added a source found (see 6 of 25, show 4 of 13, find 0 of 8,
 * admit 1 of 7, wonder 0 of 6, promote 1 of 6, file 0 of 6, sign 0 of 3).
 */
const NOT_CUES_AFTER_TO = new Set(['see', 'show', 'find', 'admit', 'wonder', 'promote', 'file', 'sign']);

function acceptForm(words: readonly Word[], i: number, form: VerbForm, sentence: SentenceRange): number {
  const verb = form.verb;
  let last = i + 1;
  if (verb.particle) {
    if (words[i + 1]?.lower !== verb.particle) return 0;
    last = i + 2;
  }
  let before = i > sentence.first ? words[i - 1]! : undefined;
  // After an article or a possessive a form is a noun ("the report", "his claims"); after a quantifier
  // only a form that can be a noun is ("two reports"), while "two said", "most believe" are verbs.
  if (before && (ARTICLES.has(before.lower) || (form.noun && DETERMINER.has(before.lower) && before.lower !== 'that'))) return 0;
  // "has been widely condemned": look past an adverb for the auxiliary.
  if (before && LY_END.test(before.lower) && i - 1 > sentence.first) before = words[i - 2]!;
  // "went on Twitter to applaud the announcement", "will come on the show to talk about …", "urged the party to endorse …": the bare
  // form after "to" is an infinitive, a cue whose speaker is its clause's subject (attribution-patterns.ts speakerBefore).
  const infinitive = before?.lower === 'to' && form.form === verb.lemma && !form.gerund && !NOT_CUES_AFTER_TO.has(verb.lemma);
  if (infinitive) return last;
  if (before && (before.lower === 'to' || before.lower === 'of') && catenativeBefore(words, i) === 0) return 0;
  if (form.noun && !hasVerbEvidence(words, i, sentence, verb)) return 0;
  // "an impassioned call for": a determiner and an adjective before a form that can be a noun.
  if (form.noun && verb.particle && i - 2 >= sentence.first && DETERMINER.has(words[i - 2]!.lower) && words[i - 2]!.lower !== 'that') return 0;
  if (form.participleOnly && !(before && PERFECT_AUXILIARIES.has(before.lower))) return 0;
  // A past participle after a form of "be" is passive ("was asked", "is expected"): no speaker in subject position.
  if (before && PASSIVE_AUXILIARIES.has(before.lower) && !form.gerund && form.form !== verb.lemma) return 0;
  if (inMediumRelativeClause(words, i, sentence)) return 0;
  if (verb.participleModifies && modifiesNounBefore(words, i, form, before)) return 0;
  // "the nominating contest", "the first nominating convention": the form is an adjective on the noun after it.
  if (form.gerund && EVENT_NOUNS.has(words[i + 1]?.lower ?? '')) return 0;
  return last;
}

const TIME = wordSet(TIME_WORDS);
/** Nouns of an election's events that a form in -ing before them describes: "nominating contest", "nominating convention". */
const EVENT_NOUNS = new Set(['contest', 'contests', 'convention', 'conventions', 'process', 'system', 'battle', 'campaign', 'race', 'season', 'calendar', 'votes', 'states', 'matchups', 'fight']);

/** "a bill aimed at …": a past participle right after a lower-case noun (no auxiliary, pronoun, adverb or time between). */
function modifiesNounBefore(words: readonly Word[], i: number, form: VerbForm, before: Word | undefined): boolean {
  if (form.gerund || form.form !== formsOf(form.verb)[4] || !before || before !== words[i - 1]) return false;
  const w = before.lower;
  return before.kind === 'word' && before.text === w && !AUXILIARY.has(w) && !SUBJECT_PRONOUNS.has(w) && !TIME.has(w) && !LY_END.test(w) && w !== 'who' && w !== 'which' && w !== 'that';
}

/** The cues of a sentence, in order; a word inside a quoted passage is never a cue (it belongs to the quoted speaker). */
const isNounForm = (f: VerbForm): boolean => f.noun;
const byFirst = (a: Cue, b: Cue): number => a.first - b.first;

export function findCues(view: DocumentView, sentence: SentenceRange): Cue[] {
  const words = view.words;
  const cues: Cue[] = [];
  for (let i = sentence.first; i < sentence.last; i++) {
    const w = words[i]!;
    if (w.kind !== 'word' || w.passage >= 0) continue;
    if (w.lower === 'according' && words[i + 1]?.lower === 'to') {
      cues.push({ first: i, last: i + 2, form: 'according-to', lemma: 'according to', cueClass: 'speech', gerund: false });
      i++;
      continue;
    }
    if (w.lower === 'in' && pollAfter(words, i, sentence) > 0) {
      cues.push({ first: i, last: i + 1, form: 'in-poll', lemma: 'in', cueClass: 'evidence', gerund: false });
      continue;
    }
    if (isAskedQuestion(words, i, sentence)) {
      cues.push({ first: i, last: i + 1, form: 'asked', lemma: 'ask', verb: ASK, cueClass: 'speech', gerund: false });
      continue;
    }
    const nominal = nominalCueOf(w.lower);
    if (nominal && i > sentence.first && POSSESSIVES.has(words[i - 1]!.lower) && opensComplement(words, i + 1, nominal.complements)) {
      cues.push({ first: i, last: i + 1, form: 'nominal', lemma: nominal.noun, cueClass: nominal.class, gerund: false });
      continue;
    }
    // "His view is that …", "Trump's argument was that …": the noun and its copula are the cue, the that-clause the content.
    if (nominal && i > sentence.first && POSSESSIVES.has(words[i - 1]!.lower) && COPULAS.has(words[i + 1]?.lower ?? '') && words[i + 2]?.lower === 'that') {
      cues.push({ first: i, last: i + 2, form: 'nominal', lemma: nominal.noun, cueClass: nominal.class, gerund: false });
      i++;
      continue;
    }
    const light = lightVerbCue(words, i, sentence);
    if (light) {
      cues.push({ first: i, last: light.end, form: 'verb', lemma: light.verb.lemma, verb: light.verb, cueClass: light.verb.class, gerund: ING_END.test(w.lower) && !isProgressive(words, i, sentence) });
      i = light.end - 1;
      continue;
    }
    const passive = passiveReport(words, i, sentence);
    if (passive) {
      cues.push({ first: i, last: i + 1, form: 'passive', lemma: passive, cueClass: 'thought', gerund: false });
      continue;
    }
    const agentive = passiveWithAgent(words, i, sentence);
    if (agentive) {
      // "a statement issued by the campaign": a passive with its agent is no active verb, and for these verbs no cue at all.
      if (!NOT_AGENTIVE_CUES.has(agentive.lemma)) cues.push({ first: i, last: i + 1, form: 'passive-by', lemma: agentive.lemma, verb: agentive, cueClass: agentive.class, gerund: false });
      continue;
    }
    // Inside a sentence, a capitalised form is a name ("Post", "Hope") unless it can only be a verb ("Clinton Says …" in a title).
    if (i > sentence.first && isCapitalised(w) && (w.mention >= 0 || cueFormsOf(w.lower).some(isNounForm)) && !cueFormsOf(w.lower).some((f) => headlineVerb(words, i, sentence, f.verb))) continue;
    // "continued to question whether …": the catenative hands the attribution to the cue after "to".
    if (ASPECT_VERBS.has(w.lower) && words[i + 1]?.lower === 'to' && i + 2 < sentence.last && cueFormsOf(words[i + 2]!.lower).length > 0) continue;
    for (const form of cueFormsOf(w.lower)) {
      const last = acceptForm(words, i, form, sentence);
      if (last === 0) continue;
      const gerund = form.gerund && !isProgressive(words, i, sentence);
      cues.push({ first: i, last, form: 'verb', lemma: form.verb.particle ? `${form.verb.lemma} ${form.verb.particle}` : form.verb.lemma, verb: form.verb, cueClass: form.verb.class, gerund });
      i = last - 1;
      break;
    }
  }
  const colon = headlineColon(words, sentence);
  if (colon >= 0) cues.unshift({ first: colon, last: colon + 1, form: 'colon', lemma: ':', cueClass: 'speech', gerund: false });
  for (let i = sentence.first + 1; i < sentence.last; i++) {
    // "From the report: “…”", "- Philip Bump: “…”": a colon right before a quotation introduces it
    // (in the next paragraph when the colon ends this one).
    if (i === colon || words[i]!.text !== ':' || words[i]!.passage >= 0 || (words[i + 1]?.passage ?? -1) < 0 || words[i - 1]!.kind !== 'word') continue;
    if (cues.some((c) => c.first < i && i - c.last <= 1)) continue;
    cues.push({ first: i, last: i + 1, form: 'colon', lemma: ':', cueClass: 'speech', gerund: false });
  }
  return cues.sort(byFirst);
}

/** Whether the word at i opens one of a nominal cue's complements; "not to" opens a negated infinitive ("the decision not to fund …"). */
function opensComplement(words: readonly Word[], i: number, complements: readonly string[]): boolean {
  const w = words[i]?.lower ?? '';
  return complements.includes(w) || (w === 'not' && words[i + 1]?.lower === 'to' && complements.includes('to'));
}

/** Copulas between a noun of saying and its that-clause: "his view is that …". */
const COPULAS = new Set(['is', 'was', 'remains', 'remained']);

const ASK = CUE_VERBS.find((v) => v.id === 'ask');

/** "made the case that …", "made comments about …", "made no mention of …": saying with a light verb and a noun of saying. */
const MAKE_STATEMENT: CueVerb = {
  id: 'make-statement', lemma: 'make', class: 'speech', frames: ['clause', 'about', 'on', 'against', 'of', 'to'],
  reason: 'A light verb with a noun of saying says as much as the verb would ("made the point that …" = "pointed out that …").',
};
const MAKE_FORMS = new Set(['make', 'makes', 'made', 'making']);
/** Nouns of saying after "make": the pair is a cue. */
const STATEMENT_NOUNS = new Set(['case', 'point', 'points', 'observation', 'comment', 'comments', 'remark', 'remarks', 'statement', 'statements', 'allegation', 'allegations', 'argument', 'arguments', 'claim', 'claims', 'accusation', 'accusations', 'promise', 'promises', 'pledge', 'mention', 'announcement', 'appeal', 'plea', 'pitch', 'prediction', 'predictions', 'assertion', 'assertions', 'suggestion', 'threat', 'threats', 'charge', 'charges']);
/** Words between a light verb and its noun: "made several controversial statements", "made no mention", "took a swipe at". */
const MAX_LIGHT_GAP = 3;

/**
 * "took aim at …", "took issue with …", "took a swipe at …": a stance taken with a light verb and a noun of attack
 * (train halves, rules only source F1 A 0.7800 -> 0.7810, B 0.7751 -> 0.7754; "gave a speech", "gave assurances" and
 * the like read the same way: 0 and +0.0001, left out).
 */
const TAKE_STANCE: CueVerb = {
  id: 'take-stance', lemma: 'take', class: 'stance', frames: ['at', 'object'],
  reason: 'A light verb with a noun of attack or objection states a stance as the verb would ("took aim at Clinton" = "attacked Clinton"; "took issue with the report").',
};
const TAKE_FORMS = new Set(['take', 'takes', 'took', 'taking', 'taken']);
/** Nouns of attack and objection after "take": the pair is a cue. */
const STANCE_NOUNS = new Set(['aim', 'issue', 'shot', 'shots', 'swipe', 'swipes', 'jab', 'jabs', 'whack', 'potshot', 'potshots', 'exception', 'offense', 'offence', 'credit', 'stand', 'stance', 'position']);

/** A light verb, its forms, and the nouns that make the pair a cue of the verb's class. */
interface LightVerb {
  verb: CueVerb;
  forms: ReadonlySet<string>;
  nouns: ReadonlySet<string>;
}
/** Tried in this order at each word: "make" + noun of saying, "take" + noun of attack. */
const LIGHT_VERBS: readonly LightVerb[] = [
  { verb: MAKE_STATEMENT, forms: MAKE_FORMS, nouns: STATEMENT_NOUNS },
  { verb: TAKE_STANCE, forms: TAKE_FORMS, nouns: STANCE_NOUNS },
];

/**
 * A light-verb cue at i: "make"/"take" + (determiner, adjectives) + its noun, with the index one past the noun; no
 * quoted passage or punctuation between them.
 */
function lightVerbCue(words: readonly Word[], i: number, sentence: SentenceRange): { verb: CueVerb; end: number } | undefined {
  const light = LIGHT_VERBS.find((l) => l.forms.has(words[i]!.lower));
  if (!light) return undefined;
  for (let j = i + 1; j < Math.min(sentence.last, i + 2 + MAX_LIGHT_GAP); j++) {
    const w = words[j]!;
    if (w.passage >= 0 || w.kind === 'punct') return undefined;
    if (light.nouns.has(w.lower)) return { verb: light.verb, end: j + 1 };
  }
  return undefined;
}

/** Nouns for polls and surveys: "in a CNN poll" names where a finding comes from. */
const POLL_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys', 'polling']);
/** The most words of a poll's name between "in" and its noun: "in an NBC News/Wall Street Journal poll". */
const MAX_POLL_NAME_WORDS = 8;

/**
 * "in a Des Moines Register poll", "in the latest YouGov/Economist survey": the poll is
 * the source of the finding the sentence reports (PolNeAR annotates "in" as the cue).
 * Returns the index one past the poll noun, or 0.
 */
export function pollAfter(words: readonly Word[], i: number, sentence: SentenceRange): number {
  for (let j = i + 1; j < Math.min(sentence.last, i + 2 + MAX_POLL_NAME_WORDS); j++) {
    const w = words[j]!;
    if (w.passage >= 0 || (w.kind === 'punct' && !POLL_NAME_PUNCT.test(w.text))) return 0;
    // A named or dated poll ("a CNN poll", "the latest YouGov survey"), not the generic "in the polls".
    if (POLL_NOUNS.has(w.lower)) return words.slice(i + 1, j).some((x) => UPPER_START.test(x.text) || POLL_QUALIFIER.test(x.lower)) ? j + 1 : 0;
  }
  return 0;
}

/** Words before "asked" that make it the question put to someone: "when asked about …", "was asked whether …". */
const ASKED_OPENERS = new Set(['when', 'if', 'after', 'before', 'once', 'was', 'were', 'been', 'being', 'is', 'are']);
/** Words after "asked" that start the question: "asked about", "asked whether", "asked to name", and its asker: "asked by a reporter whether". */
const QUESTION_STARTS = new Set(['about', 'whether', 'if', 'to', 'what', 'who', 'why', 'how', 'when', 'where', 'which', 'for', 'a', 'an', 'the', 'by']);

/** "Asked about …," opening a sentence, or "when asked whether …", "was asked to …": a question put to someone. */
function isAskedQuestion(words: readonly Word[], i: number, sentence: SentenceRange): boolean {
  const w = words[i]!;
  if (w.lower !== 'asked') return false;
  if (i === sentence.first) return w.text === 'Asked';
  const next = words[i + 1];
  // "was asked by a caller why …" is a passive with its agent (passive-agent); "when asked by a reporter whether …" opens a question.
  if (next?.lower === 'by' && PASSIVE_AUXILIARIES.has(words[i - 1]!.lower)) return false;
  return next !== undefined && QUESTION_STARTS.has(next.lower) && ASKED_OPENERS.has(words[i - 1]!.lower);
}

/**
 * Passive reporting verbs: "is expected to", "was said to", "are widely seen as", "it is
 * believed that": what is attributed is the subject and the infinitive; whose view it is
 * the text does not say. Participle → lemma.
 */
export const PASSIVE_REPORTING: ReadonlyMap<string, string> = new Map([
  ['expected', 'expect'], ['said', 'say'], ['believed', 'believe'], ['reported', 'report'], ['rumored', 'rumor'], ['rumoured', 'rumour'],
  ['thought', 'think'], ['known', 'know'], ['seen', 'see'], ['considered', 'consider'], ['viewed', 'view'], ['alleged', 'allege'],
  ['understood', 'understand'], ['estimated', 'estimate'], ['projected', 'project'], ['predicted', 'predict'], ['feared', 'fear'],
  ['deemed', 'deem'], ['regarded', 'regard'], ['described', 'describe'],
]);
const PASSIVE_COMPLEMENTS = new Set(['to', 'as', 'that']);

function passiveReport(words: readonly Word[], i: number, sentence: SentenceRange): string | undefined {
  const lemma = PASSIVE_REPORTING.get(words[i]!.lower);
  if (!lemma || !PASSIVE_COMPLEMENTS.has(words[i + 1]?.lower ?? '')) return undefined;
  let j = i - 1;
  if (j > sentence.first && LY_END.test(words[j]!.lower)) j--;
  return j >= sentence.first && PASSIVE_AUXILIARIES.has(words[j]!.lower) ? lemma : undefined;
}

/** Words that may stand between a passive auxiliary and its participle: "was first reported", "has been widely criticized". */
const BEFORE_PARTICIPLE = new Set(['not', 'never', 'also', 'first', 'often', 'since', 'long', 'both', 'all', 'later', 'once', 'already', 'still', 'even', 'ever']);
/** The most words between a passive participle and the "by" of its agent: "was seen by some as …", "has been attacked on the speeches by …". */
const MAX_WORDS_BEFORE_AGENT = 3;
/** Words after "by" that open a means, a margin or a time, not an agent: "by phone", "by a wide margin", "by Friday". */
const NOT_AGENTS = new Set(['phone', 'telephone', 'email', 'mail', 'far', 'then', 'now', 'default', 'hand', 'law', 'nature', 'design', 'comparison', 'contrast', 'itself', 'himself', 'herself', 'themselves', 'name', 'video', 'satellite']);
/**
 * Cue verbs whose passive with an agent is rarely an attribution in PolNeAR train: documents issued, filed, published,
 * posted, signed or presented by someone ("a statement issued by the campaign"), and verbs that are cues only with a clause.
 */
const NOT_AGENTIVE_CUES = new Set(['issue', 'publish', 'file', 'post', 'sign', 'present', 'offer', 'continue', 'decide', 'explain', 'inform', 'maintain', 'list', 'identify', 'cite', 'express', 'proclaim']);
/** A day or a number after "by" is a deadline or a margin: "by Friday", "by 5 to 4". */
const TIME_START = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d.*)$/u;

/**
 * The index of the "by" that names the agent of the passive participle at i, or -1: a few words
 * after it at most, with no punctuation, quotation or clause word between.
 */
export function agentBy(words: readonly Word[], i: number, sentence: SentenceRange): number {
  for (let j = i + 1; j < Math.min(sentence.last - 1, i + 2 + MAX_WORDS_BEFORE_AGENT); j++) {
    const w = words[j]!;
    if (w.lower === 'by') {
      const next = words[j + 1]!;
      // "responded by saying …", "concluded by making it clear …": "by" before a gerund is a means, and the verb is active.
      const means = ING_END.test(next.lower) && next.text === next.lower;
      // "was rejected by 64 percent of the electorate": a share of a group is an agent too (train: 2 sources found, none lost).
      const share = next.kind === 'number' && /^(?:percent|%)$/u.test(words[j + 2]?.lower ?? '');
      return (next.kind === 'word' || share) && next.passage < 0 && !means && !NOT_AGENTS.has(next.lower) && (share || !TIME_START.test(next.lower)) ? j : -1;
    }
    if (w.kind !== 'word' || w.passage >= 0 || w.lower === 'that' || w.lower === 'to' || PASSIVE_AUXILIARIES.has(w.lower)) return -1;
  }
  return -1;
}

/**
 * "Clinton has been attacked on the speeches by Bernie Sanders", "the meeting was first reported by Politico",
 * "a call echoed by Japan": a past participle of a cue verb after a form of "be" (or right after its noun),
 * with "by" and its agent after it. The agent is the source, the subject what the attribution is about
 * (PolNeAR annotates both).
 */
function passiveWithAgent(words: readonly Word[], i: number, sentence: SentenceRange): CueVerb | undefined {
  const w = words[i]!;
  if (i === sentence.first) return undefined;
  const verb = cueFormsOf(w.lower).find((f) => !f.gerund && !f.verb.particle && f.form !== f.verb.lemma && (formsOf(f.verb)[4] === f.form || formsOf(f.verb)[2] === f.form))?.verb;
  if (!verb) return undefined;
  const by = agentBy(words, i, sentence);
  if (by < 0) return undefined;
  // "was first reported", "has been widely criticized": a form of "be" before the participle, past adverbs.
  for (let j = i - 1; j >= sentence.first; j--) {
    const lower = words[j]!.lower;
    if (PASSIVE_AUXILIARIES.has(lower)) return verb;
    if (!(LY_END.test(lower) || BEFORE_PARTICIPLE.has(lower))) break;
  }
  // A participle right after its noun ("a call echoed by Japan"), only with "by" right after it.
  const before = words[i - 1]!;
  return by === i + 1 && before.kind === 'word' && before.passage < 0 && !AUXILIARY.has(before.lower) && !PERFECT_AUXILIARIES.has(before.lower) && before.lower !== 'to' ? verb : undefined;
}

/** The most words a headline speaker before a colon has: "Former Florida Gov. Jeb Bush: …". */
const MAX_HEADLINE_SPEAKER_WORDS = 6;
/** Words that join a headline's speaker phrase: "Party of Lincoln", and a hearer or place after the name ("Clinton to Planned Parenthood:", "Mukasey at RNC:", "Gillibrand on …:"; train +3 sources found, none lost). */
const NAME_GLUE = new Set(['of', 'the', 'and', '’s', "'s", '-', '.', 'to', 'at', 'on']);

/** The index of a headline colon ("Clinton camp: Trump's rhetoric threatens security"), or -1. */
export function headlineColon(words: readonly Word[], sentence: SentenceRange): number {
  const limit = Math.min(sentence.last - 2, sentence.first + MAX_HEADLINE_SPEAKER_WORDS + 1);
  for (let i = sentence.first + 1; i <= limit; i++) {
    const w = words[i]!;
    if (w.text === ':' && w.passage < 0) return isCapitalised(words[sentence.first]!) ? i : -1;
    if (w.passage >= 0 || !(isCapitalised(w) || w.mention >= 0 || NAME_GLUE.has(w.lower) || (w.kind === 'word' && i > sentence.first && HEADLINE_GROUP.test(w.lower)))) return -1;
  }
  return -1;
}
