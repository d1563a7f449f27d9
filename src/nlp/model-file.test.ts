import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decodeSyntaxModel, encodeSyntaxModel } from './model-file.js';
import { SparseWeights } from './sparse-weights.js';

const weights = new SparseWeights(3, Uint32Array.from([5, 9]), Uint32Array.from([0, 2, 3]), Uint8Array.from([0, 2, 1]), Float32Array.from([1.5, -0.25, 3]));
const model = { kind: 'pos', weightSets: new Map([['tags', { classes: ['a', 'b', 'c'], weights }]]), tables: new Map([['dict', new Map([[7, 2]])]]), settings: { x: 1 }, training: { note: 'test' } };

describe('syntax model file', () => {
  it('round-trips weights (to int16 precision), tables and header', () => {
    const bytes = encodeSyntaxModel(model);
    assert.deepEqual(encodeSyntaxModel(model), bytes, 'deterministic bytes');
    const back = decodeSyntaxModel(bytes, 'pos');
    assert.deepEqual(back.weightSets.get('tags')!.classes, ['a', 'b', 'c']);
    assert.equal(back.tables.get('dict')!.get(7), 2);
    const scores = new Float32Array(3);
    back.weightSets.get('tags')!.weights.addScores(Uint32Array.from([5, 9, 1234]), 3, scores);
    assert.ok(Math.abs(scores[0]! - 1.5) < 1e-3 && Math.abs(scores[1]! - 3) < 1e-3 && Math.abs(scores[2]! + 0.25) < 1e-3);
  });

  it('refuses a model of another kind, a foreign file and a truncated one', () => {
    const bytes = encodeSyntaxModel(model);
    assert.throws(() => decodeSyntaxModel(bytes, 'parser'), /a pos model where a parser model/);
    assert.throws(() => decodeSyntaxModel(gzipSync(Buffer.from('hello world')), 'pos'), /bad magic/);
    const cut = gzipSync(gunzipSync(bytes).subarray(0, gunzipSync(bytes).length - 5));
    assert.throws(() => decodeSyntaxModel(cut, 'pos'), /truncated/);
  });
});
