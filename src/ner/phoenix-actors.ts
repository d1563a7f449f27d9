/**
 * Reader for the Phoenix/PETRARCH actor dictionaries (TABARI .actor format, MIT,
 * Open Event Data Alliance): tens of thousands of political actors with CAMEO
 * codes. An entry is a head line, "+" lines with its synonyms, and code lines
 * ("\t[IRNGOV 790116-790122]", or inline after the head); "#" starts a comment.
 *
 *   REVOLUTIONARY_GUARD
 *   +QUDS_FORCE
 *   	[IRNMIL]
 *
 * Each entry is classed as a person, an organisation or a place by written-down
 * cues (people carry dated codes or a CountryInfo comment; organisations end in a
 * head word; a bare three-letter code is a country, its synonyms places in it),
 * so the gazetteer built from it can feed the tagger and, later, event coding.
 */

export type ActorKind = 'actor-person' | 'actor-org' | 'actor-place';

export interface PhoenixEntry {
  /** Names as written in the dictionary, underscores turned to spaces: "QUDS FORCE". */
  names: string[];
  /** The current CAMEO code: the undated one, else the one whose period ends last. */
  code: string;
  kind: ActorKind;
}

export interface PhoenixCues {
  /** Lower-case words that end an organisation's name ("force", "party", "ministry"). */
  orgHeads: ReadonlySet<string>;
  /** Lower-case words that open a role rather than a name ("president", "minister"): such entries are skipped. */
  titles: ReadonlySet<string>;
  /** Whether a lower-case word is a known personal name. */
  isPersonName: (lower: string) => boolean;
}

interface RawEntry {
  names: string[];
  codes: { code: string; end: number }[];
  countryInfo: boolean;
}

const CODE = /\[([A-Z0-9]+)(?:\s+([<>]?)(\d*)-?(\d*))?\]/g;

/** "790122" (YYMMDD) or "20070101" as a sortable YYYYMMDD number. */
function sortableDate(text: string): number {
  if (text.length === 8) return Number(text);
  const yy = Number(text.slice(0, 2));
  return (yy < 40 ? 2000 + yy : 1900 + yy) * 10000 + Number(text.slice(2));
}

/** Codes with the end of their period ("[X a-b]" ends at b, "[X <d]" at d; "[X]" and "[X >d]" are open). */
function parseCodes(text: string, into: RawEntry): void {
  for (const m of text.matchAll(CODE)) {
    const [, code, bound, first, second] = m;
    let end = Infinity;
    if (second) end = sortableDate(second);
    else if (bound === '<' && first) end = sortableDate(first);
    into.codes.push({ code: code!, end });
  }
}

function nameOf(raw: string): string {
  return raw.replace(/\[.*$/, '').trim().replace(/_+$/, '').replace(/_/g, ' ').trim();
}

/** Raw entries of one .actor file, in file order. */
export function parseActorFile(text: string): RawEntry[] {
  const entries: RawEntry[] = [];
  let current: RawEntry | undefined;
  for (const rawLine of text.split(/\r?\n/)) {
    const hash = rawLine.indexOf('#');
    const comment = hash >= 0 ? rawLine.slice(hash) : '';
    const line = hash >= 0 ? rawLine.slice(0, hash) : rawLine;
    if (line.trim() === '') continue;
    if (/^\s/.test(line)) {
      if (current) parseCodes(line, current);
      continue;
    }
    if (line.startsWith('+')) {
      if (!current) continue;
      const name = nameOf(line.slice(1));
      if (name) current.names.push(name);
      parseCodes(line, current);
      continue;
    }
    current = { names: [], codes: [], countryInfo: comment.includes('CountryInfo') };
    const name = nameOf(line);
    if (name) current.names.push(name);
    parseCodes(line, current);
    entries.push(current);
  }
  return entries;
}

/** The entry's current code: undated or latest-ending. */
function currentCode(entry: RawEntry): string {
  let best: { code: string; end: number } | undefined;
  for (const c of entry.codes) if (!best || c.end > best.end) best = c;
  return best?.code ?? '';
}

/**
 * Classes raw entries. Entries without a code inherit none and are dropped (they
 * are continuation fragments); role phrases ("PRESIDENT OF IRAN") are dropped.
 */
export function classifyEntries(entries: readonly RawEntry[], cues: PhoenixCues): PhoenixEntry[] {
  const out: PhoenixEntry[] = [];
  for (const entry of entries) {
    const code = currentCode(entry);
    if (!code || entry.names.length === 0) continue;
    const words = entry.names[0]!.toLowerCase().split(/\s+/);
    const orgHeaded = cues.orgHeads.has(words[words.length - 1]!);
    let kind: ActorKind;
    if (/^[A-Z]{3}$/.test(code) && !orgHeaded && !entry.countryInfo) kind = 'actor-place';
    else if (orgHeaded) kind = 'actor-org';
    else if (cues.titles.has(words[0]!)) continue;
    else if (entry.countryInfo || entry.codes.some((c) => c.end !== Infinity) || looksLikePerson(words, cues)) kind = 'actor-person';
    else kind = 'actor-org';
    out.push({ names: entry.names, code, kind });
  }
  return out;
}

function looksLikePerson(words: readonly string[], cues: PhoenixCues): boolean {
  return words.length >= 2 && words.length <= 4 && cues.isPersonName(words[0]!) && cues.isPersonName(words[words.length - 1]!);
}
