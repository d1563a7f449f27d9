import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, openSync, closeSync, ftruncateSync, readFileSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLES_DIR } from '../../test-support/paths.js';
import { cli, noStack } from '../../test-support/cli.js';

let dir: string;
let db: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'wirewatch-cli-'));
  db = join(dir, 'store.db');
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('wirewatch analyze', () => {
  it('analyses the founding article into the public JSON shape', async () => {
    const r = await cli(['analyze', join(EXAMPLES_DIR, 'shafaq-2020-09-30-sadr.txt'), '--json']);
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout) as Record<string, unknown> & { text: string; source: { name: string }; published: string };
    assert.equal(doc.title, 'Al-Sadr attacks Shiite leaders and factions, and invites the US embassy');
    assert.ok(doc.published.startsWith('2020-09-30T06:49'));
    assert.equal(doc.source.name, 'Shafaq News');
    assert.ok(doc.text.startsWith('The leader of the Sadrist movement'));
    assert.ok(doc.text.endsWith('targeting foreign forces in Iraq.'));
    for (const key of ['id', 'language', 'paragraphs', 'entities', 'quotes', 'times', 'events', 'places', 'issues', 'provenance']) assert.ok(key in doc, key);
  });
  it('reads standard input and prints JSON lines or a readable summary', async () => {
    const text = readFileSync(join(EXAMPLES_DIR, 'untitled-2022-kyiv-grain.txt'), 'utf8');
    const jsonl = await cli(['analyze', '-', '--jsonl'], {}, text);
    assert.equal(jsonl.code, 0, jsonl.stderr);
    assert.equal(jsonl.stdout.trim().split('\n').length, 1);
    const pretty = await cli(['analyze', '-', '--pretty'], {}, text);
    assert.match(pretty.stdout, /^Ukraine and Turkey agreed/);
    assert.match(pretty.stdout, /paragraphs/);
  });
  it('analyses a folder into an array', async () => {
    const r = await cli(['analyze', EXAMPLES_DIR]);
    assert.equal(r.code, 0, r.stderr);
    assert.ok((JSON.parse(r.stdout) as unknown[]).length >= 4);
  });
});

describe('bad input never crashes', () => {
  const badFile = (name: string, content: string | Buffer): string => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  it('an empty file: one line, exit 3', async () => {
    const r = await cli(['analyze', badFile('empty.txt', '')]);
    assert.equal(r.code, 3);
    assert.match(r.stderr, /empty\.txt: input\.empty: input is empty/);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.equal(r.stdout, '');
    noStack(r);
  });
  it('a binary file: one line, exit 3', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);
    const r = await cli(['analyze', badFile('picture.txt', png)]);
    assert.equal(r.code, 3);
    assert.match(r.stderr, /input\.binary: input is a PNG file, not text/);
    noStack(r);
  });
  it('a 50 MB file: refused before reading, exit 3', async () => {
    const path = join(dir, 'huge.txt');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    const r = await cli(['analyze', path]);
    assert.equal(r.code, 3);
    assert.match(r.stderr, /input\.too-large: file is 52428800 bytes; the limit is 10485760/);
    noStack(r);
  });
  it('a missing path: one line, exit 3', async () => {
    const r = await cli(['analyze', join(dir, 'nope.txt')]);
    assert.equal(r.code, 3);
    assert.match(r.stderr, /nope\.txt: input\.unreadable: no such file or directory/);
    noStack(r);
  });
  it('a bad flag or missing argument: usage error, exit 2', async () => {
    for (const args of [['analyze', '--bogus', 'x.txt'], ['analyze'], ['frobnicate'], ['search', 'x', '--limit', 'many'], ['analyze', 'x', '--json', '--pretty']]) {
      const r = await cli(args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, /^wirewatch/);
      noStack(r);
    }
  });
  it('a mix of good and bad inputs: the good are analysed, exit 4', async () => {
    const r = await cli(['analyze', '--jsonl', join(EXAMPLES_DIR, 'shafaq-2020-09-30-sadr.txt'), join(dir, 'empty.txt')]);
    assert.equal(r.code, 4);
    assert.equal(r.stdout.trim().split('\n').length, 1);
  });
  it('a database path that is not a database: exit 5, file untouched', async () => {
    const notDb = badFile('notes.db', 'my notes\n');
    const r = await cli(['ingest', EXAMPLES_DIR, '--db', notDb]);
    assert.equal(r.code, 5);
    assert.match(r.stderr, /is not a Wirewatch database/);
    assert.equal(readFileSync(notDb, 'utf8'), 'my notes\n');
    noStack(r);
  });
});

describe('wirewatch ingest, search, show', () => {
  it('ingests a folder, finds the article, and re-ingesting adds nothing', async () => {
    const folder = join(dir, 'articles');
    mkdirSync(folder);
    cpSync(EXAMPLES_DIR, folder, { recursive: true });
    writeFileSync(join(folder, 'empty.txt'), '');

    const first = await cli(['ingest', folder, '--db', db, '--json']);
    assert.equal(first.code, 4, first.stderr);
    const report = JSON.parse(first.stdout) as { counts: Record<string, number>; storeDocuments: number };
    assert.equal(report.counts.rejected, 1);
    assert.ok(report.counts.inserted! >= 4);
    const stored = report.storeDocuments;

    const again = await cli(['ingest', folder, '--db', db, '--json']);
    const second = JSON.parse(again.stdout) as { counts: Record<string, number>; storeDocuments: number };
    assert.equal(second.counts.inserted, 0);
    assert.equal(second.counts.unchanged, report.counts.inserted);
    assert.equal(second.storeDocuments, stored);

    const search = await cli(['search', 'Sadr', '--db', db, '--json']);
    assert.equal(search.code, 0, search.stderr);
    const result = JSON.parse(search.stdout) as { total: number; hits: { id: string; title: string; snippet: string }[] };
    assert.ok(result.total >= 1);
    assert.equal(result.hits[0]!.title, 'Al-Sadr attacks Shiite leaders and factions, and invites the US embassy');
    assert.match(result.hits[0]!.snippet, /«Sadr»/i);

    const show = await cli(['show', result.hits[0]!.id, '--db', db]);
    assert.equal(show.code, 0, show.stderr);
    assert.match(show.stdout, /^Al-Sadr attacks/);
    const missing = await cli(['show', 'does-not-exist', '--db', db]);
    assert.equal(missing.code, 6);
  });
  it('uses $WIREWATCH_DB when --db is not given', async () => {
    const envDb = join(dir, 'env.db');
    const r = await cli(['ingest', join(EXAMPLES_DIR, 'shafaq-2020-09-30-sadr.txt')], { WIREWATCH_DB: envDb });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /1 new, 0 updated, 0 unchanged, 0 rejected/);
    assert.ok(existsSync(envDb) && statSync(envDb).size > 0);
  });
  it('search without a store says so', async () => {
    const r = await cli(['search', 'Sadr', '--db', join(dir, 'absent.db')]);
    assert.equal(r.code, 5);
    assert.match(r.stderr, /no Wirewatch database at/);
    assert.ok(!existsSync(join(dir, 'absent.db')));
  });
  it('ingest of only bad inputs: exit 3 and no store created', async () => {
    const path = join(dir, 'never.db');
    const r = await cli(['ingest', join(dir, 'missing-folder'), '--db', path]);
    assert.equal(r.code, 3);
    assert.ok(!existsSync(path));
  });
  it('a search made of query syntax is a usage error, not a crash', async () => {
    const r = await cli(['search', '"*(NEAR', '--db', db]);
    assert.ok(r.code === 0 || r.code === 2, r.stderr);
    noStack(r);
  });
});

describe('--help everywhere', () => {
  for (const command of ['', 'analyze', 'ingest', 'search', 'show', 'eval']) {
    it(`wirewatch ${command} --help`, async () => {
      const r = await cli([...(command ? [command] : []), '--help']);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /Usage: wirewatch/);
    });
  }
  it('documents the exit codes', async () => {
    const r = await cli(['--help']);
    assert.match(r.stdout, /Exit codes:/);
  });
});

describe('eval with gold data of the wrong kind', () => {
  // Each case points --data at something that exists but is not the format's data: the user gets exit 3 and a line
  // saying what was expected, never an internal error.
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'ww-eval-bad-'));
    writeFileSync(join(dir, 'not-json.txt'), 'root:x:0:0\n');
    writeFileSync(join(dir, 'empty.xml'), '<a/>\n');
    writeFileSync(join(dir, 'plain.txt'), 'Just words here\nand more words\n');
    mkdirSync(join(dir, 'empty-folder'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  const cases: [string, string, string, RegExp][] = [
    ['events', 'petr', '.', /EISDIR/],
    ['events', 'plover', 'not-json.txt', /not JSON/],
    ['events', 'petr', 'empty.xml', /no PETRARCH <Sentence> records/],
    ['geo', 'lgl', 'empty.xml', /not an LGL file/],
    ['time', 'timeml', '.', /no \.tml files/],
    ['seed', 'gold', 'plain.txt', /ENOTDIR/],
    ['ner', 'iob2', 'plain.txt', /no labelled entities/],
    ['pos', 'conllu', 'plain.txt', /expected 10 tab-separated columns/],
    ['parse', 'conllu', 'empty-folder', /no sentences to score/],
    ['events', 'judged', '.', /no such page/],
  ];
  for (const [task, format, data, reason] of cases) {
    it(`${task} --format ${format} on ${data}`, async () => {
      const r = await cli(['eval', task, '--format', format, '--data', join(dir, data)]);
      assert.equal(r.code, 3, r.stderr);
      assert.match(r.stderr, new RegExp(`cannot read .* as ${task} --format ${format}`));
      assert.match(r.stderr, reason);
      noStack(r);
    });
  }
});
