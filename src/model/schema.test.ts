import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentJsonSchema } from './json-schema.js';
import { REPO_ROOT } from '../test-support/paths.js';

describe('JSON Schema', () => {
  it('is derived from the zod model and the committed copy is current (npm run schema)', () => {
    const committed = JSON.parse(readFileSync(join(REPO_ROOT, 'schema', 'document.schema.json'), 'utf8')) as unknown;
    assert.deepEqual(committed, documentJsonSchema());
  });
  it('requires the public fields', () => {
    const schema = documentJsonSchema() as { required: string[] };
    for (const f of ['id', 'title', 'source', 'language', 'text', 'paragraphs', 'entities', 'quotes', 'times', 'events', 'places', 'issues', 'provenance']) {
      assert.ok(schema.required.includes(f), f);
    }
  });
});
