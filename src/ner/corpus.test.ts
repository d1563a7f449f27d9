import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bioFromSpans, conlluMentions, mapTags, readColumnText, readConlluText, spansFromBio, typeMapper } from './corpus.js';
import { GENERIC_TYPES } from './datasets.js';

describe('spansFromBio', () => {
  it('reads IOB2 spans', () => {
    assert.deepEqual(spansFromBio(['B-PER', 'I-PER', 'O', 'B-LOC']), [
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
    ]);
  });
  it('opens a span at an I- that does not continue one (conlleval, and IOB1)', () => {
    assert.deepEqual(spansFromBio(['I-ORG', 'I-ORG', 'I-PER', 'O', 'I-LOC']), [
      { start: 0, end: 2, type: 'ORG' },
      { start: 2, end: 3, type: 'PER' },
      { start: 4, end: 5, type: 'LOC' },
    ]);
  });
  it('splits two adjacent spans of one type at B-', () => {
    assert.deepEqual(spansFromBio(['B-PER', 'B-PER', 'I-PER']), [
      { start: 0, end: 1, type: 'PER' },
      { start: 1, end: 3, type: 'PER' },
    ]);
  });
  it('round-trips through bioFromSpans', () => {
    const tags = ['O', 'B-ORG', 'I-ORG', 'B-ORG', 'O', 'B-LOC'];
    assert.deepEqual(bioFromSpans(tags.length, spansFromBio(tags)), tags);
  });
});

describe('mapTags', () => {
  it('maps raw types, drops unmapped ones and rewrites IOB1 as IOB2', () => {
    const map = typeMapper({ person: 'PER', corporation: 'ORG' });
    assert.deepEqual(mapTags(['I-person', 'I-person', 'O', 'I-product', 'I-corporation'], map), ['B-PER', 'I-PER', 'O', 'O', 'B-ORG']);
  });
});

describe('readColumnText', () => {
  it('reads UNER layout with comments and newdoc', () => {
    const text = [
      '# newdoc id = a', '# sent_id = a-1', '# text = Obama visited Paris .',
      '1\tObama\tB-PER\t-\tx', '2\tvisited\tO\t-\t-', '3\tParis\tB-LOC\t-\tx', '4\t.\tO\t-\t-', '',
      '# newdoc id = b', '1\tIBM\tB-ORG\t-\tx', '',
    ].join('\n');
    const docs = readColumnText(text, { source: 'u', mapType: GENERIC_TYPES });
    assert.equal(docs.length, 2);
    assert.deepEqual(docs[0]!.sentences[0], { tokens: ['Obama', 'visited', 'Paris', '.'], tags: ['B-PER', 'O', 'B-LOC', 'O'] });
    assert.deepEqual(docs[1]!.sentences[0]!.tags, ['B-ORG']);
  });
  it('reads space-separated IOB1 with -DOCSTART- and keeps "#" tokens', () => {
    const text = '-DOCSTART- O\n\nThe O\nBBC I-ORG\n# O\n\n-DOCSTART- O\n\nRome I-LOC\n';
    const docs = readColumnText(text, { source: 'w', mapType: GENERIC_TYPES });
    assert.equal(docs.length, 2);
    assert.deepEqual(docs[0]!.sentences[0], { tokens: ['The', 'BBC', '#'], tags: ['O', 'B-ORG', 'O'] });
  });
  it('makes each sentence a document when asked (tweets)', () => {
    const docs = readColumnText('a\tO\n\nb\tB-PER\n', { source: 't', mapType: GENERIC_TYPES, sentencePerDocument: true });
    assert.deepEqual(docs.map((d) => d.id), ['t#1', 't#2']);
  });
});

/** A CoNLL-U line: id, form, upos and MISC; other columns are underscores. */
const row = (id: number, form: string, upos: string, misc = '_'): string => [id, form, '_', upos, '_', '_', '_', '_', '_', misc].join('\t');

describe('readConlluText (GUM Entity= brackets)', () => {
  it('keeps proper-name mentions, trims determiners and drops common-noun mentions', () => {
    const text = [
      '# newdoc id = GUM_news_x',
      row(1, 'The', 'DET', 'Entity=(1-organization-new-coref-1-2,3-Bank_of_England'),
      row(2, 'Bank', 'PROPN'),
      row(3, 'of', 'ADP'),
      row(4, 'England', 'PROPN', 'Entity=(2-place-new-sgl-1-1-England)1)'),
      row(5, 'hired', 'VERB'),
      row(6, 'the', 'DET', 'Entity=(3-person-new-sgl-1-2'),
      row(7, 'man', 'NOUN', 'Entity=3)'),
      row(8, '.', 'PUNCT'),
      '',
    ].join('\n');
    const [doc] = readConlluText(text, { source: 'g', mapType: typeMapper({ person: 'PER', organization: 'ORG', place: 'LOC' }) });
    assert.equal(doc!.id, 'g#GUM_news_x');
    // The outer organisation wins over the nested place; "the man" is no name.
    assert.deepEqual(doc!.sentences[0]!.tags, ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'O', 'O']);
  });
  it('splits a place mention at commas ("Yekaterinburg, Russia")', () => {
    const text = [
      row(1, 'Yekaterinburg', 'PROPN', 'Entity=(1-place-new-sgl-1-1'),
      row(2, ',', 'PUNCT'),
      row(3, 'Russia', 'PROPN', 'Entity=1)'),
      '',
    ].join('\n');
    const [doc] = readConlluText(text, { source: 'g', mapType: typeMapper({ place: 'LOC' }) });
    assert.deepEqual(doc!.sentences[0]!.tags, ['B-LOC', 'O', 'B-LOC']);
  });
  it('takes the name that ends a modified mention ("early Athens"), not one inside it ("the US navy")', () => {
    const text = [
      row(1, 'early', 'ADJ', 'Entity=(1-place-new-sgl-1-2'),
      row(2, 'Athens', 'PROPN', 'Entity=1)'),
      row(3, 'and', 'CCONJ'),
      row(4, 'the', 'DET', 'Entity=(2-organization-new-sgl-1-3'),
      row(5, 'US', 'PROPN'),
      row(6, 'navy', 'NOUN', 'Entity=2)'),
      '',
    ].join('\n');
    const [doc] = readConlluText(text, { source: 'g', mapType: typeMapper({ place: 'LOC', organization: 'ORG' }) });
    assert.deepEqual(doc!.sentences[0]!.tags, ['O', 'B-LOC', 'O', 'O', 'O', 'O']);
  });
  it('skips multiword-token ranges', () => {
    const text = ['1-2\tcannot\t_\t_\t_\t_\t_\t_\t_\t_', row(1, 'can', 'AUX'), row(2, 'not', 'PART'), ''].join('\n');
    const [doc] = readConlluText(text, { source: 'g', mapType: GENERIC_TYPES });
    assert.deepEqual(doc!.sentences[0]!.tokens, ['can', 'not']);
  });
});

describe('conlluMentions', () => {
  it('pairs nested brackets of the same id, innermost first', () => {
    const mentions = conlluMentions([{ misc: 'Entity=(5-person-a(5-person-b' }, { misc: 'Entity=5)' }, { misc: 'Entity=5)' }]);
    assert.deepEqual(mentions, [
      { start: 0, end: 2, type: 'person' },
      { start: 0, end: 3, type: 'person' },
    ]);
  });
  it('reads a one-token mention that opens and closes on the token', () => {
    assert.deepEqual(conlluMentions([{ misc: '_' }, { misc: 'Entity=(7-place-new-sgl-1-1-Iraq)' }]), [{ start: 1, end: 2, type: 'place' }]);
  });
});
