import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AnalysedDocument } from '../../model/schema.js';
import { quoteLines, timeLines } from './output.js';

const text = 'Ali Hassan said the talks had failed. “We tried,” he added on Twitter, “and we will try again.”';
const at = (s: string): { start: number; end: number } => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

const doc = {
  text,
  entities: [{ id: 'e1', name: 'Ali Hassan', type: 'PERSON', mentions: [{ ...at('Ali Hassan'), text: 'Ali Hassan' }], aliases: [], roles: [] }],
  quotes: [
    { id: 'q1', kind: 'indirect', content: at('the talks had failed'), speaker: { ...at('Ali Hassan'), text: 'Ali Hassan', entityId: 'e1' }, cue: { ...at('said'), text: 'said' } },
    { id: 'q2', kind: 'direct', content: { start: at('We tried').start, end: at('try again.').end }, parts: [at('We tried,'), at('and we will try again.')], speaker: { ...at('he'), text: 'he', entityId: 'e1' }, cue: { ...at('added'), text: 'added' }, medium: 'Twitter' },
    { id: 'q3', kind: 'direct', content: at('We tried') },
  ],
} as unknown as AnalysedDocument;

describe('quoteLines', () => {
  it('shows who said what, how, where and which kind, a line a quote', () => {
    assert.deepEqual(quoteLines(doc), [
      '  Ali Hassan said [indirect]: “the talks had failed”',
      '  Ali Hassan (“he”) added, on Twitter [direct]: “We tried, … and we will try again.”',
      '  (speaker not named) [direct]: “We tried”',
    ]);
  });
});

describe('timeLines', () => {
  it('shows each time expression with its value, mod and anchor, the publication time marked', () => {
    const withTimes = {
      text: 'Al-Kazemi said yesterday that attacks rose at the beginning of this year.',
      times: [
        { start: 0, end: 0, text: '2020-09-30 06:49', value: '2020-09-30T06:49', type: 'TIME', anchor: 'absolute', origin: 'published' },
        { start: 15, end: 24, text: 'yesterday', value: '2020-09-29', type: 'DATE', anchor: 'published' },
        { start: 44, end: 70, text: 'the beginning of this year', value: '2020-01', type: 'DATE', anchor: 'published', mod: 'START' },
      ],
    } as unknown as AnalysedDocument;
    assert.deepEqual(timeLines(withTimes), [
      '  TIME     2020-09-30 06:49 (publication time) → 2020-09-30T06:49',
      '  DATE     yesterday → 2020-09-29 (from published)',
      '  DATE     the beginning of this year → 2020-01 START (from published)',
    ]);
  });
});
