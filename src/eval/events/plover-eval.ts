/**
 * `wirewatch eval events --format plover --data FILE`: the PLOVER gold-standard
 * records (PLOVER_GSR_CAMEO.txt: a JSON array of sentences with event type, source
 * and target actors). Each text goes through the pipeline's own stages from
 * sentence splitting to events (tagger, parser, entities, times, the events stage
 * with the committed dictionaries), so what is scored is what a user gets; the
 * record's main event (the first PLOVER-typed event: the stage orders a sentence's
 * events by the height of their verb in the tree) is compared with the record:
 * event-type accuracy (gold labels from PLOVER 0.5 mapped to the current ones, as
 * ../shared/README.md says) and source-actor match (the gold actor text inside
 * our source actor's text, or the reverse, ignoring case).
 */
import { readFileSync } from 'node:fs';
import type { Event } from '../../model/schema.js';
import type { WorkingDocument } from '../../model/working-document.js';
import { makeContext } from '../../pipeline/analyze.js';
import { PIPELINE } from '../../pipeline/registry.js';
import { round4, type EvalReport } from '../task.js';
import { GoldDataError } from '../gold-data-error.js';

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

export const gsrActors = (a: GsrRecord['source']): GsrActor[] => (Array.isArray(a) ? a : []);

/** The records with a text and an event (not the file's DOCUMENT notes), in file order. */
export function ploverRecords(raw: string): GsrRecord[] {
  if (raw.length > MAX_FILE_BYTES) throw new RangeError(`PLOVER file is over ${MAX_FILE_BYTES} bytes`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw new GoldDataError(`not JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(parsed)) throw new GoldDataError('not a JSON array of PLOVER records');
  return (parsed as GsrRecord[]).filter((r) => r.text && r.event && r.event !== 'DOCUMENT');
}

/** The pipeline from sentence splitting to events: a record is a bare text, with nothing to decode or extract. */
const TEXT_STAGES = PIPELINE.slice(PIPELINE.findIndex((s) => s.name === 'sentences'), PIPELINE.findIndex((s) => s.name === 'events') + 1);

/** The events the pipeline finds in a bare text, published on the given day (dictionary actors' codes change with the date). */
export function eventsOfText(text: string, day?: string): Event[] {
  const doc: WorkingDocument = {
    raw: { mediaType: 'text/plain', text }, mediaType: 'text/plain', text, paragraphs: [{ start: 0, end: text.length, kind: 'body' }], language: 'en',
    ...(day ? { published: `${day}T12:00:00Z` } : {}), issues: [], provenance: [],
  };
  const ctx = makeContext();
  for (const stage of TEXT_STAGES) if (!stage.mediaTypes || stage.mediaTypes.includes('text/plain')) stage.run(doc, ctx);
  return doc.events ?? [];
}

/** The main event: the first with a PLOVER type (CAMEO statements have none). */
export const mainEvent = (events: readonly Event[]): Event | undefined => events.find((e) => e.plover);

/** Whether our source text and one of the gold actor texts contain one another, ignoring case. */
export function sourceMatches(golds: readonly string[], ours: string): boolean {
  const o = ours.toLowerCase();
  return o !== '' && golds.some((g) => g !== '' && (o.includes(g.toLowerCase()) || g.toLowerCase().includes(o)));
}

export function evaluatePlover(dataPath: string, options: { limit?: number } = {}): EvalReport {
  const records = ploverRecords(readFileSync(dataPath, 'utf8')).slice(0, options.limit);
  if (records.length === 0) throw new RangeError(`no PLOVER records with text in ${dataPath}`);
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
    const best = mainEvent(eventsOfText(r.text!, r.date));
    if (best) coded++;
    if (best?.plover === gold) {
      typeRight++;
      half.type++;
    } else if (index % 2 === 0) failures.push({ id: r.id, gold, got: `${best?.plover ?? 'none'} ${best?.cameo ?? ''} ${best?.source?.text ?? ''}`, text: r.text!.slice(0, 160) });
    const pair = `${gold}→${best?.plover ?? 'none'}`;
    if (best?.plover !== gold) confusion.set(pair, (confusion.get(pair) ?? 0) + 1);
    const golds = gsrActors(r.source).map((a) => a.actorText ?? '').filter(Boolean);
    if (golds.length > 0) {
      sourceGold++;
      half.sourceN++;
      if (sourceMatches(golds, best?.source?.text ?? '')) {
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
