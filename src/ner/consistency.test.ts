import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeConsistent } from './consistency.js';

const words = (text: string): string[] => text.split(' ');

describe('makeConsistent', () => {
  it('links a short form to the person whose name ends with it, ignoring the Arabic article', () => {
    const sentences = [words('Muqtada al-Sadr warned .'), words('Al-Sadr said so .'), words('Sadr City is big .')];
    const out = makeConsistent(sentences, [[{ start: 0, end: 2, type: 'PER' }], [], []]);
    assert.deepEqual(out[1], [{ start: 0, end: 1, type: 'PER' }]);
    assert.deepEqual(out[2], [], '"Sadr" opening a longer capitalised run is not the person');
  });
  it('propagates multi-word names, not one-word ones, and never into lower case', () => {
    const sentences = [words('The Quds Force and Harrow met .'), words('Later Quds Force and Harrow left .'), words('a quds force')];
    const out = makeConsistent(sentences, [[{ start: 1, end: 3, type: 'ORG' }, { start: 5, end: 6, type: 'LOC' }], [], []]);
    assert.deepEqual(out[1], [{ start: 1, end: 3, type: 'ORG' }]);
    assert.deepEqual(out[2], []);
  });
  it('propagates the longest known name of those starting with the same word', () => {
    const sentences = [words('The Quds Force met .'), words('The Quds Force Command met .'), words('Then Quds Force Command and Quds Force left .')];
    const out = makeConsistent(sentences, [[{ start: 1, end: 3, type: 'ORG' }], [{ start: 1, end: 4, type: 'LOC' }], []]);
    assert.deepEqual(out[2], [{ start: 1, end: 4, type: 'LOC' }, { start: 5, end: 7, type: 'ORG' }]);
  });
});
