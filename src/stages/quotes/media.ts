/**
 * The medium of a quote when the text states it ("in a tweet", "on Twitter",
 * "in a statement"), as data with reasons (STYLE.md point 4). Patterns are
 * matched on the lower-cased words around the cue; the first pattern that
 * matches names the medium.
 */

export interface MediumPattern {
  id: string;
  /** The medium's canonical name, as stored on the quote. */
  medium: string;
  /** Matched against the lower-cased text between speaker, cue and content (whole words; lower case, no flags: fast). */
  pattern: RegExp;
  reason: string;
}

export const MEDIUM_PATTERNS: readonly MediumPattern[] = [
  { id: 'twitter', medium: 'Twitter', pattern: /\b(?:tweets?|tweeted|tweeting|retweet(?:ed)?|twitter)\b/, reason: 'A tweet, or a post on Twitter: the platform is the medium.' },
  { id: 'facebook', medium: 'Facebook', pattern: /\bfacebook\b/, reason: '"on Facebook", "in a Facebook post".' },
  { id: 'instagram', medium: 'Instagram', pattern: /\binstagram\b/, reason: '"on Instagram".' },
  { id: 'telegram', medium: 'Telegram', pattern: /\btelegram\b/, reason: '"on his Telegram channel": common for Middle East and Russian officials.' },
  { id: 'youtube', medium: 'YouTube', pattern: /\byoutube\b/, reason: '"in a YouTube video".' },
  { id: 'press-conference', medium: 'press conference', pattern: /\b(?:press|news) (?:conference|briefing)\b|\bbriefing\b/, reason: 'Statements made to the press in person.' },
  { id: 'interview', medium: 'interview', pattern: /\binterviews?\b/, reason: '"in an interview with …".' },
  { id: 'statement', medium: 'statement', pattern: /\b(?:statements?|press release)\b|\bcommuniqu[eé]/, reason: '"in a statement", "a statement released by …".' },
  { id: 'speech', medium: 'speech', pattern: /\b(?:speech|address(?:ing)? (?:to )?(?:the )?(?:nation|parliament|congress|assembly|rally))\b/, reason: '"in a speech", "in an address to the nation".' },
  { id: 'letter', medium: 'letter', pattern: /\bletters?\b/, reason: '"in a letter to …".' },
  { id: 'email', medium: 'email', pattern: /\be-?mail(?:ed|s)?\b/, reason: '"in an email", "emailed".' },
  { id: 'op-ed', medium: 'op-ed', pattern: /\b(?:op-ed|column|editorial)\b/, reason: '"in an op-ed", "in a column for …".' },
  { id: 'television', medium: 'television', pattern: /\b(?:television|televised|tv)\b/, reason: '"on television", "in a televised address".' },
  { id: 'radio', medium: 'radio', pattern: /\bradio\b/, reason: '"on radio", "in a radio interview".' },
  { id: 'video', medium: 'video', pattern: /\bvideo\b/, reason: '"in a video posted online".' },
  { id: 'blog', medium: 'blog', pattern: /\bblog(?: post)?\b/, reason: '"in a blog post".' },
];

/** All patterns at once: most windows name no medium, and one test rules them all out. */
const ANY_MEDIUM = new RegExp(MEDIUM_PATTERNS.map((p) => `(?:${p.pattern.source})`).join('|'));

/** The medium named in `text`, with the pattern that named it. */
export function findMedium(text: string): { medium: string; id: string } | undefined {
  const lower = text.toLowerCase();
  if (!ANY_MEDIUM.test(lower)) return undefined;
  for (const p of MEDIUM_PATTERNS) if (p.pattern.test(lower)) return { medium: p.medium, id: p.id };
  return undefined;
}
