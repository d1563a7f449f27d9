import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXAMPLES_DIR, FIXTURES_DIR } from '../../test-support/paths.js';
import { cli, noStack } from '../../test-support/cli.js';

/** Web pages through the command line: analyze and ingest, gzipped and piped, and pages that must be refused cleanly. */

const HTML = join(FIXTURES_DIR, 'html');
interface Doc { id: string; title: string; published?: string; byline?: string; text: string; source: { name: string; url?: string; domain?: string }; issues: { code: string }[]; provenance: { stage: string; method?: string }[] }

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'wirewatch-cli-html-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('wirewatch analyze page.html', () => {
  it('analyses a WordPress page: title, date, author, body without comments or share bar', async () => {
    const r = await cli(['analyze', join(HTML, 'wordpress-article.html'), '--json']);
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout) as Doc;
    assert.equal(doc.title, 'Council approves flood barrier for the lower town');
    assert.ok(doc.published?.startsWith('2024-03-12'));
    assert.equal(doc.byline, 'Helen Marsh');
    assert.equal(doc.source.name, 'Riverside Gazette');
    assert.ok(doc.text.startsWith('The town council voted eight to three'));
    assert.ok(doc.text.endsWith('at the library on 23 March.'));
    for (const furniture of ['About time too', 'Share this:', 'Recent Posts', 'Leave a Reply']) assert.ok(!doc.text.includes(furniture), furniture);
    assert.ok(doc.provenance.find((p) => p.stage === 'extract-html')?.method);
  });
  it('reads page.html.gz', async () => {
    const gz = file('storm.html.gz', gzipSync(readFileSync(join(HTML, 'jsonld-graph-article.html'))));
    const r = await cli(['analyze', gz, '--json']);
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout) as Doc;
    assert.equal(doc.title, 'Storm cuts power to 40,000 homes along the northern coast');
    assert.equal(doc.published, '2023-11-05T17:42:00+01:00');
    assert.equal(doc.byline, 'Marta Kowalski and Dev Raman');
  });
  it('sniffs a page on standard input, in its legacy encoding', async () => {
    const r = await cli(['analyze', '-', '--json'], {}, readFileSync(join(HTML, 'legacy-windows-1252.html')));
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout) as Doc;
    assert.equal(doc.title, 'Fishermen protest over quota cuts');
    assert.ok(doc.text.includes('€15,000') && doc.text.includes('“We are not asking for favours,”'));
    assert.ok(doc.issues.some((i) => i.code === 'input.legacy-encoding'));
    assert.equal(doc.provenance.find((p) => p.stage === 'decode')?.method, 'windows-1252/meta');
  });
  it('--url gives a saved page its address: source, domain and id', async () => {
    const url = 'https://www.harbourpost.example/news/2019/02/04/fishermen-protest.html';
    const withUrl = JSON.parse((await cli(['analyze', join(HTML, 'legacy-windows-1252.html'), '--url', url])).stdout) as Doc;
    const without = JSON.parse((await cli(['analyze', join(HTML, 'legacy-windows-1252.html')])).stdout) as Doc;
    assert.equal(withUrl.source.url, url);
    assert.equal(withUrl.source.domain, 'harbourpost.example');
    assert.notEqual(withUrl.id, without.id);
    const bad = await cli(['analyze', join(HTML, 'legacy-windows-1252.html'), '--url', 'harbourpost']);
    assert.equal(bad.code, 2);
    noStack(bad);
    const many = await cli(['analyze', HTML, '--url', url]);
    assert.equal(many.code, 2);
    assert.match(many.stderr, /--url names one page/);
  });
  it('a folder of pages and texts: each takes its own path', async () => {
    const r = await cli(['analyze', HTML, join(EXAMPLES_DIR, 'shafaq-2020-09-30-sadr.txt'), '--jsonl']);
    assert.equal(r.code, 0, r.stderr);
    const docs = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Doc);
    assert.equal(docs.length, 6);
    const stages = docs.map((d) => d.provenance.some((p) => p.stage === 'extract-html') ? 'html' : 'text');
    assert.deepEqual(stages.filter((s) => s === 'text').length, 1);
    assert.equal(docs.at(-1)!.title, 'Al-Sadr attacks Shiite leaders and factions, and invites the US embassy');
  });
});

describe('bad pages never crash the command line', () => {
  it('corrupt gzip: input.corrupt-gzip, exit 3', async () => {
    const gz = Buffer.from(gzipSync(readFileSync(join(HTML, 'wordpress-article.html'))));
    gz.fill(0x41, 12, 60);
    const r = await cli(['analyze', file('broken.html.gz', gz)]);
    assert.equal(r.code, 3);
    assert.match(r.stderr, /broken\.html\.gz: input\.corrupt-gzip: gzip input the gzip data is corrupt/);
    noStack(r);
  });
  it('a page of only scripts: extract.no-body, exit 3', async () => {
    const r = await cli(['analyze', file('app.html', '<!doctype html><html><head><script>window.app={}</script></head><body><script src="/app.js"></script></body></html>')]);
    assert.equal(r.code, 3);
    assert.match(r.stderr, /app\.html: extract\.no-body: no article text in the page/);
    noStack(r);
  });
  it('binary data named .html: input.binary, exit 3', async () => {
    const r = await cli(['analyze', file('photo.html', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 3)]))]);
    assert.equal(r.code, 3);
    assert.match(r.stderr, /photo\.html: input\.binary: input is a JPEG file, not text/);
  });
  it('plain text named .html: analysed as text', async () => {
    const r = await cli(['analyze', file('story.html', readFileSync(join(EXAMPLES_DIR, 'shafaq-2020-09-30-sadr.txt')))]);
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout) as Doc;
    assert.equal(doc.title, 'Al-Sadr attacks Shiite leaders and factions, and invites the US embassy');
    assert.ok(doc.issues.some((i) => i.code === 'input.not-html'));
  });
  it('a 30 MB page: refused by default (exit 3), cut with extract.html-truncated under --max-bytes 40MB', async () => {
    const page = readFileSync(join(HTML, 'wordpress-article.html'), 'utf8');
    const at = page.indexOf('</body>');
    const comment = '<div class="comment"><p>I have lived by the river for thirty years and the barrier is long overdue, whatever it costs.</p></div>\n';
    const huge = file('huge.html', page.slice(0, at) + comment.repeat(Math.ceil((30 * 1024 * 1024) / comment.length)) + page.slice(at));
    const refused = await cli(['analyze', huge]);
    assert.equal(refused.code, 3);
    assert.match(refused.stderr, /huge\.html: input\.too-large: file is \d+ bytes; the limit is 10485760/);
    const cut = await cli(['analyze', huge, '--max-bytes', '40MB']);
    assert.equal(cut.code, 0, cut.stderr);
    const doc = JSON.parse(cut.stdout) as Doc;
    assert.ok(doc.issues.some((i) => i.code === 'extract.html-truncated'));
    assert.equal(doc.title, 'Council approves flood barrier for the lower town');
  });
});

describe('wirewatch ingest of pages', () => {
  it('picks up .html, .htm and .html.gz besides .txt; re-ingesting adds nothing; rejects are named', async () => {
    const folder = join(dir, 'site');
    mkdirSync(join(folder, 'archive'), { recursive: true });
    copyFileSync(join(HTML, 'wordpress-article.html'), join(folder, 'flood.html'));
    copyFileSync(join(HTML, 'german-article.html'), join(folder, 'radwege.htm'));
    writeFileSync(join(folder, 'archive', 'storm.html.gz'), gzipSync(readFileSync(join(HTML, 'jsonld-graph-article.html'))));
    copyFileSync(join(EXAMPLES_DIR, 'shafaq-2020-09-30-sadr.txt'), join(folder, 'sadr.txt'));
    writeFileSync(join(folder, 'broken.html.gz'), Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]));
    writeFileSync(join(folder, 'notes.md'), '# not an article');
    const db = join(dir, 'pages.db');

    const first = await cli(['ingest', folder, '--db', db, '--json']);
    assert.equal(first.code, 4, first.stderr);
    const report = JSON.parse(first.stdout) as { counts: Record<string, number>; rejected: { path: string; code: string }[] };
    assert.deepEqual([report.counts.inserted, report.counts.rejected], [4, 1]);
    assert.equal(report.rejected[0]!.code, 'input.corrupt-gzip');
    noStack(first);

    const again = JSON.parse((await cli(['ingest', folder, '--db', db, '--json'])).stdout) as { counts: Record<string, number> };
    assert.deepEqual([again.counts.inserted, again.counts.unchanged], [0, 4]);

    const search = await cli(['search', 'flood barrier', '--db', db, '--json']);
    const hits = (JSON.parse(search.stdout) as { hits: { title: string }[] }).hits;
    assert.equal(hits[0]!.title, 'Council approves flood barrier for the lower town');
  });
});
