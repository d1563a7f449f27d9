import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CameoTable, parseCameoToPlover, withAppealsAsRequests } from './cameo.js';

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

  it('gives a code without a demand twin its parent type, and none without one', () => {
    const out = new CameoTable([...withAppealsAsRequests(codes).values()]);
    assert.equal(out.describe('029')?.plover, 'REQUEST', 'the 02 root is typed, so its codes are');
    const unrooted = new CameoTable([...withAppealsAsRequests(new Map([['029', { code: '029', name: 'x' }]])).values()]);
    assert.equal(unrooted.describe('029')?.plover, undefined);
  });
});
