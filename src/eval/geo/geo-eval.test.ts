import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SHARED_DIR, skipWithoutShared } from '../../test-support/paths.js';
import { evaluateLgl, geoTask } from './geo-eval.js';

const FILE = 'data/geo/lgl/lgl.xml';

describe('geo eval task (LGL)', { skip: skipWithoutShared(FILE) }, () => {
  it('reports accuracy@161km and detection for the dev half, the held-out half and the whole', async () => {
    const report = await evaluateLgl(join(SHARED_DIR, FILE), { limit: 40 });
    const d = report.details as { accuracy161: number; resolvable: number; dev: { articles: number; accuracy161: number }; heldout: { articles: number }; detection: { f1: number } };
    assert.equal(report.task, 'geo');
    assert.equal(report.n, d.resolvable);
    assert.equal(d.dev.articles + d.heldout.articles, 40);
    assert.ok(d.accuracy161 > 0.5 && d.accuracy161 <= 1, String(d.accuracy161));
    assert.equal(report.f1, d.detection.f1);
    assert.ok(report.f1 > 0.4, String(report.f1));
  });
  it('is registered with its lgl format', () => {
    assert.ok(geoTask.formats['lgl']);
  });
});
