/**
 * One name, one reading per document. After the tagger has read every sentence,
 * written-down rules make its output agree with itself:
 *
 *  1. Type vote (off by default, see DEFAULT_RULES): spans with the same text take
 *     the type most of them have (ties keep their own).
 *  2. Propagation: a capitalised token sequence equal to a span found elsewhere
 *     in the document, left untagged here, gets that span ("Quds Force" … "Quds Force");
 *     by default for names of two or more words only.
 *  3. Short forms of people: an untagged capitalised word that is the last name
 *     word of a person found elsewhere is that person ("Muqtada al-Sadr" …
 *     "Al-Sadr said"), comparing without Arabic article prefixes.
 *
 * Only capitalised text is touched: a lower-case "bush" never becomes "Bush".
 */
import type { TokenSpan } from './corpus.js';

const ARTICLE_PREFIX = /^(?:al|el|ad|an|ar|as|at|az|ash)-/i;
const normaliseName = (word: string): string => word.toLowerCase().replace(ARTICLE_PREFIX, '');
const capitalised = (word: string): boolean => /^\p{Lu}/u.test(word);

export interface ConsistencyRules {
  vote: boolean;
  propagate: boolean;
  /** Propagate one-word spans too (else only names of two or more words). */
  propagateSingle: boolean;
  shortForms: boolean;
}

/**
 * Measured on the development sets (UNER EWT dev, GUM dev documents), F1 without rules → with:
 * voting by majority cost GUM 0.6 (a wrong majority spreads: "Coron" a person in a travel guide),
 * propagating one-word names gained EWT 0.5 but cost GUM 0.5; short forms and multi-word
 * propagation are neutral to slightly positive and are what links "Al-Sadr said" to its person.
 */
export const DEFAULT_RULES: ConsistencyRules = { vote: false, propagate: true, propagateSingle: false, shortForms: true };

export function makeConsistent(sentences: readonly (readonly string[])[], spans: TokenSpan[][], rules: ConsistencyRules = DEFAULT_RULES): TokenSpan[][] {
  // 1. Type vote by exact text.
  const votes = new Map<string, Map<string, number>>();
  spans.forEach((list, s) => {
    for (const span of list) {
      const text = sentences[s]!.slice(span.start, span.end).join(' ');
      const byType = votes.get(text) ?? new Map<string, number>();
      byType.set(span.type, (byType.get(span.type) ?? 0) + 1);
      votes.set(text, byType);
    }
  });
  const winner = new Map<string, string>();
  for (const [text, byType] of votes) {
    const ranked = [...byType].sort((a, b) => b[1] - a[1]);
    if (ranked.length === 1 || (rules.vote && ranked[0]![1] > ranked[1]![1])) winner.set(text, ranked[0]![0]);
  }
  const out = !rules.vote ? spans : spans.map((list, s) => list.map((span) => {
    const type = winner.get(sentences[s]!.slice(span.start, span.end).join(' '));
    return type && type !== span.type ? { ...span, type } : span;
  }));
  // 2 and 3. Fill untagged capitalised stretches.
  const known = !rules.propagate ? [] : [...winner].filter(([text]) => capitalised(text) && (rules.propagateSingle || text.includes(' '))).map(([text, type]) => ({ words: text.split(' '), type }));
  known.sort((a, b) => b.words.length - a.words.length);
  // By first word, longest first as in `known`: a token is looked up once, not compared with every known name.
  const knownByFirst = new Map<string, typeof known>();
  for (const k of known) {
    const list = knownByFirst.get(k.words[0]!);
    if (list) list.push(k);
    else knownByFirst.set(k.words[0]!, [k]);
  }
  const surnames = new Map<string, number>();
  out.forEach((list, s) => {
    for (const span of list) {
      if (span.type !== 'PER' || span.end - span.start < 2) continue;
      const last = normaliseName(sentences[s]![span.end - 1]!);
      surnames.set(last, (surnames.get(last) ?? 0) + 1);
    }
  });
  return out.map((list, s) => {
    const words = sentences[s]!;
    const covered = new Uint8Array(words.length);
    for (const span of list) covered.fill(1, span.start, span.end);
    const added: TokenSpan[] = [];
    for (let i = 0; i < words.length; i++) {
      if (covered[i] || !capitalised(words[i]!)) continue;
      const match = knownByFirst.get(words[i]!)?.find((k) => matchesAt(words, covered, i, k.words));
      if (match) {
        added.push({ start: i, end: i + match.words.length, type: match.type });
        covered.fill(1, i, i + match.words.length);
        continue;
      }
      // A run of one capitalised word only: "Sadr said", not "Sadr City".
      const alone = !(words[i + 1] !== undefined && capitalised(words[i + 1]!) && !covered[i + 1]);
      if (rules.shortForms && alone && surnames.has(normaliseName(words[i]!))) {
        added.push({ start: i, end: i + 1, type: 'PER' });
        covered[i] = 1;
      }
    }
    return added.length === 0 ? list : [...list, ...added].sort((a, b) => a.start - b.start);
  });
}

function matchesAt(words: readonly string[], covered: Uint8Array, i: number, phrase: readonly string[]): boolean {
  if (i + phrase.length > words.length) return false;
  for (let k = 0; k < phrase.length; k++) if (covered[i + k] || words[i + k] !== phrase[k]) return false;
  // The match must not be the start of a longer capitalised run ("Harrow School" is not "Harrow").
  const next = words[i + phrase.length];
  return next === undefined || !capitalised(next) || covered[i + phrase.length] === 1;
}
