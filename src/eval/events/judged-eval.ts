/**
 * `wirewatch eval events --format judged --data ../shared/data`: event precision on
 * ordinary news. PETRARCH's records and PLOVER's gold sentences each hold an event;
 * real pages mostly do not, and there a coder's failure is garbage ("take a look at
 * our neighbours Austria" as an arrest). So a fixed set of real documents — English
 * web pages of trafilatura's evaluation set and political news articles of PolNeAR
 * train — goes through the whole pipeline, and every event it codes is compared with
 * our judgements of events coded there before (eval/events-judged.json): right or
 * wrong, judged by a person reading the sentence (criteria in that file's `about`).
 *
 * An event is identified by its document, the text of its evidence sentence, its
 * CAMEO root and its source and target texts, so a judgement survives changes that
 * move offsets or refine a code inside its root, and a changed root or actor is a new,
 * unjudged event. Precision counts judged events only; the report says how many are
 * unjudged (scripts/events-judge.ts lists them for judging) and how many events judged
 * right are no longer produced (the recall side of a precision gain), and the precision of
 * the events with confidence ≥ 0.5 (`confident`). Rules and the confidence model are chosen
 * on the events of the documents at even positions in the set (`development`); the odd
 * ones (`heldOut`) are only measured.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnalysedDocument, Event } from '../../model/schema.js';
import { packageRoot } from '../../ner/package-root.js';
import { analyze } from '../../pipeline/analyze.js';
import type { RawInput } from '../../model/working-document.js';
import { findPagePath, readJson, readPage } from '../extract/pages.js';
import type { TrafilaturaItem } from '../extract/trafilatura-eval.js';
import { readTimeMl } from '../time/timeml.js';
import { round4, type EvalReport } from '../task.js';
import { GoldDataError } from '../gold-data-error.js';
import { LIKELY_RIGHT } from '../../stages/events/event-confidence.js';


export const JUDGEMENTS_PATH = (): string => join(packageRoot(), 'eval', 'events-judged.json');

export type Verdict = 'right' | 'wrong';

export interface Judgement {
  doc: string;
  /** sentenceKey of the evidence sentence. */
  sentence: string;
  cameoRoot: string;
  source: string;
  target: string;
  verdict: Verdict;
  /** The code as judged (for reading the file; the key uses the root). */
  cameo: string;
  /** For a wrong event, what is wrong: a short kind ("no event", "wrong actor", "wrong category", …). */
  why?: string;
}

export interface JudgedSet {
  about: string;
  /**
   * Document ids: `trafilatura:<file>` (under extract/trafilatura-eval/html), `polnear:<split>/<file>`
   * (quotes/polnear/<split>/text) or `timeml:<folder>/<file>` (time/tempeval3-train).
   */
  documents: string[];
  judgements: Judgement[];
}

/** One coded event as the judge sees it. */
export interface CodedEvent {
  doc: string;
  sentence: string;
  sentenceText: string;
  event: Event;
}

/** Whitespace-normalised sentence text, hashed short: the sentence's identity across extraction changes. */
export function sentenceKey(sentenceText: string): string {
  return createHash('sha256').update(sentenceText.replace(/\s+/gu, ' ').trim()).digest('hex').slice(0, 16);
}

export const eventKey = (e: { doc: string; sentence: string; cameoRoot: string; source: string; target: string }): string =>
  [e.doc, e.sentence, e.cameoRoot, e.source, e.target].join('\u0001');

export const codedEventKey = (c: CodedEvent): string =>
  eventKey({ doc: c.doc, sentence: c.sentence, cameoRoot: c.event.cameoRoot, source: c.event.source?.text ?? '', target: c.event.target?.text ?? '' });

/** The raw input of a document id, read from ../shared/data. */
export function readJudgedDocument(dataDir: string, id: string): RawInput {
  const [corpus, rest] = [id.slice(0, id.indexOf(':')), id.slice(id.indexOf(':') + 1)];
  if (corpus === 'trafilatura') {
    const htmlDir = join(dataDir, 'extract', 'trafilatura-eval', 'html');
    const path = findPagePath(htmlDir, rest);
    if (!path) throw new GoldDataError(`${id}: no such page under ${htmlDir}`);
    const url = trafilaturaUrls(dataDir).get(rest);
    return { text: readPage(path), mediaType: 'text/html', ...(url ? { url } : {}) };
  }
  if (corpus === 'timeml') {
    // TempEval-3's news (AQUAINT: AP, NYT, Xinhua of 1998-2000; TimeBank: ABC, CNN, AP, NYT, PRI, VOA, WSJ of 1989-1998), the <TEXT> without markup.
    return { text: readTimeMl(join(dataDir, 'time', 'tempeval3-train', rest)).text, mediaType: 'text/plain' };
  }
  if (corpus === 'polnear') {
    const [split, file] = rest.split('/');
    return { text: readFileSync(join(dataDir, 'quotes', 'polnear', split!, 'text', file!), 'utf8'), mediaType: 'text/plain' };
  }
  throw new GoldDataError(`${id}: unknown corpus (trafilatura:, polnear: or timeml:)`);
}

let urlsByFile: Map<string, string> | undefined;
function trafilaturaUrls(dataDir: string): Map<string, string> {
  urlsByFile ??= new Map(
    Object.entries(readJson<Record<string, TrafilaturaItem>>(join(dataDir, 'extract', 'trafilatura-eval', 'evaldata.json'))).map(([url, item]) => [item.file, url]),
  );
  return urlsByFile;
}

/** Every event the pipeline codes in one document, with its evidence sentence. */
export function codedEvents(doc: string, document: AnalysedDocument): CodedEvent[] {
  return (document.events ?? []).map((event) => {
    const sentenceText = document.text.slice(event.evidence.start, event.evidence.end);
    return { doc, sentence: sentenceKey(sentenceText), sentenceText, event };
  });
}

/** Runs the pipeline over the set's documents; documents the pipeline refuses give no events (and are counted). */
export function codeJudgedDocuments(dataDir: string, documents: readonly string[], limit = Infinity): { events: CodedEvent[]; refused: string[] } {
  const events: CodedEvent[] = [];
  const refused: string[] = [];
  for (const doc of documents.slice(0, limit)) {
    const result = analyze(readJudgedDocument(dataDir, doc));
    if (result.ok) events.push(...codedEvents(doc, result.document));
    else refused.push(`${doc}: ${result.rejection.code}`);
  }
  return { events, refused };
}

export const readJudgedSet = (path = JUDGEMENTS_PATH()): JudgedSet => JSON.parse(readFileSync(path, 'utf8')) as JudgedSet;

interface Tally {
  right: number;
  wrong: number;
  unjudged: number;
}

const newTally = (): Tally => ({ right: 0, wrong: 0, unjudged: 0 });
const precisionOf = (t: Tally): number => (t.right + t.wrong === 0 ? 0 : round4(t.right / (t.right + t.wrong)));

export function scoreJudged(set: JudgedSet, events: readonly CodedEvent[]): EvalReport {
  const judged = new Map(set.judgements.map((j) => [eventKey(j), j]));
  const all = newTally();
  const byCorpus = new Map<string, Tally>();
  const byRoot = new Map<string, Tally>();
  // Rules are chosen looking at the events of the documents at even positions only; the odd ones are held out.
  const position = new Map(set.documents.map((d, i) => [d, i]));
  const byHalf = new Map<string, Tally>();
  // Events a consumer keeps when it filters at LIKELY_RIGHT (event-confidence.ts), by half.
  const confident = new Map<string, Tally>();
  const wrongKinds = new Map<string, number>();
  const produced = new Set<string>();
  for (const coded of events) {
    const key = codedEventKey(coded);
    produced.add(key);
    const verdict = judged.get(key)?.verdict;
    const half = (position.get(coded.doc) ?? 0) % 2 === 0 ? 'development' : 'heldOut';
    const tallies = [all, tallyOf(byCorpus, coded.doc.slice(0, coded.doc.indexOf(':'))), tallyOf(byRoot, coded.event.cameoRoot), tallyOf(byHalf, half)];
    if ((coded.event.confidence ?? 0) >= LIKELY_RIGHT) tallies.push(tallyOf(confident, half), tallyOf(confident, 'all'));
    for (const t of tallies) {
      if (verdict === 'right') t.right++;
      else if (verdict === 'wrong') t.wrong++;
      else t.unjudged++;
    }
    if (verdict === 'wrong') {
      const why = judged.get(key)!.why ?? 'unspecified';
      wrongKinds.set(why, (wrongKinds.get(why) ?? 0) + 1);
    }
  }
  const rightJudged = set.judgements.filter((j) => j.verdict === 'right');
  const lostRight = rightJudged.filter((j) => !produced.has(eventKey(j))).length;
  const precision = precisionOf(all);
  // Recall against the events judged right (a lower bound on what a precision gain cost): not a true recall.
  const recall = rightJudged.length === 0 ? 0 : round4((rightJudged.length - lostRight) / rightJudged.length);
  const tallyJson = (m: Map<string, Tally>) => Object.fromEntries([...m].sort(([a], [b]) => a.localeCompare(b)).map(([k, t]) => [k, { ...t, precision: precisionOf(t) }]));
  return {
    task: 'events',
    format: 'judged',
    n: events.length,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : round4((2 * precision * recall) / (precision + recall)),
    details: {
      documents: set.documents.length,
      events: events.length,
      right: all.right,
      wrong: all.wrong,
      unjudged: all.unjudged,
      judgedShare: events.length === 0 ? 0 : round4((all.right + all.wrong) / events.length),
      rightJudgementsNoLongerProduced: lostRight,
      development: { ...(byHalf.get('development') ?? newTally()), precision: precisionOf(byHalf.get('development') ?? newTally()) },
      heldOut: { ...(byHalf.get('heldOut') ?? newTally()), precision: precisionOf(byHalf.get('heldOut') ?? newTally()) },
      confident: Object.fromEntries(['all', 'development', 'heldOut'].map((k) => {
        const t = confident.get(k) ?? newTally();
        const produced = k === 'all' ? all : byHalf.get(k) ?? newTally();
        return [k, { ...t, precision: precisionOf(t), recallOfRight: produced.right === 0 ? 0 : round4(t.right / produced.right) }];
      })),
      byCorpus: tallyJson(byCorpus),
      byRoot: tallyJson(byRoot),
      wrongKinds: Object.fromEntries([...wrongKinds].sort((a, b) => b[1] - a[1])),
    },
  };
}

function tallyOf(m: Map<string, Tally>, key: string): Tally {
  let t = m.get(key);
  if (!t) m.set(key, (t = newTally()));
  return t;
}

/** The task's entry point: `--data` is ../shared/data (the documents); the judgements are the committed file. */
export function evaluateJudged(dataDir: string, options: { limit?: number } = {}): EvalReport {
  const set = readJudgedSet();
  const { events, refused } = codeJudgedDocuments(dataDir, set.documents, options.limit);
  const report = scoreJudged(set, events);
  return { ...report, details: { ...report.details, refused } };
}

/** Lists the PolNeAR text files of a split, sorted. */
export const polnearFiles = (dataDir: string, split: string): string[] =>
  readdirSync(join(dataDir, 'quotes', 'polnear', split, 'text')).filter((f) => f.endsWith('.txt')).sort();
