import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { encodeExport, planExport } from '../../export/index.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { analysisVersion, analyze } from '../../pipeline/analyze.js';
import { EXAMPLES_DIR } from '../../test-support/paths.js';
import { featureOfLine, readFeatures } from './feature-lines.js';

describe('reading the GeoJSON export a feature at a time', () => {
  let dir: string;
  let store: SqliteStore;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'wirewatch-features-'));
    store = SqliteStore.open(join(dir, 'x.db'));
    const docs = readdirSync(EXAMPLES_DIR)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => analyze(readFileSync(join(EXAMPLES_DIR, f), 'utf8')))
      .flatMap((r) => (r.ok ? [r.document] : []));
    await store.putMany(docs, analysisVersion());
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const exported = (query: string) => {
    const pieces = encodeExport(store, query, planExport('geojson', 'documents'));
    const encoder = new TextEncoder();
    return ReadableStream.from((async function* () {
      for await (const piece of pieces) yield encoder.encode(piece);
    })());
  };

  it('reads every place of the real export of the examples, and the result is the whole collection', async () => {
    const all: string[] = [];
    for await (const piece of encodeExport(store, '', planExport('geojson', 'documents'))) all.push(piece);
    const whole = JSON.parse(all.join('')) as { features: unknown[] };
    const { features, complete } = await readFeatures(exported(''), 10000);
    assert.ok(complete);
    assert.ok(features.length > 5, `${features.length} places`);
    assert.deepEqual(features, whole.features);
  });
  it('stops after max features', async () => {
    const { features, complete } = await readFeatures(exported(''), 3);
    assert.equal(features.length, 3);
    assert.equal(complete, false);
  });
  it('skips lines that are not point features', () => {
    assert.equal(featureOfLine('{"type":"FeatureCollection","features":['), undefined);
    assert.equal(featureOfLine(']}'), undefined);
    assert.equal(featureOfLine('{"type":"Feature","geometry":{"type":"Point","coordinates":[null,1]},"properties":{}},'), undefined);
    assert.deepEqual(featureOfLine('{"type":"Feature","geometry":{"type":"Point","coordinates":[44,33]},"properties":{"name":"Iraq"}},')?.properties, { name: 'Iraq' });
  });
});
