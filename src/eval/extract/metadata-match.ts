/**
 * How an extracted title, author or date is compared with the gold value. Each
 * comparison has a strict form (what we report as accuracy) and, for titles and
 * authors, a lenient one that forgives a site-name suffix or a different way of
 * listing co-authors: the gap between the two says which kind of error dominates.
 */

export const normaliseSpace = (s: string): string => s.replace(/\s+/g, ' ').trim();

const fold = (s: string): string => normaliseSpace(s).toLowerCase();

export interface MatchResult {
  strict: boolean;
  lenient: boolean;
}

const NO_MATCH: MatchResult = { strict: false, lenient: false };

/** Strict: equal after whitespace normalisation and case-folding. Lenient: one contains the other. */
export function matchTitle(gold: string, extracted: string | undefined): MatchResult {
  const g = fold(gold);
  const e = fold(extracted ?? '');
  if (e.length === 0) return NO_MATCH;
  return { strict: g === e, lenient: g.includes(e) || e.includes(g) };
}

/** Gold authors come as one string or, for a few pages, a list; lists compare in the extractor's "; " form. */
export const goldAuthorString = (gold: string | string[]): string => (Array.isArray(gold) ? gold.join('; ') : gold);

/** Separators between co-authors across the languages of the data: "; ", ", ", "and", "und", "et", "y", "&", "/". */
const AUTHOR_SEPARATORS = /\s*(?:[;,/&|]|\s(?:and|und|et|y|e)\s)\s*/i;

/** The set of names in an author string, each without punctuation and case. */
export function authorNames(authors: string): Set<string> {
  return new Set(
    authors
      .split(AUTHOR_SEPARATORS)
      .map((name) => normaliseSpace(name.replace(/[^\p{L}\p{N}\s]/gu, ' ')).toLowerCase())
      .filter((name) => name.length > 0),
  );
}

/** Strict: equal ignoring case and spacing. Lenient: the same set of names, in any order, any punctuation. */
export function matchAuthor(gold: string | string[], extracted: string | undefined): MatchResult {
  if (!extracted || normaliseSpace(extracted).length === 0) return NO_MATCH;
  const g = goldAuthorString(gold);
  const strict = fold(g) === fold(extracted);
  const goldNames = authorNames(g);
  const gotNames = authorNames(extracted);
  const lenient = strict || (goldNames.size === gotNames.size && [...goldNames].every((n) => gotNames.has(n)));
  return { strict, lenient };
}

/** The calendar day an ISO date or date-time names, zero-padded ("2022-11-1" → "2022-11-01"). */
export function dayOf(date: string | undefined): string | undefined {
  const m = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})/.exec(date ?? '');
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : undefined;
}

/** Day-exact: the time of day and zone are ignored, as in htmldate's own evaluation. */
export function sameDay(gold: string, published: string | undefined): boolean {
  const day = dayOf(published);
  return day !== undefined && day === dayOf(gold);
}

/** A running count of correct answers over the items that have a gold value. */
export interface Tally {
  correct: number;
  total: number;
}

export const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);
