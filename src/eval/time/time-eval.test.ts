import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SHARED_DIR, skipWithoutShared } from '../../test-support/paths.js';
import { evaluateTimeMl, sentencesOf } from './time-eval.js';

const DATA = 'data/time/tempeval3-train';

describe('time eval', () => {
  it('splits TimeML text into sentences within blank-line paragraphs', () => {
    const text = '\nThe talks began. They ended\nsoon after.\n\nA new paragraph.\n';
    assert.deepEqual(sentencesOf(text).map((s) => text.slice(s.start, s.end)), ['The talks began.', 'They ended\nsoon after.', 'A new paragraph.']);
  });

  it('reports TempEval-3 scores overall and per part', { skip: skipWithoutShared(DATA) }, async () => {
    const report = await evaluateTimeMl(join(SHARED_DIR, DATA), 6);
    assert.equal(report.task, 'time');
    assert.ok(report.n > 0 && report.f1 > 0.5, `relaxed F1 ${report.f1}`);
    const details = report.details as { documents: number; valueAccuracy: number; parts: Record<string, unknown> };
    assert.equal(details.documents, 6);
    assert.ok(details.valueAccuracy > 0.5);
    assert.ok(Object.keys(details.parts).length >= 1);
  });
});
