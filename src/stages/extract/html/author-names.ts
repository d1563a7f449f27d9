import { collapseSpaces } from './dom.js';

/**
 * Author names as strings: cleaning a raw byline down to the name it holds
 * ("By Jane Doe, Staff Writer | Reuters" → "Jane Doe"), and telling a name from
 * the other words that sit where names sit (labels, dates, CMS accounts).
 */

/** Words that introduce a name in bylines, across the languages of the data. */
const BY_LABEL = /^(?:(?:written|posted|published|submitted|reported|text|story|words|interview|fotos?|photos?|bilder?|und|and|&|erstellt|geschrieben|veröffentlicht|eingestellt|verfasst|gepostet|ein beitrag|eine kolumne|ein kommentar|ein gastbeitrag|artikel|rezept|beitrag|kolumne|kommentar|publicado|publicada|escrito|escrita|scritto|pubblicato|publié|publiée|écrit|écrite)\s+)*(?:by|von|vom|par|por|door|av|af|przez|da|autor(?:in|en)?|author(?:s)?|auteur(?:e|s)?|autore|reporter|redakteur(?:in)?|verfasser(?:in)?|redaktion|texte?|interview|quelle|source|fotos?)(?![\p{L}])\s*[:.]?\s*/iu;

/** What follows a name in a byline: a date, a role, a separator, a call to action. */
const AFTER_NAME = [
  /\s+(?:am|on|le|el|il|em|op|at|um|vom)\s+(?:\p{L}+,?\s+)?\d.*$/iu,
  /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\s+(?=\p{L})/u,
  /,?\s*\d{1,2}[./-]\d{1,2}[./-]\d{2,4}.*$/,
  /,?\s*\d{1,2}\.?\s+\p{L}+\.?\s+\d{4}.*$/u,
  /,?\s*(?:\p{L}+\.?\s+)?\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}.*$/u,
  /(?:\s+|(?<=\p{Ll}))(?:vor|il y a|hace)\s+\d+\s+\p{L}+.*$/iu,
  /,?\s*(?:datum|date|stand|fecha|updated|aktualisiert|veröffentlicht|published|posted)\s*:.*$/iu,
  /\s+(?:veröffentlicht|aktualisiert|published|updated|posted|stand|erstellt)\s*$/iu,
  /\s+(?:foto|fotos|photo|photos|bild|bilder)\s*:.*$/iu,
  /\s*[|•·∙]\s*.*$/,
  /\s+[-–—]\s+.*$/,
  /\s*\((?:[^)]*)\)\s*$/,
  /,\s*(?:staff|senior|chief|special|foreign|political|correspondent|editor|reporter|writer|contributor|redakteur|redakteurin|journalist|journalistin|korrespondent|korrespondentin|freie|freier|mitarbeiter|phd|md|dr\.?)\b.*$/i,
  /\s+(?:says|sagt|said|schreibt|writes|follow|folgen|mehr|more|alle artikel|all articles|shares?|profil|profile)\s*:?\s*$/i,
  /\s*@[\w.]+$/,
  /(?<=\p{Ll})(?:follow|folgen|mehr|more|profil|profile)$/iu,
  /(?:\s+\d+)+$/,
  /\s+(?:\d+|no|keine|one|ein)\s+(?:comments?|kommentare?|responses?|antworten|replies)\b.*$/iu,
  /\s+(?:leave a comment|schreibe einen kommentar|kommentar schreiben)\b.*$/iu,
  /\s+(?:weitere|alle|mehr|more)\s+(?:beiträge|artikel|artikel von|posts|articles|stories)\b.*$/iu,
  /\s*:\s*$/,
];

/** Values that are never an author: placeholders, CMS accounts, form labels, words from the byline's furniture. */
export const AUTHOR_REJECTS: readonly { id: string; pattern: RegExp; reason: string }[] = [
  { id: 'account', pattern: /^(?:admin|administrator|administration|webmaster|root|user|guest|gast|anonymous|anonym|unknown|unbekannt|editor|editors|superuser|system|wordpress|sysadmin|moderator|support|team|no author|none|null|undefined|n\/a)$/i, reason: 'CMS accounts and placeholders, not people or organisations that wrote the text.' },
  { id: 'label', pattern: /^(?:name|name \*|your name|ihr name|dein name|e-?mail|website|posted on|posted in|published|veröffentlicht(?: am)?|publiziert(?: am)?|eingestellt(?: am)?|geschrieben(?: am)?|follow|folgen|share|teilen|autor|author|authors|autoren|by|von|about the author|über den autor|mehr|more|read more|weiterlesen|kommentar|comments?|antworten|reply|home|menu|menü|login|anmelden|abonnieren|subscribe)\s*[:*]?$/i, reason: 'Form labels and byline furniture that sit in author-classed elements.' },
  { id: 'url', pattern: /^(?:https?:\/\/|www\.[^ ]+\/)|\/\//i, reason: 'Profile links (article:author holds a Facebook URL on many sites).' },
  { id: 'email', pattern: /^[\w.+-]+@[\w-]+\.[\w.]+$/, reason: 'An e-mail address alone is a contact, not a byline.' },
  { id: 'not-a-name', pattern: /^[^\p{L}]*$|^.{0,1}$|\d{4}|\d{1,2}:\d{2}/u, reason: 'No letters, one character, a year or a time of day: dates and counters in author-classed elements.' },
];

/** The editorial team as a byline ("Redaktion", "La rédaction"): a label elsewhere, an author on its own. */
const EDITORIAL_TEAM = /^(?:die\s+|la\s+|the\s+)?(?:redaktion|rédaction|redacción|redazione|redactie|editorial team|newsroom)$/i;

/** Longer values are sentences (an author box's biography), not bylines. */
export const MAX_NAME_CHARS = 80;
export const MAX_NAME_WORDS = 8;


/** Lower-case letters and digits only: compares "ORF.at" with "orf.at", "Mdr.de" with "MDR.DE". */
export const squash = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * A raw byline → the name in it, or undefined when nothing name-like is left.
 *
 * @example cleanAuthor('By Jane Doe, Staff Writer | Reuters') // 'Jane Doe'
 * @example cleanAuthor('Veröffentlicht von Max Muster am 12.03.2019') // 'Max Muster'
 */
export function cleanAuthor(raw: string, sites: ReadonlySet<string> = new Set(), rejectSiteName = false): string | undefined {
  let name = collapseSpaces(raw.replace(/\u00ad/g, ''));
  for (let i = 0; i < 3; i++) {
    const before = name;
    name = name.replace(/^[~\-–—•·|:,\s]+/, '');
    // A label is cut only when a name follows it: "Redaktion" alone is a byline (the editorial team).
    const unlabelled = name.replace(BY_LABEL, '');
    if (unlabelled.trim().length > 0 || !EDITORIAL_TEAM.test(name)) name = unlabelled;
    if (name === before) break;
  }
  // An address alone is a contact, not a byline; checked before "@handle" suffixes are cut.
  if (/^[\w.+-]+@[\w-]+\.[\w.]+$/.test(name)) return undefined;
  for (const pattern of AFTER_NAME) name = name.replace(pattern, '');
  name = name.replace(/^@/, '').replace(/[\s,;:·|~\-–—]+$/, '').trim();
  // "Bob Yirka, Phys.org": the site's name after the person's.
  const comma = name.lastIndexOf(',');
  if (comma > 0 && sites.has(squash(name.slice(comma + 1)))) name = name.slice(0, comma).trim();
  if (name.length > MAX_NAME_CHARS || name.split(' ').length > MAX_NAME_WORDS) return undefined;
  if (AUTHOR_REJECTS.some((r) => r.pattern.test(name))) return undefined;
  // Meta tags and JSON-LD organisations often name the site itself; a byline that does (a one-person blog) is believed.
  if (rejectSiteName && sites.has(squash(name))) return undefined;
  return name;
}

/** Words a name is made of: capitalised words, initials, and the particles of names (von, de, van, …). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’./-]*|\p{Lo}{1,6}|\p{Lu}\.|(?:von|van|de|der|den|del|della|di|da|du|dos|das|la|le|zu|ten|ter|bin|ibn|al|el|y|e|v\.|und|and|&|et|mit|with|\/)|[\p{Lu}\d/.-]+)$/u;

/** Whether a cleaned byline reads as names: every word a name word, the first capitalised. */
export function looksLikeNames(text: string): boolean {
  const words = text.replace(/,/g, ' , ').split(/\s+/).filter((w) => w.length > 0 && w !== ',');
  // Capitalised, or in a script without case (Chinese, Japanese, Arabic names).
  return words.length > 0 && words.length <= MAX_NAME_WORDS && /^[\p{Lu}\p{Lo}]/u.test(words[0]!) && words.every((w) => NAME_WORD.test(w));
}

/** A forum or blog login ("lupa", "jesusfreak", "r23"): a name only where the markup says it is the author's. */
export const USER_NAME = /^[\p{L}\d][\p{L}\d._-]{1,29}$/u;
