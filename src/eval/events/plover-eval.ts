/**
 * `wirewatch eval events --format plover --data FILE`: the PLOVER gold-standard
 * records (PLOVER_GSR_CAMEO.txt: a JSON array of sentences with event type, source
 * and target actors). Each text goes through our own tokenizer, tagger and parser
 * and the coder with the committed dictionaries; the sentence's main event (the
 * coded verb highest in the tree) is compared with the record: event-type accuracy
 * (gold labels from PLOVER 0.5 mapped to the current ones, as ../shared/README.md
 * says) and source-actor match (the gold actor text inside our source phrase, or
 * the reverse).
 */
import { readFileSync } from 'node:fs';
import { analyseSyntaxDocument } from '../../stages/syntax/analyse-syntax.js';
import { EventCoder, type CodedEvent } from '../../stages/events/coder.js';
import { frameFromDependencies } from '../../stages/events/dependency-frame.js';
import { loadCameoTable, loadEventDictionaries } from '../../stages/events/event-resources.js';
import type { CameoTable } from '../../stages/events/cameo.js';
import { phraseTokens, type NounPhrase, type SentenceFrame } from '../../stages/events/sentence-frame.js';
import { round4, type EvalReport } from '../task.js';
import { SyntaxView } from '../../nlp/syntax-query.js';
import { sentenceTokenRanges } from '../../stages/syntax/sentence-tokens.js';

/** PLOVER 0.5 labels the gold records use → the PLOVER types of the CAMEO2PLOVER table. */
export const OLD_PLOVER_LABELS: Readonly<Record<string, string>> = { DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', FIGHT: 'ASSAULT', INVESTIGATE: 'ACCUSE' };

export interface GsrActor {
  actorText?: string;
  code?: string;
}

export interface GsrRecord {
  id: string;
  event: string;
  eventText?: string;
  text?: string;
  date?: string;
  source?: GsrActor[] | string | null;
}

const MAX_FILE_BYTES = 20 * 1024 * 1024;

const NOUNS: ReadonlySet<string> = new Set(['PROPN', 'NOUN']);

export const gsrActors = (a: GsrRecord['source']): GsrActor[] => (Array.isArray(a) ? a : []);

/** The records with a text and an event (not the file's DOCUMENT notes), in file order. */
export function ploverRecords(raw: string): GsrRecord[] {
  if (raw.length > MAX_FILE_BYTES) throw new RangeError(`PLOVER file is over ${MAX_FILE_BYTES} bytes`);
  return (JSON.parse(raw) as GsrRecord[]).filter((r) => r.text && r.event && r.event !== 'DOCUMENT');
}

export interface MainEvent {
  e: CodedEvent;
  s: CodedSentence;
  type: string;
  depth: number;
}

/** The main event: the PLOVER-typed event whose verb is highest in its tree, then the first. */
export function mainEvent(sentences: readonly CodedSentence[], cameo: CameoTable): MainEvent | undefined {
  let best: MainEvent | undefined;
  for (const s of sentences) {
    for (const e of s.events) {
      const type = cameo.describe(e.code)?.plover;
      const depth = s.depth[e.clause]!;
      if (type && (!best || depth < best.depth)) best = { e, s, type, depth };
    }
  }
  return best;
}

/** Whether our source phrase (lower-cased words) and one of the gold actor texts contain one another. */
export function sourceMatches(golds: readonly string[], ours: string): boolean {
  const o = ours.toLowerCase();
  return o !== '' && golds.some((g) => g !== '' && (o.includes(g.toLowerCase()) || g.toLowerCase().includes(o)));
}

export interface CodedSentence {
  events: CodedEvent[];
  frame: SentenceFrame;
  /** Depth of each clause's verb in the dependency tree. */
  depth: number[];
}

/** Codes a bare text with the committed dictionaries, sentence by sentence. */
export function codeText(coder: EventCoder, text: string, date?: string): CodedSentence[] {
  const doc = analyseSyntaxDocument(text);
  const view = new SyntaxView(doc.text, doc.tokens);
  const out: CodedSentence[] = [];
  for (const { first, end } of sentenceTokenRanges(doc.tokens, doc.sentences)) {
    const frame = frameFromDependencies({ text: doc.text, tokens: doc.tokens, first, end, isVerb: (w) => coder.verbs.isVerb(w), ...(date ? { date } : {}) }, view);
    const depth = frame.clauses.map((c) => {
      let d = 0;
      for (let k = c.verb + first; k >= 0 && d < 50; k = view.head(k)) d++;
      return d;
    });
    // Actors outside the dictionaries count when a proper or common noun heads them (PETRARCH's "new actors").
    const openActor = (np: NounPhrase): boolean => phraseTokens(np).some((i) => NOUNS.has(doc.tokens[first + i]?.pos ?? ''));
    out.push({ events: coder.code(frame, { openActor, requireTarget: false }), frame, depth });
  }
  return out;
}

export function evaluatePlover(dataPath: string, options: { limit?: number } = {}): EvalReport {
  const records = ploverRecords(readFileSync(dataPath, 'utf8')).slice(0, options.limit);
  if (records.length === 0) throw new RangeError(`no PLOVER records with text in ${dataPath}`);
  const coder = new EventCoder(loadEventDictionaries());
  const cameo = loadCameoTable();
  let typeRight = 0;
  let coded = 0;
  let sourceGold = 0;
  let sourceRight = 0;
  const confusion = new Map<string, number>();
  // Records at even positions are the development half (error analysis looked only at these); odd ones are held out.
  const halves = { dev: { n: 0, type: 0, sourceN: 0, source: 0 }, heldOut: { n: 0, type: 0, sourceN: 0, source: 0 } };
  const failures: { id: string; gold: string; got: string; text: string }[] = [];
  records.forEach((r, index) => {
    const half = index % 2 === 0 ? halves.dev : halves.heldOut;
    half.n++;
    const gold = OLD_PLOVER_LABELS[r.event] ?? r.event;
    const sentences = codeText(coder, r.text!, r.date?.replaceAll('-', ''));
    const best = mainEvent(sentences, cameo);
    if (best) coded++;
    if (best?.type === gold) {
      typeRight++;
      half.type++;
    } else if (index % 2 === 0) failures.push({ id: r.id, gold, got: `${best?.type ?? 'none'} ${best?.e.code ?? ''}`, text: r.text!.slice(0, 160) });
    if (best?.type !== gold) confusion.set(`${gold}→${best?.type ?? 'none'}`, (confusion.get(`${gold}→${best?.type ?? 'none'}`) ?? 0) + 1);
    const golds = gsrActors(r.source).map((a) => a.actorText ?? '').filter(Boolean);
    if (golds.length > 0) {
      sourceGold++;
      half.sourceN++;
      const ours = best?.e.sourcePhrase ? phraseTokens(best.e.sourcePhrase).map((i) => best!.s.frame.words[i]).join(' ').toLowerCase() : '';
      if (sourceMatches(golds, ours)) {
        sourceRight++;
        half.source++;
      }
    }
  });
  const halfReport = (h: typeof halves.dev) => ({ records: h.n, eventTypeAccuracy: round4(h.n ? h.type / h.n : 0), sourceActorMatch: round4(h.sourceN ? h.source / h.sourceN : 0) });
  const accuracy = typeRight / records.length;
  const sourceMatch = sourceGold === 0 ? 0 : sourceRight / sourceGold;
  const precision = coded === 0 ? 0 : typeRight / coded;
  return {
    task: 'events',
    format: 'plover',
    n: records.length,
    precision: round4(precision),
    recall: round4(accuracy),
    f1: round4(precision + accuracy === 0 ? 0 : (2 * precision * accuracy) / (precision + accuracy)),
    details: {
      eventTypeAccuracy: round4(accuracy),
      sourceActorMatch: round4(sourceMatch),
      coded,
      sourceRecords: sourceGold,
      dev: halfReport(halves.dev),
      heldOut: halfReport(halves.heldOut),
      devFailures: failures.slice(0, 50),
      confusions: Object.fromEntries([...confusion].sort((a, b) => b[1] - a[1]).slice(0, 25)),
    },
  };
}
