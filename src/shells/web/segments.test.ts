import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { innermost, segment, type Mark } from './segments.js';

const mark = (key: string, start: number, end: number, kind: Mark['kind'] = 'entity'): Mark => ({ key, kind, start, end, label: key });

describe('segment', () => {
  const text = 'Al-Sadr said: "the factions must stop" yesterday.';
  it('cuts at every boundary; pieces cover the range exactly, in order', () => {
    const marks = [mark('quote', 14, 38, 'quote'), mark('sadr', 0, 7), mark('factions', 19, 27), mark('time', 39, 48, 'time')];
    const pieces = segment(text, marks);
    assert.equal(pieces.map((p) => p.text).join(''), text);
    assert.deepEqual(
      pieces.map((p) => [p.text, p.marks.map((m) => m.key)]),
      [
        ['Al-Sadr', ['sadr']],
        [' said: ', []],
        ['"the ', ['quote']],
        ['factions', ['quote', 'factions']],
        [' must stop"', ['quote']],
        [' ', []],
        ['yesterday', ['time']],
        ['.', []],
      ],
    );
    assert.equal(innermost(pieces[3]!)?.key, 'factions', 'the innermost (shortest) mark is what a click means');
  });
  it('clips marks to a paragraph range and ignores empty or outside marks', () => {
    const pieces = segment(text, [mark('across', 5, 20), mark('empty', 10, 10), mark('outside', 45, 49)], 8, 30);
    assert.equal(pieces.map((p) => p.text).join(''), text.slice(8, 30));
    assert.deepEqual(pieces[0]!.marks.map((m) => m.key), ['across']);
    assert.ok(pieces.every((p) => !p.marks.some((m) => m.key === 'empty' || m.key === 'outside')));
  });
  it('text with markup stays text: pieces are substrings, never parsed', () => {
    const hostile = 'x <img src=x onerror=alert(1)> y';
    assert.equal(segment(hostile, [mark('m', 2, 30)])[1]!.text, '<img src=x onerror=alert(1)>');
  });
  it('is linear enough for long texts with many marks', () => {
    const long = 'word '.repeat(40000);
    const marks = Array.from({ length: 20000 }, (_, i) => mark(`m${i}`, i * 10, i * 10 + 4));
    const started = performance.now();
    const pieces = segment(long, marks);
    assert.ok(pieces.length >= 40000);
    assert.ok(performance.now() - started < 2000, 'under 2 s for 20,000 marks over 200,000 characters');
  });
});
