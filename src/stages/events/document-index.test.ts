import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/schema.js';
import { entityIndex, sentenceBuckets } from './document-index.js';

const entity = (id: string, ...mentions: [number, number][]): Entity => ({
  id, name: id, type: 'PERSON', aliases: [], roles: [], mentions: mentions.map(([start, end]) => ({ start, end, text: id })),
});

describe('entityIndex', () => {
  it('finds the entity whose mention holds an offset, the first entity where mentions overlap', () => {
    const at = entityIndex([entity('e1', [10, 20], [50, 55]), entity('e2', [0, 5], [12, 14]), entity('e3', [30, 60])]);
    assert.equal(at(3)?.entity.id, 'e2');
    assert.equal(at(12)?.entity.id, 'e1', 'e1 and e2 both hold 12: the first entity wins');
    assert.deepEqual(at(52) && [at(52)!.entity.id, at(52)!.start, at(52)!.end], ['e1', 50, 55]);
    assert.equal(at(40)?.entity.id, 'e3', 'a long mention that started before shorter ones is still found');
    assert.equal(at(20), undefined, 'ends are exclusive');
    assert.equal(at(7), undefined);
    assert.equal(entityIndex([])(0), undefined);
  });
});

describe('sentenceBuckets', () => {
  it('gives each sentence the items that start inside it, in their order', () => {
    const of = sentenceBuckets([{ start: 0, end: 10 }, { start: 12, end: 30 }])([{ start: 2, end: 4 }, { start: 11, end: 12 }, { start: 20, end: 25 }, { start: 13, end: 15 }, { start: 40, end: 41 }]);
    assert.deepEqual(of(0), [{ start: 2, end: 4 }]);
    assert.deepEqual(of(1), [{ start: 20, end: 25 }, { start: 13, end: 15 }]);
    assert.deepEqual(of(2), []);
  });
});
