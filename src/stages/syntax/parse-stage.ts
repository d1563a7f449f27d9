/**
 * The dependency-parsing stage: gives every token of every sentence its head
 * (`head`, an index into Document.tokens; −1 for the sentence's root) and its
 * Universal Dependencies relation (`deprel`), using the parser trained on GUM
 * (src/nlp/parse/). It reads the tags of the `pos` stage.
 *
 * The parse is the costliest step of the pipeline and one stage reads it (events),
 * in a minority of sentences; parseStageFor parses only the sentences a reader
 * names (sentence-selection.ts), and leaves the others' tokens without head and relation.
 */
import type { Stage } from '../../pipeline/stage.js';
import { addIssue } from '../../pipeline/issues.js';
import { loadParser } from '../../nlp/parse/parser.js';
import { syntaxStageOver, type SelectiveSpec } from './sentence-selection.js';
import { tokenForms, type TokenRange } from './sentence-tokens.js';

/**
 * The most tokens parsed as one sentence. GUM's longest sentence has 134 words;
 * a longer "sentence" is nearly always a list, a table or a run of headlines
 * without full stops, and is parsed in pieces of this size: the parser is linear
 * in the length, but a tree over such text means little.
 */
export const MAX_PARSED_TOKENS = 200;

function makeParseStage(version: string, spec?: SelectiveSpec): Stage {
  return syntaxStageOver('parse', version, spec, (doc, sentences) => {
    const text = doc.text!;
    const tokens = doc.tokens!;
    const untagged = (s: TokenRange): boolean => {
      for (let i = s.first; i < s.end; i++) if (tokens[i]!.tag === undefined) return true;
      return false;
    };
    if (sentences.some(untagged)) {
      addIssue(doc, 'parse', 'stage.skipped', 'the tokens have no part-of-speech tags (the pos stage did not run)');
      return { method: 'none' };
    }
    const parser = loadParser();
    let pieces = 0;
    for (const sentence of sentences) {
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
    return { method: spec ? 'arc-hybrid-perceptron (selected sentences)' : 'arc-hybrid-perceptron' };
  });
}

/** Parses every sentence. */
export const parseStage: Stage = makeParseStage('1');

/**
 * Parses only the sentences `select` names (which may read the fields `requires`
 * lists), and every sentence when the tokens are kept in the output.
 *
 * @example
 *   parseStageFor(['entities'], (doc) => codableSentences(...))   // the pipeline's (src/pipeline/registry.ts)
 */
export function parseStageFor(requires: SelectiveSpec['requires'], select: SelectiveSpec['select']): Stage {
  return makeParseStage('2', { requires, select });
}
