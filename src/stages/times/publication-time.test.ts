import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { publicationTime, timestampLine } from './publication-time.js';
import { parseAnchor } from './anchor.js';
import type { WorkingDocument } from '../../model/working-document.js';

const RAW = 'Talks resume in Geneva\n\nthe world\n\n30 Sep 2020, 06:49 GMT+3\n\nGeneva (AFP) - Delegations met again on Wednesday.';

describe('the publication time as a time expression', () => {
  it('finds the header line the publication time was read from', () => {
    assert.equal(timestampLine(RAW, 'Delegations met again', '2020-09-30T06:49:00'), '30 Sep 2020, 06:49 GMT+3');
    assert.equal(timestampLine(RAW, 'Delegations met again', '2021-01-01T00:00:00'), undefined);
    assert.equal(timestampLine(RAW, 'Delegations met again', '2020-09-30T07:15:00'), undefined, 'the minutes must be there too');
    assert.equal(timestampLine('Title here\n\nPosted 9/30/20\n\nBody starts', 'Body starts', '2020-09-30'), 'Posted 9/30/20');
    const headline = '30 dead in September 2020 floods';
    assert.equal(timestampLine(`${headline}\n\nSept. 30, 2020\n\nBody starts`, 'Body starts', '2020-09-30', headline), 'Sept. 30, 2020', 'not the title');
  });

  it('gives its value, type and offset, with an empty span and origin "published"', () => {
    const doc: WorkingDocument = {
      raw: { text: RAW, mediaType: 'text/plain' }, mediaType: 'text/plain', rawText: RAW, text: 'Delegations met again on Wednesday.',
      published: '2020-09-30T06:49:00+03:00', publishedLocal: '2020-09-30T06:49:00', issues: [], provenance: [],
    };
    assert.deepEqual(publicationTime(doc), {
      start: 0, end: 0, text: '30 Sep 2020, 06:49 GMT+3', value: '2020-09-30T06:49', type: 'TIME', anchor: 'absolute', origin: 'published', offset: '+03:00',
    });
    assert.equal(publicationTime({ ...doc, published: undefined }), undefined);
    const dateOnly = publicationTime({ ...doc, mediaType: 'text/html', published: '2020-09-30', publishedLocal: '2020-09-30' });
    assert.deepEqual([dateOnly?.text, dateOnly?.value, dateOnly?.type, dateOnly?.offset], ['2020-09-30', '2020-09-30', 'DATE', undefined]);
  });

  it('reads the anchor from ISO dates and times, ignoring the offset, and rejects the rest', () => {
    assert.deepEqual(parseAnchor('2020-09-30T06:49:00+03:00'), { year: 2020, month: 9, day: 30, hour: 6, minute: 49 });
    assert.deepEqual(parseAnchor('2020-09-30'), { year: 2020, month: 9, day: 30 });
    assert.equal(parseAnchor('2020-02-30'), undefined);
    assert.equal(parseAnchor('yesterday'), undefined);
    assert.equal(parseAnchor(undefined), undefined);
  });
});
