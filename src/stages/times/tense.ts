/**
 * The tense around a time expression, from cue words in its sentence: the cue
 * nearest to the expression decides ("said on Monday that he will …": "said" is
 * nearer to "Monday" than "will"). Without part-of-speech tags this is a
 * heuristic; its only use is choosing between the last and the next occurrence
 * of "Monday" or "March", where news leans to the past anyway.
 */
import { lowerBound, upperBound } from '../../nlp/sorted-search.js';
import type { Tense } from './resolution.js';

export interface TenseCue {
  id: string;
  reason: string;
  pattern: RegExp;
  tense: Tense;
}

/** Cues as data; phrases first, so "expected to" counts as future before "expected" counts as past. */
export const TENSE_CUES: readonly TenseCue[] = [
  { id: 'modal-future', tense: 'future', reason: 'The future auxiliaries.', pattern: /\b(?:will|shall|won['’]t|['’]ll)\b/gi },
  { id: 'going-to', tense: 'future', reason: '"is going to" announces what is to come.', pattern: /\b(?:going\s+to|gonna)\b/gi },
  { id: 'is-to', tense: 'future', reason: '"is to resume", "are to meet": the news idiom for what is arranged.', pattern: /\b(?:is|are)\s+to\s+(?!be\s+\w+ed\b)[a-z]+/gi },
  { id: 'future-intent', tense: 'future', reason: 'Verbs of plan and schedule point ahead: "plans to", "is expected in", "is scheduled for", "is due to expire", "is set to". Not "due to" alone: it is mostly causal.', pattern: /\b(?:(?:plans?|planning|planned|expects?|intends?|intended|aims?|hopes?|promised|vowed|pledged|agreed|prepares?|preparing)\s+to|(?:expected|scheduled|slated|set)\s+(?:to|for|in|on|by)|due\s+(?:to\s+(?:be|begin|start|expire|end|open|close|arrive|meet|vote|report|take|resume|return|leave|visit|hold|sign)|in|on|by))\b/gi },
  { id: 'arranged', tense: 'future', reason: '"scheduled a news conference Thursday", "planned a demonstration on Saturday", "as soon as Tuesday": what is arranged or awaited lies ahead although the verb is past.', pattern: /\b(?:(?:scheduled|planned|slated)\s+(?:a|an|the|its|their|his|her)|as\s+soon\s+as)\b/gi },
  { id: 'put-off-until', tense: 'future', reason: '"postponed until Tuesday morning", "adjourned the case until Monday": the day something is put off to lies ahead although the verb is past (not "postponed on Monday": the cue ends at "until").', pattern: /\b(?:postponed|delayed|deferred|extended|adjourned|put\s+off)\s+(?:[\w'’-]+\s+){0,4}?(?:until|till)\b/gi },
  { id: 'would', tense: 'future', reason: 'Reported future: "said it would vote on Tuesday" is later than the report.', pattern: /\b(?:would|['’]d)\b/gi },
  { id: 'upcoming', tense: 'future', reason: '"next", "upcoming", "coming" describe what has not happened yet.', pattern: /\b(?:upcoming|next|forthcoming)\b/gi },
  { id: 'be-past', tense: 'past', reason: 'Past forms of be, have and do.', pattern: /\b(?:was|were|had|did|didn['’]t|wasn['’]t|weren['’]t|hadn['’]t)\b/gi },
  { id: 'irregular-past', tense: 'past', reason: 'Frequent irregular past forms in news.', pattern: /\b(?:said|told|went|came|took|made|gave|fell|rose|met|held|left|began|became|won|lost|sold|bought|paid|saw|found|got|kept|led|ran|sent|spent|struck|thought|wrote|spoke|brought|built|caught|fought|felt|heard|knew|meant|put|quit|set|shot|shut|stood|stole|swore|threw|understood|withdrew|woke|wore|hit|cut|hurt|let|broke|chose|drew|drove|ate|fled|flew|forgot|froze|grew|hid|lay|rode|rang|sang|sank|slid|sought|taught|tore|won|sat|slept)\b/gi },
  { id: 'regular-past', tense: 'past', reason: 'Regular past forms end in -ed ("announced", "killed"); adjectives in -ed are rare next to a date.', pattern: /\b[A-Za-z]{2,}ed\b/gi },
  { id: 'present', tense: 'present', reason: 'Present forms of be and have.', pattern: /\b(?:is|are|am|has|have)\b/gi },
];

// The patterns have no `u` flag: V8 runs \b several times slower under /iu, and the cues are ASCII.

/** Sentence-internal words that are never verbs although they end in -ed. */
const NOT_VERBS = /^(?:need|seed|speed|feed|bed|red|shed|bleed|breed|creed|greed|hundred|indeed|united|limited|based|related|called|so-called|led|used|proposed|planned|expected|scheduled|alleged|detailed|advanced|armed|certified|qualified|supposed|concerned|interested|involved|required|unemployed|registered|complicated|sophisticated|dedicated|experienced|skilled|talented|wicked|naked|sacred|ragged|rugged|aged)$/iu;

const PASSIVE_BEFORE = /\b(?:be|been|being)\s+$/iu;
/** An -ed word after an article or a degree word is an adjective ("a still unspecified date", "the planned talks"). */
const ADJECTIVE_BEFORE = /\b(?:a|an|the|still|newly|its|their|his|her|our|this|that|these|those|already|so-called|recently|previously|most|more|less|very|well)\s+$/iu;

interface CueHit {
  start: number;
  end: number;
  tense: Tense;
}

/** The last sentence's cues: expressions of one sentence are resolved one after another (a one-entry memo, not shared state). */
let memo: { sentence: string; hits: CueHit[] } | undefined;

/**
 * All cues in one scan, in TENSE_CUES order: where two cues could start at one place
 * the earlier one wins (phrases before single words: "expected to" is future, not a
 * past "expected"), and a match's words are not matched again.
 */
const ALL_CUES = new RegExp(TENSE_CUES.map((c) => `(${c.pattern.source})`).join('|'), 'gi');

function cueHits(sentence: string): CueHit[] {
  if (memo?.sentence === sentence) return memo.hits;
  const hits: CueHit[] = [];
  ALL_CUES.lastIndex = 0;
  for (const m of sentence.matchAll(ALL_CUES)) {
    let index = 0;
    while (m[index + 1] === undefined) index++;
    const cue = TENSE_CUES[index]!;
    const start = m.index;
    const end = start + m[0].length;
    const before = sentence.slice(Math.max(0, start - 12), start);
    if (cue.id === 'regular-past' && (NOT_VERBS.test(m[0]) || ADJECTIVE_BEFORE.test(before))) continue;
    // A participle after a form of be ("would be paid", "has been sold") carries no tense: its auxiliary does.
    if (cue.tense === 'past' && cue.id !== 'be-past' && PASSIVE_BEFORE.test(before)) continue;
    hits.push({ start, end, tense: cue.tense });
  }
  memo = { sentence, hits };
  return hits;
}

/**
 * The tense nearest to [start, end) within `sentence` (offsets relative to it);
 * undefined when the sentence has no cue.
 *
 * @example tenseAround('The talks will resume on Monday.', 24, 30) // → 'future'
 */
export function tenseAround(sentence: string, start: number, end: number): Tense | undefined {
  return nearestTense(sentence, start, end)?.tense;
}

/*
 * Hits come from one left-to-right scan, so they are in order and do not overlap: their starts and their ends both
 * rise, and the cues around an expression are found by halving, not by a walk over the hits (a run-on "sentence" of a
 * megabyte has thousands of times and tens of thousands of cues: 5 s in the walk).
 */
/** The index of the first hit that starts at or after `offset`. */
const firstStartingAt = (hits: readonly CueHit[], offset: number): number => lowerBound(hits, offset, (h) => h.start);
/** The index of the last hit that ends at or before `offset` (-1 when none). */
const lastEndingBy = (hits: readonly CueHit[], offset: number): number => upperBound(hits, offset, (h) => h.end) - 1;

/** The tense of the nearest cue before the expression: the verb a "by Monday" or "until May" hangs on. */
export function tenseBefore(sentence: string, start: number): Tense | undefined {
  const hits = cueHits(sentence);
  return hits[lastEndingBy(hits, start)]?.tense;
}

/**
 * The nearest tense cue and how many characters lie between it and the expression; a cue inside the expression ("next
 * Monday") is the rule's business, not counted. On a tie the cue before wins.
 */
export function nearestTense(sentence: string, start: number, end: number): { tense: Tense; distance: number } | undefined {
  const hits = cueHits(sentence);
  const before = hits[lastEndingBy(hits, start)];
  const after = hits[firstStartingAt(hits, end)];
  const dBefore = before ? start - before.end : Infinity;
  const dAfter = after ? after.start - end : Infinity;
  if (before && dBefore <= dAfter) return { tense: before.tense, distance: dBefore };
  return after ? { tense: after.tense, distance: dAfter } : undefined;
}
