import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../pipeline/analyze.js';
import { checkStageOrder } from '../../pipeline/runner.js';
import { PIPELINE } from '../../pipeline/registry.js';
import { FIXTURES_DIR } from '../../test-support/paths.js';
import type { AnalysedDocument } from '../../model/schema.js';

const ARTICLE = [
  'Rockets hit a base near Erbil airport',
  '',
  '2021-03-05 10:42',
  '',
  'ERBIL (Reuters) - Several rockets struck a military base near the airport of Erbil yesterday, the Kurdish interior ministry said on Friday, a week after a similar attack on the same base killed a contractor.',
  '',
  'The ministry said the rockets were fired from an area south of the city at about 8 p.m. and that the attack was the third on the base since the beginning of this year. Investigators will report their findings next week, it added.',
].join('\n');

function analysed(text: string): AnalysedDocument {
  const result = analyze({ text, mediaType: 'text/plain' });
  assert.ok(result.ok, 'analysed');
  return result.document;
}

const pairs = (doc: AnalysedDocument) => doc.times.map((t) => [t.text, t.value]);

describe('times stage', () => {
  it('is registered where its inputs are ready, on the text and the HTML path', () => {
    assert.ok(PIPELINE.some((s) => s.name === 'times'));
    assert.deepEqual(checkStageOrder(PIPELINE), []);
  });

  it('anchors relative times on the publication date and lists the publication time first', () => {
    const doc = analysed(ARTICLE);
    assert.equal(doc.published?.slice(0, 16), '2021-03-05T10:42');
    const [published, ...inText] = doc.times;
    assert.deepEqual({ ...published }, { start: 0, end: 0, text: '2021-03-05 10:42', value: '2021-03-05T10:42', type: 'TIME', anchor: 'absolute', origin: 'published', ...(published!.offset ? { offset: published!.offset } : {}) });
    const values = Object.fromEntries(inText.map((t) => [t.text, t.value]));
    assert.equal(values.yesterday, '2021-03-04');
    assert.equal(values.Friday, '2021-03-05');
    assert.equal(values['a week'], 'P1W', '"a week after …": TimeML tags the duration');
    assert.equal(values['the beginning of this year'], '2021-01');
    assert.equal(values['next week'], '2021-W10');
    for (const t of inText) assert.equal(doc.text.slice(t.start, t.end), t.text, 'spans point into text');
    assert.ok(doc.provenance.some((p) => p.stage === 'times'));
  });

  it('keeps the date of a dated dateline, cut from the text, as the day the story was filed, and dates undated events by it', () => {
    const doc = analysed('Iraq condemns strike\n\n2020-08-13 09:00\n\nBaghdad, August 12 - Iraq condemned Turkey over a drone strike near the border.\n');
    const filed = doc.times.find((t) => t.origin === 'dateline');
    assert.deepEqual([filed?.text, filed?.value, filed?.start, filed?.end], ['August 12', '2020-08-12', 0, 0], JSON.stringify(doc.times));
    assert.equal(doc.events.find((e) => e.cameoRoot === '11')?.date, '2020-08-12', JSON.stringify(doc.events));
    const wire = analysed('Senate votes\n\n2020-10-01 08:00\n\nWASHINGTON, Sept 30 (Reuters) - The Senate voted on the bill.\n');
    assert.equal(wire.times.find((t) => t.origin === 'dateline')?.value, '2020-09-30', JSON.stringify(wire.times));
    assert.ok(!analysed(ARTICLE).times.some((t) => t.origin === 'dateline'));
  });

  it('reads a dated dateline on a web page too', () => {
    const html = '<html><head><title>Iraq condemns strike</title><meta property="article:published_time" content="2020-08-13T09:00:00+03:00"></head><body><article><h1>Iraq condemns strike</h1>\n'
      + '<p>Baghdad, August 12 - Iraq condemned Turkey over a drone strike that killed two Iraqi officers near the border town of Sidakan in the Kurdistan Region.</p>\n'
      + '<p>The Iraqi Foreign Ministry said it would summon the Turkish ambassador to protest against the attack, which it called a flagrant violation of sovereignty.</p></article></body></html>';
    const result = analyze({ text: html, mediaType: 'text/html' });
    assert.ok(result.ok);
    assert.equal(result.document.dateline, 'Baghdad');
    assert.equal(result.document.times.find((t) => t.origin === 'dateline')?.value, '2020-08-12', JSON.stringify(result.document.times));
  });
  it('leaves relative times unresolved and says so when there is no publication date', () => {
    const doc = analysed(ARTICLE.replace('2021-03-05 10:42\n\n', ''));
    assert.equal(doc.published, undefined);
    assert.ok(doc.issues.some((i) => i.code === 'times.no-anchor' && i.stage === 'times'));
    const yesterday = doc.times.find((t) => t.text === 'yesterday');
    assert.equal(yesterday?.value, 'XXXX-XX-XX');
    assert.equal(yesterday?.anchor, 'none');
    assert.ok(!doc.times.some((t) => t.origin === 'published'));
  });

  it('runs on web pages, anchored on the page\'s published time', () => {
    const path = join(FIXTURES_DIR, 'html', 'jsonld-graph-article.html');
    const result = analyze({ bytes: readFileSync(path), mediaType: 'text/html', path });
    assert.ok(result.ok);
    const doc = result.document;
    assert.equal(doc.times[0]?.origin, 'published');
    assert.equal(doc.times[0]?.value, '2023-11-05T17:42');
    assert.equal(doc.times[0]?.offset, '+01:00');
    const found = pairs(doc);
    assert.ok(found.some(([text, value]) => text === 'Sunday evening' && value === '2023-11-05TEV'), JSON.stringify(found));
    // "expected to restore supply by Monday night": a deadline, the coming Monday.
    assert.ok(found.some(([text, value]) => text === 'Monday night' && value === '2023-11-06TNI'), JSON.stringify(found));
  });
});
