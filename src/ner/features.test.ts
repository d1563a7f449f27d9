import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentEvidence, extractFeatures, FeatureBuffer, normaliseQuotes, wordShape } from './features.js';
import { hashString } from './hashing.js';
import { kindBit, phraseKey, EMPTY_LEXICON, CONTINUES_BIT } from './lexicon.js';

describe('features', () => {
  it('shapes words', () => {
    assert.equal(wordShape('Muqtada', 4), 'Xxxxx');
    assert.equal(wordShape('Muqtada', 1), 'Xx');
    assert.equal(wordShape('U.S.', 4), 'X.X.');
    assert.equal(wordShape('2020', 1), 'd');
  });
  it('reads typographic quotes as ASCII', () => {
    assert.equal(normaliseQuotes('“Twitter”'), '"Twitter"');
  });
  it('gathers document evidence: case elsewhere and runs', () => {
    const evidence = documentEvidence([['Qassem', 'Soleimani', 'spoke', '.'], ['Then', 'Sadr', 'left', 'the', 'sadr', '.']]);
    assert.equal(evidence.capitalisedInside.get(hashString('sadr')), 1);
    assert.equal(evidence.lowerCase.get(hashString('sadr')), 1);
    assert.equal(evidence.inRun.get(hashString('qassem')), 1);
  });
  it('adds gazetteer features only where a listed phrase matches a capitalised start', () => {
    const phrases = new Map([[phraseKey(['new', 'york']), kindBit('city')], [phraseKey(['new']), CONTINUES_BIT]]);
    const lexicon = { ...EMPTY_LEXICON, phrases, maxPhraseTokens: 2 };
    const count = (tokens: string[]): number => {
      const out = new FeatureBuffer();
      extractFeatures(tokens, lexicon, undefined, out);
      return out.offsets[1]! - out.offsets[0]!;
    };
    assert.ok(count(['New', 'York']) > count(['new', 'york']));
  });
});

describe('features on odd input', () => {
  it('empty tokens and empty sentences do not break document evidence or extraction', () => {
    const evidence = documentEvidence([['', 'A', ''], []]);
    const out = new FeatureBuffer();
    extractFeatures(['', 'A', ''], EMPTY_LEXICON, evidence, out);
    assert.equal(out.tokens, 3);
  });
});
