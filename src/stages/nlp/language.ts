import { iso6393To1 } from 'iso-639-3';
import type { Stage } from '../../pipeline/stage.js';
import type { Span } from '../../model/schema.js';
import type { WorkingDocument } from '../../model/working-document.js';
import { addIssue } from '../../pipeline/issues.js';
import { countMatches, languageScores } from './trigram-language.js';

/** Fewer letters than this and trigram statistics are noise. */
const MIN_LETTERS = 40;
/** A letter, for counting (countMatches). */
const LETTER = /\p{L}/gu;
/** franc scores the best language 1; on short texts a runner-up this close means the guess is unsure. */
const MIN_MARGIN = 0.06;
/**
 * From this many letters the guess is taken as reliable whatever the margin: franc's
 * scores are relative and close ranks even on long, plainly English texts (measured
 * on the founding example: French at 0.98 of English over 4,000 characters).
 */
const RELIABLE_LETTERS = 250;
/**
 * On a short text, a guess other than English is reliable only when English scores this far below it. One-sentence
 * English wire briefs put English at 0.87–0.89 of a wrong best guess ("Israeli troops killed three Palestinian gunmen
 * in Jenin." read as Dutch, so no events were coded); short German and Spanish sentences put it at 0.79–0.80, French
 * ones at about 0.87, which now count as unsure. English is the language the stages read, so an unsure short text is
 * left to them; a long one (RELIABLE_LETTERS) is judged on its best guess alone.
 */
const MIN_MARGIN_OVER_ENGLISH = 0.15;
/**
 * A short text that English scores within this of the best guess and of whose words at least one in ten is an English
 * function word (SHORT_TEXT_FUNCTION_SHARE) is English, guessed unsure: "Police detained ten protesters in Cairo on Monday."
 * put French first and English at 0.80, so no events were coded. Short Portuguese or Dutch sentences, whose "a", "is"
 * and "was" count as function words, put English below 0.70.
 */
const ENGLISH_NEAR_BEST = 0.3;
/** A brief is a few content words round one or two function words ("in Cairo on Monday"): a lower share than a paragraph's. */
const SHORT_TEXT_FUNCTION_SHARE = 0.1;
/** We read at most this much: franc is linear in length and settled well before (about 0.2 ms here). */
const SAMPLE_CHARS = 1500;
/** A paragraph is judged on its own from this length (about 25 words): shorter ones are too few trigrams to tell. */
const MIN_PARAGRAPH_CHARS = 150;

export interface LanguageGuess {
  /** ISO 639-1 where one exists, else ISO 639-3; `und` when unknown. */
  code: string;
  reliable: boolean;
}

export function detectLanguage(text: string): LanguageGuess {
  const sample = text.slice(0, SAMPLE_CHARS);
  const letters = countMatches(LETTER, sample);
  if (letters < MIN_LETTERS) return { code: 'und', reliable: false };
  const scores = languageScores(sample, 10);
  const [best, second] = scores;
  if (!best || best[0] === 'und') return { code: 'und', reliable: false };
  const code = (iso6393To1 as Record<string, string | undefined>)[best[0]] ?? best[0];
  const margin = second ? best[1] - second[1] : 1;
  const english = scores.find(([language]) => language === 'eng');
  const clearOfEnglish = best[0] === 'eng' || !english || best[1] - english[1] >= MIN_MARGIN_OVER_ENGLISH;
  if (letters < RELIABLE_LETTERS && english && best[0] !== 'eng' && best[1] - english[1] < ENGLISH_NEAR_BEST && readsAsEnglish(sample, SHORT_TEXT_FUNCTION_SHARE)) {
    return { code: 'en', reliable: false };
  }
  return { code, reliable: letters >= RELIABLE_LETTERS || (margin >= MIN_MARGIN && clearOfEnglish) };
}

const UNSUPPORTED = 'language.unsupported';

/**
 * Whether the language stage found, reliably or from the page's own declaration, that the text is not English:
 * the stages that read English words as data (the event coder's verb dictionaries) leave such a document alone.
 * An unsure guess is not enough (short texts are often mis-guessed), so those are read as English.
 */
export function isUnsupportedLanguage(doc: Pick<WorkingDocument, 'issues'>): boolean {
  return doc.issues.some((issue) => issue.code === UNSUPPORTED);
}

/**
 * The paragraphs of a text that are reliably in another language than English, with that language: a page whose
 * body is German under English boilerplate (server warnings, menus) is guessed English as a whole, and an English
 * article can quote a foreign passage. Only paragraphs long enough for a reliable guess are judged (shorter ones,
 * names and headings, stay with the document's language).
 */
export function foreignParagraphs(text: string, paragraphs: readonly Span[]): { span: Span; code: string }[] {
  const out: { span: Span; code: string }[] = [];
  for (const p of paragraphs) {
    if (p.end - p.start < MIN_PARAGRAPH_CHARS) continue;
    const paragraph = text.slice(p.start, p.end);
    if (readsAsEnglish(paragraph)) continue;
    const guess = detectLanguage(paragraph);
    if (guess.reliable && guess.code !== 'en') out.push({ span: p, code: guess.code });
  }
  return out;
}

/** English function words: a tenth of the words of any English prose, rare in other languages' (about 30 times cheaper than trigrams). */
const ENGLISH_FUNCTION_WORDS = new Set(['the', 'of', 'and', 'to', 'a', 'is', 'that', 'for', 'it', 'with', 'was', 'on', 'as', 'be', 'by', 'at', 'this', 'are', 'from', 'have', 'has', 'had', 'he', 'she', 'they', 'we', 'his', 'her', 'their', 'said', 'not', 'but', 'or', 'will', 'would', 'which', 'who', 'been', 'were']);
/** The share of function words from which a paragraph is taken as English without the trigram guess. */
const ENGLISH_FUNCTION_SHARE = 0.15;

/** Characters of a paragraph's start that the function-word check reads: some 60 words settle it. */
const FUNCTION_WORD_SAMPLE = 400;

function readsAsEnglish(paragraph: string, minShare = ENGLISH_FUNCTION_SHARE): boolean {
  const words = paragraph.slice(0, FUNCTION_WORD_SAMPLE).toLowerCase().match(/\p{L}+/gu) ?? [];
  let hits = 0;
  for (const w of words) if (ENGLISH_FUNCTION_WORDS.has(w)) hits++;
  return words.length > 0 && hits / words.length >= minShare;
}

/** Guesses the body's language (trigram models of franc-min, 82 languages, scored as franc does: trigram-language.ts). */
export const languageStage: Stage = {
  name: 'language',
  version: '4',
  requires: ['text'],
  assigns: ['language'],
  run(doc) {
    const guess = detectLanguage(doc.text!);
    // A web page's declared language (<html lang>, og:locale) settles what the text is too short to tell.
    if (!guess.reliable && doc.languageHint) {
      doc.language = doc.languageHint;
      if (doc.languageHint !== 'en') addIssue(doc, 'language', UNSUPPORTED, `language ${doc.languageHint} (declared by the page): events are not coded, and the other NLP stages are trained on English`);
      return { method: 'markup' };
    }
    doc.language = guess.code;
    if (!guess.reliable) addIssue(doc, 'language', 'language.uncertain', `best guess ${guess.code}`);
    else if (guess.code !== 'en') addIssue(doc, 'language', UNSUPPORTED, `language ${guess.code}: events are not coded, and the other NLP stages are trained on English`);
    return { method: 'franc-min' };
  },
};
