/**
 * Error analysis of quotation sources on PolNeAR: the gold attributions whose
 * content we found but whose source we did not (recall errors), and our speakers
 * that match no source of the gold attributions their content overlaps
 * (precision errors), grouped by a rough kind, with examples. Uses the scorer's
 * own matching (span-match.ts), so the groups add up to what `eval quotes` counts.
 *
 *   node dist/scripts/quotes-errors.js --data ../shared/data/quotes/polnear/train [--examples 15] [--kind pronoun] [--missed 40]
 *
 * Also lists the cues of gold attributions (with a source) whose content we missed entirely, by
 * frequency, marked by whether a word of the cue is in our lexicon (a pattern failure) or not
 * (a lexicon gap): --missed sets how many to show.
 *
 * Train only: PolNeAR's README asks that dev be used for evaluation, not tuning.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Quote, Span } from '../src/model/schema.js';
import { contentOf, quotesOfText } from '../src/eval/quotes/quote-eval.js';
import { listPolnearAnnotations, readPolnearAnnotation, type GoldAttribution } from '../src/eval/quotes/polnear.js';
import { spansOverlap } from '../src/eval/quotes/span-match.js';
import { cueFormsOf, nominalCueOf } from '../src/stages/quotes/cue-verbs.js';

const { values } = parseArgs({ options: { data: { type: 'string' }, examples: { type: 'string', default: '15' }, kind: { type: 'string' }, limit: { type: 'string' }, missed: { type: 'string', default: '40' } } });
if (!values.data || /dev|test/.test(values.data)) throw new Error('error analysis on dev or test is tuning on it: pass --data with the train split');

const PRONOUNS = /^(?:he|she|they|it|we|i|you|who|which|that)$/iu;
const counts = new Map<string, number>();
const examples = new Map<string, string[]>();
function note(kind: string, text: string): void {
  counts.set(kind, (counts.get(kind) ?? 0) + 1);
  const list = examples.get(kind) ?? [];
  list.push(text);
  examples.set(kind, list);
}

const show = (text: string, spans: readonly Span[]): string => spans.map((s) => text.slice(s.start, s.end)).join(' … ');
/** The line (PolNeAR: one paragraph per line) around a span, cut to a readable length. */
function context(text: string, at: Span): string {
  const start = text.lastIndexOf('\n', at.start) + 1;
  const endLine = text.indexOf('\n', at.end);
  const end = endLine < 0 ? text.length : endLine;
  const from = Math.max(start, at.start - 200);
  const to = Math.min(end, at.end + 200);
  return text.slice(from, to).replace(/\s+/gu, ' ');
}
const speakerSpan = (q: Quote): Span[] => (q.speaker ? [{ start: q.speaker.start, end: q.speaker.end }] : []);

/** A rough kind of a recall error, from the gold source and what we said instead. */
function recallKind(text: string, gold: GoldAttribution, ours: readonly Quote[], others: readonly GoldAttribution[]): string {
  const source = show(text, gold.source).trim();
  const cue = show(text, gold.cue).toLowerCase();
  const withSpeaker = ours.filter((q) => q.speaker);
  const pattern = ours.map((q) => q.method).join('+');
  if (/according/.test(cue)) return `according-to (${withSpeaker.length > 0 ? 'wrong' : 'none'})`;
  if (withSpeaker.length === 0) return `no speaker [${pattern}]`;
  // Our speaker is the source of another gold attribution our content overlaps: nested attributions.
  if (withSpeaker.some((q) => others.some((o) => o !== gold && o.source.length > 0 && spansOverlap(text, contentOf(q), o.content) && spansOverlap(text, speakerSpan(q), o.source)))) return `nested (speaker of another attribution) [${pattern}]`;
  if (PRONOUNS.test(source)) return `gold pronoun, ours other [${pattern}]`;
  if (withSpeaker.some((q) => PRONOUNS.test(q.speaker!.text.trim()))) return `ours pronoun, gold other [${pattern}]`;
  const after = gold.source[0]!.start > gold.content[gold.content.length - 1]!.start;
  return `wrong phrase${after ? ' (source after content)' : ''} [${pattern}]`;
}

/** Missed gold cues by text, and whether any of their words is a cue form or nominal cue we know. */
const missedCues = new Map<string, number>();
function noteMissedCue(cue: string): void {
  const key = cue.toLowerCase().replace(/\s+/gu, ' ').trim();
  missedCues.set(key, (missedCues.get(key) ?? 0) + 1);
}
const inLexicon = (cue: string): boolean => (cue.match(/[\p{L}’'-]+/gu) ?? []).some((w) => cueFormsOf(w).length > 0 || nominalCueOf(w) !== undefined);

const entries = listPolnearAnnotations(values.data);
const cache = new Map<string, Quote[]>();
let recallErrors = 0;
let precisionErrors = 0;
let goldMissedContent = 0;
for (const entry of values.limit ? entries.slice(0, Number(values.limit)) : entries) {
  const text = readFileSync(entry.txt, 'utf8');
  const gold = readPolnearAnnotation(entry, text).attributions;
  const quotes = cache.get(entry.article) ?? quotesOfText(text);
  cache.set(entry.article, quotes);
  for (const g of gold) {
    if (g.source.length === 0) continue;
    const ours = quotes.filter((q) => spansOverlap(text, contentOf(q), g.content));
    if (ours.length === 0) {
      goldMissedContent++;
      noteMissedCue(show(text, g.cue));
      continue;
    }
    if (ours.some((q) => q.speaker && spansOverlap(text, speakerSpan(q), g.source))) continue;
    recallErrors++;
    const kind = recallKind(text, g, ours, gold);
    note(`R ${kind}`, `${entry.article}: gold [${show(text, g.source)}] cue [${show(text, g.cue)}] ours [${ours.map((q) => `${q.speaker?.text ?? '-'}/${q.speaker?.method ?? ''}`).join(' | ')}]\n      ${context(text, g.cue[0] ?? g.source[0]!)}`);
  }
  for (const q of quotes) {
    if (!q.speaker) continue;
    const matched = gold.filter((g) => spansOverlap(text, contentOf(q), g.content));
    if (matched.length > 0 && matched.every((g) => g.source.length === 0)) continue;
    if (matched.some((g) => spansOverlap(text, speakerSpan(q), g.source))) continue;
    precisionErrors++;
    const kind = matched.length === 0 ? `content unmatched [${q.method}]` : `wrong speaker [${q.method}/${q.speaker.method ?? 'phrase'}]`;
    note(`P ${kind}`, `${entry.article}: ours [${q.speaker.text}] gold [${matched.map((g) => show(text, g.source)).join(' | ')}] cue [${q.cue?.text ?? ''}]\n      ${context(text, q.cue ?? q.speaker)}`);
  }
}

const missedShown = Number(values.missed);
if (missedShown > 0) {
  const known = [...missedCues].filter(([cue]) => inLexicon(cue)).reduce((n, [, k]) => n + k, 0);
  console.log(`missed content by gold cue (${known} of ${goldMissedContent} have a cue word we know: pattern failures; the rest are lexicon gaps), most frequent first:`);
  console.log(`  ${[...missedCues].sort((a, b) => b[1] - a[1]).slice(0, missedShown).map(([cue, n]) => `${cue}${inLexicon(cue) ? '' : '*'}:${n}`).join('  ')}`);
  console.log('  (* = no word of the cue is in the lexicon)');
}

const limit = Number(values.examples);
console.log(`recall errors (content found, source not): ${recallErrors}; gold with source whose content we missed: ${goldMissedContent}; precision errors: ${precisionErrors}`);
for (const [kind, n] of [...counts].sort((a, b) => b[1] - a[1])) {
  if (values.kind && !kind.includes(values.kind)) {
    console.log(`## ${kind}: ${n}`);
    continue;
  }
  console.log(`\n## ${kind}: ${n}`);
  for (const e of examples.get(kind)!.slice(0, limit)) console.log(`  ${e}`);
}
