import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Event } from '../../model/schema.js';
import { eventKey, readJudgedSet, scoreJudged, sentenceKey, type CodedEvent, type JudgedSet } from './judged-eval.js';

const SENTENCE = 'Sen. Elizabeth Warren accused Bloomberg of arguing for weaker rules.';

function coded(doc: string, cameo: string, source: string, target?: string, sentenceText = SENTENCE): CodedEvent {
  const event: Event = {
    id: 'ev1', cameo, cameoRoot: cameo.slice(0, 2), kind: 'reported', evidence: { start: 0, end: sentenceText.length },
    source: { text: source }, ...(target ? { target: { text: target } } : {}),
  };
  return { doc, sentence: sentenceKey(sentenceText), sentenceText, event };
}

const SET: JudgedSet = {
  about: 'test',
  documents: ['polnear:train/a.txt', 'polnear:train/b.txt'],
  judgements: [
    { doc: 'polnear:train/a.txt', sentence: sentenceKey(SENTENCE), cameoRoot: '11', source: 'Sen. Elizabeth Warren', target: 'Bloomberg', verdict: 'right', cameo: '112' },
    { doc: 'polnear:train/a.txt', sentence: sentenceKey(SENTENCE), cameoRoot: '04', source: 'Bloomberg', target: '', verdict: 'wrong', cameo: '040', why: 'no event' },
    { doc: 'polnear:train/b.txt', sentence: sentenceKey(SENTENCE), cameoRoot: '01', source: 'Warren', target: '', verdict: 'right', cameo: '010' },
  ],
};

describe('judged events', () => {
  it('identifies a sentence by its text with spacing normalised', () => {
    assert.equal(sentenceKey('Warren  accused\nBloomberg. '), sentenceKey('Warren accused Bloomberg.'));
    assert.notEqual(sentenceKey('Warren accused Bloomberg.'), sentenceKey('Warren praised Bloomberg.'));
  });

  it('scores produced events against the judgements: right, wrong, unjudged, and right ones no longer produced', () => {
    const report = scoreJudged(SET, [
      coded('polnear:train/a.txt', '111', 'Sen. Elizabeth Warren', 'Bloomberg'), // another code of the judged root: still right
      coded('polnear:train/a.txt', '040', 'Bloomberg'),
      coded('polnear:train/a.txt', '190', 'Bloomberg'), // a root nobody judged
    ]);
    assert.equal(report.precision, 0.5);
    assert.equal(report.n, 3);
    const d = report.details as Record<string, unknown>;
    assert.equal(d.unjudged, 1);
    assert.equal(d.rightJudgementsNoLongerProduced, 1, "document b's statement is gone");
    assert.equal(report.recall, 0.5);
    assert.deepEqual(d.development, { right: 1, wrong: 1, unjudged: 1, precision: 0.5 });
    assert.deepEqual(d.heldOut, { right: 0, wrong: 0, unjudged: 0, precision: 0 });
    assert.deepEqual(d.wrongKinds, { 'no event': 1 });
  });

  it('keeps the committed judgements consistent: listed documents, known verdicts, a reason for each wrong one, no event judged twice', () => {
    const set = readJudgedSet();
    const documents = new Set(set.documents);
    assert.ok(set.judgements.length >= 900, `${set.judgements.length} judgements`);
    const keys = new Set<string>();
    for (const j of set.judgements) {
      assert.ok(documents.has(j.doc), j.doc);
      assert.ok(j.verdict === 'right' || (j.verdict === 'wrong' && (j.why ?? '').length > 0), JSON.stringify(j));
      assert.equal(j.cameo.slice(0, 2), j.cameoRoot);
      assert.ok(!keys.has(eventKey(j)), `judged twice: ${JSON.stringify(j)}`);
      keys.add(eventKey(j));
    }
  });
});
