/**
 * Look-ups over a whole document that the events stage makes per sentence or per word: built once per document, each
 * answered by halving, so that a long document is not walked once per word (a 1 MB page of 8,000 paragraphs took 55 s
 * in the events stage with linear look-ups, 0.5 s with these).
 */
import type { Entity, Span } from '../../model/schema.js';

/**
 * The entity (and its mention) whose mention holds a character offset; where mentions overlap, the first entity's.
 * Mentions sorted by start and halved, with the furthest end so far, so that a lookup is not a walk over every mention
 * of the document (it is made for every word of every coded sentence).
 */
export function entityIndex(entities: readonly Entity[]): (offset: number) => { entity: Entity; start: number; end: number } | undefined {
  const spans: { entity: Entity; start: number; end: number; order: number }[] = [];
  for (const entity of entities) for (const m of entity.mentions) spans.push({ entity, start: m.start, end: m.end, order: spans.length });
  spans.sort((a, b) => a.start - b.start || a.order - b.order);
  const reach: number[] = [];
  for (const [i, x] of spans.entries()) reach.push(Math.max(x.end, i > 0 ? reach[i - 1]! : 0));
  return (offset) => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]!.start <= offset) lo = mid + 1;
      else hi = mid;
    }
    let best: (typeof spans)[number] | undefined;
    for (let j = lo - 1; j >= 0 && reach[j]! > offset; j--) {
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
      let lo = 0;
      let hi = sentences.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sentences[mid]!.start <= item.start) lo = mid + 1;
        else hi = mid;
      }
      const si = lo - 1;
      if (si < 0 || item.start >= sentences[si]!.end) continue;
      const bucket = buckets.get(si);
      if (bucket) bucket.push(item);
      else buckets.set(si, [item]);
    }
    return (sentence) => buckets.get(sentence) ?? [];
  };
}
