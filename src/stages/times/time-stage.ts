/**
 * The times stage: every time expression of the text, normalised against the
 * document's publication time, plus the publication time itself (publication-time.ts) and the date of a
 * dateline extraction cut from the body (dateline-time.ts).
 * Without a publication date, relative expressions stay unresolved (X in their
 * values, anchor `none`) and the document gets a `times.no-anchor` issue.
 */
import type { TimeExpression } from '../../model/schema.js';
import { addIssue } from '../../pipeline/issues.js';
import type { Stage } from '../../pipeline/stage.js';
import { parseAnchor } from './anchor.js';
import { datelineTime } from './dateline-time.js';
import { publicationTime } from './publication-time.js';
import { tagTimes, type TaggedTime } from './tag-times.js';

function toExpression(t: TaggedTime): TimeExpression {
  return {
    start: t.start, end: t.end, text: t.text, value: t.value, type: t.type, anchor: t.anchor,
    ...(t.mod ? { mod: t.mod } : {}), rule: t.rule,
  };
}

export const timeStage: Stage = {
  name: 'times',
  version: '2',
  requires: ['text', 'sentences'],
  assigns: ['times'],
  run(doc) {
    const anchor = parseAnchor(doc.published);
    if (!anchor) addIssue(doc, 'times', 'times.no-anchor', 'no publication date: relative times ("yesterday", "on Monday") are left unresolved');
    const found = tagTimes(doc.text!, { ...(anchor ? { anchor } : {}), sentences: doc.sentences! });
    const published = publicationTime(doc);
    const filed = datelineTime(doc, anchor);
    doc.times = [...(published ? [published] : []), ...(filed ? [filed] : []), ...found.map(toExpression)];
    return { method: anchor ? 'rules+published-anchor' : 'rules+no-anchor' };
  },
};
