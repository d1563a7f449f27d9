import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../pipeline/analyze.js';
import { actorSense, hasAgent, strivingNotForce } from './actor-senses.js';

const BLOCK = ['BLOCK', 'BLOCKS', 'BLOCKED'];

describe('actorSense', () => {
  it('a civilian group blocking is obstructing passage (144); a state or an army is not', () => {
    assert.equal(actorSense('191', 'FRALAB', ['IMPOSE']), '144');
    assert.equal(actorSense('170', '---EDU', BLOCK), '144');
    assert.equal(actorSense('191', 'ISRMIL', BLOCK), '191');
    assert.equal(actorSense('191', 'DZA', BLOCK), '191');
    assert.equal(actorSense('170', 'FRALAB', ['FORCE']), '170', 'other coercion keeps its code');
    assert.equal(actorSense('190', 'FRALAB', BLOCK), '190');
  });

  it('an armed group surrendering retreats militarily (0874); a resignation stays a yield', () => {
    assert.equal(actorSense('080', 'UGAREB', ['SURRENDER', 'SURRENDERED']), '0874');
    assert.equal(actorSense('080', 'UGAGOV', ['SURRENDER']), '080');
    assert.equal(actorSense('080', 'HTIMIL', ['RESIGN', 'RESIGNED']), '080');
  });

  it('fighting for a goal is striving unless an armed actor fights', () => {
    assert.ok(strivingNotForce(['FIGHT', 'FOUGHT'], 'USA', true));
    assert.ok(strivingNotForce(['FIGHT'], '', true));
    assert.ok(!strivingNotForce(['FIGHT'], '---REB', true), "'rebels fighting to topple his government' fight");
    assert.ok(!strivingNotForce(['FIGHT'], 'IMGMUSALQ', true));
    assert.ok(!strivingNotForce(['FIGHT'], 'USA', false), 'a fight with no goal stated stays a fight');
    assert.ok(!strivingNotForce(['ATTACK'], 'USA', true));
  });

  it('through the pipeline: relatives fighting (in the courts) to keep a boy use no force', () => {
    // Judged events, development half (TimeML AQUAINT): both were ASSAULTs.
    for (const text of [
      'But Elian\'s relatives in Miami have fought to keep the boy permanently, saying they could provide him with a better life than he would have on the communist island.',
      'But Elian\'s paternal great-uncle in the United States, backed by the anti-Castro Cuban American National Foundation, is fighting in the courts to keep the boy in Miami.',
    ]) {
      const result = analyze({ text: `Test article\n\n2021-03-05 10:00\n\n${text}\n`, mediaType: 'text/plain' });
      assert.ok(result.ok);
      assert.deepEqual(result.document.events.filter((e) => e.cameoRoot === '19').map((e) => e.source?.text), [], text);
    }
  });

  it('reads the agent from any three-letter slot after the country', () => {
    assert.ok(hasAgent('USAGOVLAB', new Set(['LAB'])));
    assert.ok(!hasAgent('LAB', new Set(['LAB'])), 'a bare country code has no agent');
  });

  it('through the pipeline: workers blocking a bridge protest', () => {
    const result = analyze({ text: 'Test article\n\n2021-03-05 10:00\n\nAngry French paper workers blocked the Europe Bridge over the Rhine for three hours.\n', mediaType: 'text/plain' });
    assert.ok(result.ok);
    const main = result.document.events.find((e) => e.plover);
    assert.equal(main?.plover, 'PROTEST', JSON.stringify(result.document.events));
    assert.equal(main?.cameo, '144');
  });
});
