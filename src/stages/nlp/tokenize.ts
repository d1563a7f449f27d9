/**
 * A regular-expression tokenizer for news English, with offsets into the text.
 *
 * Penn-Treebank-like choices: clitics are split ("don't" → "do" "n't", "Iraq's" →
 * "Iraq" "'s"), every punctuation mark is its own token, hyphenated and apostrophised
 * words stay whole ("al-Sadr", "o'clock"), and abbreviations keep their full stop
 * ("Mr.", "U.S.", "e.g."). Unlike the Treebank, nothing is ever rewritten: every
 * token is exactly text.slice(start, end).
 */
import type { Token } from '../../model/schema.js';
import type { Stage } from '../../pipeline/stage.js';
import { lookupAbbreviation } from './abbreviations.js';

type TokenKind = Token['kind'];

/**
 * One alternative per token shape, tried in this order at each position; the
 * order is the priority (a URL before a word, an initialism before a letter).
 */
const TOKEN_SHAPES: readonly { kind: TokenKind; shape: string; pattern: string; reason: string }[] = [
  {
    kind: 'url',
    shape: 'url',
    pattern: String.raw`(?:https?:\/\/|www\.)[^\s<>"“”‘’]+`,
    reason: 'Links are one unit; trailing sentence punctuation is trimmed afterwards.',
  },
  {
    kind: 'email',
    shape: 'email',
    pattern: String.raw`[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)+`,
    reason: 'Addresses are one unit, not a word, an "@" and a domain.',
  },
  {
    kind: 'other',
    shape: 'handle-or-hashtag',
    pattern: String.raw`[@#][\p{L}\p{N}_]+`,
    reason: 'Social handles and hashtags ("@Reuters", "#Iraq") name accounts and topics, not words.',
  },
  {
    kind: 'word',
    shape: 'initialism',
    pattern: String.raw`(?:\p{L}\.){2,}`,
    reason: 'Dotted initialisms ("U.S.", "e.g.", "a.m.") are one abbreviation including the final stop.',
  },
  {
    kind: 'word',
    shape: 'number-word',
    pattern: String.raw`\p{N}+(?:\p{L}[\p{L}\p{N}]*|(?:-\p{L}[\p{L}\p{N}]*)+)`,
    reason: 'Ordinals, decades and compounds ("3rd", "1990s", "10-year-old") are single words.',
  },
  {
    kind: 'number',
    shape: 'number',
    pattern: String.raw`\p{N}+(?:[.,:\/\-]\p{N}+)*%?`,
    reason: 'Decimals, thousands, times, dates and percentages ("3.5", "1,000", "06:49", "2020-09-30", "50%").',
  },
  {
    kind: 'word',
    shape: 'word',
    pattern: String.raw`\p{L}[\p{L}\p{M}\p{N}]*(?:(?:-[\p{L}\p{N}]|['’]\p{L})[\p{L}\p{M}\p{N}]*)*`,
    reason: 'Words with internal hyphens and apostrophes ("al-Sadr", "COVID-19", "o\'clock"); clitics are split afterwards.',
  },
  {
    kind: 'punct',
    shape: 'punctuation',
    pattern: String.raw`\.{2,}|-{2,}|\p{P}`,
    reason: 'Each punctuation mark is a token; an ASCII ellipsis "..." or double dash "--" is one mark.',
  },
  { kind: 'symbol', shape: 'symbol', pattern: String.raw`\p{S}`, reason: 'Currency, math and other symbols ("$", "+", "©").' },
  { kind: 'other', shape: 'other', pattern: String.raw`\S`, reason: 'Anything else visible is kept rather than lost.' },
];

/** Built once; the numbered capture group that matched tells the shape. */
const TOKEN_PATTERN = new RegExp(TOKEN_SHAPES.map((s) => `(${s.pattern})`).join('|'), 'gu');
const URL_GROUP = TOKEN_SHAPES.findIndex((s) => s.shape === 'url') + 1;
const WORD_GROUP = TOKEN_SHAPES.findIndex((s) => s.shape === 'word') + 1;

/** Characters that end a sentence or clause rather than a URL when they close one. */
const URL_TRAILING = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', "'", '"', '”', '’']);

/**
 * English clitics split off the word they lean on, as data. `afterPronounOnly`
 * protects transliterated names: "Sa'd" is a name, "I'd" is "I" + "'d".
 */
export const CLITICS: readonly { suffix: string; afterPronounOnly: boolean; reason: string }[] = [
  { suffix: "n't", afterPronounOnly: false, reason: 'Negation: "don\'t" → "do" "n\'t", as the Penn Treebank splits it.' },
  { suffix: "'s", afterPronounOnly: false, reason: 'Possessive or "is"/"has": "Iraq\'s" → "Iraq" "\'s" so the name is a token of its own.' },
  { suffix: "'re", afterPronounOnly: false, reason: '"are": "they\'re" → "they" "\'re".' },
  { suffix: "'ve", afterPronounOnly: false, reason: '"have": "we\'ve" → "we" "\'ve".' },
  { suffix: "'ll", afterPronounOnly: false, reason: '"will": "he\'ll" → "he" "\'ll".' },
  { suffix: "'d", afterPronounOnly: true, reason: '"would"/"had" after a pronoun ("I\'d"); elsewhere it is part of a name ("Sa\'d").' },
  { suffix: "'m", afterPronounOnly: true, reason: '"am" after "I"; elsewhere it is part of a name.' },
];

const CLITIC_HOSTS: ReadonlySet<string> = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'who', 'that', 'there', 'what', 'where']);

/**
 * Tokenizes text[start, end) (normally one sentence). Tokens are sorted, never
 * overlap, and text.slice(token.start, token.end) is the token's text.
 *
 * @example
 * const text = "Iraq's U.S. envoy didn't go.";
 * tokenize(text, 0, text.length).map((t) => text.slice(t.start, t.end));
 * // → ['Iraq', "'s", 'U.S.', 'envoy', 'did', "n't", 'go', '.']
 */
export function tokenize(text: string, start: number, end: number): Token[] {
  const slice = text.slice(start, end);
  const tokens: Token[] = [];
  for (let at = 0; at < slice.length; ) {
    const plain = plainTokenEnd(slice, at);
    if (plain < 0) {
      at++; // ASCII space: the pattern would skip it too
      continue;
    }
    if (plain > 0) {
      tokens.push({ start: start + at, end: start + plain, kind: plainKind(slice.charCodeAt(at)) });
      at = plain;
      continue;
    }
    TOKEN_PATTERN.lastIndex = at;
    const match = TOKEN_PATTERN.exec(slice);
    if (match === null) break;
    at = patternToken(slice, match, start, tokens);
  }
  return tokens;
}

const isAsciiLetter = (code: number): boolean => (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
const isAsciiDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
const isAsciiSpace = (code: number): boolean => code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d;

/**
 * What may follow a plain ASCII word or number for TOKEN_PATTERN to give exactly that run as one token of its own:
 * nothing that continues a URL ("http:"), an e-mail address ("x@", "x.", "x-"), a number ("1,000", "50%") or a word
 * ("al-Sadr", "Iraq's", "café", "COVID19"), nor a full stop an abbreviation could keep.
 */
const isPlainEnd = (code: number): boolean => Number.isNaN(code) || isAsciiSpace(code) || code === 0x3b /* ; */ || code === 0x29 /* ) */ || code === 0x21 /* ! */ || code === 0x3f /* ? */ || code === 0x22 /* " */ || code === 0x201d /* ” */;
/** Punctuation marks that no earlier shape of TOKEN_PATTERN can start and no mark continues: always a one-character punct token. */
const isPlainPunct = (code: number): boolean => code === 0x2c /* , */ || code === 0x3b || code === 0x3a /* : */ || code === 0x28 /* ( */ || code === 0x29 || code === 0x22 || code === 0x201c /* “ */ || code === 0x201d || code === 0x3f || code === 0x21;

/**
 * The fast path of tokenize, for the common tokens the one big pattern costs most on: where the plain ASCII word,
 * number or punctuation mark at `at` ends, -1 at an ASCII space, 0 when TOKEN_PATTERN must decide. Gives exactly
 * the pattern's tokens (the tokens of the 200 bench pages are identical with and without it).
 */
function plainTokenEnd(slice: string, at: number): number {
  const code = slice.charCodeAt(at);
  if (isAsciiSpace(code)) return -1;
  if (isPlainPunct(code)) return at + 1;
  const inRun = isAsciiLetter(code) ? isAsciiLetter : isAsciiDigit(code) ? isAsciiDigit : undefined;
  if (!inRun) return 0;
  let end = at + 1;
  while (inRun(slice.charCodeAt(end))) end++;
  const next = slice.charCodeAt(end);
  // A comma ends a word but may continue a number ("1,000").
  return isPlainEnd(next) || (next === 0x2c && inRun === isAsciiLetter) ? end : 0;
}

const plainKind = (code: number): TokenKind => (isAsciiLetter(code) ? 'word' : isAsciiDigit(code) ? 'number' : 'punct');

/** Pushes the token(s) of one TOKEN_PATTERN match and returns where the next token may start. */
function patternToken(slice: string, match: RegExpExecArray, start: number, tokens: Token[]): number {
  const group = matchedGroup(match);
  const tokenStart = match.index;
  let tokenEnd = tokenStart + match[0].length;
  if (group === URL_GROUP) tokenEnd = trimUrlEnd(slice, tokenStart, tokenEnd);
  else if (group === WORD_GROUP) return pushWord(slice, tokenStart, tokenEnd, start, tokens);
  tokens.push({ start: start + tokenStart, end: start + tokenEnd, kind: TOKEN_SHAPES[group - 1]!.kind });
  return tokenEnd;
}

function matchedGroup(match: RegExpExecArray): number {
  for (let group = 1; group < match.length; group++) if (match[group] !== undefined) return group;
  throw new Error(`token pattern matched without a group at ${match.index}`);
}

function trimUrlEnd(slice: string, start: number, end: number): number {
  let e = end;
  while (e > start + 1 && URL_TRAILING.has(slice[e - 1]!)) {
    // A closing parenthesis belongs to the URL when the URL opened one (Wikipedia links).
    if (slice[e - 1] === ')' && slice.lastIndexOf('(', e - 1) >= start) break;
    e--;
  }
  return e;
}

/**
 * Pushes a word token (split from its clitic, or extended by an abbreviation's
 * full stop) and returns where the next token may start (relative to the slice).
 */
function pushWord(slice: string, start: number, end: number, offset: number, tokens: Token[]): number {
  const word = slice.slice(start, end);
  if (slice.charCodeAt(end) === 0x2e /* . */ && keepsFullStop(word, slice, end)) {
    tokens.push({ start: offset + start, end: offset + end + 1, kind: 'word' });
    return end + 1;
  }
  const cliticLength = cliticSuffixLength(word);
  if (cliticLength > 0) {
    tokens.push({ start: offset + start, end: offset + end - cliticLength, kind: 'word' });
    tokens.push({ start: offset + end - cliticLength, end: offset + end, kind: 'word' });
  } else {
    tokens.push({ start: offset + start, end: offset + end, kind: 'word' });
  }
  return end;
}

/**
 * Whether the full stop at `stop` belongs to `word` ("Mr.", "Jan.", "J."). A stop
 * that ends the sentence (nothing but space after it) stays the sentence's own token.
 */
function keepsFullStop(word: string, slice: string, stop: number): boolean {
  const after = nextVisibleChar(slice, stop + 1);
  if (after === undefined) return false;
  if (word.length === 1) return isUpperCaseLetter(word); // an initial: "J. R. Jones"
  const info = lookupAbbreviation(word);
  if (!info) return false;
  if (info.beforeNumberOnly) return after >= '0' && after <= '9';
  return true;
}

function nextVisibleChar(slice: string, from: number): string | undefined {
  for (let i = from; i < slice.length; i++) {
    const char = slice[i]!;
    if (char.trim() !== '') return char;
  }
  return undefined;
}

function isUpperCaseLetter(char: string): boolean {
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

/** Length of a clitic at the end of `word` that should be split off, 0 if none. */
function cliticSuffixLength(word: string): number {
  if (!word.includes("'") && !word.includes('’')) return 0;
  const plain = word.replaceAll('’', "'").toLowerCase();
  for (const clitic of CLITICS) {
    if (plain.length <= clitic.suffix.length || !plain.endsWith(clitic.suffix)) continue;
    const host = plain.slice(0, plain.length - clitic.suffix.length);
    if (clitic.afterPronounOnly && !CLITIC_HOSTS.has(host)) continue;
    return clitic.suffix.length;
  }
  return 0;
}

/** Tokenizes every sentence; every token lies inside one sentence. */
export const tokenStage: Stage = {
  name: 'tokens',
  version: '1',
  requires: ['text', 'sentences'],
  assigns: ['tokens'],
  run(doc) {
    const text = doc.text!;
    const tokens: Token[] = [];
    for (const sentence of doc.sentences!) {
      for (const token of tokenize(text, sentence.start, sentence.end)) tokens.push(token);
    }
    doc.tokens = tokens;
    return { method: 'regex' };
  },
};
