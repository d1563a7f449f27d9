/** `wirewatch serve` as a user starts it: a real process, a real port, stopped by SIGTERM. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { after, describe, it } from 'node:test';
import { SqliteStore } from '../../../store/sqlite/sqlite-store.js';
import { makeTestDocument } from '../../../store/contract.js';
import { cli, noStack } from '../../../test-support/cli.js';
import { CLI_PATH, REPO_ROOT } from '../../../test-support/paths.js';

const directory = mkdtempSync(join(tmpdir(), 'wirewatch-serve-'));
after(() => rmSync(directory, { recursive: true, force: true }));

describe('wirewatch serve', () => {
  it('serves the store on the port asked for, read-only without a token, and stops on SIGTERM', async () => {
    const db = join(directory, 'news.db');
    const store = SqliteStore.open(db);
    await store.put(makeTestDocument({ id: 'served' }), 'v1');
    await store.close();
    const child = spawn(process.execPath, [CLI_PATH, 'serve', '--db', db, '--port', '0'], { cwd: REPO_ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    try {
      const [first] = (await once(child.stdout, 'data')) as [Buffer];
      const url = first.toString().trim();
      assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/u);
      const page = (await (await fetch(`${url}/api/documents`)).json()) as { items: { id: string }[] };
      assert.deepEqual(page.items.map((hit) => hit.id), ['served']);
      const write = await fetch(`${url}/api/analyze`, { method: 'POST', body: 'text' });
      assert.equal(write.status, 403);
      assert.match(stderr, /read-only: no token/u);
      // The access line is written as the answer goes out; give the pipe a moment to deliver it.
      for (let waited = 0; !/--> GET \/api\/documents /u.test(stderr) && waited < 3000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
      assert.match(stderr, /--> GET \/api\/documents \S*200\S* \d+ms/u, 'a line per request');
    } finally {
      child.kill('SIGTERM');
    }
    const [code] = (await once(child, 'exit')) as [number | null];
    assert.equal(code, 0, stderr);
  });

  it('refuses a missing store, a bad port and a static folder without index.html, with one line each', async () => {
    const missing = await cli(['serve', '--db', join(directory, 'nothing.db'), '--port', '0']);
    assert.equal(missing.code, 5);
    assert.match(missing.stderr, /no Wirewatch database/u);
    const port = await cli(['serve', '--port', '99999']);
    assert.equal(port.code, 2);
    const folder = await cli(['serve', '--static', directory, '--port', '0']);
    assert.equal(folder.code, 2);
    assert.match(folder.stderr, /no index\.html/u);
    for (const run of [missing, port, folder]) noStack(run);
  });
});
