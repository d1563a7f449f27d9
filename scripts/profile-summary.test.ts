import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summariseProfile, type CpuProfile } from './profile-summary.js';

const frame = (functionName: string, line: number): CpuProfile['nodes'][number]['callFrame'] => ({ functionName, url: 'file:///x/dist/src/a.js', lineNumber: line - 1 });

// root → load, root → run → score, run → run → score (a recursion).
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)', 1), children: [2, 5] },
    { id: 2, callFrame: frame('run', 10), children: [3, 4] },
    { id: 3, callFrame: frame('score', 20) },
    { id: 4, callFrame: frame('run', 10), children: [6] },
    { id: 5, callFrame: frame('load', 30) },
    { id: 6, callFrame: frame('score', 20) },
  ],
  startTime: 0,
  endTime: 100,
  // Sample i lasts timeDeltas[i + 1]: load 10 (at 0), then score 20, run 30, score (under run → run) 40.
  samples: [5, 3, 2, 6, 1],
  timeDeltas: [0, 10, 20, 30, 40],
};

test('self and inclusive time per function, a recursive function once per sample', () => {
  const summary = summariseProfile(profile);
  assert.equal(summary.totalMs, 0.1);
  const self = Object.fromEntries(summary.self.map((r) => [r.name, r.ms * 1000]));
  // The last sample has no next one to time it: 0.
  assert.deepEqual(self, { 'load src/a.js:30': 10, 'score src/a.js:20': 60, 'run src/a.js:10': 30, '(root) src/a.js:1': 0 });
  const inclusive = Object.fromEntries(summary.inclusive.map((r) => [r.name, r.ms * 1000]));
  assert.equal(inclusive['run src/a.js:10'], 90);
  assert.equal(inclusive['(root) src/a.js:1'], 100);
});

test('--from leaves out the start (model loading); --under splits the time below the outermost frame so named', () => {
  const late = summariseProfile(profile, { from: 0.05, under: 'run ' });
  // The load sample (at time 0) is left out.
  assert.equal(late.totalMs, 0.09);
  const under = Object.fromEntries(late.under!.map((r) => [r.name, r.ms * 1000]));
  assert.deepEqual(under, { 'score src/a.js:20': 20, '(self)': 30, 'run src/a.js:10': 40 });
});
