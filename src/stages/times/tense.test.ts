import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { nearestTense, tenseAround, tenseBefore, TENSE_CUES } from './tense.js';

const around = (sentence: string, expression: string) => {
  const start = sentence.indexOf(expression);
  return tenseAround(sentence, start, start + expression.length);
};

describe('tenseAround', () => {
  it('takes the nearest cue', () => {
    assert.equal(around('The talks will resume on Monday.', 'Monday'), 'future');
    assert.equal(around('The minister resigned on Monday.', 'Monday'), 'past');
    assert.equal(around('He said on Monday that the army will withdraw.', 'Monday'), 'past');
    assert.equal(around('The army will withdraw, he said on Monday.', 'Monday'), 'past');
  });
  it('reads plans and schedules as future, and a passive participle by its auxiliary', () => {
    assert.equal(around('The vote is scheduled for Friday.', 'Friday'), 'future');
    assert.equal(around('The dividend would be paid in January.', 'January'), 'future');
    assert.equal(around('The plant closed due to the strike in March.', 'March'), 'past');
  });
  it('reads "is to" as arranged, and an -ed word after an article as an adjective', () => {
    assert.equal(around('Trading is to resume in Paris on Tuesday.', 'Tuesday'), 'future');
    assert.equal(around('The dividend would be paid on a still unspecified date in January.', 'January'), 'future');
  });
  it('finds the nearest cue before or after, skipping cues inside the expression; the one before wins a tie', () => {
    const sentence = 'He said the vote will be held next Monday, officials had said.';
    const at = sentence.indexOf('next Monday');
    const end = at + 'next Monday'.length;
    // "held" after "be" carries no tense: "will" is the nearest cue, 8 characters before.
    assert.deepEqual(nearestTense(sentence, at, end), { tense: 'future', distance: at - (sentence.indexOf('will') + 4) });
    assert.equal(tenseBefore(sentence, at), 'future');
    assert.equal(tenseBefore(sentence, 2), undefined, 'no cue before the first word');
    // Equidistant cues: "was" 1 before, "will" 1 after.
    assert.equal(tenseAround('x was Monday will y', 6, 12), 'past');
    // A long run-on "sentence": the same answers, found by halving.
    const long = `${'officials said the talks were over and '.repeat(5000)}they will meet on Monday.`;
    const m = long.indexOf('Monday');
    assert.deepEqual(nearestTense(long, m, m + 6), { tense: 'future', distance: m - (long.lastIndexOf('will') + 4) });
  });

  it('has no tense without a cue', () => {
    assert.equal(around('Talks in Geneva on Monday.', 'Monday'), undefined);
  });
  it('keeps its cues as data with ids and reasons', () => {
    const ids = new Set(TENSE_CUES.map((c) => c.id));
    assert.equal(ids.size, TENSE_CUES.length);
    for (const cue of TENSE_CUES) assert.ok(cue.reason.length > 10 && cue.pattern.global, cue.id);
  });
});
