import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../pipeline/analyze.js';
import { EXAMPLES_DIR } from '../../test-support/paths.js';
import { documentMarks } from './document-marks.js';
import { segment } from './segments.js';

describe('the article view of the founding example', () => {
  const result = analyze(readFileSync(join(EXAMPLES_DIR, 'shafaq-2020-09-30-sadr.txt'), 'utf8'));
  assert.ok(result.ok);
  const doc = result.document;
  const { marks, annotations } = documentMarks(doc);

  it('marks every entity mention, quote piece, speaker, written time and event, each found again by its key', () => {
    const count = (kind: string) => marks.filter((m) => m.kind === kind).length;
    assert.equal(count('entity'), doc.entities.reduce((n, e) => n + e.mentions.length, 0));
    assert.equal(count('event'), doc.events.length);
    assert.equal(count('time'), doc.times.filter((t) => t.origin !== 'published').length, 'the publication time is not in the text');
    assert.ok(count('quote') >= doc.quotes.length);
    for (const m of marks) {
      assert.ok(annotations.has(m.key), m.key);
      assert.ok(m.start >= 0 && m.end <= doc.text.length && m.start < m.end, m.key);
    }
  });
  it("al-Sadr's quotes carry their speaker; the paragraphs' pieces rebuild the text", () => {
    const sadr = doc.entities.find((e) => /Sadr$/.test(e.name) && e.type === 'PERSON')!;
    const quotes = [...annotations.values()].filter((a) => a.kind === 'quote' && a.item.speaker?.entityId === sadr.id);
    assert.ok(quotes.length >= 2, `${quotes.length} quote pieces by ${sadr.name}`);
    for (const p of doc.paragraphs) assert.equal(segment(doc.text, marks, p.start, p.end).map((s) => s.text).join(''), doc.text.slice(p.start, p.end));
  });
  it('the killing of Soleimani is a background event whose evidence holds his name', () => {
    const soleimani = marks.filter((m) => m.kind === 'event' && /Soleimani/.test(doc.text.slice(m.start, m.end)) && m.tone === 'background');
    assert.ok(soleimani.length > 0);
  });
});
