/**
 * CAMEO codes for verb clauses from the PETRARCH verb dictionary: the verb's
 * synonym block, then its patterns, most specific first. A pattern's words before
 * `*` must occur before the verb and its words after `*` after it, in order, with
 * gaps unless joined by `_`; `&SYNSET` matches any phrase of the set; `+` and `$`
 * mark where the target and the source noun phrases are; `%` a compound whose
 * members act on each other; `^` skips a noun phrase. A pattern with the null
 * code stops the verb from coding.
 */
import type { PatternElement, VerbDictionary, VerbEntry, VerbPattern } from './dictionary-format.js';
import type { Clause, NounPhrase } from './sentence-frame.js';

export interface VerbMatch {
  entry: VerbEntry;
  /** Index of the first and one past the last word of the verb (multi-word verbs span several). */
  start: number;
  end: number;
  pattern?: VerbPattern;
  code: string | null;
  reverse?: string | null;
  /** Noun phrases the pattern put in the source, target or compound slot. */
  source?: NounPhrase;
  target?: NounPhrase;
  compound?: NounPhrase | 'subject';
}

/** How many actors a phrase names: a slot needs one, a compound slot two. */
export type HasActor = (np: NounPhrase) => number;

/** How many distinct words stemKeysOf remembers (a news vocabulary). */
const MAX_REMEMBERED_WORDS = 100_000;

type WordElement = Extract<PatternElement, { kind: 'word' }>;

/**
 * A block's patterns (indices into its list) by their key, one word each needs: matched as written (`exact`) or
 * as the beginning of a sentence word (`stems`); `always` need no word.
 */
interface PatternKeys {
  always: number[];
  exact: Map<string, number[]>;
  stems: Map<string, number[]>;
}

function pushTo(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Whether a pattern asks for a word or a synset, not only for slots ("* +" asks for any target). */
export const patternNamesWord = (p: VerbPattern): boolean => [...p.pre, ...p.post].some((e) => e.kind === 'word' || e.kind === 'synset');

export class VerbCoder {
  private readonly byForm = new Map<string, VerbEntry[]>();
  /** Each block's patterns, with the words they need the sentence to have. */
  private readonly patterns: { pattern: VerbPattern; words: WordElement[]; back: BackElement[] }[][];
  /** Each block's patterns by one word they need (see PatternKeys). */
  private readonly keys: PatternKeys[];
  /** Every pattern's stem key, over all blocks: a word's beginnings (4 letters and more) are looked up here. */
  private readonly stemKeys = new Set<string>();
  /** Words seen, with the stem keys they begin (most: none); cleared when it grows past a bound. */
  private readonly stemKeysOfWord = new Map<string, readonly string[]>();
  /** The last sentence's words as a set, which stems begin one, and each block's patterns whose key it has. */
  private lastSentence?: { words: readonly string[]; set: ReadonlySet<string>; stemHit: Map<string, boolean>; candidates: Map<number, number[]> };

  /**
   * @param stems whether pattern words without a closing `_` match as stems ("PREPAR" → "prepared"), as TABARI
   *   read them; PETRARCH2 matches whole words, and its validation suite expects that ("* EFFORT" is not "efforts").
   */
  constructor(
    private readonly dict: VerbDictionary,
    private readonly stems = true,
  ) {
    for (const v of dict.verbs) {
      for (const f of v.forms) {
        const list = this.byForm.get(f) ?? [];
        list.push(v);
        this.byForm.set(f, list);
      }
    }
    // Most specific first: a pattern that names a word before one that names only slots ("$ * +" asks nothing of the
    // sentence but two actors: "Britain mobilized army reservists for a war against Iraq" is no meeting, as
    // "* &MILITARY" says), then more elements, then dictionary order (a stable sort). A code that is not CAMEO (the
    // suites' "[+++]" traps) never applies: such patterns are left out.
    const namesWord = (p: VerbPattern): number => (patternNamesWord(p) ? 1 : 0);
    this.patterns = dict.blocks.map((b) =>
      b.patterns
        .filter((p) => p.code === null || /^\d/.test(p.code))
        .sort((a, c) => namesWord(c) - namesWord(a) || c.pre.length + c.post.length - (a.pre.length + a.post.length))
        .map((pattern) => ({ pattern, words: [...pattern.pre, ...pattern.post].filter((e): e is WordElement => e.kind === 'word'), back: backElements(pattern) })),
    );
    this.keys = this.patterns.map((list) => {
      const keys: PatternKeys = { always: [], exact: new Map(), stems: new Map() };
      list.forEach(({ words }, index) => {
        // The longest word is the likeliest to be missing from a sentence.
        const key = words.reduce<WordElement | undefined>((a, e) => (a && a.w.length >= e.w.length ? a : e), undefined);
        if (!key) keys.always.push(index);
        else pushTo(this.isStem(key) ? keys.stems : keys.exact, key.w, index);
      });
      for (const key of keys.stems.keys()) this.stemKeys.add(key);
      return keys;
    });
  }

  /** The stem keys (of any block) that begin w, shortest first. */
  private stemKeysOf(w: string): readonly string[] {
    const known = this.stemKeysOfWord.get(w);
    if (known) return known;
    const found: string[] = [];
    for (let n = 4; n <= w.length; n++) {
      const start = w.slice(0, n);
      if (this.stemKeys.has(start)) found.push(start);
    }
    if (this.stemKeysOfWord.size >= MAX_REMEMBERED_WORDS) this.stemKeysOfWord.clear();
    this.stemKeysOfWord.set(w, found);
    return found;
  }

  /** Whether a pattern word matches the words it begins (present), not only itself. */
  private isStem(e: WordElement): boolean {
    return !e.exact && this.stems && e.w.length > 3;
  }

  /**
   * The block's patterns (indices, in order) whose key word the sentence has: a sentence has a few dozen words, a
   * block up to hundreds of patterns, most of them needing a word the sentence lacks.
   */
  private candidates(block: number, sentenceWords: ReadonlySet<string>): number[] {
    const keys = this.keys[block];
    if (!keys) return [];
    // Marks by pattern index (reused, cleared after), not a Set of numbers: this runs per sentence and block.
    const patternCount = this.patterns[block]!.length;
    if (this.marks.length < patternCount) this.marks = new Uint8Array(patternCount);
    const marks = this.marks;
    const out: number[] = [];
    const add = (list: readonly number[] | undefined): void => {
      if (!list) return;
      for (const i of list) {
        if (marks[i] === 0) {
          marks[i] = 1;
          out.push(i);
        }
      }
    };
    add(keys.always);
    for (const w of sentenceWords) {
      add(keys.exact.get(w));
      if (keys.stems.size === 0) continue;
      for (const key of this.stemKeysOf(w)) add(keys.stems.get(key));
    }
    for (const i of out) marks[i] = 0;
    return out.sort((a, b) => a - b);
  }

  /** candidates' marks, one per pattern of the largest block met. */
  private marks = new Uint8Array(0);

  /** Whether a word is a form of a dictionary verb. */
  isVerb(word: string): boolean {
    return this.byForm.has(word);
  }

  /** The dictionary verb at the clause's verb (multi-word verbs first), with the pattern that matches. */
  code(words: readonly string[], clause: Clause, hasActor: HasActor): VerbMatch | undefined {
    const entries = this.byForm.get(words[clause.verb]!) ?? [];
    // The longest entry whose words surround the verb; of entries as long, the first.
    let entry: VerbEntry | undefined;
    for (const e of entries) {
      if (entry && e.before.length + e.after.length <= entry.before.length + entry.after.length) continue;
      if (e.before.every((w, k) => words[clause.verb - e.before.length + k] === w) && e.after.every((w, k) => words[clause.verb + 1 + k] === w)) entry = e;
    }
    if (!entry) return undefined;
    const start = clause.verb - entry.before.length;
    const end = clause.verb + 1 + entry.after.length;
    // Most patterns name a word the sentence does not have: check their words before matching (the matcher backtracks).
    if (this.lastSentence?.words !== words) this.lastSentence = { words, set: new Set(words), stemHit: new Map(), candidates: new Map() };
    const { set: sentenceWords, stemHit, candidates } = this.lastSentence;
    const present = (w: string, exact: boolean): boolean => {
      if (sentenceWords.has(w)) return true;
      if (exact || !this.stems || w.length <= 3) return false;
      let hit = stemHit.get(w);
      if (hit === undefined) stemHit.set(w, (hit = words.some((x) => stemMatches(w, x))));
      return hit;
    };
    const patterns = this.patterns[entry.block] ?? [];
    let indices = candidates.get(entry.block);
    if (!indices) candidates.set(entry.block, (indices = this.candidates(entry.block, sentenceWords)));
    for (const index of indices) {
      const { pattern, words: needed, back } = patterns[index]!;
      if (!needed.every((e) => present(e.w, e.exact))) continue;
      const m = this.matchPattern(pattern, back, words, clause, start, end, hasActor);
      if (m) return { entry, start, end, pattern, code: pattern.code, ...(pattern.reverse !== undefined ? { reverse: pattern.reverse } : {}), ...m };
    }
    return { entry, start, end, code: entry.code, ...(entry.reverse !== undefined ? { reverse: entry.reverse } : {}) };
  }

  /** `back`: the pattern's words before the verb, as backElements gives them. */
  private matchPattern(p: VerbPattern, back: readonly BackElement[], words: readonly string[], clause: Clause, start: number, end: number, hasActor: HasActor): Slots | undefined {
    const slots: Slots = {};
    const ctx: MatchContext = { words, clause, hasActor, synsets: this.dict.synsets, slots, stems: this.stems };
    if (p.post.length > 0 && !matchForward(p.post, 0, end, clause.end, ctx)) return undefined;
    if (back.length > 0 && !matchBackward(back, 0, start - 1, clause.start, ctx)) return undefined;
    return slots;
  }
}

interface Slots {
  source?: NounPhrase;
  target?: NounPhrase;
  compound?: NounPhrase | 'subject';
}

interface MatchContext {
  words: readonly string[];
  clause: Clause;
  hasActor: HasActor;
  synsets: Record<string, string[][]>;
  slots: Slots;
  stems: boolean;
}

interface BackElement {
  el: PatternElement;
  adjacent: boolean;
}

/** A pattern's elements before the verb, last first, as matchBackward reads them (made once per pattern, not per match). */
function backElements(p: VerbPattern): BackElement[] {
  const reversed = [...p.pre].reverse();
  // Going backwards, an element's glue ties it to the element after it in text order.
  return reversed.map((el, k) => ({ el, adjacent: k === 0 ? p.verbGlued : Boolean(p.pre[p.pre.length - k]?.glued) }));
}

/**
 * What a stem's agent noun adds to it ("PROTEST" + "ERS"): the people who do the act, not the act, so a pattern word
 * for the act does not match them ("detained ten protesters" is no "detained in protest", 141).
 */
const AGENT_NOUN_ENDINGS = /^(ERS?|ORS?)$/;

/** Whether a stem matches a word that begins with it: short stems ("IN", "TO", "WAR") only themselves, and no agent noun. */
function stemMatches(pw: string, word: string): boolean {
  return pw.length > 3 && word.startsWith(pw) && !AGENT_NOUN_ENDINGS.test(word.slice(pw.length));
}

function patternWordMatches(pw: string, exact: boolean, word: string | undefined, stems: boolean): boolean {
  if (word === undefined) return false;
  if (word === pw) return true;
  return stems && !exact && stemMatches(pw, word);
}

/** Phrases of a synset that match at position i (forward); returns the end positions. */
function synsetEnds(name: string, i: number, ctx: MatchContext, depth = 0): readonly number[] {
  // Made only for a phrase that matches: most positions match none of a synset's phrases.
  let out: number[] | undefined;
  for (const phrase of ctx.synsets[name] ?? []) {
    let j = i;
    let ok = true;
    for (const w of phrase) {
      if (w.startsWith('&') && depth < 3) {
        const ends = synsetEnds(w, j, ctx, depth + 1);
        if (ends.length === 0) {
          ok = false;
          break;
        }
        j = ends[0]!;
      } else if (ctx.words[j] === w) j++;
      else {
        ok = false;
        break;
      }
    }
    if (ok) (out ??= []).push(j);
  }
  return out ?? NO_ENDS;
}

const NO_ENDS: readonly number[] = Object.freeze([]);

function matchForward(els: readonly PatternElement[], k: number, pos: number, limit: number, ctx: MatchContext): boolean {
  if (k === els.length) return true;
  const el = els[k]!;
  const last = el.glued ? pos : limit - 1;
  for (let i = pos; i <= last && i < limit; i++) {
    if (ctx.clause.scope && !ctx.clause.scope.has(i)) continue;
    if (el.kind === 'word') {
      if (patternWordMatches(el.w, el.exact, ctx.words[i], ctx.stems) && matchForward(els, k + 1, i + 1, limit, ctx)) return true;
    } else if (el.kind === 'synset') {
      for (const e of synsetEnds(el.name, i, ctx)) if (matchForward(els, k + 1, e, limit, ctx)) return true;
    } else {
      if (el.kind === 'skip') {
        // `^` skips the rest of the noun phrase it lands in.
        // (A phrase's head merges into it, so any point up to the end of a phrase around i may close the skipped one.)
        const inside = containing(ctx.clause.objects, i);
        for (const np of inside) for (let j = i + 1; j <= np.end; j++) if (matchForward(els, k + 1, j, limit, ctx)) return true;
        continue;
      }
      // A slot takes the object phrase starting here.
      const np = ctx.clause.objects.find((o) => o.start === i) ?? findNested(ctx.clause.objects, i);
      if (!np) continue;
      if (ctx.hasActor(np) < (el.kind === 'compound' ? 2 : 1)) continue;
      const saved = { ...ctx.slots };
      if (el.kind === 'source') ctx.slots.source = np;
      else if (el.kind === 'target') ctx.slots.target = np;
      else if (el.kind === 'compound') ctx.slots.compound = np;
      if (matchForward(els, k + 1, np.end, limit, ctx)) return true;
      ctx.slots = Object.assign(ctx.slots, saved);
    }
  }
  return false;
}

/** Phrases (outermost first) that contain position i. */
function containing(nps: readonly NounPhrase[], i: number): NounPhrase[] {
  const out: NounPhrase[] = [];
  for (const np of nps) {
    if (i < np.start || i >= np.end) continue;
    out.push(np, ...containing([...np.parts, ...np.mods], i));
  }
  return out;
}

/** A phrase nested in the objects that starts at i ("ties with [Gondor]"). */
function findNested(nps: readonly NounPhrase[], i: number): NounPhrase | undefined {
  for (const np of nps) {
    if (i < np.start || i >= np.end) continue;
    if (np.start === i) return np;
    const inner = findNested([...np.parts, ...np.mods], i);
    if (inner) return inner;
  }
  return undefined;
}

function matchBackward(els: readonly BackElement[], k: number, pos: number, limit: number, ctx: MatchContext): boolean {
  if (k === els.length) return true;
  const { el, adjacent } = els[k]!;
  const lowest = adjacent ? pos : limit;
  for (let i = pos; i >= lowest && i >= limit; i--) {
    if (el.kind === 'word') {
      if (patternWordMatches(el.w, el.exact, ctx.words[i], ctx.stems) && matchBackward(els, k + 1, i - 1, limit, ctx)) return true;
    } else if (el.kind === 'synset') {
      // Synset phrases end at i.
      for (const phrase of ctx.synsets[el.name] ?? []) {
        const s = i - phrase.length + 1;
        if (s >= limit && phrase.every((w, j) => ctx.words[s + j] === w) && matchBackward(els, k + 1, s - 1, limit, ctx)) return true;
      }
    } else {
      // Before the verb the only phrase is the subject: the slot names it.
      const subject = ctx.clause.subject;
      if (!subject || i < subject.start || i >= subject.end) continue;
      if (el.kind !== 'skip' && ctx.hasActor(subject) < (el.kind === 'compound' ? 2 : 1)) continue;
      // A frame that marks a clause active (our dependency frames, whose subject is the logical one) keeps its subject
      // the doer: "+ * IN $" ("X was arrested in Y") must not read "X blamed Y in Z" as Z blaming X.
      if (el.kind === 'target' && ctx.clause.passive === false) continue;
      if (el.kind === 'source') ctx.slots.source = subject;
      else if (el.kind === 'target') ctx.slots.target = subject;
      else if (el.kind === 'compound') ctx.slots.compound = 'subject';
      if (matchBackward(els, k + 1, subject.start - 1, limit, ctx)) return true;
    }
  }
  return false;
}
