import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actorFacts } from './actors.js';

describe('actor facts from the Phoenix dictionaries', () => {
  it('gives the CAMEO code and the country of a listed organisation', () => {
    assert.deepEqual(actorFacts(['Quds', 'Force']), { code: 'IRNMIL', country: 'IRN' });
  });
  it('gives no country for an international code, and nothing for an unlisted name', () => {
    const un = actorFacts(['United', 'Nations']);
    assert.ok(un?.code.startsWith('IGO'), JSON.stringify(un));
    assert.equal(un?.country, undefined);
    assert.equal(actorFacts(['Nobody', 'Inparticular']), undefined);
  });
});
