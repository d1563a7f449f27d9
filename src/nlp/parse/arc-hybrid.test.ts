import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ArcHybridState, LEFT, RIGHT, SHIFT } from './arc-hybrid.js';

const LABELS = ['root', 'nsubj', 'obj', 'det'];
const ROOT = 0;
const id = (label: string): number => LABELS.indexOf(label);

/** Follows the oracle (the cheapest move, its label the gold one) to the end. */
function oracleParse(heads: number[], labels: string[]): { heads: number[]; labels: string[]; totalCost: number } {
  const n = heads.length;
  const gold = Int32Array.from(heads, (h) => (h < 0 ? n : h));
  const state = new ArcHybridState();
  state.start(n);
  const costs = { shift: 0, left: 0, right: 0 };
  let totalCost = 0;
  while (!state.done) {
    state.costs(gold, costs);
    const candidates = [
      { move: LEFT, cost: costs.left },
      { move: RIGHT, cost: costs.right },
      { move: SHIFT, cost: costs.shift },
    ].filter((c) => state.isValid(c.move));
    candidates.sort((a, b) => a.cost - b.cost);
    const { move, cost } = candidates[0]!;
    totalCost += cost;
    const s0 = state.stackAt(0);
    state.apply(move, move === SHIFT ? -1 : id(labels[s0]!));
  }
  return { heads: Array.from(state.heads.subarray(0, n), (h) => (h === n ? -1 : h)), labels: Array.from(state.labels.subarray(0, n), (l) => LABELS[l]!), totalCost };
}

describe('arc-hybrid', () => {
  it('rebuilds a projective gold tree at zero cost by following the oracle', () => {
    // Gunmen(0) attacked(1) the(2) embassy(3)
    const heads = [1, -1, 3, 1];
    const labels = ['nsubj', 'root', 'det', 'obj'];
    const parsed = oracleParse(heads, labels);
    assert.deepEqual(parsed.heads, heads);
    assert.deepEqual(parsed.labels, labels);
    assert.equal(parsed.totalCost, 0);
  });

  it('gives a non-projective tree a cost, never an endless loop, and still one root', () => {
    // 0→2 and 1→3 cross.
    const parsed = oracleParse([2, 3, -1, 2], ['nsubj', 'obj', 'root', 'obj']);
    assert.ok(parsed.totalCost > 0);
    assert.equal(parsed.heads.filter((h) => h === -1).length, 1);
  });

  it('allows the root arc only for the last word on the stack, and shifting never the root', () => {
    const state = new ArcHybridState();
    state.start(2);
    assert.equal(state.isValid(LEFT), false, 'stack empty');
    state.apply(SHIFT, -1);
    assert.equal(state.isValid(LEFT), true);
    assert.equal(state.labelAllowed(LEFT, ROOT, ROOT), false, 'b0 is a word, not the root');
    state.apply(SHIFT, -1);
    assert.equal(state.canShift(), false);
    assert.equal(state.isValid(LEFT), false, 'two words still on the stack');
    assert.equal(state.labelAllowed(RIGHT, ROOT, ROOT), false, '"root" is for the root arc only');
    state.apply(RIGHT, id('obj'));
    assert.equal(state.isValid(LEFT), true);
    assert.equal(state.labelAllowed(LEFT, id('obj'), ROOT), false, 'only "root" onto the root');
    assert.equal(state.labelAllowed(LEFT, ROOT, ROOT), true);
    state.apply(LEFT, ROOT);
    assert.ok(state.done);
    assert.deepEqual(Array.from(state.heads.subarray(0, 2)), [2, 0]);
  });

  it('keeps the leftmost and rightmost children and label sets', () => {
    const state = new ArcHybridState();
    state.start(4);
    state.apply(SHIFT, -1); // 0
    state.apply(SHIFT, -1); // 1
    state.apply(LEFT, id('det')); // 1 ← 2
    state.apply(LEFT, id('nsubj')); // 0 ← 2
    assert.equal(state.left1[2], 0);
    assert.equal(state.left2[2], 1);
    assert.equal(state.leftCount[2], 2);
    assert.equal(state.leftLabels[4]! & (1 << id('det')), 1 << id('det'));
  });
});
