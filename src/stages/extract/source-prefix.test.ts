import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../pipeline/analyze.js';
import { matchSourcePrefix, PREFIX_PATTERNS } from './source-prefix.js';

describe('matchSourcePrefix', () => {
  it('matches every pattern\'s own examples', () => {
    for (const p of PREFIX_PATTERNS) for (const example of p.examples) assert.ok(matchSourcePrefix(example), `${p.id}: ${example}`);
  });
  it('reads a dateline in ordinary case when a date follows the place ("Baghdad, August 12 -")', () => {
    assert.deepEqual(matchSourcePrefix('Baghdad, August 12 - Iraq condemned Turkey.'), { patternId: 'dated-dateline', place: 'Baghdad', length: 'Baghdad, August 12 - '.length });
    assert.equal(matchSourcePrefix('Erbil, Kurdistan Region, Aug. 12, 2020 — Officials said.')?.place, 'Erbil, Kurdistan Region');
    assert.equal(matchSourcePrefix('New York, 12 August – Stocks fell.')?.place, 'New York');
  });
  it('reads an agency dateline in ordinary case only with an outlet it knows ("Baghdad (AFP) -")', () => {
    assert.deepEqual(matchSourcePrefix('Baghdad (AFP) - Iraq condemned Turkey.'), { patternId: 'agency-dateline', outlet: 'AFP', place: 'Baghdad', length: 'Baghdad (AFP) - '.length });
    assert.equal(matchSourcePrefix('Baghdad, Aug 12 (AFP) - Iraq condemned Turkey.')?.place, 'Baghdad');
    assert.equal(matchSourcePrefix('Iraq (pictured) - a country of 40 million - voted.'), undefined);
  });
  it('leaves sentences that open with a place, a date or a dash alone', () => {
    for (const text of ['Baghdad - the capital - was quiet.', 'Baghdad, the capital, was quiet on August 12.', 'On August 12 - a Wednesday - Iraq condemned Turkey.', 'Iraq, Turkey and Iran met on August 12.', 'Paris, May 5 - 7 saw protests.', 'On Monday, May 5 - the day of the vote - Iraq voted.', 'Monday, August 12 - Iraq condemned Turkey.']) {
      assert.equal(matchSourcePrefix(text), undefined, text);
    }
  });
});

describe('a dateline through the pipeline', () => {
  it('is where the story was filed, not the actor of the first sentence\'s event nor a place in its text', () => {
    const result = analyze({ text: 'Iraq condemns strike\n\n2020-08-13 09:00\n\nBaghdad, August 12 - Iraq condemned Turkey over a drone strike that killed two Iraqi officers.\n', mediaType: 'text/plain' });
    assert.ok(result.ok);
    const doc = result.document;
    assert.equal(doc.dateline, 'Baghdad');
    const condemnation = doc.events.find((e) => e.cameoRoot === '11');
    assert.equal(condemnation?.source?.text, 'Iraq', JSON.stringify(doc.events));
    assert.ok(!doc.places.some((p) => p.text === 'Baghdad'), JSON.stringify(doc.places));
  });
});
