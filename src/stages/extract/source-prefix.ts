import { MONTH_NAMES } from './html/month-names.js';
import { findOutlet } from './outlets.js';

/**
 * The source and dateline prefixes that open news paragraphs, as data:
 * "Shafaq News / The leader …", "BAGHDAD (Reuters) - …", "(AP) — …", "KYIV, Ukraine — …".
 * Named groups: `outlet` (the source), `place` (the dateline location).
 */
export interface PrefixPattern {
  id: string;
  pattern: RegExp;
  reason: string;
  examples: string[];
}

const NAME_WORD = String.raw`[\p{Lu}\d][\p{L}\d&.'’-]*`;

/** An English month, capitalised, with its dateline abbreviations ("Aug.", "Sept"). */
const MONTH = `(?:${MONTH_NAMES.find((m) => m.language === 'en')!.months.flat().map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|')})\\.?`;
/**
 * A dateline place in ordinary case, with its country or region: "Baghdad", "New York", "Erbil, Kurdistan Region";
 * not a weekday or a word that opens a sentence about a time ("On Monday, May 5 - …", "Monday, August 12 - …").
 */
const PLACE_IN_CASE = String.raw`(?!(?:\p{Lu}\p{Ll}+day|On|In|At|By|Since|Until|Last|Next|Early|Late|Yesterday|Today)\b)\p{Lu}\p{Ll}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}(?:,\s*\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+)?)?`;
/** A dateline's date: "August 12", "Aug. 12, 2020", "12 August", optionally after a weekday. */
const DATELINE_DATE = String.raw`(?:\p{Lu}\p{Ll}+day,?\s+)?(?:${MONTH}\s+\d{1,2}|\d{1,2}\s+${MONTH})(?:,?\s+\d{4})?`;

export const PREFIX_PATTERNS: readonly PrefixPattern[] = [
  {
    id: 'wire-dateline',
    pattern: new RegExp(String.raw`^(?<place>\p{Lu}[\p{Lu}.'’ -]{1,40}?(?:,\s*\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+)?)?)(?:,\s*\p{Lu}[\p{Ll}]{2,8}\.?\s+\d{1,2})?\s*\((?<outlet>\p{Lu}[\p{L}&.' -]{0,30})\)\s*[-–—―_:]+\s*`, 'u'),
    reason: 'Wire-service openings: PLACE (Outlet) - text.',
    examples: ['BAGHDAD (Reuters) - Iraq said', 'WASHINGTON, Sept 30 (Reuters) - The', 'KYIV, Ukraine (AP) — Russian forces', 'BELFAST, Northern Ireland (AP)_ Police'],
  },
  {
    id: 'outlet-parenthesised',
    pattern: new RegExp(String.raw`^\((?<outlet>\p{Lu}[\p{L}&.' -]{0,30})\)\s*[-–—―_:]+\s*`, 'u'),
    reason: 'Openings that give only the agency: (AP) — text.',
    examples: ['(AP) — The president', '(Reuters) - Oil prices'],
  },
  {
    id: 'outlet-slash',
    pattern: new RegExp(String.raw`^(?<outlet>${NAME_WORD}(?:\s+${NAME_WORD}){0,4})\s*/\s+(?=\S)`, 'u'),
    reason: 'Regional outlets glue their name to the first paragraph: "Shafaq News / text".',
    examples: ['Shafaq News / The leader of', 'Baghdad Today / Sources said'],
  },
  {
    id: 'caps-dateline',
    pattern: new RegExp(String.raw`^(?<place>\p{Lu}[\p{Lu}.'’-]{2,}(?:\s+\p{Lu}[\p{Lu}.'’-]+){0,3}(?:,\s*\p{Lu}[\p{L}.]+(?:\s+\p{Lu}[\p{L}.]+)?)?)\s*[—―–_-]{1,2}\s+(?=\S)`, 'u'),
    reason: 'Datelines in capitals before a dash: "WASHINGTON — text" (the HuffPost writes a horizontal bar, U+2015; the AP and NYT wires of the 1990s an underscore, "NEWARK, N.J. _ A new").',
    examples: ['WASHINGTON — The Senate', 'KYIV, Ukraine — Russian', 'NEW YORK - Stocks', 'WASHINGTON ― The Obama', 'NEWARK, N.J. _ A new'],
  },
  {
    id: 'dated-dateline',
    pattern: new RegExp(String.raw`^(?<place>${PLACE_IN_CASE}),\s*${DATELINE_DATE}\s*[—―–_-]{1,2}\s+(?=[^\d\s])`, 'u'),
    reason: 'Datelines in ordinary case need their date to tell them from a sentence: "Baghdad, August 12 - text" (not a range, "May 5 - 7"). The place is where the story was filed, not an actor of its first sentence.',
    examples: ['Baghdad, August 12 - Iraq condemned', 'Erbil, Kurdistan Region, Aug. 12, 2020 — Officials', 'New York, 12 August – Stocks'],
  },
  {
    id: 'agency-dateline',
    pattern: new RegExp(String.raw`^(?<place>${PLACE_IN_CASE})(?:,\s*${DATELINE_DATE})?\s*\((?<outlet>\p{Lu}[\p{L}&.' -]{0,30})\)\s*[-–—―_:]+\s*`, 'u'),
    reason: 'Agency datelines in ordinary case, as AFP and others print them: "Baghdad (AFP) - text". Only with an outlet we know, so a sentence opening "Iraq (pictured) -" stays.',
    examples: ['Baghdad (AFP) - Iraq condemned', 'Baghdad, Aug 12 (AFP) - Iraq', 'Kyiv, Ukraine (Reuters) — Russian'],
  },
];

export interface PrefixMatch {
  patternId: string;
  outlet?: string;
  place?: string;
  /** Length of the prefix to cut from the paragraph. */
  length: number;
}

/** Words that make a capitalised name before a slash look like an outlet rather than "Iraq / Iran". */
const MEDIA_WORD = /\b(?:News|Agency|TV|Press|Times|Post|Today|Radio|Network|Daily|Herald|Tribune|Journal|Media|Online|24)\b/;

function plausibleSlashOutlet(name: string): boolean {
  return findOutlet(name) !== undefined || MEDIA_WORD.test(name) || name.split(/\s+/).length >= 2;
}

export function matchSourcePrefix(paragraph: string): PrefixMatch | undefined {
  for (const p of PREFIX_PATTERNS) {
    const m = p.pattern.exec(paragraph);
    if (!m) continue;
    const outlet = m.groups?.outlet?.trim();
    const place = m.groups?.place?.trim();
    if (p.id === 'outlet-slash' && !(outlet && plausibleSlashOutlet(outlet))) continue;
    if (p.id === 'agency-dateline' && !(outlet && findOutlet(outlet))) continue;
    return { patternId: p.id, length: m[0].length, ...(outlet ? { outlet } : {}), ...(place ? { place } : {}) };
  }
  return undefined;
}
