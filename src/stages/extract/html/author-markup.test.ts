import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findFirst, parseHtml } from './dom.js';
import { textOfName, textOfNameWithin } from './author-markup.js';

const div = (html: string) => findFirst(parseHtml(html), (e) => e.name === 'div')!;

describe('textOfNameWithin', () => {
  it('is textOfName up to the limit, undefined past it, however the spaces fall', () => {
    const pieces = ['Von', ' ', '\n  ', 'Anna Muster', '<br>', '<span class="sr-only">Autorin</span>', '<b>Bernd</b>', '   ', 'x'.repeat(30), '\t', '<script>var a = 1;</script>'];
    // Every prefix of a shuffled sequence of pieces, against every limit near its length.
    for (let seed = 1; seed <= 40; seed++) {
      const order = pieces.map((p, i) => ({ p, k: (i * 7919 * seed) % 101 })).sort((a, b) => a.k - b.k).map((x) => x.p);
      for (let n = 1; n <= order.length; n++) {
        const el = div(`<div>${order.slice(0, n).join('')}</div>`);
        const full = textOfName(el);
        for (let limit = 0; limit <= full.length + 3; limit++) {
          assert.equal(textOfNameWithin(el, limit), full.length <= limit ? full : undefined, `${JSON.stringify(order.slice(0, n).join(''))} limit ${limit}`);
        }
      }
    }
  });

  it('stops reading a large element early', () => {
    const el = div(`<div>${'<p>Ein langer Absatz des Artikels. </p>'.repeat(2000)}</div>`);
    assert.equal(textOfNameWithin(el, 160), undefined);
    assert.equal(textOfNameWithin(el, 10_000_000), textOfName(el));
  });
});
