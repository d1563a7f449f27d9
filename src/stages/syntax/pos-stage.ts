/**
 * The part-of-speech stage: tags every token of every sentence with its
 * Universal POS tag (`pos`) and Penn Treebank tag (`tag`), using the tagger
 * trained on GUM (src/nlp/pos/). It tags our tokenizer's tokens, which differ
 * from GUM's in places (a hyphenated word is one token here, three in GUM), as
 * the model card says (models/SYNTAX.md).
 */
import type { Stage } from '../../pipeline/stage.js';
import { loadPosTagger } from '../../nlp/pos/pos-tagger.js';
import { sentenceTokenRanges, tokenForms } from './sentence-tokens.js';

export const posStage: Stage = {
  name: 'pos',
  version: '1',
  requires: ['text', 'sentences', 'tokens'],
  assigns: ['tokens'],
  run(doc) {
    const text = doc.text!;
    const tokens = doc.tokens!;
    const tagger = loadPosTagger();
    for (const range of sentenceTokenRanges(tokens, doc.sentences!)) {
      const classes = tagger.tagClasses(tokenForms(text, tokens, range));
      for (let i = range.first; i < range.end; i++) {
        const c = classes[i - range.first]!;
        tokens[i]!.pos = tagger.upos[c]!;
        tokens[i]!.tag = tagger.xpos[c]!;
      }
    }
    return { method: 'averaged-perceptron' };
  },
};
