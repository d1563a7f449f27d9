import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Quote } from '../../model/schema.js';
import { evaluatePolnear, quotesOfText, scoreDocument } from './quote-eval.js';
import type { GoldAttribution } from './polnear.js';

const TEXT = 'Ali Hassan said the talks had failed. The river rose overnight. “We tried,” she added.';
const at = (s: string, from = 0): { start: number; end: number } => ({ start: TEXT.indexOf(s, from), end: TEXT.indexOf(s, from) + s.length });

describe('scoreDocument', () => {
  const gold: GoldAttribution[] = [
    { source: [at('Ali Hassan')], cue: [at('said')], content: [at('the talks had failed')] },
    { source: [at('she')], cue: [at('added')], content: [at('We tried')] },
    { source: [], cue: [at('rose')], content: [at('The river')] },
  ];
  const quote = (content: string, speaker?: string): Quote => ({
    id: 'q', kind: 'indirect', content: at(content), ...(speaker ? { speaker: { ...at(speaker), text: speaker } } : {}),
  });

  it('scores content and source by overlap on the same attribution', () => {
    const predicted = [quote('talks had failed', 'Hassan'), quote('We tried', 'The river'), quote('rose overnight', 'Ali Hassan')];
    const s = scoreDocument(TEXT, predicted, gold);
    assert.deepEqual(s.content, { predictedCorrect: 2, predicted: 3, goldFound: 2, gold: 3 });
    // "The river" is no source of the "We tried" attribution; the third quote matches no gold content.
    assert.deepEqual(s.source, { predictedCorrect: 1, predicted: 3, goldFound: 1, gold: 2 });
    assert.equal(s.exactContent.predictedCorrect, 1);
  });

  it('leaves a speaker out of source precision when its content matches only a source-less attribution', () => {
    const s = scoreDocument(TEXT, [quote('The river', 'Ali Hassan')], gold);
    assert.equal(s.content.predictedCorrect, 1);
    assert.equal(s.source.predicted, 0);
  });
});

describe('evaluatePolnear', () => {
  it('reads a PolNeAR-layout folder and scores our quotes on it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wirewatch-polnear-'));
    try {
      mkdirSync(join(dir, 'text'));
      mkdirSync(join(dir, 'attributions'));
      const text = 'Talks stall.\n\n“We will not sign,” said Ali Hassan, the negotiator.\n\nThe weather was fine.\n';
      writeFileSync(join(dir, 'text', 'a-story.txt'), text);
      const c = text.indexOf('We will not sign');
      const s = text.indexOf('Ali Hassan');
      const q = text.indexOf('said');
      writeFileSync(join(dir, 'attributions', 'a-story_ab12.ann'), [
        `T1\tContent ${c} ${c + 16}\tWe will not sign`, `T2\tSource ${s} ${s + 10}\tAli Hassan`, `T3\tCue ${q} ${q + 4}\tsaid`,
        `T4\tAttribution ${q} ${q + 4}\tsaid`, 'E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2', '',
      ].join('\n'));
      const report = await evaluatePolnear(dir);
      assert.equal(report.n, 1);
      assert.equal(report.f1, 1);
      assert.equal((report.details!.source as { f1: number }).f1, 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says clearly when the folder is not a PolNeAR split', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wirewatch-polnear-'));
    try {
      await assert.rejects(() => evaluatePolnear(dir), /not a PolNeAR split/u);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('quotesOfText', () => {
  it('keeps offsets into the text as given', () => {
    const text = 'Headline\n\nAli Hassan said the talks had failed.\n';
    const quotes = quotesOfText(text);
    assert.equal(quotes.length, 1);
    assert.equal(text.slice(quotes[0]!.content.start, quotes[0]!.content.end), 'the talks had failed');
  });
});
