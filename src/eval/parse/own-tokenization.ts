/**
 * How our tokenizer changes the scores: each treebank sentence's text (forms
 * and SpaceAfter) is tokenized by our tokenizer, tagged and parsed as the
 * pipeline does, and the result is aligned with the gold words by character
 * span, as the CoNLL 2018 evaluation aligns system and gold words. A gold word
 * that is not exactly one of our tokens (GUM splits "all-girl" into "all", "-",
 * "girl"; we keep it whole) counts as wrong for every score; an arc is right
 * when the head is the token that spans the gold head.
 */
import type { TreebankSentence } from '../../nlp/conllu.js';
import { sentenceText } from '../../nlp/conllu.js';
import type { DependencyParser } from '../../nlp/parse/parser.js';
import type { PosTagger } from '../../nlp/pos/pos-tagger.js';
import { tokenize } from '../../stages/nlp/tokenize.js';
import { round4 } from '../task.js';

export interface OwnTokenizationScore {
  goldWords: number;
  /** Share of gold words that are exactly one of our tokens. */
  wordsMatched: number;
  /** Over all gold words (a word without its token is wrong). */
  upos: number;
  uas: number;
  las: number;
}

const universal = (relation: string): string => relation.split(':')[0]!;

export function scoreOnOwnTokens(sentences: readonly TreebankSentence[], tagger: PosTagger, parser: DependencyParser): OwnTokenizationScore {
  let gold = 0;
  let matched = 0;
  let upos = 0;
  let heads = 0;
  let labelled = 0;
  for (const sentence of sentences) {
    const { text, starts } = sentenceText(sentence);
    const tokens = tokenize(text, 0, text.length);
    const forms = tokens.map((t) => text.slice(t.start, t.end));
    const classes = tagger.tagClasses(forms);
    const tags = Array.from(classes, (c) => tagger.xpos[c]!);
    const uposOf = Array.from(classes, (c) => tagger.upos[c]!);
    const tree = parser.parse(forms, tags);
    // Our token of each gold word, when their spans are the same.
    const tokenAt = new Map(tokens.map((t, i) => [`${t.start}:${t.end}`, i]));
    const ours = sentence.words.map((w, i) => tokenAt.get(`${starts[i]}:${starts[i]! + w.form.length}`));
    sentence.words.forEach((w, i) => {
      gold++;
      const t = ours[i];
      if (t === undefined) return;
      matched++;
      if (uposOf[t] === w.upos) upos++;
      const goldHead = w.head < 0 ? -1 : ours[w.head];
      if (goldHead === undefined || tree.heads[t] !== goldHead) return;
      heads++;
      if (universal(tree.relations[t]!) === universal(w.deprel)) labelled++;
    });
  }
  const share = (k: number): number => (gold === 0 ? 0 : round4(k / gold));
  return { goldWords: gold, wordsMatched: share(matched), upos: share(upos), uas: share(heads), las: share(labelled) };
}
