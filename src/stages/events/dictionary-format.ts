/**
 * Readers for the PETRARCH/TABARI dictionary text formats (verbs with synsets and
 * patterns, actors with date-ranged codes, agents, discards, issues), as the
 * format notes that ship with PETRARCH2 describe them (dictionaries.rst.txt).
 * They return plain data that both the build script (which writes the committed
 * resources) and the PETRARCH evaluation (which reads a test suite's own
 * dictionaries) use; matching lives in the coder modules.
 *
 * Phrase words keep the dictionary's convention: a word followed by `_` must match
 * exactly, any other word is a stem (matches the words it begins).
 */

/** One word of a dictionary phrase. */
export interface PhraseWord {
  w: string;
  /** Whether the word must match exactly (it ended with `_`), else it is a stem. */
  exact: boolean;
}

/** One element of a verb pattern, in text order. */
export type PatternElement =
  | { kind: 'word'; w: string; exact: boolean; glued: boolean }
  | { kind: 'synset'; name: string; glued: boolean }
  | { kind: 'source' | 'target' | 'compound' | 'skip'; glued: boolean };

export interface VerbPattern {
  /** Elements before the verb, in text order. */
  pre: PatternElement[];
  /** Elements after the verb, in text order. */
  post: PatternElement[];
  /** Whether the last element before the verb must be adjacent to it ("IN_*"). */
  verbGlued: boolean;
  /** CAMEO code, or null for the null code `---` (the pattern stops the verb from coding). */
  code: string | null;
  /** The code of the paired reverse event (`[175:145]`: target → source 145). */
  reverse?: string | null;
}

export interface VerbEntry {
  /** Word forms that name the verb (all inflections). */
  forms: string[];
  /** Words glued before the verb word ("WIRE_+TAP"). */
  before: string[];
  /** Words glued after the verb word ("+CORDON_OFF"). */
  after: string[];
  code: string | null;
  reverse?: string | null;
  /** Index of the verb's synonym block (its patterns). */
  block: number;
}

export interface VerbDictionary {
  synsets: Record<string, string[][]>;
  verbs: VerbEntry[];
  /** Patterns per block, in dictionary order. */
  blocks: { name: string; patterns: VerbPattern[] }[];
}

export interface DatedCode {
  code: string;
  /** Inclusive bounds, YYYYMMDD; absent when open. */
  from?: string;
  to?: string;
}

export interface ActorEntry {
  /** Phrases, each a list of words. */
  phrases: PhraseWord[][];
  /** Codes with date restrictions; an entry without dates is the default. */
  codes: DatedCode[];
}

export interface AgentEntry {
  phrase: PhraseWord[];
  /** The agent code, without the tilde. */
  code: string;
  /** `~GOV` appends after the actor code; `NGO~` goes before it. */
  position: 'after' | 'before';
}

export interface DiscardEntry {
  phrase: string;
  /** `+` prefix: the whole story is discarded, not only the sentence. */
  story: boolean;
}

export interface IssueEntry {
  phrase: string;
  code: string;
}

/** A line without its `#` comment and surrounding blanks. */
export function stripComment(line: string): string {
  const hash = line.indexOf('#');
  return (hash >= 0 ? line.slice(0, hash) : line).trim();
}

/** Lines of a dictionary file without comments, XML comment lines and blanks. */
function contentLines(text: string): string[] {
  const out: string[] = [];
  let inXmlComment = false;
  for (const raw of text.split(/\r?\n/)) {
    if (inXmlComment) {
      if (raw.includes('-->')) inXmlComment = false;
      continue;
    }
    if (raw.trimStart().startsWith('<!--')) {
      if (!raw.includes('-->')) inXmlComment = true;
      continue;
    }
    // Date restrictions start with a tab and must stay distinguishable from phrases.
    const tabbed = /^\s+\[/.test(raw);
    const line = stripComment(raw);
    if (line) out.push(tabbed ? `\t${line}` : line);
  }
  return out;
}

/** Splits a phrase string ("JAMES_BYRNES_", "ARMED FORCES") into words with their exactness. */
export function parsePhrase(phrase: string): PhraseWord[] {
  const words: PhraseWord[] = [];
  const re = /([^\s_]+)(_?)/g;
  for (let m = re.exec(phrase.toUpperCase()); m; m = re.exec(phrase.toUpperCase())) words.push({ w: m[1]!, exact: m[2] === '_' });
  return words;
}

/** Regular English plurals as the format generates them: +S, Y → IES, SS → SSES. */
export function regularPlural(word: string): string {
  if (/[^AEIOU]Y$/.test(word)) return `${word.slice(0, -1)}IES`;
  if (/(SS|SH|CH|X)$/.test(word)) return `${word}ES`;
  return `${word}S`;
}

/** Regular verb forms: base, third person, past and gerund. */
export function regularVerbForms(base: string): string[] {
  const forms = new Set([base]);
  if (/[^AEIOU]Y$/.test(base)) {
    forms.add(`${base.slice(0, -1)}IES`).add(`${base.slice(0, -1)}IED`);
  } else {
    forms.add(/(S|SH|CH|X|Z|O)$/.test(base) ? `${base}ES` : `${base}S`);
    forms.add(base.endsWith('E') ? `${base}D` : `${base}ED`);
  }
  forms.add(base.endsWith('E') && !base.endsWith('EE') ? `${base.slice(0, -1)}ING` : `${base}ING`);
  return [...forms];
}

/** `[175:145]` → code 175, reverse 145; `[---]` → null. */
function parseCode(text: string): { code: string | null; reverse?: string | null } {
  const [a, b] = text.replace(/[[\]\s]/g, '').split(':');
  const norm = (c: string | undefined): string | null => (!c || /^-+$/.test(c) ? null : c);
  return b === undefined ? { code: norm(a) } : { code: norm(a), reverse: norm(b) };
}

function parsePatternElements(text: string): { pre: PatternElement[]; post: PatternElement[]; verbGlued: boolean } {
  const pre: PatternElement[] = [];
  const post: PatternElement[] = [];
  let side = pre;
  let verbGlued = false;
  for (const group of text.replace(/[{}()]/g, ' ').trim().split(/\s+/)) {
    const parts = group.split('_').filter((p) => p !== '');
    parts.forEach((part, i) => {
      // Words joined by `_` must be consecutive; a word before `_` must match exactly.
      const glued = i > 0;
      if (part === '*') {
        verbGlued = glued;
        side = post;
        return;
      }
      const slot = SLOTS[part];
      side.push(
        slot ? { kind: slot, glued }
        : part.startsWith('&') ? { kind: 'synset', name: part, glued }
        : { kind: 'word', w: part.toUpperCase(), exact: i < parts.length - 1 || group.endsWith('_'), glued },
      );
    });
  }
  return { pre, post, verbGlued };
}

const SLOTS: Record<string, 'source' | 'target' | 'compound' | 'skip'> = { $: 'source', '+': 'target', '%': 'compound', '^': 'skip' };

/**
 * The verb dictionary: synsets (`&NAME` then `+phrase` lines), synonym blocks
 * (`--- NAME [code] ---`), verbs (with `{irregular forms}` and an optional code;
 * `+` marks the verb word of a multi-word verb) and patterns (`- … * … [code]`).
 * Transformations (`~`) are not read: the coder does not use them.
 */
export function parseVerbDictionary(text: string): VerbDictionary {
  const synsets: Record<string, string[][]> = {};
  const verbs: VerbEntry[] = [];
  const blocks: VerbDictionary['blocks'] = [];
  let synset: string | null = null;
  let blockCode: { code: string | null; reverse?: string | null } = { code: null };
  for (const line of contentLines(text)) {
    if (line.startsWith('---')) {
      const m = /^---\s*(.*?)\s*(\[[^\]]*\])?\s*-*\s*$/.exec(line);
      blocks.push({ name: (m?.[1] ?? '').trim(), patterns: [] });
      blockCode = m?.[2] ? parseCode(m[2]) : { code: null };
      synset = null;
      continue;
    }
    if (line.startsWith('&')) {
      synset = line.split(/\s+/)[0]!.replace(/_$/, '');
      synsets[synset] = [];
      const plural = !line.split(/\s+/)[0]!.endsWith('_');
      (synsets as Record<string, unknown>)[`${synset}:plural`] = plural;
      continue;
    }
    if (synset !== null && line.startsWith('+')) {
      const phrase = line.slice(1).trim();
      const words = phrase.replace(/_$/, '').split(/[_\s]+/).filter(Boolean).map((w) => w.toUpperCase());
      synsets[synset]!.push(words);
      const plural = (synsets as Record<string, unknown>)[`${synset}:plural`] && !phrase.endsWith('_') && !words[words.length - 1]!.startsWith('&');
      if (plural) synsets[synset]!.push([...words.slice(0, -1), regularPlural(words[words.length - 1]!)]);
      continue;
    }
    if (line.startsWith('~') || blocks.length === 0) continue;
    const block = blocks.length - 1;
    if (line.startsWith('-')) {
      const m = /^-(.*?)(\[[^\]]*\])\s*$/.exec(line);
      if (!m) continue;
      blocks[block]!.patterns.push({ ...parsePatternElements(m[1]!), ...parseCode(m[2]!) });
      continue;
    }
    synset = null;
    verbs.push(parseVerbLine(line, block, blockCode));
  }
  for (const key of Object.keys(synsets)) if (key.endsWith(':plural')) delete synsets[key];
  return { synsets, verbs, blocks };
}

function parseVerbLine(line: string, block: number, blockCode: { code: string | null; reverse?: string | null }): VerbEntry {
  const codeMatch = /\[[^\]]*\]/.exec(line);
  const braces = /\{([^}]*)\}/.exec(line);
  const head = line.replace(/\{[^}]*\}/, '').replace(/\[[^\]]*\]/, '').trim().toUpperCase();
  const rawWords = head.split(/[_\s]+/).filter(Boolean);
  const vi = Math.max(0, rawWords.findIndex((w) => w.startsWith('+')));
  const clean = rawWords.map((w) => w.replace(/^\+/, ''));
  const before = clean.slice(0, vi);
  const after = clean.slice(vi + 1);
  const base = clean[vi] ?? '';
  let forms: string[];
  if (braces) {
    // Irregular forms as whole phrases; keep the verb word of each.
    const listed = braces[1]!.trim().split(/\s+/).filter(Boolean).map((p) => {
      const parts = p.toUpperCase().split('_');
      const at = parts.findIndex((x) => x.startsWith('+'));
      return (parts[at >= 0 ? at : Math.min(vi, parts.length - 1)] ?? '').replace(/^\+/, '');
    });
    forms = [base, ...listed];
  } else {
    forms = regularVerbForms(base);
  }
  const code = codeMatch ? parseCode(codeMatch[0]) : blockCode;
  return { forms: [...new Set(forms.filter(Boolean))], before, after, ...code, block };
}

/** `<date`, `>date`, `date-date` with YYMMDD or YYYYMMDD dates (two-digit years below 30 are 20xx). */
function normaliseDate(d: string): string {
  if (d.length === 8) return d;
  const yy = Number(d.slice(0, 2));
  return `${yy < 30 ? 20 : 19}${d}`;
}

function parseDatedCode(text: string): DatedCode {
  const [code, ...rest] = text.replace(/[[\]]/g, '').trim().split(/\s+/);
  // Ranges may be written with blanks: "< 950601", "19950601 - 19990815".
  const range = rest.join('');
  const out: DatedCode = { code: code! };
  if (!range) return out;
  if (range.startsWith('<')) out.to = normaliseDate(range.slice(1));
  else if (range.startsWith('>')) out.from = normaliseDate(range.slice(1));
  else {
    const [a, b] = range.split('-');
    if (a) out.from = normaliseDate(a);
    if (b) out.to = normaliseDate(b);
  }
  return out;
}

/**
 * An actor dictionary: a primary phrase with an optional code, `+synonym` lines,
 * and tab-indented `[CODE date-range]` restrictions.
 */
export function parseActorDictionary(text: string): ActorEntry[] {
  const entries: ActorEntry[] = [];
  let current: ActorEntry | null = null;
  for (const line of contentLines(text)) {
    if (line.startsWith('\t')) {
      if (current) current.codes.push(parseDatedCode(line.trim()));
      continue;
    }
    const isSynonym = line.startsWith('+');
    const body = (isSynonym ? line.slice(1) : line).split(';')[0]!;
    const code = /\[([^\]]*)\]/.exec(body);
    const phrase = parsePhrase(body.replace(/\[[^\]]*\]/g, '').trim());
    if (phrase.length === 0) continue;
    if (!isSynonym || !current) {
      current = { phrases: [phrase], codes: [] };
      entries.push(current);
    } else {
      current.phrases.push(phrase);
    }
    if (code) current.codes.push(parseDatedCode(code[0]));
  }
  return entries.filter((e) => e.codes.length > 0 && e.codes.some((c) => !/^-+$/.test(c.code)));
}

/** The code that applies on a date (YYYYMMDD): the first restriction that holds, else the default. */
export function codeOnDate(codes: readonly DatedCode[], date: string | undefined): string | undefined {
  const dated = codes.filter((c) => c.from || c.to);
  if (date) {
    const hit = dated.find((c) => (!c.from || c.from <= date) && (!c.to || date <= c.to));
    if (hit) return hit.code;
  }
  return codes.find((c) => !c.from && !c.to)?.code ?? (date ? undefined : dated[dated.length - 1]?.code);
}

/** The agents dictionary, with `!MARKER! = a, b` substitution sets and `{plurals}`. */
export function parseAgentDictionary(text: string): AgentEntry[] {
  const subs: Record<string, string[]> = {};
  const out: AgentEntry[] = [];
  for (const line of contentLines(text)) {
    const sub = /^(![A-Z]+!)\s*=\s*(.*)$/i.exec(line);
    if (sub) {
      subs[sub[1]!.toUpperCase()] = sub[2]!.split(',').map((s) => s.trim().toUpperCase()).filter(Boolean);
      continue;
    }
    const code = /\[\s*([^\]]*?)\s*\]/.exec(line);
    if (!code) continue;
    const position = code[1]!.startsWith('~') ? 'after' : 'before';
    const agentCode = code[1]!.replace(/~/g, '').trim();
    const braces = /\{([^}]*)\}/.exec(line);
    const phrase = line.replace(/\{[^}]*\}/, '').replace(/\[[^\]]*\]/, '').trim().toUpperCase();
    const marker = /![A-Z]+!/.exec(phrase);
    const variants = marker ? (subs[marker[0]] ?? []).map((s) => phrase.replace(marker[0], s)) : [phrase];
    for (const v of variants) {
      out.push({ phrase: parsePhrase(v), code: agentCode, position });
      if (marker) continue;
      if (braces) {
        for (const p of braces[1]!.trim().split(/\s+/).filter(Boolean)) out.push({ phrase: parsePhrase(p), code: agentCode, position });
      } else {
        const words = parsePhrase(v);
        const last = words[words.length - 1];
        if (last) out.push({ phrase: [...words.slice(0, -1), { w: regularPlural(last.w), exact: true }], code: agentCode, position });
      }
    }
  }
  return out;
}

/** The discard list: phrases, `+` for whole-story discards. */
export function parseDiscards(text: string): DiscardEntry[] {
  return contentLines(text).map((l) => ({ phrase: l.replace(/^\+/, '').trim().toUpperCase(), story: l.startsWith('+') }));
}

/**
 * Whether a discard phrase only marks a sentence as looking back in time: a year ("1988", "APRIL 1942"), a span
 * ago or later ("YEARS AGO"), a world war. Phoenix drops such sentences to keep history out of its daily data; we
 * code them and let the event's own date and kind (event-time.ts: background) say when it happened, as the issue
 * asks ("the Soleimani strike as a background event"): the sentence's current event ("Libya offered to hand over
 * the suspects of the 1988 bombing") must not be lost with it.
 */
export function timeReferenceDiscard(phrase: string): boolean {
  return /(^|\s)(1[89]|20)\d\d$/.test(phrase) || /\s(AGO|LATER)$/.test(phrase) || /(^|\s)WORLD WAR(\s|$)/.test(phrase);
}

/** The issues list: `phrase [CODE]` lines (the `n:` noun marker expands to singular and plural). */
export function parseIssues(text: string): IssueEntry[] {
  const out: IssueEntry[] = [];
  for (const line of contentLines(text)) {
    const m = /^([^[<~]+)\[([^\]]+)\]/.exec(line);
    if (!m) continue;
    const phrase = m[1]!.trim().toUpperCase().replace(/\+/g, ' ');
    const code = m[2]!.trim();
    const noun = /N:(\S+)/.exec(phrase);
    const base = phrase.replace(/N:/g, '');
    out.push({ phrase: base, code });
    if (noun) out.push({ phrase: base.replace(noun[1]!, regularPlural(noun[1]!)), code });
  }
  return out;
}
