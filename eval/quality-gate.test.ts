import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findEvalTask } from '../src/eval/registry.js';
import type { EvalReport } from '../src/eval/task.js';
import { REPO_ROOT, SHARED_DIR, skipWithoutShared } from '../src/test-support/paths.js';

/**
 * The quality gate (STYLE.md point 8): every score pinned in eval/floors.json must
 * hold. Each evaluation runs once for this file (about 12 s for the two HTML
 * tasks), whatever the number of floors it serves.
 */

interface Floor {
  task: string;
  format: string;
  /** Under ../shared/data. */
  data: string;
  /** A dotted path into the task's report: `f1`, `details.title.accuracy`. */
  metric: string;
  floor: number;
  measured: number;
  reason: string;
}

const FLOORS_PATH = join(REPO_ROOT, 'eval', 'floors.json');
const floors = (JSON.parse(readFileSync(FLOORS_PATH, 'utf8')) as { floors: Floor[] }).floors;

function metricOf(report: EvalReport, path: string): number | undefined {
  let value: unknown = report;
  for (const key of path.split('.')) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return typeof value === 'number' ? value : undefined;
}

/** One run per task, format and data set, shared by all the floors that read it. */
const runs = new Map<string, Promise<EvalReport>>();
function reportFor(f: Floor): Promise<EvalReport> {
  const key = `${f.task}/${f.format}/${f.data}`;
  let run = runs.get(key);
  if (!run) {
    run = findEvalTask(f.task)!.formats[f.format]!.run(join(SHARED_DIR, 'data', f.data), {});
    runs.set(key, run);
  }
  return run;
}

describe('eval/floors.json', () => {
  it('names evaluations that exist, with a floor, a measurement and a reason each', () => {
    assert.ok(floors.length > 0);
    for (const f of floors) {
      const format = findEvalTask(f.task)?.formats[f.format];
      assert.ok(format, `${f.task} --format ${f.format} is a registered evaluation`);
      assert.ok(f.floor > 0 && f.floor <= 1 && f.floor <= f.measured, `${f.task}/${f.metric}: 0 < floor ≤ measured ≤ 1`);
      assert.ok(f.reason.length > 10, `${f.task}/${f.metric} says what it measures`);
      assert.ok(!f.data.startsWith('/') && !f.data.includes('..'), 'data is a path under ../shared/data');
    }
  });
});

describe('quality gate', () => {
  for (const f of floors) {
    it(`${f.task} --format ${f.format}: ${f.metric} ≥ ${f.floor}`, { skip: skipWithoutShared(join('data', f.data)) }, async () => {
      const report = await reportFor(f);
      const value = metricOf(report, f.metric);
      assert.ok(value !== undefined, `the ${f.task} report has no ${f.metric}`);
      assert.ok(value >= f.floor, `${f.task} (${f.format}) ${f.metric} is ${value}, below its floor ${f.floor} (measured ${f.measured} when pinned)`);
    });
  }
});
