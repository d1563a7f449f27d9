/**
 * The part-of-speech stage: tags every token of every sentence (or of the
 * sentences a reader names: posStageFor) with its Universal POS tag (`pos`) and
 * Penn Treebank tag (`tag`), using the tagger trained on GUM (src/nlp/pos/). It
 * tags our tokenizer's tokens, which differ from GUM's in places (a hyphenated
 * word is one token here, three in GUM), as the model card says (models/SYNTAX.md).
 * The tagger reads one sentence at a time, so a sentence's tags do not depend on
 * which others are tagged.
 */
import type { Stage } from '../../pipeline/stage.js';
import { loadPosTagger } from '../../nlp/pos/pos-tagger.js';
import { syntaxStageOver, withSyntaxFields, type SelectiveSpec } from './sentence-selection.js';
import { tokenForms } from './sentence-tokens.js';
import { modifierNameTokens, nameConstraint, nameTokens } from './name-constraint.js';
import { eitherConstraint, participleConstraint, verbConstraint } from './verb-constraint.js';

function makePosStage(version: string, spec?: SelectiveSpec): Stage {
  return syntaxStageOver('pos', version, spec, (doc, sentences) => {
    const text = doc.text!;
    const tokens = doc.tokens!;
    const tagger = loadPosTagger();
    if (spec) withSyntaxFields(tokens);
    // Names the entity stage found (when it ran first) are nouns: a constraint on the tagger.
    const entities = doc.entities ?? [];
    const names = { names: nameTokens(text, tokens, entities), modifiers: modifierNameTokens(text, tokens, entities) };
    for (const range of sentences) {
      const forms = tokenForms(text, tokens, range);
      const constraint = eitherConstraint(eitherConstraint(nameConstraint(names, range, forms, tagger), verbConstraint(forms, tagger.xpos)), participleConstraint(forms, tagger.xpos));
      const classes = tagger.tagClasses(forms, constraint);
      for (let i = range.first; i < range.end; i++) {
        const c = classes[i - range.first]!;
        tokens[i]!.pos = tagger.upos[c]!;
        tokens[i]!.tag = tagger.xpos[c]!;
      }
    }
    return { method: spec ? 'averaged-perceptron (selected sentences)' : 'averaged-perceptron' };
  });
}

/** Tags every sentence. */
export const posStage: Stage = makePosStage('1.1');

/** Tags only the sentences `select` names (which may read the fields `requires` lists), every one when the tokens are kept. */
export function posStageFor(requires: SelectiveSpec['requires'], select: SelectiveSpec['select']): Stage {
  return makePosStage('2.1', { requires, select });
}
