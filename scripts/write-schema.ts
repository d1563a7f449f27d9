// Writes schema/document.schema.json from the zod model. Run: npm run schema
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentJsonSchema } from '../src/model/json-schema.js';
import { REPO_ROOT } from '../src/test-support/paths.js';

mkdirSync(join(REPO_ROOT, 'schema'), { recursive: true });
writeFileSync(join(REPO_ROOT, 'schema', 'document.schema.json'), JSON.stringify(documentJsonSchema(), null, 2) + '\n');
console.log('wrote schema/document.schema.json');
