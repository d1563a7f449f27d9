/**
 * The inline marks of an analysed document: every entity mention, quotation (each
 * piece), quoted speaker, time expression and event evidence, as spans for `segment`.
 */
import type { AnalysedDocument } from '../../model/schema.js';
import type { Mark } from './segments.js';

/** What a mark stands for, found again by its key when it is clicked. */
export type Annotation =
  | { kind: 'entity'; item: AnalysedDocument['entities'][number] }
  | { kind: 'quote' | 'speaker'; item: AnalysedDocument['quotes'][number] }
  | { kind: 'time'; item: AnalysedDocument['times'][number] }
  | { kind: 'event'; item: AnalysedDocument['events'][number] };

export function documentMarks(doc: AnalysedDocument): { marks: Mark[]; annotations: Map<string, Annotation> } {
  const marks: Mark[] = [];
  const annotations = new Map<string, Annotation>();
  const add = (mark: Mark, annotation: Annotation) => {
    marks.push(mark);
    annotations.set(mark.key, annotation);
  };
  for (const entity of doc.entities) {
    entity.mentions.forEach((m, i) => add({ key: `entity:${entity.id}:${i}`, kind: 'entity', start: m.start, end: m.end, tone: entity.type, label: `${entity.type.toLowerCase()} ${entity.name}` }, { kind: 'entity', item: entity }));
  }
  for (const quote of doc.quotes) {
    const who = quote.speaker?.text ? ` by ${quote.speaker.text}` : '';
    const pieces = quote.parts && quote.parts.length > 0 ? quote.parts : [quote.content];
    pieces.forEach((p, i) => add({ key: `quote:${quote.id}:${i}`, kind: 'quote', start: p.start, end: p.end, tone: quote.kind, label: `${quote.kind} quote${who}` }, { kind: 'quote', item: quote }));
    if (quote.speaker && quote.speaker.end > quote.speaker.start) {
      add({ key: `speaker:${quote.id}`, kind: 'speaker', start: quote.speaker.start, end: quote.speaker.end, label: `speaker ${quote.speaker.text}` }, { kind: 'speaker', item: quote });
    }
  }
  doc.times.forEach((t, i) => {
    if (t.origin === 'published' || t.end <= t.start) return;
    add({ key: `time:${i}`, kind: 'time', start: t.start, end: t.end, tone: t.type, label: `time ${t.text}, ${t.value}` }, { kind: 'time', item: t });
  });
  for (const event of doc.events) {
    add({ key: `event:${event.id}`, kind: 'event', start: event.evidence.start, end: event.evidence.end, tone: event.kind, label: `event ${event.plover ?? event.cameo}, ${event.kind}` }, { kind: 'event', item: event });
  }
  return { marks, annotations };
}
