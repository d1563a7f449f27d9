import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AnalysedDocument } from '../../model/schema.js';
import { eventLines, placeLines, quoteLines, timeLines } from './output.js';

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

  it('labels an attribution that is not a quotation proper with its class', () => {
    const stance = { id: 'q4', kind: 'indirect', class: 'stance', content: at('the talks had failed'), speaker: { ...at('Ali Hassan'), text: 'Ali Hassan', entityId: 'e1' }, cue: { ...at('said'), text: 'backed' } };
    const said = { ...doc.quotes[0]!, class: 'speech' };
    assert.deepEqual(quoteLines(doc, [said, stance] as AnalysedDocument['quotes']), [
      '  Ali Hassan said [indirect]: “the talks had failed”',
      '  Ali Hassan backed [indirect, stance]: “the talks had failed”',
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

describe('placeLines', () => {
  it('shows each distinct place with division, country, point, count and a role other than mention', () => {
    const withPlaces = {
      text: 'Iraq … Iraq … Washington accuses … near Baghdad International Airport',
      places: [
        { start: 0, end: 4, text: 'Iraq', name: 'Iraq', country: 'IQ', lat: 33, lon: 44, featureClass: 'A', role: 'mention' },
        { start: 7, end: 11, text: 'Iraq', name: 'Iraq', country: 'IQ', lat: 33, lon: 44, featureClass: 'A', role: 'mention' },
        { start: 14, end: 24, text: 'Washington', name: 'Washington, D.C.', country: 'US', admin1: 'District of Columbia', lat: 38.8951, lon: -77.0364, featureClass: 'P', role: 'metonymy' },
        { start: 40, end: 69, text: 'Baghdad International Airport', name: 'Baghdad International Airport', country: 'IQ', admin1: 'Baghdad', lat: 33.3406, lon: 44.4009, featureClass: 'S', role: 'mention' },
      ],
    } as unknown as AnalysedDocument;
    assert.deepEqual(placeLines(withPlaces), [
      '  Iraq → Iraq, IQ (33.00, 44.00) ×2',
      '  Washington → Washington, D.C., District of Columbia, US (38.90, -77.04) [metonymy]',
      '  Baghdad International Airport → Baghdad International Airport, Baghdad, IQ (33.34, 44.40)',
    ]);
  });
});

describe('eventLines', () => {
  it('shows each event in text order: date, code and name, who to whom with codes, kind, place, confidence, evidence', () => {
    const sentence = 'Washington accuses armed groups of attacks. Since America assassinated Soleimani near the airport, tension rose.';
    const second = sentence.indexOf('Since');
    const withEvents = {
      text: sentence,
      events: [
        { id: 'v2', cameo: '186', cameoRoot: '18', plover: 'ASSAULT', kind: 'background', date: '2020-01', location: 'Baghdad International Airport', confidence: 0.53,
          source: { text: 'America', code: 'USA' }, target: { text: 'Soleimani', code: 'IRNMIL' }, evidence: { start: second, end: sentence.length } },
        { id: 'v1', cameo: '112', cameoRoot: '11', plover: 'ACCUSE', kind: 'reported', date: '2020-09-30', confidence: 0.49,
          source: { text: 'Washington', code: 'USA' }, target: { text: 'armed groups' }, evidence: { start: 0, end: second - 1 } },
      ],
    } as unknown as AnalysedDocument;
    assert.deepEqual(eventLines(withEvents), [
      '  2020-09-30  112 Accuse (ACCUSE)  Washington (USA) → armed groups, 0.49 unsure',
      '      “Washington accuses armed groups of attacks.”',
      '  2020-01  186 Assassinate (ASSAULT)  America (USA) → Soleimani (IRNMIL) [background] at Baghdad International Airport, 0.53',
      '      “Since America assassinated Soleimani near the airport, tension rose.”',
    ]);
  });
});
