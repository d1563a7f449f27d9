import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { codeOnDate } from './dictionary-format.js';
import { loadCameoTable, loadEventDictionaries } from './event-resources.js';

describe('committed event resources (scripts/build-event-dictionaries.ts)', () => {
  const d = loadEventDictionaries();
  const cameo = loadCameoTable();

  it('holds the whole CAMEO verb dictionary', () => {
    assert.ok(d.verbs.verbs.length > 1800, `${d.verbs.verbs.length} verbs`);
    assert.ok(d.verbs.blocks.reduce((n, b) => n + b.patterns.length, 0) > 10000);
    const attack = d.verbs.verbs.find((v) => v.forms.includes('ATTACKED'));
    assert.equal(attack?.code, '190');
    assert.ok(d.verbs.synsets['&CURRENCY']?.some((p) => p.join(' ') === 'DOLLARS'));
  });

  it('holds the Phoenix actors with date-ranged codes, agents and discards', () => {
    assert.ok(d.actors.length > 25000, `${d.actors.length} actors`);
    const obama = d.actors.find((a) => a.phrases.some((p) => p.map((w) => w.w).join(' ') === 'BARACK OBAMA'));
    assert.equal(codeOnDate(obama!.codes, '20100101'), 'USAGOV');
    assert.equal(codeOnDate(obama!.codes, '19900101'), 'USAELI');
    assert.ok(d.agents.some((a) => a.phrase.map((w) => w.w).join(' ') === 'SOLDIER' && a.code === 'MIL'));
    assert.ok(d.discards.length > 350);
    assert.ok(d.discards.some((x) => x.phrase === 'WORLD CUP'), 'sports stay discarded');
    assert.ok(!d.discards.some((x) => x.phrase === '1988' || x.phrase === 'YEARS AGO'), 'a look back in time is dated, not discarded');
  });

  it('describes CAMEO codes with root, QuadClass, Goldstein and PLOVER type, falling back to the parent code', () => {
    assert.deepEqual(cameo.describe('186'), { code: '186', name: 'Assassinate', root: '18', goldstein: -10, plover: 'ASSAULT', ploverMode: 'assassinate', quadClass: 4 });
    const e = cameo.describe('1711');
    assert.equal(e?.root, '17');
    assert.equal(e?.quadClass, 4);
    assert.equal(e?.goldstein, -9.2, 'a four-digit code takes its parent weight');
    assert.equal(cameo.describe('1823')?.goldstein, -10, 'kill by physical assault has its own weight in GDELT\'s scale, not 182\'s -9.5');
    assert.equal(cameo.describe('13')?.goldstein, -6, 'a root has its own weight (130 has -4.4)');
    assert.equal(cameo.describe('016')?.goldstein, -2, 'deny responsibility is mildly conflictual');
    assert.equal(cameo.describe('112')?.plover, 'ACCUSE');
    assert.equal(cameo.describe('010')?.plover, undefined, 'PLOVER drops the CAMEO statement category');
    assert.equal(cameo.describe('026')?.plover, 'REQUEST', 'an appeal to meet is a request');
    assert.equal(cameo.describe('026')?.ploverMode, 'meet');
    assert.equal(cameo.describe('026')?.ploverContext, 'diplomatic');
    assert.equal(cameo.describe('026')?.goldstein, 4, 'an appeal keeps its own Goldstein weight');
    assert.equal(cameo.describe('999'), undefined);
  });

  it('names every code in words, not by its PLOVER type (the PLOVER table has "100: REQUEST, , # REQUEST")', () => {
    assert.equal(cameo.describe('100')?.name, 'Demand, not specified below');
    for (const code of ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20']) {
      for (let k = 0; k < 10; k++) {
        const e = cameo.describe(`${code}${k}`);
        if (e?.code === `${code}${k}`) assert.notEqual(e.name, e.plover, `${e.code} ${e.name}`);
      }
    }
  });
});
