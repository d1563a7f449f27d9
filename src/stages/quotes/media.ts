/**
 * The medium of a quote when the text states it ("in a tweet", "on Twitter",
 * "in a statement"), as data with reasons (STYLE.md point 4). Patterns are
 * matched case-insensitively on the words around the cue; the first pattern
 * that matches names the medium.
 */

export interface MediumPattern {
  id: string;
  /** The medium's canonical name, as stored on the quote. */
  medium: string;
  /** Matched against the text between speaker, cue and content (whole words, case-insensitive). */
  pattern: RegExp;
  reason: string;
}

export const MEDIUM_PATTERNS: readonly MediumPattern[] = [
  { id: 'twitter', medium: 'Twitter', pattern: /\b(?:tweets?|tweeted|tweeting|retweet(?:ed)?|twitter)\b/iu, reason: 'A tweet, or a post on Twitter: the platform is the medium.' },
  { id: 'facebook', medium: 'Facebook', pattern: /\bfacebook\b/iu, reason: '"on Facebook", "in a Facebook post".' },
  { id: 'instagram', medium: 'Instagram', pattern: /\binstagram\b/iu, reason: '"on Instagram".' },
  { id: 'telegram', medium: 'Telegram', pattern: /\btelegram\b/iu, reason: '"on his Telegram channel": common for Middle East and Russian officials.' },
  { id: 'youtube', medium: 'YouTube', pattern: /\byoutube\b/iu, reason: '"in a YouTube video".' },
  { id: 'press-conference', medium: 'press conference', pattern: /\b(?:press|news) (?:conference|briefing)\b|\bbriefing\b/iu, reason: 'Statements made to the press in person.' },
  { id: 'interview', medium: 'interview', pattern: /\binterviews?\b/iu, reason: '"in an interview with …".' },
  { id: 'statement', medium: 'statement', pattern: /\b(?:statements?|press release|communiqu[eé])\b/iu, reason: '"in a statement", "a statement released by …".' },
  { id: 'speech', medium: 'speech', pattern: /\b(?:speech|address(?:ing)? (?:to )?(?:the )?(?:nation|parliament|congress|assembly|rally))\b/iu, reason: '"in a speech", "in an address to the nation".' },
  { id: 'letter', medium: 'letter', pattern: /\bletters?\b/iu, reason: '"in a letter to …".' },
  { id: 'email', medium: 'email', pattern: /\be-?mail(?:ed|s)?\b/iu, reason: '"in an email", "emailed".' },
  { id: 'op-ed', medium: 'op-ed', pattern: /\b(?:op-ed|column|editorial)\b/iu, reason: '"in an op-ed", "in a column for …".' },
  { id: 'television', medium: 'television', pattern: /\b(?:television|televised|tv)\b/iu, reason: '"on television", "in a televised address".' },
  { id: 'radio', medium: 'radio', pattern: /\bradio\b/iu, reason: '"on radio", "in a radio interview".' },
  { id: 'video', medium: 'video', pattern: /\bvideo\b/iu, reason: '"in a video posted online".' },
  { id: 'blog', medium: 'blog', pattern: /\bblog(?: post)?\b/iu, reason: '"in a blog post".' },
];

/** The medium named in `text`, with the pattern that named it. */
export function findMedium(text: string): { medium: string; id: string } | undefined {
  for (const p of MEDIUM_PATTERNS) if (p.pattern.test(text)) return { medium: p.medium, id: p.id };
  return undefined;
}
