/** createApp without a socket (app.request): the dashboard hook — a folder with index.html is served at /, with a strict CSP on HTML, never shadowing /api — and internal errors. */
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { createApp } from './app.js';
import { HTML_CONTENT_SECURITY_POLICY } from './static.js';

const directory = mkdtempSync(join(tmpdir(), 'wirewatch-static-'));
const web = join(directory, 'web');
mkdirSync(join(web, 'assets'), { recursive: true });
writeFileSync(join(web, 'index.html'), '<!doctype html><title>Wirewatch</title><script type="module" src="/assets/app.js"></script>');
writeFileSync(join(web, 'assets', 'app.js'), 'console.log("dashboard")');
writeFileSync(join(directory, 'secret.txt'), 'not to be served');
const store = SqliteStore.open(':memory:');
after(async () => {
  await store.close();
  rmSync(directory, { recursive: true, force: true });
});

describe('static files for the dashboard', () => {
  const app = createApp({ store, staticDirectory: web });

  it('serves index.html at / and for client-side routes, with the strict CSP', async () => {
    for (const path of ['/', '/search', '/entity/abc']) {
      const response = await app.request(path);
      assert.equal(response.status, 200, path);
      assert.match(response.headers.get('content-type') ?? '', /^text\/html/u);
      assert.equal(response.headers.get('content-security-policy'), HTML_CONTENT_SECURITY_POLICY);
      assert.match(await response.text(), /<title>Wirewatch<\/title>/u);
    }
    assert.doesNotMatch(HTML_CONTENT_SECURITY_POLICY, /unsafe-inline|unsafe-eval/u);
  });

  it('serves assets with their type, and nothing outside the folder', async () => {
    const script = await app.request('/assets/app.js');
    assert.equal(script.status, 200);
    assert.match(script.headers.get('content-type') ?? '', /javascript/u);
    for (const path of ['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt']) {
      const response = await app.request(path);
      assert.doesNotMatch(await response.text(), /not to be served/u, path);
    }
    const missing = await app.request('/assets/gone-1234.js');
    assert.equal(missing.status, 404, 'a missing bundle file is not answered with index.html');
  });

  it('leaves /api to the API: JSON, and JSON 404s', async () => {
    const stats = await app.request('/api/stats');
    assert.equal(stats.status, 200);
    assert.deepEqual(Object.keys((await stats.json()) as object).sort(), ['documents', 'entities', 'storeVersion']);
    const missing = await app.request('/api/nothing');
    assert.equal(missing.status, 404);
    assert.equal(((await missing.json()) as { error: { code: string } }).error.code, 'api.not-found');
  });

  it('is skipped without index.html: / is a JSON 404', async () => {
    const bare = createApp({ store, staticDirectory: directory });
    const response = await bare.request('/');
    assert.equal(response.status, 404);
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/u);
  });
});

describe('internal errors', () => {
  it('answer 500 with a generic JSON message; the detail goes to the log only', async () => {
    const closed = SqliteStore.open(':memory:');
    await closed.close();
    const logged: string[] = [];
    const app = createApp({ store: closed, log: (message) => logged.push(message) });
    const response = await app.request('/api/documents?q=iraq');
    assert.equal(response.status, 500);
    const body = (await response.json()) as { error: { code: string; message: string } };
    assert.deepEqual(body, { error: { code: 'internal', message: 'internal error (the server log has the details)' } });
    assert.equal(logged.length, 1);
    assert.match(logged[0]!, /GET \/api\/documents/u);
    assert.match(logged[0]!, /\n\s+at /u, 'the stack, in the log');
  });
});
