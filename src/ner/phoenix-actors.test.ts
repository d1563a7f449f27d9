import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyEntries, parseActorFile } from './phoenix-actors.js';

const SAMPLE = `# comment
IRAN_  [IRN]
+TEHRAN_
REVOLUTIONARY_GUARD
+QUDS_FORCE
	[IRNMIL]
ABOLHASSAN_BANI_SADR_  # CountryInfo.txt
	[IRNELI 510101-800204]
	[IRNGOV 800204-810622]
PRESIDENT_OF_IRAN
	[IRNGOV]
RICHARD_RAGAN_	[IGOUNOWFP] #MleH 22 Jul 2009
WORLD_FOOD_PROGRAM_	[IGOUNOWFP]
`;

describe('Phoenix actor dictionaries', () => {
  const cues = {
    orgHeads: new Set(['guard', 'force']),
    titles: new Set(['president']),
    isPersonName: (w: string) => ['richard', 'ragan'].includes(w),
  };
  const entries = classifyEntries(parseActorFile(SAMPLE), cues);
  it('reads heads, synonyms and codes, and classes each entry', () => {
    assert.deepEqual(entries.map((e) => [e.names, e.code, e.kind]), [
      [['IRAN', 'TEHRAN'], 'IRN', 'actor-place'],
      [['REVOLUTIONARY GUARD', 'QUDS FORCE'], 'IRNMIL', 'actor-org'],
      [['ABOLHASSAN BANI SADR'], 'IRNGOV', 'actor-person'],
      [['RICHARD RAGAN'], 'IGOUNOWFP', 'actor-person'],
      [['WORLD FOOD PROGRAM'], 'IGOUNOWFP', 'actor-org'],
    ]);
  });
  it('skips role phrases', () => {
    assert.ok(!entries.some((e) => e.names.includes('PRESIDENT OF IRAN')));
  });
});
