import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codePointToUtf16, parseBrat } from './brat.js';

const TEXT = 'Smith said the talks had failed. “We tried,” she added.';

describe('parseBrat', () => {
  it('reads text-bound spans, discontinuous ones, and events with numbered roles folded', () => {
    const ann = [
      'T1\tSource 0 5\tSmith',
      'T2\tCue 6 10\tsaid',
      'T3\tContent 11 31\tthe talks had failed',
      'T4\tAttribution 6 10\tsaid',
      'E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3',
      'T5\tContent 34 42;44 45\tWe tried ,',
      'E2\tAttribution-no-source:T6 Content:T5 Content2:T3',
      '#1\tAnnotatorNotes T1\ta note',
      'H',
      '',
    ].join('\n');
    const doc = parseBrat(ann, TEXT);
    assert.equal(doc.spans.get('T3')!.fragments[0]!.end, 31);
    assert.deepEqual(doc.spans.get('T5')!.fragments, [{ start: 34, end: 42 }, { start: 44, end: 45 }]);
    assert.equal(doc.events.length, 2);
    assert.deepEqual(doc.events[0]!.args.get('Source'), ['T1']);
    assert.deepEqual(doc.events[1]!.args.get('Content'), ['T5', 'T3']);
    assert.equal(doc.events[1]!.type, 'Attribution-no-source');
    assert.equal(doc.skipped, 0);
  });

  it('counts malformed annotation lines instead of throwing', () => {
    const doc = parseBrat('T1\tSource 9 3\tbackwards\nT2\tCue x y\tbad\nE1\t', TEXT);
    assert.equal(doc.spans.size, 0);
    assert.ok(doc.skipped >= 1);
  });
});

describe('codePointToUtf16', () => {
  it('is the identity without astral characters and shifts after one', () => {
    assert.equal(codePointToUtf16('plain')(3), 3);
    const text = 'a😀b';
    const toUtf16 = codePointToUtf16(text);
    assert.equal(text.slice(toUtf16(2), toUtf16(3)), 'b');
  });
});
