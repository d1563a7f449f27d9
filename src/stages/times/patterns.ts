/**
 * Pattern pieces built from the word lists, for the rules to use as {name}
 * placeholders: `{month}` becomes an alternation of every month form, with an
 * optional full stop after abbreviations. Rules name the pieces in their own
 * groups: `(?<month>{month})`.
 */
import type { Span } from '../../model/schema.js';
import { DECADE_WORDS, HOLIDAYS, MONTHS, NUMBER_WORDS, ORDINALS, PARTS_OF_DAY, SEASONS, SET_ADVERBS, UNITS, VAGUE_AMOUNTS, WEEKDAYS, type WordList } from './lexicon.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A form as a pattern: any run of spaces or a hyphen between words, either apostrophe. */
const formPattern = (form: string): string => escape(form).replace(/ /g, '[\\s-]+').replace(/'/g, "['’]");

/** Longest forms first, so the alternation prefers "sept" to "sep" and "a couple of" to "a". */
function alternation(forms: readonly string[]): string {
  return [...new Set(forms)].sort((a, b) => b.length - a.length).map(formPattern).join('|');
}

function allForms(list: WordList<unknown>): string[] {
  return list.entries.flatMap((e) => e.forms);
}

/** Month names, and their abbreviations with an optional full stop ("Sept.", "Aug"). */
function monthPiece(): string {
  const full = MONTHS.entries.map((e) => e.forms[0]!);
  const abbreviations = MONTHS.entries.flatMap((e) => e.forms.slice(1));
  return `(?:${alternation(full)}|(?:${alternation(abbreviations)})\\.?)`;
}

const singularUnits = UNITS.entries.flatMap((e) => e.forms.filter((f) => !f.endsWith('s')));
const pluralUnits = UNITS.entries.flatMap((e) => e.forms.filter((f) => f.endsWith('s')));

/** Number words that start with an article ("a", "a couple of", "a hundred") stand alone; the others may combine ("twenty four"). */
const isArticleForm = (f: string): boolean => f === 'a' || f === 'an' || f.startsWith('a ') || f.startsWith('an ');
const articleNumber = `(?:${alternation(allForms(NUMBER_WORDS).filter(isArticleForm))})`;
const numberWord = `(?:${alternation(allForms(NUMBER_WORDS).filter((f) => !isArticleForm(f)))})`;
/** Digits (with thousands commas, decimals, a half), or number words joined by spaces, hyphens or "and". */
const numberPiece = `(?:(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s*(?:1/2|½|1/4|¼|3/4|¾))?|${articleNumber}|${numberWord}(?:[\\s-]+(?:and[\\s-]+)?${numberWord}){0,3}(?:\\s+and\\s+a\\s+half)?)`;

export const PIECES: Readonly<Record<string, string>> = {
  month: monthPiece(),
  weekday: `(?:${alternation(allForms(WEEKDAYS))})`,
  season: `(?:${alternation(allForms(SEASONS))})`,
  pod: `(?:${alternation(allForms(PARTS_OF_DAY))})`,
  unit: `(?:${alternation(allForms(UNITS))})`,
  unit1: `(?:${alternation(singularUnits)})`,
  units: `(?:${alternation(pluralUnits)})`,
  num: numberPiece,
  vague: `(?:${alternation(allForms(VAGUE_AMOUNTS))})`,
  ord: `(?:${alternation(allForms(ORDINALS))})`,
  decadeWord: `(?:${alternation(allForms(DECADE_WORDS))})`,
  holiday: `(?:${alternation(allForms(HOLIDAYS))})`,
  setAdverb: `(?:${alternation(allForms(SET_ADVERBS))})`,
  /** A four-digit year from 1000 to 2099. */
  year: '(?:1\\d|20)\\d\\d',
  /** A day of the month, with an optional ordinal suffix. */
  day: '(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?',
  /** Relative words before a unit, a weekday, a month or a season. */
  rel: '(?:this\\s+coming|this\\s+past|most\\s+recent|this|last|next|past|previous|prior|preceding|coming|current|following|present|latest|upcoming|ensuing)',
  /** Time-zone abbreviations that follow a clock time in wire copy. */
  zone: '(?:[ECMP][SD]T|GMT|UTC|BST|CET|CEST)',
  /** Spoken years: "nineteen ninety-six", "two thousand and one". */
  spelledYear: '(?:(?:nineteen|eighteen)[\\s-]+(?:hundred[\\s-]+(?:and[\\s-]+)?)?(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine)|two[\\s-]+thousand(?:[\\s-]+(?:and[\\s-]+)?(?:one|two|three|four|five|six|seven|eight|nine|ten))?)',
};

const PLACEHOLDER = /\{([A-Za-z]\w*)\}/g;

/** Expands {piece} placeholders; throws on an unknown one (a rule bug, caught by the lint test). */
export function expandPattern(pattern: string): string {
  return pattern.replace(PLACEHOLDER, (_, name: string) => {
    const piece = PIECES[name];
    if (piece === undefined) throw new Error(`unknown pattern piece {${name}}`);
    return piece;
  });
}

/**
 * A rule's pattern as a global, case-insensitive regular expression between ASCII
 * word boundaries. Without the `u` flag: V8 runs \\b and case folding several times
 * faster without it, and the times stage runs ~70 patterns per document. Callers
 * check the Unicode boundaries themselves (isWholeWord).
 */
export function compilePattern(pattern: string): RegExp {
  return new RegExp(`\\b(?:${expandPattern(pattern)})(?![A-Za-z0-9])`, 'gi');
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether [start, end) of text is not glued to a letter or digit on either side (any script). */
export function isWholeWord(text: string, start: number, end: number): boolean {
  return (start === 0 || !WORD_CHAR.test(text[start - 1]!)) && (end >= text.length || !WORD_CHAR.test(text[end]!));
}

/**
 * Finds where rule keys (see TimeRule.key) occur. One scan of the text with all keys
 * joined finds the places any key starts; each key is then tried only there. One
 * scan instead of one per key: the text is long, the places are few.
 */
export class KeyIndex {
  private readonly union: RegExp;
  private readonly sticky: Map<string, RegExp>;

  constructor(keys: Iterable<string>) {
    const distinct = [...new Set(keys)];
    this.union = new RegExp(`\\b(?:${distinct.map((k) => `(?:${expandPattern(k)})`).join('|')})(?![a-z])`, 'gi');
    this.sticky = new Map(distinct.map((k) => [k, new RegExp(`\\b(?:${expandPattern(k)})(?![a-z])`, 'iy')]));
  }

  /** For each key, the spans of text where it occurs, as whole words ("min" is not a key in "minister"). */
  find(text: string): Map<string, Span[]> {
    const hits = new Map<string, Span[]>();
    this.union.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = this.union.exec(text)) !== null) {
      const at = m.index;
      for (const [key, regex] of this.sticky) {
        regex.lastIndex = at;
        const hit = regex.exec(text);
        if (!hit) continue;
        let spans = hits.get(key);
        if (!spans) hits.set(key, (spans = []));
        spans.push({ start: at, end: at + hit[0].length });
      }
      // Keys may start inside another key's match ("weekend" and "week"): look again one character on.
      this.union.lastIndex = at + 1;
    }
    return hits;
  }
}
