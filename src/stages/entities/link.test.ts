import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { EntityType } from '../../model/schema.js';
import { linkMentions, nameKey, type FoundMention } from './link.js';

let at = 0;
function mention(text: string, type: EntityType, before = ''): FoundMention {
  const start = at;
  at += text.length + 10;
  return { start, end: start + text.length, text, words: text.split(' '), type, method: 'model', before };
}

describe('linkMentions', () => {
  test('compares names without particles and case', () => {
    assert.deepEqual(nameKey(['Muqtada', 'al-Sadr']), ['muqtada', 'sadr']);
    assert.deepEqual(nameKey(['Osama', 'Bin', 'Laden']), ['osama', 'laden']);
  });
  test('two people sharing a surname keep the surname alone apart', () => {
    const entities = linkMentions([mention('John Smith', 'PERSON'), mention('Jane Smith', 'PERSON'), mention('Smith', 'PERSON')]);
    assert.equal(entities.length, 3);
  });
  test('a capital after a locative is a place; as an actor it joins its country', () => {
    const entities = linkMentions([mention('Iran', 'GPE'), mention('Tehran', 'GPE', 'in'), mention('Tehran', 'GPE', 'to')]);
    const iran = entities.find((e) => e.name === 'Iran')!;
    assert.equal(iran.mentions.length, 2);
    assert.equal(entities.find((e) => e.name === 'Tehran')?.mentions.length, 1);
  });
  test('a one-word person that is a capital of a country present is the government, unless a full name ends in it', () => {
    const linked = linkMentions([mention('United States', 'GPE'), mention('Washington', 'PERSON')]);
    assert.equal(linked.length, 1);
    const kept = linkMentions([mention('United States', 'GPE'), mention('George Washington', 'PERSON'), mention('Washington', 'PERSON')]);
    assert.equal(kept.find((e) => e.name === 'George Washington')?.mentions.length, 2);
  });
});
