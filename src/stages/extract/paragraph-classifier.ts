import { BOILERPLATE_PATTERNS, type BoilerplatePattern } from './boilerplate-patterns.js';

/**
 * Paragraph classifier for already-scraped text, after jusText (Pomikálek 2011):
 * a block's length and its density of function words give a first class, then
 * short and borderline blocks take the class of their context. We add the
 * pattern data (boilerplate-patterns.ts) and keep short sentence-like blocks next
 * to good text (one-sentence lead paragraphs are common in news).
 */

/** Below this many characters a block is too short to judge on its own (jusText length_low). */
export const LENGTH_LOW = 70;
/** From this many characters a block dense in function words is surely prose (jusText length_high). */
export const LENGTH_HIGH = 200;
/** Function-word density of prose: at least this is borderline (jusText stopwords_low). */
export const STOPWORDS_LOW = 0.3;
/** Function-word density from which a long block is good (jusText stopwords_high). */
export const STOPWORDS_HIGH = 0.32;
/**
 * News prose is dense in names, so its function-word density runs below jusText's
 * thresholds for the general web; a long, sentence-shaped block at this density is
 * still borderline prose (menus and tag lists sit near zero and do not end in a full stop).
 */
export const STOPWORDS_NEWS_FLOOR = 0.15;
/** A short block with at least this many words that ends like a sentence can be a lead or a one-line paragraph. */
const SHORT_SENTENCE_MIN_WORDS = 5;

export type BlockClass = 'good' | 'near-good' | 'short' | 'bad';

export interface ClassifiedBlock {
  text: string;
  initial: BlockClass;
  final: 'good' | 'bad';
  /** Why: a pattern id, or the rule that decided. */
  reason: string;
}

const BLOCK_PATTERNS = BOILERPLATE_PATTERNS.filter((p) => p.kind === 'block');
const HINT_PATTERNS = BOILERPLATE_PATTERNS.filter((p) => p.kind === 'hint');
const TAIL_PATTERNS = BOILERPLATE_PATTERNS.filter((p) => p.kind === 'tail');

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

export function matchPattern(text: string, patterns: readonly BoilerplatePattern[]): BoilerplatePattern | undefined {
  const trimmed = text.trim();
  return patterns.find((p) => p.pattern.test(trimmed));
}

export const matchBlockPattern = (text: string) => matchPattern(text, BLOCK_PATTERNS);
export const matchTailPattern = (text: string) => matchPattern(text, TAIL_PATTERNS);

export function stopwordDensity(text: string, stopwords: ReadonlySet<string>): { words: number; density: number } {
  const words = text.toLowerCase().match(WORD) ?? [];
  if (words.length === 0) return { words: 0, density: 0 };
  const hits = words.reduce((n, w) => n + (stopwords.has(w) ? 1 : 0), 0);
  return { words: words.length, density: hits / words.length };
}

const endsLikeSentence = (text: string): boolean => /[.!?…]["”’)]?$/.test(text.trim());

function initialClass(text: string, stopwords: ReadonlySet<string> | undefined): { cls: BlockClass; reason: string } {
  const pattern = matchBlockPattern(text);
  if (pattern) return { cls: 'bad', reason: `pattern:${pattern.id}` };
  const length = text.length;
  const hint = matchPattern(text, HINT_PATTERNS);
  if (length < LENGTH_LOW) return hint ? { cls: 'bad', reason: `hint:${hint.id}` } : { cls: 'short', reason: 'length' };
  if (!stopwords) {
    // Without a function-word list for the language, fall back on length and sentence shape.
    if (length >= LENGTH_HIGH) return { cls: 'good', reason: 'length' };
    return { cls: endsLikeSentence(text) ? 'near-good' : 'bad', reason: 'length+shape' };
  }
  const { density } = stopwordDensity(text, stopwords);
  if (density >= STOPWORDS_HIGH && length >= LENGTH_HIGH) return { cls: 'good', reason: 'density' };
  if (density >= STOPWORDS_LOW) return { cls: 'near-good', reason: 'density' };
  if (density >= STOPWORDS_NEWS_FLOOR && endsLikeSentence(text)) return { cls: 'near-good', reason: 'news-density' };
  return { cls: 'bad', reason: 'low-density' };
}

type Neighbour = 'good' | 'bad' | 'near-good';

/** Whether a block counts as a neighbour: short blocks and furniture are transparent, near-good ones when asked. */
const counts = (c: BlockClass, isFurniture: boolean, ignoreNearGood: boolean): boolean => c !== 'short' && !isFurniture && !(c === 'near-good' && ignoreNearGood);

/**
 * For every block, the class of the nearest block before it (step -1) or after it
 * (step 1) that counts as a neighbour; page edges count as bad. Blocks a pattern
 * marked as furniture are transparent: an "Advertisement" line between two paragraphs
 * says nothing about them. One pass, so that pages of thousands of short lines stay linear.
 */
function nearest(classes: readonly BlockClass[], step: -1 | 1, ignoreNearGood: boolean, furniture: readonly boolean[]): Neighbour[] {
  const out: Neighbour[] = new Array<Neighbour>(classes.length);
  let current: Neighbour = 'bad';
  for (let k = 0; k < classes.length; k++) {
    const i = step === -1 ? k : classes.length - 1 - k;
    out[i] = current;
    const c = classes[i]!;
    if (counts(c, furniture[i]!, ignoreNearGood)) current = c as Neighbour;
  }
  return out;
}

/**
 * Classifies blocks as article text ('good') or furniture ('bad').
 * `stopwords` is the function-word list of the text's language, if we have one.
 */
export function classifyBlocks(blocks: readonly string[], stopwords: ReadonlySet<string> | undefined): ClassifiedBlock[] {
  const first = blocks.map((text) => initialClass(text, stopwords));
  const classes = first.map((f) => f.cls);
  const furniture = first.map((f) => f.reason.startsWith('pattern:'));
  const result: ClassifiedBlock[] = blocks.map((text, i) => ({ text, initial: classes[i]!, final: 'bad', reason: first[i]!.reason }));

  // Short blocks first, against the initial classes, as jusText does.
  const revised = [...classes];
  const prevOf = nearest(classes, -1, true, furniture);
  const nextOf = nearest(classes, 1, true, furniture);
  const prevAnyOf = nearest(classes, -1, false, furniture);
  const nextAnyOf = nearest(classes, 1, false, furniture);
  classes.forEach((cls, i) => {
    if (cls !== 'short') return;
    const prev = prevOf[i]!;
    const next = nextOf[i]!;
    const text = blocks[i]!;
    const words = stopwords ? stopwordDensity(text, stopwords).words : text.split(/\s+/).length;
    const sentenceLike = endsLikeSentence(text) && words >= SHORT_SENTENCE_MIN_WORDS;
    if (prev === 'good' && next === 'good') {
      revised[i] = 'good';
      result[i]!.reason = 'context:between-good';
    } else if (sentenceLike && (prev === 'good' || next === 'good')) {
      revised[i] = 'good';
      result[i]!.reason = 'context:sentence-next-to-good';
    } else if (prev === 'bad' && next === 'bad') {
      revised[i] = 'bad';
      result[i]!.reason = 'context:between-bad';
    } else if ((prev === 'bad' && prevAnyOf[i] === 'near-good') || (next === 'bad' && nextAnyOf[i] === 'near-good')) {
      revised[i] = 'good';
      result[i]!.reason = 'context:near-good-side';
    } else {
      revised[i] = 'bad';
      result[i]!.reason = 'context:mixed';
    }
  });
  // Then borderline blocks: bad only when surrounded by bad. Blocks before i are already
  // revised (the running `previous`), blocks after it not yet (precomputed `nextOf2`).
  const nextOf2 = nearest(revised, 1, true, furniture);
  let previous: Neighbour = 'bad';
  revised.forEach((cls, i) => {
    if (cls === 'near-good') {
      revised[i] = previous === 'bad' && nextOf2[i] === 'bad' ? 'bad' : 'good';
      result[i]!.reason = `context:near-good-${revised[i]}`;
    }
    if (counts(revised[i]!, furniture[i]!, true)) previous = revised[i] as Neighbour;
  });
  revised.forEach((cls, i) => {
    result[i]!.final = cls === 'good' ? 'good' : 'bad';
  });
  return result;
}
