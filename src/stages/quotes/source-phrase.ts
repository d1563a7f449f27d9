/**
 * The speaker phrase of an attribution as the text writes it: the noun phrase
 * before the cue ("Al-Sadr said", "The leader of the movement, Muqtada al-Sadr,
 * on Wednesday warned") or after it ("…,” said the minister"). Without a
 * part-of-speech tagger the phrase is read from entity mentions, capitals,
 * closed-class words and the cue lexicon.
 */
import type { DocumentView, SentenceRange, Word } from './document-view.js';
import {
  BETWEEN_SPEAKER_AND_CUE,
  DETERMINERS,
  ORG_ROLE_NOUNS,
  PERSON_ROLE_NOUNS,
  RELATIVE_PRONOUNS,
  SOURCE_BOUNDARIES,
  SPEAKER_PRONOUNS,
  TIME_PREPOSITIONS,
  TIME_WORDS,
  wordSet,
} from './quote-words.js';
import { cueFormsOf } from './cue-verbs.js';
import { catenativeBefore } from './cues.js';

const BETWEEN = wordSet(BETWEEN_SPEAKER_AND_CUE);
const TIME = wordSet(TIME_WORDS);
const TIME_PREPS = wordSet(TIME_PREPOSITIONS);
const BOUNDARIES = wordSet(SOURCE_BOUNDARIES);
const DETERMINER = wordSet(DETERMINERS);
const RELATIVE = wordSet(RELATIVE_PRONOUNS);
const ROLE_NOUNS = wordSet(PERSON_ROLE_NOUNS, ORG_ROLE_NOUNS);
const PRONOUNS = new Set(SPEAKER_PRONOUNS.filter((p) => !p.possessive).map((p) => p.pronoun));

/** Punctuation that closes an appositive or relative clause between speaker and cue. */
const APPOSITIVE_CLOSERS = new Set([',', ')', '—', '–']);
const DASHES = new Set(['—', '–']);
/** The longest appositive or relative clause read between a speaker and the cue, in tokens. */
const MAX_APPOSITIVE_WORDS = 50;
/** Finite verbs: a run of words with one is a clause, not a speaker's noun phrase. */
const CLAUSE_VERBS = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'do', 'does', 'did']);
/** Prepositions whose object, before a comma, belongs to an adverbial rather than to the speaker. */
const PREPOSITIONS = new Set(['in', 'at', 'of', 'from', 'near', 'to', 'for', 'on', 'during', 'outside', 'inside', 'with', 'by']);
/** How many commas inside an adverbial between speaker and cue are passed ("in Columbus, Ohio,"). */
const MAX_ADVERBIAL_COMMAS = 2;
/** A noun phrase longer than this many words is not read as a speaker: the walk has run into a clause. */
const MAX_SOURCE_WORDS = 8;
/** Words taken before an entity mention for its title or role ("Prime Minister", "Iraqi cleric"). */
const MAX_TITLE_WORDS = 4;

export interface SourcePhrase {
  /** Word indices: first, and one past the last. */
  first: number;
  last: number;
  /** For a relative pronoun ("Cruz, who said"), the phrase it stands for. */
  antecedent?: { first: number; last: number };
}

const isCapitalised = (w: Word): boolean => w.kind === 'word' && /^\p{Lu}/u.test(w.text);
const isPunct = (w: Word): boolean => w.kind === 'punct';
/** Adverbs in -ly, which may stand anywhere between subject and verb ("he repeatedly said"). */
export const isLyAdverb = (w: Word): boolean => w.kind === 'word' && w.lower.length > 4 && w.lower.endsWith('ly') && w.text === w.lower;
export const isPronoun = (w: Word): boolean => PRONOUNS.has(w.lower);
export const isCueWord = (w: Word): boolean => cueFormsOf(w.lower).length > 0;
/** A cue form that is never a noun: it ends a noun phrase ("report" and "claims" may be inside one). */
const isVerbOnly = (w: Word): boolean => {
  const forms = cueFormsOf(w.lower);
  return forms.length > 0 && forms.every((f) => !f.noun);
};

/** Names that contain a time word ("Time announces", "The Times reported") are speakers, not time adverbials. */
const NAMED_TYPES: ReadonlySet<string> = new Set(['PERSON', 'ORG', 'NORP', 'GPE']);
const isTimeAdverb = (view: DocumentView, w: Word): boolean => TIME.has(w.lower) && !(w.mention >= 0 && NAMED_TYPES.has(view.mentions[w.mention]!.entity.type));

/** Words between speaker and verb ("they both said") that are the whole subject when they open the sentence. */
const QUANTIFIER_SUBJECTS = new Set(['both', 'all', 'each']);

/** Adverbial phrases that stand between a subject and its verb: "critics have in particular noted", "Beck, who has in the past described". */
const ADVERBIAL_PHRASES: readonly (readonly string[])[] = [['in', 'particular'], ['in', 'the', 'past'], ['in', 'fact'], ['in', 'turn'], ['of', 'course'], ['at', 'least'], ['at', 'first'], ['for', 'years'], ['for', 'now'], ['by', 'contrast'], ['in', 'private'], ['in', 'public']];

/** The adverbial phrases by their last word: most words end none, and one lookup rules them out. */
const ADVERBIAL_PHRASES_BY_LAST = new Map<string, (readonly string[])[]>();
for (const phrase of ADVERBIAL_PHRASES) {
  const last = phrase[phrase.length - 1]!;
  ADVERBIAL_PHRASES_BY_LAST.set(last, [...(ADVERBIAL_PHRASES_BY_LAST.get(last) ?? []), phrase]);
}

/** The number of words of an adverbial phrase ending at word i, or 0. */
function adverbialPhraseEndingAt(view: DocumentView, i: number, sentence: SentenceRange): number {
  for (const phrase of ADVERBIAL_PHRASES_BY_LAST.get(view.words[i]!.lower) ?? []) {
    const first = i - phrase.length + 1;
    if (first <= sentence.first) continue;
    if (phrase.every((p, k) => view.words[first + k]!.lower === p)) return phrase.length;
  }
  return 0;
}

/** Adverbs not in -ly that stand between a subject and its verb: "Mr. Trump … seldom speaks of", "O'Donnell … instead portrayed". */
const ADVERBS = new Set(['meanwhile', 'seldom', 'instead', 'otherwise', 'nonetheless', 'nevertheless', 'therefore', 'thus', 'indeed', 'sometimes']);
/** Units of a span of time counted back from now: "two weeks ago". */
const AGO_UNITS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'decade', 'decades']);
/** Words that count or bound the units before "ago": "a few weeks ago", "less than two weeks ago", "just days ago". */
const AGO_COUNTS = new Set(['a', 'few', 'several', 'some', 'many', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'less', 'more', 'than', 'about', 'just', 'only', 'nearly', 'almost']);

/** A year written as a number: "in 2009". */
const isYear = (w: Word): boolean => w.kind === 'number' && /^(?:1[89]|20)\d\d$/u.test(w.text);

/** The number of words of a time adverbial in "ago" ending at word i ("less than two weeks ago"), or 0. */
function timeAgoLength(view: DocumentView, i: number, sentence: SentenceRange): number {
  if (view.words[i]!.lower !== 'ago' || i - 1 <= sentence.first || !AGO_UNITS.has(view.words[i - 1]!.lower)) return 0;
  let first = i - 1;
  while (first - 1 > sentence.first && (AGO_COUNTS.has(view.words[first - 1]!.lower) || view.words[first - 1]!.kind === 'number')) first--;
  return i - first + 1;
}

/** Skips back over auxiliaries, adverbs and time adverbials before a cue; returns the index of the last speaker word candidate. */
export function skipBackToSubject(view: DocumentView, from: number, sentence: SentenceRange): number {
  let i = from;
  // "X went on to say": the subject is before "went on to".
  // "X tended to support", "X is more likely to say": the subject is before the catenative.
  i -= catenativeBefore(view.words, i + 1);
  while (i >= sentence.first) {
    const w = view.words[i]!;
    const phrase = adverbialPhraseEndingAt(view, i, sentence);
    if (phrase > 0) {
      i -= phrase;
      continue;
    }
    // "proponents of more controls here say", "her campaign workers here said": "here" after the subject is an adverb.
    if (BETWEEN.has(w.lower) || isLyAdverb(w) || (w.lower === 'here' && i > sentence.first)) {
      // "Both think …", "All agreed …": a quantifier opening the sentence is the subject itself.
      if (i === sentence.first && QUANTIFIER_SUBJECTS.has(w.lower)) break;
      i--;
      continue;
    }
    // "and most recently defended": a degree word before an adverb in -ly belongs to it.
    if ((ADVERBS.has(w.lower) || (w.lower === 'most' && i < from && isLyAdverb(view.words[i + 1]!))) && i > sentence.first) {
      i--;
      continue;
    }
    // "The State Department less than two weeks ago said", "an executive at the Clinton Foundation in 2009 sought".
    const ago = timeAgoLength(view, i, sentence);
    if (ago > 0) {
      i -= ago;
      continue;
    }
    if (isTimeAdverb(view, w) || (w.kind === 'number' && i > sentence.first && (TIME.has(view.words[i - 1]!.lower) || (isYear(w) && TIME_PREPS.has(view.words[i - 1]!.lower))))) {
      i--;
      // "Trump at the time said": a determiner between the preposition and the time word.
      if (i > sentence.first && DETERMINER.has(view.words[i]!.lower) && TIME_PREPS.has(view.words[i - 1]!.lower)) i--;
      if (i >= sentence.first && TIME_PREPS.has(view.words[i]!.lower)) i--;
      continue;
    }
    break;
  }
  return i;
}

/** The speaker phrase ending at word `end` (inclusive), walking back to the start of the noun phrase. */
export function phraseEndingAt(view: DocumentView, end: number, sentence: SentenceRange): SourcePhrase | undefined {
  const phrase = nounPhraseEndingAt(view, end, sentence);
  if (!phrase) return undefined;
  const words = view.words;
  // "supporters of Clinton": a phrase read from a name back to "of" goes on to the noun before it.
  if (words[phrase.first]!.lower === 'of' && phrase.first > sentence.first) {
    const head = nounPhraseEndingAt(view, phrase.first - 1, sentence);
    return head ? { first: head.first, last: phrase.last } : { first: phrase.first + 1, last: phrase.last };
  }
  // A date or a time is never a speaker ("Oct. 23", "the 20th century").
  if (isTimePhrase(view, phrase)) return undefined;
  // A phrase ending in an article or a possessive ("a" in "a personally signed tweet") is cut before its noun: no speaker.
  if (ARTICLES.has(words[phrase.last - 1]!.lower)) return undefined;
  return phrase;
}

/**
 * Past participles that open a reduced relative clause on the speaker ("The RSF, led by Mohamed Hamdan Dagalo, said"):
 * like "who", the clause describes the speaker, and a name inside it ("Dagalo") is not the one speaking.
 */
const PARTICIPLE_OPENERS = new Set(['led', 'headed', 'backed', 'founded', 'chaired', 'run', 'owned', 'based', 'funded', 'sponsored', 'supported', 'known', 'accused', 'elected', 'appointed', 'named', 'dubbed']);

/** A hyphen with no space on either side, between two words ("U.S.-led"): one compound word as the text writes it. */
const isGluedHyphen = (hyphen: Word, before: Word, after: Word): boolean =>
  (hyphen.text === '-' || hyphen.text === '‐') && before.kind !== 'punct' && before.end === hyphen.start && hyphen.end === after.start && hyphen.passage < 0;

/** Articles and possessives, which never end a noun phrase. */
const ARTICLES = new Set(['the', 'a', 'an', 'his', 'its', 'their', 'our', 'my', 'your', 'every', 'no']);

/** A phrase whose head (its last word, or a number after a time word: "Oct. 23") is a time: "last week", "the 20th century"; not "the planning for Thursday's meeting". */
function isTimePhrase(view: DocumentView, phrase: SourcePhrase): boolean {
  const isTime = (w: Word): boolean => w.mention < 0 && (TIME.has(w.lower) || /^(?:\d+(?:st|nd|rd|th)|century|decade)$/.test(w.lower));
  const head = view.words[phrase.last - 1]!;
  if (isTime(head)) return true;
  if (head.kind !== 'number') return false;
  for (let i = phrase.first; i < phrase.last - 1; i++) if (isTime(view.words[i]!)) return true;
  return false;
}

function nounPhraseEndingAt(view: DocumentView, end: number, sentence: SentenceRange): SourcePhrase | undefined {
  const words = view.words;
  const last = words[end];
  if (!last || last.passage >= 0 || isPunct(last) || (BOUNDARIES.has(last.lower) && last.mention < 0)) return undefined;
  if (isPronoun(last)) return { first: end, last: end + 1 };
  if (last.mention >= 0) {
    const mention = view.mentions[last.mention]!;
    let first = Math.max(mention.first, sentence.first);
    // Titles and roles before the name belong to the speaker phrase: "Prime Minister X", "Iraqi cleric X".
    for (let taken = 0; first > sentence.first && taken < MAX_TITLE_WORDS; taken++) {
      const w = words[first - 1]!;
      if (w.passage >= 0 || isPunct(w) || BOUNDARIES.has(w.lower) || isCueWord(w)) break;
      if (!(isCapitalised(w) || ROLE_NOUNS.has(w.lower) || DETERMINER.has(w.lower) || w.lower === 'of' || /^(?:former|top|senior|deputy|acting|chief|vice)$/.test(w.lower))) break;
      first--;
      if (DETERMINER.has(w.lower)) break;
    }
    return { first, last: end + 1 };
  }
  // A common noun phrase: walk back over words that can be part of it.
  let first = end;
  while (first > sentence.first && end - first + 1 < MAX_SOURCE_WORDS) {
    const w = words[first]!;
    if (DETERMINER.has(w.lower) && first < end) break;
    const previous = words[first - 1]!;
    // A hyphen written inside a compound modifier joins it to the phrase: "the U.S.-led coalition", "Iran-backed militias".
    if (first - 2 >= sentence.first && isGluedHyphen(previous, words[first - 2]!, w)) {
      first -= 2;
      continue;
    }
    if (previous.passage >= 0 || (isPunct(previous) && previous.text !== '’s' && previous.text !== "'s") || BOUNDARIES.has(previous.lower)) break;
    if (isVerbOnly(previous) || isPronoun(previous)) break;
    first--;
  }
  const head = words[first]!;
  if (BOUNDARIES.has(head.lower) || isVerbOnly(head)) return undefined;
  return { first, last: end + 1 };
}

/** Where a coordinated subject may start: the sentence's start or a clause's comma, dash or colon. */
const SUBJECT_OPENERS = new Set([',', '—', '–', ':', ';']);

/**
 * Two speakers joined by "and" ("…, he and Mr. Allen said.", "…, she and another reporter said."): both, when the
 * first is a pronoun or a name that opens its clause; not an object before a new subject ("Trump attacked Clinton and
 * Sanders said …", where "Clinton" follows a verb).
 */
function coordinatedSubject(view: DocumentView, phrase: SourcePhrase, sentence: SentenceRange): SourcePhrase | undefined {
  const words = view.words;
  if (words[phrase.first - 1]?.lower !== 'and' || phrase.first - 2 < sentence.first) return undefined;
  const first = phraseEndingAt(view, phrase.first - 2, sentence);
  if (!first) return undefined;
  const opener = words[first.first - 1];
  const head = words[first.first]!;
  if (first.first > sentence.first && !(opener && SUBJECT_OPENERS.has(opener.text))) return undefined;
  return isPronoun(head) || head.mention >= 0 ? { first: first.first, last: phrase.last } : undefined;
}

/**
 * The speaker phrase before the cue at word `cue`: skips auxiliaries and time
 * adverbials, reads a relative pronoun as standing for its antecedent, and takes
 * a comma-delimited appositive with its head ("Sanders, the senator from Vermont, said").
 */
export function sourceBefore(view: DocumentView, cue: number, sentence: SentenceRange): SourcePhrase | undefined {
  const words = view.words;
  const end = skipBackToSubject(view, cue - 1, sentence);
  if (end < sentence.first) return undefined;
  const w = words[end]!;
  if (RELATIVE.has(w.lower) && end > sentence.first) {
    // "Cruz, who says …" / "a tweet that he …": the pronoun is the subject; its antecedent precedes.
    const before = words[end - 1]!;
    const antecedentEnd = before.text === ',' ? end - 2 : end - 1;
    const antecedent = antecedentEnd >= sentence.first ? phraseEndingAt(view, antecedentEnd, sentence) : undefined;
    if (w.lower === 'that' && !antecedent) return undefined;
    return antecedent ? { first: end, last: end + 1, antecedent } : { first: end, last: end + 1 };
  }
  if (APPOSITIVE_CLOSERS.has(w.text)) {
    // An appositive or a relative clause between speaker and cue: "Sanders, a senator from Vermont, said".
    const opener = w.text === ')' ? '(' : w.text;
    let open = end - 1;
    // A comma inside a quotation ("the co-author of “Going Viral,” about …") opens no appositive.
    while (open > sentence.first && (words[open]!.text !== opener || words[open]!.passage >= 0) && !(opener === ',' && DASHES.has(words[open]!.text) === DASHES.has(w.text) && words[open]!.text === w.text)) open--;
    if (open <= sentence.first || end - open > MAX_APPOSITIVE_WORDS) return subjectBeforeComma(view, end, sentence);
    // A parenthesis after the name ("Cummings (D-Md.), chair of …") belongs to it.
    let headEnd = open - 1;
    if (words[headEnd]?.text === ')') {
      while (headEnd > sentence.first && words[headEnd]!.text !== '(') headEnd--;
      headEnd--;
    }
    // An age between commas belongs to the name before it: "Woodrow Benford, 58, who lives outside Minneapolis, says".
    if (words[headEnd]?.kind === 'number' && words[headEnd - 1]?.text === ',' && headEnd - 2 >= sentence.first) headEnd -= 2;
    let head = headEnd >= sentence.first ? phraseEndingAt(view, headEnd, sentence) : undefined;
    // "Sen. Marco Rubio, R-Fla., appearing on Fox News, said": an appositive of several commas; the name is before the first.
    for (let tries = 0; !head && opener === ',' && tries < MAX_ADVERBIAL_COMMAS; tries++) {
      let earlier = open - 1;
      while (earlier > sentence.first && !(words[earlier]!.text === ',' && words[earlier]!.passage < 0)) earlier--;
      if (earlier <= sentence.first || end - earlier > MAX_APPOSITIVE_WORDS) break;
      const candidate = phraseEndingAt(view, earlier - 1, sentence);
      open = earlier;
      if (candidate && words[earlier - 1]!.mention >= 0) head = candidate;
    }
    // A phrase after a preposition is inside an adverbial, and its comma is no appositive's ("Clinton, during a
    // meeting in Columbus, Ohio, said"): the appositive opens at an earlier comma.
    for (let tries = 0; head && tries < MAX_ADVERBIAL_COMMAS && opener === ',' && PREPOSITIONS.has(words[head.first - 1]?.lower ?? ''); tries++) {
      let earlier = head.first - 2;
      while (earlier > sentence.first && words[earlier]!.text !== ',') earlier--;
      if (earlier <= sentence.first || end - earlier > MAX_APPOSITIVE_WORDS) break;
      const earlierHead = phraseEndingAt(view, earlier - 1, sentence);
      if (!earlierHead) break;
      open = earlier;
      head = earlierHead;
    }
    if (!head) return subjectBeforeComma(view, end, sentence);
    head = antecedentOfClause(view, head, sentence) ?? head;
    // "Beck, who supported Sen. Ted Cruz, R-Texas, and virulently opposed Trump …, last week said": a phrase read
    // inside a relative clause of several commas; the speaker is the name the clause is on.
    const named = nameBeforeRelativeClause(view, head.first, end, sentence);
    if (named) return named;
    const clauseWord = words[open + 1]!;
    if (RELATIVE.has(clauseWord.lower) || clauseWord.lower === 'whose' || PARTICIPLE_OPENERS.has(clauseWord.lower)) return head;
    return { first: head.first, last: end };
  }
  const phrase = phraseEndingAt(view, end, sentence);
  return (phrase && antecedentOfClause(view, phrase, sentence)) ?? (phrase && coordinatedSubject(view, phrase, sentence)) ?? phrase;
}

/**
 * The name before the nearest ", who|whose|which" in [sentence start, from), when the relative clause it opens
 * runs to the comma before the cue (`end`) with no other clause break: "Sandy Phillips, who lost her daughter …
 * in Aurora, Colorado, in July 2012, said". Only a person's or organisation's name is taken.
 */
function nameBeforeRelativeClause(view: DocumentView, from: number, end: number, sentence: SentenceRange): SourcePhrase | undefined {
  const words = view.words;
  for (let r = from - 1; r > sentence.first + 1 && end - r <= MAX_APPOSITIVE_WORDS; r--) {
    const w = words[r]!;
    if (w.passage >= 0 || (isPunct(w) && !APPOSITIVE_CLOSERS.has(w.text))) return undefined;
    if (!RELATIVE_OPENERS.has(w.lower) || words[r - 1]!.text !== ',') continue;
    const last = words[r - 2]!;
    if (last.mention < 0 || !NAMED_SPEAKERS.has(view.mentions[last.mention]!.entity.type)) return undefined;
    return phraseEndingAt(view, r - 2, sentence);
  }
  return undefined;
}

/** Entity types that can be a speaker named before a relative clause. */
const NAMED_SPEAKERS: ReadonlySet<string> = new Set(['PERSON', 'ORG']);

/** Auxiliaries that show a relative pronoun opens a clause with a verb of its own: "organizations that have endorsed him". */
const RELATIVE_CLAUSE_VERBS = new Set([...CLAUSE_VERBS, 'had', 'are', 'were']);
/** Subordinators and conjunctions that open a clause with its own subject: a relative pronoun before one is not on the cue's subject. */
const CLAUSE_OPENERS = new Set(['because', 'when', 'while', 'where', 'if', 'although', 'though', 'since', 'unless', 'whether', 'and', 'but', 'or', 'as', 'so', 'than', 'until', 'after', 'before']);
/** Prepositions after a participle in a reduced relative clause: "a source speaking to Fox News", "a witness interviewed by congressional staff". */
const PARTICIPLE_PREPOSITIONS = new Set(['to', 'by', 'with', 'from', 'for', 'on', 'at', 'in', 'about']);

/**
 * A phrase before the cue that stands inside a relative clause or a participle's phrase on the subject
 * ("Friends of Mr. Clinton's who have seen him on the trail recently say", "progressive organizations that
 * have endorsed him say", "Another intelligence source speaking to Fox News said") is the object of that
 * clause's verb, not the cue's subject: the subject is the noun phrase the clause is on. Undefined when the
 * phrase is no such object.
 */
function antecedentOfClause(view: DocumentView, phrase: SourcePhrase, sentence: SentenceRange): SourcePhrase | undefined {
  const words = view.words;
  const participle = phrase.first - 2;
  if (participle > sentence.first && PARTICIPLE_PREPOSITIONS.has(words[phrase.first - 1]!.lower) && words[participle - 1]!.passage < 0 && !isPunct(words[participle - 1]!)) {
    const p = words[participle]!;
    if (p.text === p.lower && p.passage < 0 && /(?:ing|ed)$/u.test(p.lower)) {
      const antecedent = phraseEndingAt(view, participle - 1, sentence);
      if (antecedent) return antecedent;
    }
  }
  for (let r = phrase.first - 1; r > sentence.first; r--) {
    const w = words[r]!;
    // A subordinate clause ("… the battles that preceded the election because the majority on the Court refused") has a subject of its own.
    if (w.passage >= 0 || isPunct(w) || CLAUSE_OPENERS.has(w.lower)) return undefined;
    // A relative pronoun right before the phrase makes the phrase its clause's subject ("the man that Trump attacked").
    if ((w.lower !== 'who' && w.lower !== 'that') || r === phrase.first - 1) continue;
    const next = words[r + 1]!;
    // "that" is a relative pronoun only before a verb ("that have endorsed him"), not a conjunction ("argued that voters in Iowa").
    if (w.lower === 'that' && !(RELATIVE_CLAUSE_VERBS.has(next.lower) || (next.text === next.lower && /ed$/u.test(next.lower)))) return undefined;
    const antecedent = phraseEndingAt(view, r - 1, sentence);
    if (!antecedent || isCueWord(words[r - 1]!)) return undefined;
    return antecedent;
  }
  return undefined;
}

/**
 * The whole run from the sentence start to a comma before the cue, when it holds no
 * clause: "Rep. Elijah Cummings, chair of the party's platform drafting committee, said".
 */
function subjectBeforeComma(view: DocumentView, comma: number, sentence: SentenceRange): SourcePhrase | undefined {
  const words = view.words;
  if (comma - sentence.first > MAX_APPOSITIVE_WORDS || !isCapitalised(words[sentence.first]!)) return undefined;
  for (let i = sentence.first; i < comma; i++) {
    const w = words[i]!;
    if (w.passage >= 0 || isVerbOnly(w) || CLAUSE_VERBS.has(w.lower)) return undefined;
  }
  return { first: sentence.first, last: comma };
}

/**
 * The speaker phrase after an inverted cue: "…,” said Smith, the minister." With
 * `toSentenceEnd`, an appositive after a name runs to the end of the sentence, as it
 * does when the attribution closes the sentence; "according to X, …" opens one instead.
 */
export function sourceAfter(view: DocumentView, afterCue: number, sentence: SentenceRange, toSentenceEnd = true): SourcePhrase | undefined {
  const words = view.words;
  let i = afterCue;
  while (i < sentence.last && (BETWEEN.has(words[i]!.lower) || isLyAdverb(words[i]!))) i++;
  if (i >= sentence.last) return undefined;
  const first = i;
  const w = words[i]!;
  if (w.passage >= 0 || isPunct(w) || (BOUNDARIES.has(w.lower) && w.mention < 0)) return undefined;
  if (isPronoun(w)) return { first: i, last: i + 1 };
  let last = first;
  while (last < sentence.last && last - first < MAX_SOURCE_WORDS) {
    const x = words[last]!;
    const clitic = x.text === '’s' || x.text === "'s";
    if (x.passage >= 0 || (isPunct(x) && !clitic) || (last > first && (BOUNDARIES.has(x.lower) && x.lower !== 'of' || isCueWord(x)))) break;
    if ((TIME.has(x.lower) || BARE_RELATIVES.has(x.lower)) && last > first) break;
    // "…, said Trump’s nomination will at least test …": a modal or auxiliary means the words after the verb are its clause, not an inverted speaker.
    if (CLAUSE_VERBS.has(x.lower)) return undefined;
    last++;
  }
  if (last === first) return undefined;
  // An appositive after a name, to the end of the sentence: "said RoseAnn DeMoro, executive director of National Nurses United, a union that …".
  const named = words[first]!.mention >= 0 || isCapitalised(words[first]!);
  // "said a former spokesman for the ministry, Oleg Voloshyn, who …": a name in apposition after a common noun.
  const nameAfter = words[last + 1] !== undefined && (words[last + 1]!.mention >= 0 || isCapitalised(words[last + 1]!));
  if (toSentenceEnd && last + 1 < sentence.last && words[last]!.text === ',' && (named || nameAfter || DETERMINER.has(words[last + 1]!.lower) || ROLE_NOUNS.has(words[last + 1]!.lower))) {
    let end = last + 1;
    // A relative clause on the appositive ("said Howard Rubel, a senior analyst at Jefferies, who notes …") ends the speaker phrase at its comma.
    while (end < sentence.last && !(isPunct(words[end]!) && words[end]!.text !== ',' && words[end]!.text !== '(' && words[end]!.text !== ')' && !isInnerDot(view, end)) && !isVerbOnly(words[end]!) && words[end]!.passage < 0 && !(words[end]!.text === ',' && RELATIVE_OPENERS.has(words[end + 1]?.lower ?? '')) && !BARE_RELATIVES.has(words[end]!.lower)) end++;
    while (end > last && isPunct(words[end - 1]!)) end--;
    if (end >= sentence.last - 1 || isPunct(words[end]!) || BARE_RELATIVES.has(words[end]!.lower)) return { first, last: end };
  }
  return { first, last };
}

/** A dot inside a word the tokenizer split: "Mic.com", "U.S.A" (no space on either side, a word after it). */
function isInnerDot(view: DocumentView, i: number): boolean {
  const dot = view.words[i]!;
  const before = view.words[i - 1];
  const after = view.words[i + 1];
  return dot.text === '.' && before !== undefined && after !== undefined && after.kind === 'word' && before.end === dot.start && dot.end === after.start;
}

/** Relative pronouns that open a clause on a speaker after a comma: "said Howard Rubel, a senior analyst, who notes …", "…, which tracks …". */
const RELATIVE_OPENERS = new Set(['who', 'whose', 'which']);
/** Relative pronouns that open a clause on a speaker with no comma: "said a national student loan debt expert who has published …". */
const BARE_RELATIVES = new Set(['who', 'whose']);

/** Words that open a sentence with an adverbial, not its subject: "In Iowa, the senator …", "After the debate, …". */
const ADVERBIAL_OPENERS = new Set(['in', 'on', 'at', 'after', 'before', 'during', 'since', 'while', 'when', 'as', 'with', 'without', 'despite', 'for', 'from', 'by', 'under', 'over', 'later', 'earlier', 'meanwhile', 'still', 'but', 'and', 'yet', 'so', 'then', 'now', 'instead', 'also']);
/** Words in -s that are no plural noun: adverbs, prepositions, possessives ("Besides attacking …, Mr. Trump asserted"). */
const NOT_PLURAL_NOUNS = new Set(['his', 'its', 'this', 'thus', 'besides', 'perhaps', 'always', 'afterwards', 'towards', 'sometimes', 'nevertheless', 'nonetheless', 'whereas', 'unless', 'regardless', 'is', 'was', 'has', 'does', 'yes', 'us', 'as']);

/** Function words that end the head part of a subject noun phrase ("a handful of skywriters in Pasadena" keeps "of"). */
const SUBJECT_STOPS = new Set(['who', 'which', 'that', 'whose', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'to', 'as', 'and', 'or', 'but', 'while', 'when']);

/**
 * The common-noun subject of a sentence whose participle or coordinated verb has no
 * subject of its own: "The billionaire businessman began by talking about …",
 * "Saying he was nervous, the man ended up …". Read from the sentence start (past an
 * opening participial clause or adverbial and its comma) while the words can be part
 * of a noun phrase; only a phrase opened by a determiner is taken (names are found
 * as entity mentions, pronouns before this).
 */
export function subjectNounPhrase(view: DocumentView, sentence: SentenceRange, cue: number): SourcePhrase | undefined {
  const words = view.words;
  let first = sentence.first;
  const opener = words[first];
  if (!opener) return undefined;
  // An opening participial clause ("Having announced …, Judge Berman …", "Saying …, the man …") or adverbial: the subject follows its comma.
  const participial = first === cue || opener.lower === 'having' || /ing$/.test(opener.lower);
  if (participial || ADVERBIAL_OPENERS.has(opener.lower)) {
    let comma = first;
    while (comma < sentence.last && words[comma]!.text !== ',') comma++;
    first = comma + 1;
  }
  const head = words[first];
  // After an opening participial clause a name is the subject too; elsewhere names are found as mentions by the caller.
  const named = participial && head !== undefined && (head.mention >= 0 || isCapitalised(head));
  // A plural noun with no determiner opening the sentence is its subject: "Activists engaged in a sit-in …, demanding …",
  // "Hundreds of demonstrators marched …, chanting …".
  const barePlural = head !== undefined && first === sentence.first && head.mention < 0 && isCapitalised(head) && /[^s]s$/u.test(head.lower) && !NOT_PLURAL_NOUNS.has(head.lower) && !isCueWord(head) && !TIME.has(head.lower);
  if (!head || head.passage >= 0 || !(DETERMINER.has(head.lower) || named || barePlural) || first === cue) return undefined;
  let last = first + 1;
  while (last < sentence.last && last - first < MAX_SOURCE_WORDS) {
    const w = words[last]!;
    if (last === cue || w.passage >= 0 || (isPunct(w) && w.text !== '’s' && w.text !== "'s") || BETWEEN.has(w.lower) || SUBJECT_STOPS.has(w.lower) || isCueWord(w)) break;
    // A lower-case past form after the noun is the main verb: "the protesters chanted", "the man ended up".
    if ((last > first + 1 || barePlural) && w.text === w.lower && /ed$/.test(w.lower)) break;
    last++;
  }
  // A phrase cut in the middle ("the idea of compiling a", "the initiative highly") or a time ("last year") is no subject.
  while (last > first + 1 && (DETERMINER.has(words[last - 1]!.lower) || words[last - 1]!.lower === 'of' || isLyAdverb(words[last - 1]!))) last--;
  if (TIME.has(words[last - 1]!.lower) || TIME.has(words[first + 1]?.lower ?? '')) return undefined;
  return last > first + 1 || (barePlural && last > first) ? { first, last } : undefined;
}
