import { isQuotation, type AnalysedDocument, type Event, type Quote } from '../../model/schema.js';
import { LIKELY_RIGHT } from '../../stages/events/event-confidence.js';
import { loadCameoTable } from '../../stages/events/event-resources.js';

/** stdout carries data, stderr carries logs; both are injectable so tests can capture them. */
export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
}

export const processIo = (): Io => ({ stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env });

export function writeLine(stream: NodeJS.WritableStream, line = ''): void {
  stream.write(line + '\n');
}

/** Cuts a string to `width` characters with an ellipsis. */
export function fit(text: string, width: number): string {
  return text.length <= width ? text : text.slice(0, Math.max(0, width - 1)) + '…';
}

export const day = (iso: string | undefined): string => (iso ? iso.slice(0, 10) : '????-??-??');

/** What a command run leaves behind for the shell: its exit code. */
export interface CliState {
  exitCode: number;
}

/** How much of a quote's content a readable summary shows. */
const QUOTE_WIDTH = 200;

/**
 * One line per quote for readable output: who (the entity, and how the text names them
 * when that differs), the cue, the medium and the kind (and the class when it is not a
 * quotation proper: thought, intent, stance, evidence), then the quoted words.
 *
 * @example quoteLines(doc) // → ['  Muqtada al-Sadr (“he”) added, on Twitter [direct]: “If Aboa, let Iraq be …”']
 */
export function quoteLines(doc: AnalysedDocument, quotes: readonly Quote[] = doc.quotes): string[] {
  return quotes.map((q) => {
    const entity = q.speaker?.entityId ? doc.entities.find((e) => e.id === q.speaker!.entityId) : undefined;
    const named = q.speaker?.text.replace(/\s+/gu, ' ');
    const who = entity ? (named && named !== entity.name ? `${entity.name} (“${fit(named, 40)}”)` : entity.name) : (named ? fit(named, 60) : '(speaker not named)');
    const how = [q.cue?.text, q.medium ? `on ${q.medium}` : undefined].filter(Boolean).join(', ');
    const words = (q.parts ?? [q.content]).map((p) => doc.text.slice(p.start, p.end)).join(' … ').replace(/\s+/gu, ' ');
    const label = isQuotation(q) ? q.kind : `${q.kind}, ${q.class!}`;
    return `  ${who}${how ? ` ${how}` : ''} [${label}]: “${fit(words, QUOTE_WIDTH)}”`;
  });
}

/**
 * One line per time expression for readable output: its words, its TIMEX3 value and
 * mod, what it was resolved against. The publication time (not in the text) is marked.
 *
 * @example timeLines(doc) // → ['  DATE  yesterday → 2020-09-29 (from published)']
 */
export function timeLines(doc: AnalysedDocument): string[] {
  return doc.times.map((t) => {
    const words = t.origin === 'published' ? `${t.text} (publication time)` : fit(t.text.replace(/\s+/gu, ' '), 60);
    const mod = t.mod ? ` ${t.mod}` : '';
    const anchor = t.anchor && t.anchor !== 'absolute' ? ` (from ${t.anchor})` : '';
    return `  ${t.type.padEnd(8)} ${words} → ${t.value}${mod}${anchor}`;
  });
}

/**
 * One line per distinct place for readable output: the words, the place they resolve to with
 * its division, country and point, how often, and the role when it is not a plain mention.
 *
 * @example placeLines(doc) // → ['  Baghdad International Airport → Baghdad International Airport, Baghdad, IQ (33.34, 44.40)', '  Washington → Washington, D.C., US (38.90, -77.04) [metonymy]']
 */
export function placeLines(doc: AnalysedDocument): string[] {
  const seen = new Map<string, { line: string; count: number }>();
  for (const p of doc.places) {
    const where = [p.name, p.admin1 !== p.name ? p.admin1 : undefined, p.country].filter(Boolean).join(', ');
    const point = p.lat !== undefined && p.lon !== undefined ? ` (${p.lat.toFixed(2)}, ${p.lon.toFixed(2)})` : '';
    const role = p.role && p.role !== 'mention' ? ` [${p.role}]` : '';
    const line = `  ${p.text.replace(/\s+/gu, ' ')} → ${where}${point}${role}`;
    const entry = seen.get(line);
    if (entry) entry.count++;
    else seen.set(line, { line, count: 1 });
  }
  return [...seen.values()].map((e) => (e.count > 1 ? `${e.line} ×${e.count}` : e.line));
}


/**
 * Two lines per event for readable output, in text order: the event's date, CAMEO code with its name (and PLOVER
 * type), who did it to whom (the text, with the actor code), its kind when it is not a plain report, where, and
 * how likely it is right; then the start of its evidence sentence. Events under LIKELY_RIGHT are marked "unsure",
 * not hidden: `show` is for reading one article whole.
 *
 * @example eventLines(doc) // → ['  2020-01  186 Assassinate (ASSAULT)  America (USA) → commander (IRNMIL) [background] at Baghdad International Airport, 0.53', '      “Since America assassinated the commander of the Iranian Quds Force, …”']
 */
export function eventLines(doc: AnalysedDocument): string[] {
  const cameo = loadCameoTable();
  const actor = (a: Event['source']): string => (a ? `${fit(a.text.replace(/\s+/gu, ' '), 40)}${a.code ? ` (${a.code})` : ''}` : '—');
  return [...doc.events].sort((a, b) => a.evidence.start - b.evidence.start).flatMap((e) => {
    const name = cameo.describe(e.cameo)?.name;
    const what = `${e.cameo}${name ? ` ${name}` : ''}${e.plover ? ` (${e.plover})` : ''}`;
    const kind = e.kind === 'reported' ? '' : ` [${e.kind}]`;
    const where = e.location ? ` at ${e.location}` : '';
    const sure = e.confidence === undefined ? '' : `, ${e.confidence.toFixed(2)}${e.confidence < LIKELY_RIGHT ? ' unsure' : ''}`;
    const evidence = doc.text.slice(e.evidence.start, e.evidence.end).replace(/\s+/gu, ' ');
    return [`  ${e.date ?? '????-??-??'}  ${what}  ${actor(e.source)} → ${actor(e.target)}${kind}${where}${sure}`, `      “${fit(evidence, 150)}”`];
  });
}
