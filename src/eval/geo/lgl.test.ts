import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SHARED_DIR, skipWithoutShared } from '../../test-support/paths.js';
import { lglSplit, parseLgl, readLgl } from './lgl.js';

const SAMPLE = `<articles><article docid="12"><title>T &amp; U</title><domain>x.com</domain>
<text><![CDATA[Rain in Alexandria & Lafayette.]]></text>
<toponyms count="2"><toponym><start>8</start><end>18</end><phrase>Alexandria</phrase>
<gaztag geonameid="4314550"><name>Alexandria</name><fclass>P</fclass><fcode>PPL</fcode><lat>31.3113</lat><lon>-92.4451</lon></gaztag></toponym>
<toponym><start>21</start><end>30</end><phrase>Lafayette</phrase></toponym></toponyms></article></articles>`;

describe('LGL reader', () => {
  it('reads text, spans and GeoNames points; a toponym without gaztag has no gold point', () => {
    const [a] = parseLgl(SAMPLE);
    assert.equal(a!.title, 'T & U');
    assert.equal(a!.text.slice(a!.toponyms[0]!.start, a!.toponyms[0]!.end), 'Alexandria');
    assert.deepEqual(a!.toponyms[0]!.gold, { geonamesId: 4314550, name: 'Alexandria', featureClass: 'P', featureCode: 'PPL', lat: 31.3113, lon: -92.4451 });
    assert.equal(a!.toponyms[1]!.gold, undefined);
    assert.equal(lglSplit(a!), 'dev');
  });
  const file = 'data/geo/lgl/lgl.xml';
  it('reads the whole corpus with spans that point at their phrases', { skip: skipWithoutShared(file) }, () => {
    const articles = readLgl(join(SHARED_DIR, file));
    assert.equal(articles.length, 588);
    const toponyms = articles.flatMap((a) => a.toponyms.map((t) => ({ t, a })));
    assert.equal(toponyms.length, 5088);
    const matching = toponyms.filter(({ t, a }) => a.text.slice(t.start, t.end) === t.phrase).length;
    assert.ok(matching / toponyms.length > 0.99, `${matching} of ${toponyms.length} spans match their phrase`);
  });
});
