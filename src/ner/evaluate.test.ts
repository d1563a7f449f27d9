import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TaggedDocument } from './corpus.js';
import { evaluateTagger } from './evaluate.js';

// "1999 Manitoba general election": CrossNER leaves Manitoba untyped (O) where UNER would say LOC.
const document: TaggedDocument = {
  id: 'd',
  sentences: [{
    tokens: ['Doer', 'won', 'the', '1999', 'Manitoba', 'general', 'election'],
    tags: ['B-PER', 'O', 'O', 'O', 'O', 'O', 'O'],
    unknown: Uint8Array.from([0, 0, 0, 0, 1, 0, 0]),
  }],
};

test('a predicted span on a token of unknown label is neither right nor wrong', () => {
  const result = evaluateTagger(() => [[{ start: 0, end: 1, type: 'PER' }, { start: 4, end: 5, type: 'LOC' }]], [document]);
  assert.equal(result.micro.predicted, 1);
  assert.equal(result.micro.f1, 1);
});

test('spans elsewhere still count as spurious', () => {
  const result = evaluateTagger(() => [[{ start: 0, end: 1, type: 'PER' }, { start: 5, end: 7, type: 'ORG' }]], [document]);
  assert.equal(result.micro.predicted, 2);
  assert.equal(result.micro.precision, 0.5);
});
