import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AnalysedDocument } from '../../model/schema.js';
import { quoteLines } from './output.js';

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
