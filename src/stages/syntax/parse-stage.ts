/**
 * The dependency-parsing stage: gives every token of every sentence its head
 * (`head`, an index into Document.tokens; −1 for the sentence's root) and its
 * Universal Dependencies relation (`deprel`), using the parser trained on GUM
 * (src/nlp/parse/). It reads the tags of the `pos` stage.
 */
import type { Stage } from '../../pipeline/stage.js';
import { addIssue } from '../../pipeline/issues.js';
import { loadParser } from '../../nlp/parse/parser.js';
import { sentenceTokenRanges, tokenForms, type TokenRange } from './sentence-tokens.js';

/**
 * The most tokens parsed as one sentence. GUM's longest sentence has 134 words;
 * a longer "sentence" is nearly always a list, a table or a run of headlines
 * without full stops, and is parsed in pieces of this size: the parser is linear
 * in the length, but a tree over such text means little.
 */
export const MAX_PARSED_TOKENS = 200;

export const parseStage: Stage = {
  name: 'parse',
  version: '1',
  requires: ['text', 'sentences', 'tokens'],
  assigns: ['tokens'],
  run(doc) {
    const text = doc.text!;
    const tokens = doc.tokens!;
    if (tokens.some((t) => t.tag === undefined)) {
      addIssue(doc, 'parse', 'stage.skipped', 'the tokens have no part-of-speech tags (the pos stage did not run)');
      return { method: 'none' };
    }
    const parser = loadParser();
    let pieces = 0;
    for (const sentence of sentenceTokenRanges(tokens, doc.sentences!)) {
      for (let first = sentence.first; first < sentence.end; first += MAX_PARSED_TOKENS) {
        const range: TokenRange = { first, end: Math.min(sentence.end, first + MAX_PARSED_TOKENS) };
        if (range.end - range.first < sentence.end - sentence.first) pieces++;
        const tags: string[] = [];
        for (let i = range.first; i < range.end; i++) tags.push(tokens[i]!.tag!);
        const tree = parser.parseIds(tokenForms(text, tokens, range), tags);
        for (let i = range.first; i < range.end; i++) {
          const head = tree.heads[i - range.first]!;
          tokens[i]!.head = head < 0 ? -1 : range.first + head;
          tokens[i]!.deprel = parser.parts.labels[tree.labels[i - range.first]!]!;
        }
      }
    }
    if (pieces > 0) addIssue(doc, 'parse', 'syntax.long-sentence', `${pieces} pieces of sentences longer than ${MAX_PARSED_TOKENS} tokens were parsed apart`);
    return { method: 'arc-hybrid-perceptron' };
  },
};
