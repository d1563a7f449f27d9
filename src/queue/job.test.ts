import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inputId } from '../ingest/input-id.js';
import { rawInputFromBytes } from '../sources/files.js';
import { inputToJob, jobIdOf, jobToInput, urlToJob, type IngestJob } from './job.js';

const MAX = 1024 * 1024;

function asJob(value: ReturnType<typeof inputToJob>): IngestJob {
  assert.ok(!('code' in value), 'expected a job');
  return value;
}

describe('ingest jobs', () => {
  it('carry a page as its bytes, gzipped for the trip, and give the same input back', () => {
    const page = Buffer.from(`<!doctype html><title>t</title><p>${'Officials met in Baghdad. '.repeat(200)}</p>`);
    const raw = rawInputFromBytes(page, { path: '/news/a.html', url: 'https://example.org/a' });
    const job = asJob(inputToJob(raw, { label: '/news/a.html', maxBytes: MAX }));
    assert.equal(job.input.kind, 'bytes');
    assert.ok(job.input.kind === 'bytes' && job.input.gzipped && job.input.base64.length < page.length / 4);
    const back = jobToInput(JSON.parse(JSON.stringify(job)) as IngestJob, MAX)!;
    assert.deepEqual(Buffer.from(back.bytes!), page);
    assert.equal(back.mediaType, 'text/html');
    assert.equal(back.url, 'https://example.org/a');
    assert.equal(inputId(back), job.inputId);
  });

  it('leave small inputs and text uncompressed', () => {
    const small = asJob(inputToJob(rawInputFromBytes(Buffer.from('Short news.'), { path: 'a.txt' }), { label: 'a.txt', maxBytes: MAX }));
    assert.ok(small.input.kind === 'bytes' && !small.input.gzipped);
    const text = asJob(inputToJob({ text: 'Already decoded.', mediaType: 'text/plain' }, { label: 'stdin', maxBytes: MAX }));
    assert.deepEqual(jobToInput(text, MAX), { text: 'Already decoded.', mediaType: 'text/plain' });
  });

  it('refuse an input over the size limit, as a local ingest does', () => {
    const problem = inputToJob(rawInputFromBytes(Buffer.alloc(2000, 97), { path: 'big.txt' }), { label: 'big.txt', maxBytes: 1000 });
    assert.ok('code' in problem && problem.code === 'input.too-large');
  });

  it('have one id per content, in UUID form, whatever the path', () => {
    const a = asJob(inputToJob(rawInputFromBytes(Buffer.from('Same text.'), { path: 'a.txt' }), { label: 'a.txt', maxBytes: MAX }));
    const b = asJob(inputToJob(rawInputFromBytes(Buffer.from('Same text.'), { path: 'copy/a.txt' }), { label: 'copy/a.txt', maxBytes: MAX }));
    const c = asJob(inputToJob(rawInputFromBytes(Buffer.from('Other text.'), { path: 'a.txt' }), { label: 'a.txt', maxBytes: MAX }));
    assert.equal(jobIdOf(a), jobIdOf(b));
    assert.notEqual(jobIdOf(a), jobIdOf(c));
    assert.match(jobIdOf(a), /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u);
  });

  it('carry a URL alone for a worker with a fetcher', () => {
    const job = urlToJob('https://example.org/story');
    assert.equal(jobToInput(job, MAX), undefined);
    assert.equal(urlToJob('https://example.org/story').inputId, job.inputId);
  });
});
