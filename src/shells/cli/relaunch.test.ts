import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { needsRelaunch, NO_RELAUNCH_ENV, SEMI_SPACE_FLAG } from './relaunch.js';

const MAIN = fileURLToPath(new URL('./main.js', import.meta.url));

describe('relaunching the CLI with a larger young generation', () => {
  it('relaunches the analysing commands only, once, and not when told not to', () => {
    assert.equal(needsRelaunch(['ingest', 'examples'], [], {}), true);
    assert.equal(needsRelaunch(['analyze', '-', '--json'], [], {}), true);
    assert.equal(needsRelaunch(['search', 'Sadr'], [], {}), false);
    assert.equal(needsRelaunch(['--help'], [], {}), false);
    assert.equal(needsRelaunch(['ingest', 'examples'], [SEMI_SPACE_FLAG], {}), false, 'the relaunched process itself');
    assert.equal(needsRelaunch(['ingest', 'examples'], [], { NODE_OPTIONS: '--max-semi-space-size=32' }), false);
    assert.equal(needsRelaunch(['ingest', 'examples'], [], { [NO_RELAUNCH_ENV]: '1' }), false);
  });

  it('passes standard input, output and the exit code through the relaunched process', () => {
    const ok = spawnSync(process.execPath, [MAIN, 'analyze', '-', '--json'], { input: 'Police detained ten protesters in Cairo on Monday, officials said.\n', encoding: 'utf8' });
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(JSON.parse(ok.stdout).text, /ten protesters in Cairo/);
    const dir = mkdtempSync(join(tmpdir(), 'wirewatch-relaunch-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    const empty = spawnSync(process.execPath, [MAIN, 'analyze', join(dir, 'empty.txt'), '--json'], { encoding: 'utf8' });
    assert.equal(empty.status, 3, 'an empty input exits 3 as documented, through the relaunch');
  });
});
