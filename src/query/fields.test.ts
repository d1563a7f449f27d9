import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../test-support/paths.js';
import { FIELDS } from './fields.js';

/** The rows of README's search-language table: the field, its other spellings. */
function readmeFields(): { id: string; aliases: string[] }[] {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const section = readme.split('### The search language')[1]?.split('\n### ')[0];
  assert.ok(section, 'README has a "The search language" section');
  const names = (cell: string): string[] => [...cell.matchAll(/`([^`:]+):`/gu)].map((m) => m[1]!);
  return section
    .split('\n')
    .filter((line) => /^\| `[^`]+:` \|/u.test(line))
    .map((line) => {
      const [, field = '', also = ''] = line.split('|');
      return { id: names(field)[0]!, aliases: names(also) };
    });
}

describe('the field table', () => {
  it('README lists every field with its aliases, in the order of FIELDS', () => {
    assert.deepEqual(readmeFields(), FIELDS.map((field) => ({ id: field.id, aliases: [...field.aliases] })));
  });

  it('gives every field a help line and a reason', () => {
    for (const field of FIELDS) {
      assert.ok(field.help.length > 10, `${field.id}: help`);
      assert.ok(field.reason.length > 10, `${field.id}: reason`);
    }
  });
});
