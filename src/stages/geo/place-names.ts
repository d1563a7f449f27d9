/**
 * The normalised form under which place names are looked up: lower case, no
 * diacritics, no dots or apostrophes, hyphens as spaces, and the abbreviations of
 * the words that open many place names spelled out ("St. Louis" = "Saint Louis",
 * "Mt. Vernon" = "Mount Vernon", "Ft. Worth" = "Fort Worth").
 *
 * @example placeKey('St. Louis') === 'saint louis'; placeKey('U.S.') === 'us'; placeKey('Rapides Parish') === 'rapides parish'
 */
const ABBREVIATED_FIRST_WORDS: Readonly<Record<string, string>> = { st: 'saint', ste: 'sainte', mt: 'mount', ft: 'fort', pt: 'point' };

const MARKS = /\p{M}+/gu;
const DROPPED = /[.'’`]/g;
const SEPARATORS = /[\s\-‐‑–—_/,]+/g;

/** Most names are plain ASCII: they skip the Unicode decomposition, which is most of the cost of loading the gazetteer. */
const NON_ASCII = /[^\x20-\x7e]/;

export function placeKey(name: string): string {
  const folded = NON_ASCII.test(name) ? name.normalize('NFKD').replace(MARKS, '') : name;
  const words = folded.toLowerCase().replace(DROPPED, '').replace(SEPARATORS, ' ').trim().split(' ');
  const first = ABBREVIATED_FIRST_WORDS[words[0]!];
  if (first) words[0] = first;
  return words.join(' ');
}
