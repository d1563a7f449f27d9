import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CameoTable, parseCameoToPlover, withAppealsAsRequests, withManualCorrections } from './cameo.js';
import { loadCameoTable } from './event-resources.js';

describe('CAMEO → PLOVER table', () => {
  const table = parseCameoToPlover(['10: REQUEST', '100: REQUEST,  ,  # REQUEST', '103: REQUEST, assist,  # Demand aid', '1033: REQUEST, assist, humanitarian # Demand humanitarian aid', '112: ACCUSE, disapprove, # Accuse'].join('\n'));
  const codes = new Map(table.map((c) => [c.code, c]));
  for (const [code, name] of [['02', 'Appeal'], ['020', 'Make an appeal'], ['0233', 'Appeal for humanitarian aid'], ['029', 'No twin']] as const) codes.set(code, { code, name });

  it('types an appeal as its demand twin, with its mode and context, and leaves the rest alone', () => {
    const out = new CameoTable([...withAppealsAsRequests(codes).values()]);
    assert.equal(out.describe('0233')?.plover, 'REQUEST');
    assert.equal(out.describe('0233')?.ploverMode, 'assist');
    assert.equal(out.describe('0233')?.ploverContext, 'humanitarian');
    assert.equal(out.describe('0233')?.name, 'Appeal for humanitarian aid', 'the appeal keeps its own name');
    assert.equal(out.describe('020')?.plover, 'REQUEST');
    assert.equal(out.describe('112')?.plover, 'ACCUSE');
    assert.equal(codes.get('0233')?.plover, undefined, 'the input is not changed');
  });

  it('types sanctions as the PLOVER manual does (SANCTION discontinue), not as the 2021 table (COERCE restrict)', () => {
    const table = new Map(parseCameoToPlover('163: COERCE, restrict,   diplomatic # Impose embargo, boycott, or sanctions').map((c) => [c.code, c]));
    const corrected = new CameoTable([...withManualCorrections(table).values()]).describe('163');
    assert.equal(corrected?.plover, 'SANCTION');
    assert.equal(corrected?.ploverMode, 'discontinue');
    assert.equal(corrected?.ploverContext, 'diplomatic', 'the context stays');
    // The committed table is built with the correction (scripts/build-event-dictionaries.ts): PLOVER gold-standard
    // record SANCTION-0009 (development half), "President Bill Clinton has imposed sanctions on the Taliban …".
    assert.equal(loadCameoTable().describe('163')?.plover, 'SANCTION');
  });

  it('types easing a curfew or a state of emergency as the manual does (CONCEDE, a verbal concession), not RETREAT', () => {
    const table = new Map(parseCameoToPlover('0814: RETREAT, ease,   legal # Ease state of emergency or martial law').map((c) => [c.code, c]));
    const corrected = new CameoTable([...withManualCorrections(table).values()]).describe('0814');
    assert.equal(corrected?.plover, 'CONCEDE');
    assert.equal(corrected?.ploverMode, undefined, 'CONCEDE has no modes');
    // PLOVER gold-standard record CONCEDE-0008 (development half): "Sudan's government on Sunday lifted a state of
    // emergency in West Darfur State …" is coded 0814.
    assert.equal(loadCameoTable().describe('0814')?.plover, 'CONCEDE');
    assert.equal(loadCameoTable().describe('0813')?.plover, 'CONCEDE');
  });

  it('gives a code without a demand twin its parent type, and none without one', () => {
    const out = new CameoTable([...withAppealsAsRequests(codes).values()]);
    assert.equal(out.describe('029')?.plover, 'REQUEST', 'the 02 root is typed, so its codes are');
    const unrooted = new CameoTable([...withAppealsAsRequests(new Map([['029', { code: '029', name: 'x' }]])).values()]);
    assert.equal(unrooted.describe('029')?.plover, undefined);
  });
});
