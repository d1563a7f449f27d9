/**
 * The entities stage: the trained recogniser over each sentence's tokens
 * (recognise.ts), then linking inside the document (link.ts), and the outlet
 * that published the article as an organisation of its own.
 */
import type { Entity, Token } from '../../model/schema.js';
import type { Stage } from '../../pipeline/stage.js';
import { recogniseTokens } from './recognise.js';
import { linkMentions, type FoundMention } from './link.js';

/** Tokens of each sentence (by offsets), in order. */
function sentenceTokens(tokens: readonly Token[], sentences: readonly { start: number; end: number }[]): Token[][] {
  const out: Token[][] = [];
  let t = 0;
  for (const sentence of sentences) {
    while (t < tokens.length && tokens[t]!.start < sentence.start) t++;
    const first = t;
    while (t < tokens.length && tokens[t]!.end <= sentence.end) t++;
    out.push(tokens.slice(first, t));
  }
  return out;
}

/** Entities of a text already split into sentences and tokens. */
export function findEntities(text: string, tokens: readonly Token[], sentences: readonly { start: number; end: number }[]): Entity[] {
  const bySentence = sentenceTokens(tokens, sentences);
  const words = bySentence.map((ts) => ts.map((t) => text.slice(t.start, t.end)));
  const found: FoundMention[] = [];
  recogniseTokens(words).forEach((spans, s) => {
    const ts = bySentence[s]!;
    for (const span of spans) {
      const start = ts[span.start]!.start;
      const end = ts[span.end - 1]!.end;
      const mention: FoundMention = {
        start, end, text: text.slice(start, end), words: words[s]!.slice(span.start, span.end),
        type: span.type, method: span.method, before: span.start > 0 ? words[s]![span.start - 1]!.toLowerCase() : '',
      };
      if (span.country) mention.country = span.country;
      found.push(mention);
    }
  });
  return linkMentions(found);
}

export const entityStage: Stage = {
  name: 'entities',
  // 1.1.0: the recogniser's second pass and this session's boundary and type rules (a stored document analysed by an
  // older recogniser is analysed again on the next ingest). 1.3.0: the rules of 2026-11-28 (an enumeration's
  // untagged names, acronyms tagged alone, a place and an organisation over "and", state abbreviations,
  // honorifics, two places run together, comma splits, "Stop the …", initials, words of address, roles
  // after a dash; models/NER.md).
  version: '1.3.0',
  requires: ['text', 'sentences', 'tokens'],
  assigns: ['entities'],
  run(doc) {
    const entities = findEntities(doc.text!, doc.tokens!, doc.sentences!);
    // The publisher is an organisation of the document even when its name was cut from the body as a
    // prefix ("Shafaq News / …"); only a name written in the article counts, not a bare domain.
    const outlet = doc.source?.method === 'prefix' ? doc.source.name : undefined;
    if (outlet && !entities.some((e) => e.type === 'ORG' && e.name.toLowerCase() === outlet.toLowerCase())) {
      entities.push({ id: `e${entities.length + 1}`, name: outlet, type: 'ORG', mentions: [], aliases: [], roles: ['publisher'], method: `source:${doc.source!.method ?? 'unknown'}` });
    }
    doc.entities = entities;
    return { method: 'perceptron+link' };
  },
};
