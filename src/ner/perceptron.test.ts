import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TaggedDocument } from './corpus.js';
import { EMPTY_LEXICON, tokenHash } from './lexicon.js';
import { decodeModel, encodeModel } from './model-file.js';
import { EntityRecogniser } from './recogniser.js';
import { seededRandom, trainTagger } from './train.js';

/** A small synthetic corpus: people "said", organisations "announced", places follow "in". */
function corpus(): TaggedDocument[] {
  const people = ['Anna Berg', 'Omar Haddad', 'Li Wei', 'Maria Lopez'];
  const orgs = ['Acme Corp', 'Blue Bank', 'Red Cross'];
  const places = ['Oslo', 'Cairo', 'Lima', 'Perth'];
  const documents: TaggedDocument[] = [];
  for (let d = 0; d < 40; d++) {
    const person = people[d % people.length]!.split(' ');
    const org = orgs[d % orgs.length]!.split(' ');
    const place = places[d % places.length]!;
    documents.push({
      id: `d${d}`,
      sentences: [
        { tokens: [...person, 'said', 'it', 'rained', 'in', place, '.'], tags: ['B-PER', 'I-PER', 'O', 'O', 'O', 'O', 'B-LOC', 'O'] },
        { tokens: ['The', ...org, 'announced', 'profits', '.'], tags: ['O', 'B-ORG', 'I-ORG', 'O', 'O', 'O'] },
      ],
    });
  }
  return documents;
}

describe('perceptron training and the model file', () => {
  const options = { epochs: 5, seed: 1, minCount: 1, pruneBelow: 0, lexicon: EMPTY_LEXICON };

  it('learns a separable corpus, and the file round-trips', () => {
    const model = trainTagger(corpus(), options);
    const recogniser = new EntityRecogniser(decodeModel(encodeModel(model)));
    recogniser.consistent = false;
    const [first, second] = recogniser.tagDocument([
      ['Anna', 'Berg', 'said', 'it', 'rained', 'in', 'Cairo', '.'],
      ['The', 'Blue', 'Bank', 'announced', 'profits', '.'],
    ]);
    assert.deepEqual(first, [{ start: 0, end: 2, type: 'PER' }, { start: 6, end: 7, type: 'LOC' }]);
    assert.deepEqual(second, [{ start: 1, end: 3, type: 'ORG' }]);
  });

  it('carries the lexicon\'s embedding cluster paths in the file', () => {
    const embeddings = new Map([[tokenHash('cairo'), 1234], [tokenHash('berg'), 7]]);
    const model = trainTagger(corpus(), { ...options, lexicon: { ...EMPTY_LEXICON, embeddings } });
    assert.deepEqual([...decodeModel(encodeModel(model)).lexicon.embeddings], [...embeddings].sort((a, b) => a[0] - b[0]));
  });

  it('lets a token of unknown label take the tag the model prefers, where O would teach it otherwise', () => {
    // The places also stand in a second kind of sentence whose corpus leaves them untyped ("the Oslo summit").
    const withSummits = (unknown: boolean): TaggedDocument[] => corpus().map((document, d) => {
      const place = document.sentences[0]!.tokens[6]!;
      const summit = { tokens: ['They', 'met', 'at', 'the', place, 'summit', '.'], tags: ['O', 'O', 'O', 'O', 'O', 'O', 'O'] };
      const sentences = Array.from({ length: 3 }, () => (unknown ? { ...summit, unknown: Uint8Array.from([0, 0, 0, 0, 1, 0, 0]) } : summit));
      return { id: `s${d}`, sentences: [...document.sentences, ...sentences] };
    });
    const tagSummit = (unknown: boolean): unknown => {
      const recogniser = new EntityRecogniser(decodeModel(encodeModel(trainTagger(withSummits(unknown), options))));
      recogniser.consistent = false;
      return recogniser.tagDocument([['They', 'met', 'at', 'the', 'Lima', 'summit', '.']])[0];
    };
    assert.deepEqual(tagSummit(false), [], 'trained as O, the place there is no name');
    assert.deepEqual(tagSummit(true), [{ start: 4, end: 5, type: 'LOC' }], 'left unknown, the place keeps the reading the rest of the data gives it');
  });

  it('carries a second pass in the file, and the recogniser tags with it', () => {
    const documents = corpus();
    const model = trainTagger(documents, options);
    const first = new EntityRecogniser(decodeModel(encodeModel(model)));
    const firstPass = documents.map((d) => first.tagFirstPass(d.sentences.map((s) => s.tokens)));
    const second = trainTagger(documents, { ...options, firstPass });
    const sentence = ['Anna', 'Berg', 'said', 'it', 'rained', 'in', 'Cairo', '.'];
    const tag = (secondPass: Parameters<typeof encodeModel>[0]['secondPass']): unknown => {
      const recogniser = new EntityRecogniser(decodeModel(encodeModel({ ...model, ...(secondPass ? { secondPass } : {}) })));
      recogniser.consistent = false;
      return recogniser.tagDocument([sentence])[0];
    };
    const expected = [{ start: 0, end: 2, type: 'PER' }, { start: 6, end: 7, type: 'LOC' }];
    assert.deepEqual(tag(undefined), expected);
    assert.deepEqual(tag(second), expected);
    assert.ok(decodeModel(encodeModel({ ...model, secondPass: second })).secondWeights);
    assert.equal(decodeModel(encodeModel(model)).secondWeights, undefined);
    // The second pass decides: with a huge ORG bias of its own, every token is an organisation.
    assert.ok((tag({ ...second, spanBias: { ORG: 1000 } }) as { type: string }[]).every((span) => span.type === 'ORG'));
  });

  it('is deterministic: the same data and seed give the same bytes', () => {
    const a = encodeModel(trainTagger(corpus(), options));
    const b = encodeModel(trainTagger(corpus(), options));
    assert.ok(a.equals(b));
  });

  it('rejects a file that is not a model', () => {
    assert.throws(() => decodeModel(Buffer.from('not gzip')), /header|incorrect|invalid/i);
  });

  it('seeded random numbers repeat', () => {
    const a = seededRandom(5);
    const b = seededRandom(5);
    assert.deepEqual([a(), a(), a()], [b(), b(), b()]);
  });
});
