import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity, Quote } from '../../model/schema.js';
import { trainLogistic } from '../../nlp/logistic-regression.js';
import { splitSentences } from '../nlp/sentences.js';
import { tokenize } from '../nlp/tokenize.js';
import { wordClass } from './quote-features.js';
import { decideFrom, loadQuoteFilter, probabilities, QUOTE_FILTER_FILE, readQuoteFilter } from './quote-filter.js';
import { hashKey } from './feature-keys.js';
import { candidateFeatureHashes, candidateFeatureLists, findQuoteCandidates, findQuotes, type QuoteInput } from './quote-stage.js';
import type { Word } from './document-view.js';

/** One paragraph with the people given as entities (each form a mention wherever it occurs). */
function inputOf(text: string, people: string[]): QuoteInput {
  const sentences = splitSentences(text, 0, text.length);
  const tokens = sentences.flatMap((s) => tokenize(text, s.start, s.end));
  const entities: Entity[] = people.map((name, i) => ({
    id: `e${i + 1}`, name, type: 'PERSON', aliases: [], roles: [],
    mentions: [...text.matchAll(new RegExp(name, 'gu'))].map((m) => ({ start: m.index, end: m.index + name.length, text: name })),
  }));
  return { text, paragraphs: [{ start: 0, end: text.length }], sentences, tokens, entities };
}

const said = (text: string, quotes: readonly Quote[]): string[] => quotes.map((q) => `${q.speaker?.text ?? '-'}: ${text.slice(q.content.start, q.content.end)}`);

describe('quote filter', () => {
  it('loads the shipped model, trained on PolNeAR train, with thresholds between 0 and 1', () => {
    const model = readQuoteFilter(QUOTE_FILTER_FILE);
    assert.equal(model.kind, 'quote-filter');
    assert.ok(Object.keys(model.content).length > 1000 && Object.keys(model.speaker).length > 1000);
    for (const t of Object.values(model.thresholds)) assert.ok(t >= 0 && t <= 1);
    assert.match(String(model.training.data), /PolNeAR train/u);
  });

  it('holds no capitalised word of the articles in its feature keys (names become shapes)', () => {
    const model = readQuoteFilter(QUOTE_FILTER_FILE);
    const allowed = new Set(['PERSON', 'ORG', 'GPE', 'NORP', 'LOC', 'FAC', 'MISC', 'EVENT', 'PRODUCT', 'XX', 'Xx']);
    // The values after "=" come from the text; the names before it are ours.
    for (const key of [...Object.keys(model.content), ...Object.keys(model.speaker)]) {
      for (const value of key.split(/[|&]/u).map((part) => part.split('=')[1] ?? '')) {
        for (const word of value.match(/\p{L}+/gu) ?? []) assert.ok(word === word.toLowerCase() || allowed.has(word), `${word} in ${key}`);
      }
    }
  });

  it('reduces open-class words to their shape and names only words of our closed lists', () => {
    const word = (text: string): Word => ({ start: 0, end: text.length, text, lower: text.toLowerCase(), kind: 'word', sentence: 0, passage: -1, mention: -1 });
    assert.equal(wordClass(word('Huckabee')), 'Xx');
    assert.equal(wordClass(word('pinned')), 'x-ed');
    assert.equal(wordClass(word('bridges')), 'x-s');
    assert.equal(wordClass(word('said')), 'cue:say');
    assert.equal(wordClass(word('the')), 'the');
    assert.equal(wordClass(word('minister')), 'minister');
  });

  it('takes back a speaker the rules leave inside another quote\'s content', () => {
    // The rules read "attacked the press and insisted …" as one object and drop the inner verb as nested in it.
    const text = 'Trump has repeatedly attacked the press and insisted the election was rigged.';
    const input = inputOf(text, ['Trump']);
    assert.ok(!said(text, findQuotes(input, null)).includes('Trump: the election was rigged'));
    assert.ok(said(text, findQuotes(input)).includes('Trump: the election was rigged'));
  });

  it('never takes away the named speaker of a quotation, and takes a nested or fallback candidate only with a speaker', () => {
    const thresholds = { dropQuote: 0.1, dropSpeaker: 0.5, acceptNested: 0.5, acceptFallback: 0.5 };
    assert.equal(decideFrom(thresholds, 0.9, 0.1, 'named-quotation', 'rules'), 'keep');
    assert.equal(decideFrom(thresholds, 0.9, 0.1, 'other', 'rules'), 'drop-speaker');
    assert.equal(decideFrom(thresholds, 0.05, 0.9, 'other', 'rules'), 'drop');
    assert.equal(decideFrom(thresholds, 0.9, 0.9, 'none', 'nested'), 'drop');
    assert.equal(decideFrom(thresholds, 0.9, 0.9, 'other', 'fallback'), 'keep');
    assert.equal(decideFrom(thresholds, 0.4, 0.9, 'other', 'fallback'), 'drop');
  });

  it('trains the same weights twice from the same candidates and seed', () => {
    const texts = ['Trump, who has repeatedly attacked the press, insisted the election was rigged.', 'The governor urged calm after the protests, and Trump said he would visit.'];
    const examples = texts.flatMap((text) => candidateFeatureLists(findQuoteCandidates(inputOf(text, ['Trump']))).map((features, i) => ({ features, label: i % 2 === 0 })));
    const settings = { epochs: 3, learningRate: 0.1, l2: 1e-5, seed: 5, decimals: 4, minCount: 1 };
    assert.ok(examples.length >= 3);
    assert.deepEqual(trainLogistic(examples, settings), trainLogistic(examples, settings));
  });

  it('gives the stage the numbers of the keys the model was trained on, and the same probabilities', () => {
    const text = 'Trump, who has repeatedly attacked the press, insisted the election was rigged. “We will win,” Trump said. The governor urged calm after the protests, and Trump said he would visit.';
    const candidates = findQuoteCandidates(inputOf(text, ['Trump']));
    const strings = candidateFeatureLists(candidates);
    const hashes = candidateFeatureHashes(candidates);
    assert.ok(strings.length >= 3);
    assert.deepEqual(hashes, strings.map((keys) => keys.map(hashKey)));
    const filter = loadQuoteFilter();
    strings.forEach((keys, i) => assert.deepEqual(probabilities(filter, hashes[i]!), probabilities(filter, keys)));
  });
});
