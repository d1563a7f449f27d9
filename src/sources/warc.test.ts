import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, truncateSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { IngestItem } from '../ingest/ingest-inputs.js';
import type { RawInput } from '../model/working-document.js';
import { FIXTURES_DIR } from '../test-support/paths.js';
import { writeWarc, type ArchivedResponse } from '../test-support/warc.js';
import type { InputProblem } from './files.js';
import type { SkipCounts } from './filters.js';
import { warcItems, type WarcSourceOptions } from './warc.js';

const fixture = (name: string): Buffer => readFileSync(join(FIXTURES_DIR, 'html', name));

/** The archive: the fixture pages on two hosts over two days, plus records that are not articles. */
const RESPONSES: ArchivedResponse[] = [
  { url: 'https://news.example.com/2024/wordpress.html', date: '2024-05-01T10:00:00Z', body: fixture('wordpress-article.html') },
  { url: 'https://www.zeitung.example.de/artikel.html', date: '2024-05-01T11:00:00Z', body: fixture('german-article.html') },
  { url: 'https://news.example.com/2024/graph.html', date: '2024-05-02T09:00:00Z', body: fixture('jsonld-graph-article.html') },
  { url: 'https://shimbun.example.jp/kiji.html', date: '2024-05-02T10:00:00Z', body: fixture('japanese-shift-jis.html'), headers: { 'Content-Type': 'text/html; charset=Shift_JIS' } },
  { url: 'https://old.example.com/legacy.html', date: '2024-05-03T10:00:00Z', body: fixture('legacy-windows-1252.html'), headers: { 'Content-Type': 'text/html; charset=windows-1252', 'Content-Language': 'en' } },
  { url: 'https://news.example.com/missing', date: '2024-05-03T11:00:00Z', body: 'gone', status: 404 },
  { url: 'https://news.example.com/logo.png', date: '2024-05-03T12:00:00Z', body: new Uint8Array([0x89, 0x50, 0x4e, 0x47]), headers: { 'Content-Type': 'image/png' } },
];

async function collect(path: string, options: Partial<WarcSourceOptions> = {}): Promise<{ inputs: RawInput[]; problems: InputProblem[]; skipped: SkipCounts }> {
  const skipped: SkipCounts = {};
  const inputs: RawInput[] = [];
  const problems: InputProblem[] = [];
  for await (const item of warcItems(path, { maxBytes: 1_000_000, skipped, ...options }) as AsyncIterable<IngestItem>) {
    const value = await item.read();
    if ('code' in value) problems.push(value);
    else inputs.push(value);
  }
  return { inputs, problems, skipped };
}

describe('warcItems', () => {
  let dir: string;
  let gz: string;
  let plain: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'wirewatch-warc-'));
    gz = join(dir, 'news.warc.gz');
    plain = join(dir, 'news.warc');
    await writeWarc(gz, RESPONSES);
    await writeWarc(plain, RESPONSES, { gzip: false });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('yields every HTML response with its URL, bytes and Content-Type, gzipped or not; counts the rest', async () => {
    for (const path of [gz, plain]) {
      const { inputs, problems, skipped } = await collect(path);
      assert.deepEqual(inputs.map((i) => i.url), RESPONSES.slice(0, 5).map((r) => r.url), path);
      assert.deepEqual(problems, []);
      assert.deepEqual(skipped, { 'warc.not-200': 1, 'warc.not-html': 1 });
      assert.deepEqual(Buffer.from(inputs[3]!.bytes!), fixture('japanese-shift-jis.html'));
      assert.equal(inputs[3]!.contentType, 'text/html; charset=Shift_JIS');
      assert.equal(inputs[0]!.mediaType, 'text/html');
    }
  });

  it('filters by host (subdomains included), by WARC-Date and by declared language before reading pages', async () => {
    const byHost = await collect(gz, { filters: { hosts: ['example.com'] } });
    assert.deepEqual(byHost.inputs.map((i) => i.url), ['https://news.example.com/2024/wordpress.html', 'https://news.example.com/2024/graph.html', 'https://old.example.com/legacy.html']);
    assert.equal(byHost.skipped['filter.host'], 2);

    const byDate = await collect(gz, { filters: { since: new Date('2024-05-02T00:00:00Z') } });
    assert.deepEqual(byDate.inputs.map((i) => i.url), ['https://news.example.com/2024/graph.html', 'https://shimbun.example.jp/kiji.html', 'https://old.example.com/legacy.html']);
    assert.equal(byDate.skipped['filter.date'], 2);

    // en-US and en-GB by <html lang>, the legacy page by Content-Language; de and ja left out.
    const byLanguage = await collect(gz, { filters: { languages: ['en'] } });
    assert.deepEqual(byLanguage.inputs.map((i) => i.url), ['https://news.example.com/2024/wordpress.html', 'https://news.example.com/2024/graph.html', 'https://old.example.com/legacy.html']);
    assert.equal(byLanguage.skipped['filter.language'], 2);
  });

  it('skips a record larger than the limit without reading it whole, and goes on', async () => {
    const { inputs, problems } = await collect(gz, { maxBytes: 5000 });
    assert.deepEqual(problems.map((p) => [p.path, p.code]), [
      ['https://news.example.com/2024/wordpress.html', 'source.warc-record-too-large'],
      ['https://news.example.com/2024/graph.html', 'source.warc-record-too-large'],
    ]);
    assert.equal(inputs.length, 3);
  });

  it('ends a damaged archive with source.bad-warc after the records it could read', async () => {
    const cut = join(dir, 'cut.warc.gz');
    writeFileSync(cut, readFileSync(gz));
    truncateSync(cut, Math.floor(statSync(cut).size * 0.6));
    const { inputs, problems } = await collect(cut);
    assert.ok(inputs.length >= 1 && inputs.length < 5, `${inputs.length} records read`);
    assert.equal(problems.at(-1)!.code, 'source.bad-warc');
  });
});
