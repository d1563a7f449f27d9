/**
 * Look-ups over a whole document that the events stage makes per sentence or per word: built once per document, each
 * answered by halving, so that a long document is not walked once per word (a 1 MB page of 8,000 paragraphs took 55 s
 * in the events stage with linear look-ups, 0.5 s with these).
 */
import type { Entity, Span } from '../../model/schema.js';
import { lowerBound, upperBound } from '../../nlp/sorted-search.js';

const startOf = (s: Span): number => s.start;

/** For spans sorted by start, the furthest end among the first k + 1: whether any of spans[0..k] reaches past an offset. */
function furthestEnds(spans: readonly Span[]): number[] {
  const furthest: number[] = [];
  for (const s of spans) furthest.push(Math.max(s.end, furthest.at(-1) ?? -1));
  return furthest;
}

/** Whether any entity mention overlaps [start, end). */
export function mentionOverlap(entities: readonly Entity[]): (start: number, end: number) => boolean {
  const spans = entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
  const furthest = furthestEnds(spans);
  return (start, end) => {
    // The mentions starting before `end`: spans[0 .. k).
    const k = lowerBound(spans, end, startOf);
    return k > 0 && furthest[k - 1]! > start;
  };
}

/**
 * The entity (and its mention) whose mention holds a character offset; where mentions overlap, the first entity's.
 * Made for every word of every coded sentence.
 */
export function entityIndex(entities: readonly Entity[]): (offset: number) => { entity: Entity; start: number; end: number } | undefined {
  const spans: { entity: Entity; start: number; end: number; order: number }[] = [];
  for (const entity of entities) for (const m of entity.mentions) spans.push({ entity, start: m.start, end: m.end, order: spans.length });
  spans.sort((a, b) => a.start - b.start || a.order - b.order);
  const furthest = furthestEnds(spans);
  return (offset) => {
    let best: (typeof spans)[number] | undefined;
    // The mentions starting at or before `offset`, back to the last that may still reach it.
    for (let j = upperBound(spans, offset, startOf) - 1; j >= 0 && furthest[j]! > offset; j--) {
      const x = spans[j]!;
      if (offset < x.end && (!best || x.order < best.order)) best = x;
    }
    return best && { entity: best.entity, start: best.start, end: best.end };
  };
}

/**
 * For each sentence (by index), the items that start inside it, in their order: made once per document, so that a
 * sentence's lookups are not walks over the whole document.
 */
export function sentenceBuckets(sentences: readonly Span[]): <T extends Span>(items: readonly T[]) => (sentence: number) => T[] {
  return <T extends Span>(items: readonly T[]) => {
    const buckets = new Map<number, T[]>();
    for (const item of items) {
      const si = upperBound(sentences, item.start, startOf) - 1;
      if (si < 0 || item.start >= sentences[si]!.end) continue;
      const bucket = buckets.get(si);
      if (bucket) bucket.push(item);
      else buckets.set(si, [item]);
    }
    return (sentence) => buckets.get(sentence) ?? [];
  };
}
