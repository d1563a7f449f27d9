import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentEvidence, documentWords, evidenceOfWords, extractFeatures, FeatureBuffer, normaliseQuotes, wordShape } from './features.js';
import { hashString } from './hashing.js';
import { kindBit, phraseKey, tokenHash, EMBEDDING_BRANCHING, EMPTY_LEXICON, CONTINUES_BIT, type Lexicon } from './lexicon.js';

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

describe('embedding cluster features', () => {
  /** Feature hashes of the one-token sentence [word]. */
  const featuresOf = (word: string, lexicon: Lexicon): Set<number> => {
    const out = new FeatureBuffer();
    extractFeatures([word], lexicon, undefined, out);
    return new Set(out.hashes.subarray(0, out.length));
  };
  const shared = (a: Set<number>, b: Set<number>): number => [...a].filter((h) => b.has(h)).length;
  // Paths are 6 base-4 digits (+1 in the lexicon): kabul and mosul share a leaf, said is elsewhere.
  const path = (digits: string): number => parseInt(digits, EMBEDDING_BRANCHING) + 1;
  const lexicon: Lexicon = { ...EMPTY_LEXICON, embeddings: new Map([[tokenHash('kabul'), path('201230')], [tokenHash('mosul'), path('201230')], [tokenHash('aleppo'), path('201233')], [tokenHash('said'), path('312013')]]) };

  it('gives words of one cluster shared features, more the closer their paths', () => {
    const kabul = featuresOf('Kabul', lexicon);
    assert.ok(shared(kabul, featuresOf('Mosul', lexicon)) > shared(kabul, featuresOf('Aleppo', lexicon)));
    assert.ok(shared(kabul, featuresOf('Aleppo', lexicon)) > shared(kabul, featuresOf('Said', lexicon)));
  });
  it('gives a word outside the vocabulary the same features as without embeddings', () => {
    assert.deepEqual(featuresOf('Zzyzx', lexicon), featuresOf('Zzyzx', EMPTY_LEXICON));
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

describe('feature hashes', () => {
  const phrases = new Map([[phraseKey(['new', 'york']), kindBit('city')], [phraseKey(['new']), CONTINUES_BIT]]);
  const lexicon: Lexicon = { ...EMPTY_LEXICON, phrases, maxPhraseTokens: 2 };
  const sentences = [['Mr', 'al-Sadr', 'said', '“', 'New', 'York', '”', 'is', 'big', '.'], ['Sadr', 'left', 'new', 'york']];
  /** Every sentence's feature hashes, folded into one number, and how many there are. */
  const checksum = (words?: ReturnType<typeof documentWords>): [number, number] => {
    const evidence = words ? evidenceOfWords(words) : documentEvidence(sentences);
    const out = new FeatureBuffer();
    let sum = 0;
    let count = 0;
    sentences.forEach((tokens, s) => {
      extractFeatures(tokens, lexicon, evidence, out, words?.[s]);
      for (const h of out.hashes.subarray(0, out.length)) sum = (Math.imul(sum, 31) + h) >>> 0;
      count += out.length;
    });
    return [sum, count];
  };

  it('are the ones the model was trained on (pinned: another hash or order changes every score)', () => {
    // Taken from the features as written before they became template rows (hashRows).
    assert.deepEqual(checksum(), [1621008671, 462]);
  });
  it('are the same from words looked up once per document (documentWords) as from the tokens', () => {
    assert.deepEqual(checksum(documentWords(sentences, lexicon)), checksum());
  });
  it('stay the same once the words seen fill more than one chunk of stored features', () => {
    const before = checksum();
    const out = new FeatureBuffer();
    for (let w = 0; w < 6000; w++) extractFeatures([`Word${w}`, `w${w}x`], lexicon, undefined, out);
    assert.deepEqual(checksum(), before);
    assert.deepEqual(checksum(documentWords(sentences, { ...lexicon })), before, 'a new lexicon: its own cache, words hashed again');
  });
});
