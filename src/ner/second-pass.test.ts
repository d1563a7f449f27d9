import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentWords, FeatureBuffer } from './features.js';
import { EMPTY_LEXICON } from './lexicon.js';
import { DocumentPredictions } from './second-pass.js';
import { bilouFromBio } from './tags.js';

const words = (text: string): string[] => text.split(' ');

/** The prediction features of each token of sentence `s` (stacked on no first-pass features); first-pass tags given as BIO. */
function predictionFeatures(sentences: string[][], bio: string[][], s: number): number[][] {
  const predictions = new DocumentPredictions(documentWords(sentences, EMPTY_LEXICON), bio.map(bilouFromBio));
  const n = sentences[s]!.length;
  const out = new FeatureBuffer();
  predictions.stackFeatures(s, { hashes: new Uint32Array(0), offsets: new Int32Array(n + 1) }, out);
  return Array.from({ length: n }, (_, i) => [...out.hashes.subarray(out.offsets[i]!, out.offsets[i + 1]!)]);
}

describe('second-pass features', () => {
  it('keep the first pass\'s features of each token in front', () => {
    const sentences = [words('Jordan spoke .')];
    const predictions = new DocumentPredictions(documentWords(sentences, EMPTY_LEXICON), [bilouFromBio(['B-PER', 'O', 'O'])]);
    const out = new FeatureBuffer();
    predictions.stackFeatures(0, { hashes: Uint32Array.from([11, 12, 21, 31, 32]), offsets: Int32Array.from([0, 2, 3, 5]) }, out);
    assert.deepEqual([...out.hashes.subarray(out.offsets[0]!, out.offsets[0]! + 2)], [11, 12]);
    assert.deepEqual([...out.hashes.subarray(out.offsets[1]!, out.offsets[1]! + 1)], [21]);
    assert.deepEqual([...out.hashes.subarray(out.offsets[2]!, out.offsets[2]! + 2)], [31, 32]);
    assert.ok(out.offsets[3]! > 5, 'prediction features follow');
  });

  it('count the same word\'s other occurrences, never its own', () => {
    const sentences = [words('Jordan spoke .'), words('Jordan left .')];
    const oneTagged = [['B-PER', 'O', 'O'], ['O', 'O', 'O']];
    const untagged = [['O', 'O', 'O'], ['O', 'O', 'O']];
    // The first "Jordan": its own tag differs (the first feature), what is said of the other one does not.
    assert.notDeepEqual(predictionFeatures(sentences, oneTagged, 0)[0]![0], predictionFeatures(sentences, untagged, 0)[0]![0]);
    assert.deepEqual(predictionFeatures(sentences, oneTagged, 0)[0]!.slice(1), predictionFeatures(sentences, untagged, 0)[0]!.slice(1));
    // The second: same own tag, but a person elsewhere.
    assert.deepEqual(predictionFeatures(sentences, oneTagged, 1)[0]![0], predictionFeatures(sentences, untagged, 1)[0]![0]);
    assert.notDeepEqual(predictionFeatures(sentences, oneTagged, 1)[0]!.slice(1), predictionFeatures(sentences, untagged, 1)[0]!.slice(1));
  });

  it('mark a word that is part of a longer name elsewhere', () => {
    const sentences = [words('Muqtada Sadr spoke .'), words('Sadr left .')];
    const inLonger = predictionFeatures(sentences, [['B-PER', 'I-PER', 'O', 'O'], ['O', 'O', 'O']], 1)[0]!;
    const alone = predictionFeatures(sentences, [['O', 'B-PER', 'O', 'O'], ['O', 'O', 'O']], 1)[0]!;
    assert.equal(inLonger.length, alone.length + 1);
  });

  it('say how a capitalised run was tagged elsewhere', () => {
    const untagged = [['O', 'O', 'O', 'O', 'O', 'O'], ['O', 'O', 'O', 'O', 'O', 'O']];
    const sameRun = predictionFeatures([words('They saw Quds Force attack .'), words('Later the Quds Force left .')], untagged, 1)[2]!;
    const otherRun = predictionFeatures([words('They saw Quds Army attack .'), words('Later the Quds Force left .')], untagged, 1)[2]!;
    assert.equal(sameRun.length, otherRun.length + 1, '"Quds Force" elsewhere, untagged');
    const sentences = [words('They saw Quds Force attack .'), words('Later the Quds Force left .')];
    const asOneSpan = predictionFeatures(sentences, [['O', 'O', 'B-ORG', 'I-ORG', 'O', 'O'], untagged[1]!], 1)[2]!;
    const partly = predictionFeatures(sentences, [['O', 'O', 'O', 'B-ORG', 'O', 'O'], untagged[1]!], 1)[2]!;
    assert.notDeepEqual(asOneSpan, partly);
  });
});
