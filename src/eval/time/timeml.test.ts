import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseTimeMl } from './timeml.js';

/** A TimeML document written for this test, in TempEval-3's layout. */
const TML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>test-1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2020-09-30" temporalFunction="false" functionInDocument="CREATION_TIME">20200930</TIMEX3></DCT>
<TITLE>Cleric warns factions</TITLE>
<TEXT>
The cleric <EVENT eid="e1" class="REPORTING">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="2020-09-29" temporalFunction="true" anchorTimeID="t0">yesterday</TIMEX3> that AT&amp;T &lt;and&gt; others left <TIMEX3 tid="t2" type="DATE" value="2020" mod="START">early this year</TIMEX3>.
</TEXT>
</TimeML>`;

describe('parseTimeMl', () => {
  it('reads the DCT, the text without markup and entities decoded, and TIMEX3 spans into it', () => {
    const doc = parseTimeMl(TML, 'test.tml');
    assert.equal(doc.dct, '2020-09-30');
    assert.ok(doc.text.includes('AT&T <and> others'));
    assert.equal(doc.timexes.length, 2, 'the DCT is not among the text timexes');
    for (const t of doc.timexes) assert.equal(doc.text.slice(t.start, t.end), t.text);
    assert.deepEqual(doc.timexes.map((t) => [t.text, t.type, t.value, t.mod]), [['yesterday', 'DATE', '2020-09-29', undefined], ['early this year', 'DATE', '2020', 'START']]);
  });

  it('fails clearly on a document without a DCT or a TEXT section', () => {
    assert.throws(() => parseTimeMl('<TimeML><TEXT>x</TEXT></TimeML>', 'a.tml'), /a\.tml: no DCT/);
    assert.throws(() => parseTimeMl(TML.replace(/<\/?TEXT>/g, ''), 'b.tml'), /b\.tml: no <TEXT>/);
  });
});
