import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../pipeline/analyze.js';
import { blockingSense, isBlockingVerb, isCivilianGroup } from './actor-senses.js';

describe('blockingSense', () => {
  it('a civilian group blocking is obstructing passage (144); a state or an army is not', () => {
    assert.equal(blockingSense('191', 'FRALAB', true), '144');
    assert.equal(blockingSense('170', '---EDU', true), '144');
    assert.equal(blockingSense('191', 'ISRMIL', true), '191');
    assert.equal(blockingSense('191', 'DZA', true), '191');
    assert.equal(blockingSense('170', 'FRALAB', false), '170', 'other coercion keeps its code');
    assert.equal(blockingSense('190', 'FRALAB', true), '190');
  });

  it('reads the agent from any three-letter slot after the country', () => {
    assert.ok(isCivilianGroup('USAGOVLAB'));
    assert.ok(!isCivilianGroup('LAB'), 'a bare country code has no agent');
    assert.ok(isBlockingVerb(['BLOCKADE', 'BLOCKADED']));
    assert.ok(!isBlockingVerb(['ATTACK']));
  });

  it('through the pipeline: workers blocking a bridge protest', () => {
    const result = analyze({ text: 'Test article\n\n2021-03-05 10:00\n\nAngry French paper workers blocked the Europe Bridge over the Rhine for three hours.\n', mediaType: 'text/plain' });
    assert.ok(result.ok);
    const main = result.document.events.find((e) => e.plover);
    assert.equal(main?.plover, 'PROTEST', JSON.stringify(result.document.events));
    assert.equal(main?.cameo, '144');
  });
});
