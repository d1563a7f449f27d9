/**
 * The dependency-parsing stage: gives every token of every sentence its head
 * (`head`, an index into Document.tokens; −1 for the sentence's root) and its
 * Universal Dependencies relation (`deprel`), using the parser trained on GUM
 * (src/nlp/parse/). It reads the tags of the `pos` stage.
 *
 * The parse is the costliest step of the pipeline and one stage reads it (events),
 * in a minority of sentences; parseStageFor parses only the sentences a reader
 * names, and leaves the others' tokens without head and relation.
 */
import type { DocumentField, WorkingDocument } from '../../model/working-document.js';
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

/** Which sentences (indices into Document.sentences) to parse; undefined: all. */
type SentenceSelection = (doc: WorkingDocument) => ReadonlySet<number> | undefined;

function makeParseStage(version: string, requires: readonly DocumentField[], select: SentenceSelection): Stage {
  return {
    name: 'parse',
    version,
    requires,
    assigns: ['tokens'],
    run(doc, ctx) {
      const text = doc.text!;
      const tokens = doc.tokens!;
      if (tokens.some((t) => t.tag === undefined)) {
        addIssue(doc, 'parse', 'stage.skipped', 'the tokens have no part-of-speech tags (the pos stage did not run)');
        return { method: 'none' };
      }
      // Tokens kept in the output are all parsed: a reader of the document may want any sentence's tree.
      const wanted = ctx.config.keepTokens ? undefined : select(doc);
      const parser = loadParser();
      let pieces = 0;
      sentenceTokenRanges(tokens, doc.sentences!).forEach((sentence, si) => {
        if (wanted && !wanted.has(si)) return;
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
      });
      if (pieces > 0) addIssue(doc, 'parse', 'syntax.long-sentence', `${pieces} pieces of sentences longer than ${MAX_PARSED_TOKENS} tokens were parsed apart`);
      return { method: wanted ? 'arc-hybrid-perceptron (selected sentences)' : 'arc-hybrid-perceptron' };
    },
  };
}

/** Parses every sentence. */
export const parseStage: Stage = makeParseStage('1', ['text', 'sentences', 'tokens'], () => undefined);

/**
 * Parses only the sentences `select` names, which may read the fields `requires`
 * lists (besides text, sentences and tokens), and every sentence when the tokens
 * are kept in the output.
 *
 * @example
 *   parseStageFor(['entities'], (doc) => codableSentences(...))   // the pipeline's (src/pipeline/registry.ts)
 */
export function parseStageFor(requires: readonly DocumentField[], select: (doc: WorkingDocument) => ReadonlySet<number>): Stage {
  return makeParseStage('2', ['text', 'sentences', 'tokens', ...requires], select);
}
