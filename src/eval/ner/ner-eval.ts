/**
 * `wirewatch eval ner --format iob2|conll|conllu --data FILE`: exact-span
 * precision, recall and F1 (conlleval) per type and micro over PER/ORG/LOC.
 *
 * The recogniser's finer types are mapped to the three the corpora share:
 * PERSON → PER; ORG → ORG; GPE, LOC and FAC → LOC (UNER's LOC covers all three);
 * NORP ("Iraqi", "Shiite") is no entity in UNER, so it is left out, as are other types.
 */
import { readFileSync, statSync } from 'node:fs';
import type { TaggedDocument } from '../../ner/corpus.js';
import { readNerPath } from '../../ner/datasets.js';
import { evaluateTagger, type DocumentTagger } from '../../ner/evaluate.js';
import { asUnerTagger } from '../../ner/dev-sets.js';
import type { EntityRecogniser } from '../../ner/recogniser.js';
import { recogniseTokens } from '../../stages/entities/recognise.js';
import { round4, type EvalReport, type EvalTask } from '../task.js';
import type { EntityType } from '../../model/schema.js';
import { GoldDataError } from '../gold-data-error.js';

/** Our entity types as UNER's three; undefined: not an entity there. */
export const UNER_TYPE: Partial<Record<EntityType, 'PER' | 'ORG' | 'LOC'>> = { PERSON: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', FAC: 'LOC' };

/** The entity stage's output over a document, as UNER's three types. */
export function unerTagger(recogniser?: EntityRecogniser): DocumentTagger {
  return asUnerTagger((sentences) => recogniseTokens(sentences, recogniser), (type) => UNER_TYPE[type as EntityType]);
}

/** The two readings scored on the development sets: the recogniser alone ("model") and the entity stage ("stage"). */
export function devTaggers(recogniser: EntityRecogniser): Record<'model' | 'stage', DocumentTagger> {
  return { model: (sentences) => recogniser.tagDocument(sentences), stage: unerTagger(recogniser) };
}

export async function evaluateNer(path: string, format: 'column' | 'conllu', limit?: number): Promise<EvalReport> {
  const all = readNerPath(path, format);
  const documents: TaggedDocument[] = limit === undefined ? all : all.slice(0, limit);
  if (!all.some((d) => d.sentences.some((s) => s.tags.some((t) => t !== 'O')))) {
    throw new GoldDataError(`no labelled entities in ${path}: expected tokens with IOB/BIO tags (or GUM Entity= brackets for conllu)`);
  }
  const result = evaluateTagger(unerTagger(), documents);
  const byType = Object.fromEntries(Object.entries(result.byType).map(([type, s]) => [type, {
    precision: round4(s.precision), recall: round4(s.recall), f1: round4(s.f1), gold: s.gold, predicted: s.predicted, correct: s.correct,
  }]));
  return {
    task: 'ner', format, n: result.sentences,
    precision: round4(result.micro.precision), recall: round4(result.micro.recall), f1: round4(result.micro.f1),
    details: {
      byType, tokens: result.tokens, documents: documents.length,
      data: statSync(path).isFile() ? `${path} (${readFileSync(path).length} bytes)` : path,
      typeMapping: 'PERSON→PER, ORG→ORG, GPE/LOC/FAC→LOC; NORP and other types are not entities in UNER and are left out',
      scoring: 'exact spans, conlleval semantics; micro over PER/ORG/LOC',
    },
  };
}

const column = { data: 'a token-per-line file or folder (UNER .iob2, CoNLL-2003, WNUT, BTC; IOB1 or IOB2; PER/ORG/LOC-like labels)' };

export const nerTask: EvalTask = {
  name: 'ner',
  description: 'named entities: exact-span P/R/F1 per type and micro over PER/ORG/LOC (conlleval)',
  formats: {
    iob2: { ...column, run: (path, options) => evaluateNer(path, 'column', options.limit) },
    conll: { ...column, run: (path, options) => evaluateNer(path, 'column', options.limit) },
    conllu: { data: 'CoNLL-U with GUM Entity= brackets (proper-name mentions: person, organization, place)', run: (path, options) => evaluateNer(path, 'conllu', options.limit) },
  },
};
