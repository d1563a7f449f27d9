import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { decodeBytes, decodeStage, sniffBinary } from './decode.js';
import { runStages } from '../../pipeline/runner.js';
import { DEFAULT_CONFIG, type PipelineConfig } from '../../pipeline/config.js';
import type { RawInput } from '../../model/working-document.js';
import { testContext } from '../../test-support/documents.js';

describe('decode', () => {
  it('reads UTF-8 with and without BOM', () => {
    assert.deepEqual(decodeBytes(Buffer.from('\uFEFFal-Kādhimī', 'utf8')), { text: 'al-Kādhimī', encoding: 'utf-8' });
    assert.equal(decodeBytes(Buffer.from('“quoted”', 'utf8')).text, '“quoted”');
  });
  it('reads UTF-16 with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Iraq', 'utf16le')]);
    assert.deepEqual(decodeBytes(le), { text: 'Iraq', encoding: 'utf-16le' });
  });
  it('falls back to Windows-1252 for legacy bytes', () => {
    // “Caf\xe9” with curly quotes in Windows-1252.
    const bytes = Buffer.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94]);
    assert.deepEqual(decodeBytes(bytes), { text: '“Café”', encoding: 'windows-1252' });
  });
  it('recognises binary formats and control-heavy data', () => {
    assert.equal(sniffBinary(Buffer.from('%PDF-1.7\n...')), 'PDF');
    assert.equal(sniffBinary(Buffer.from([0x1f, 0x8b, 8, 0])), 'gzip');
    assert.equal(sniffBinary(Buffer.from([65, 0, 66])), 'binary');
    assert.equal(sniffBinary(Buffer.from('An ordinary line of news.\n\tIndented.\n')), undefined);
  });
});

describe('the decode stage', () => {
  const run = (raw: RawInput, config: Partial<PipelineConfig> = {}) => runStages([decodeStage], raw, { ...testContext, config: { ...DEFAULT_CONFIG, ...config } });
  const html = '<!doctype html><html><head><meta charset="windows-1252"></head><body><p>“Quoted” café</p></body></html>';
  const codes = (doc: { issues: { code: string }[] }): string[] => doc.issues.map((i) => i.code);

  it('decodes a legacy page by its declaration and says so', () => {
    const { doc, rejected } = run({ bytes: iconv.encode(html, 'windows-1252'), mediaType: 'text/html' });
    assert.equal(rejected, undefined);
    assert.match(doc.rawText!, /“Quoted” café/);
    assert.equal(doc.mediaType, 'text/html');
    assert.equal(doc.provenance[0]!.method, 'windows-1252/meta');
    assert.deepEqual(codes(doc), ['input.legacy-encoding']);
  });
  it('inflates gzip, and says when the stream was cut', () => {
    const gz = gzipSync(Buffer.from(html.replace('windows-1252', 'utf-8') + '<p>more</p>'.repeat(5000)));
    const whole = run({ bytes: gz, mediaType: 'text/html' });
    assert.match(whole.doc.rawText!, /“Quoted” café/);
    assert.deepEqual(codes(whole.doc), []);
    const cut = run({ bytes: gz.subarray(0, gz.length - 20), mediaType: 'text/html' });
    assert.equal(cut.rejected, undefined);
    assert.deepEqual(codes(cut.doc), ['input.truncated-gzip']);
  });
  it('rejects corrupt gzip and gzip that inflates beyond the limit', () => {
    const gz = gzipSync(Buffer.from('<p>x</p>'.repeat(10000)));
    const damaged = Buffer.from(gz);
    damaged.fill(0x41, 12, 40);
    assert.equal(run({ bytes: damaged, mediaType: 'text/html' }).rejected?.code, 'input.corrupt-gzip');
    assert.equal(run({ bytes: gz, mediaType: 'text/html' }, { maxInputBytes: 1000 }).rejected?.code, 'input.too-large');
  });
  it('rejects binary data named as a page', () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);
    assert.equal(run({ bytes: png, mediaType: 'text/html', path: 'page.html' }).rejected?.code, 'input.binary');
  });
  it('reads a "page" without markup as plain text', () => {
    const { doc } = run({ bytes: Buffer.from('Iraq warns factions\n\nBAGHDAD (Reuters) - The prime minister said.'), mediaType: 'text/html', path: 'story.html' });
    assert.equal(doc.mediaType, 'text/plain');
    assert.deepEqual(codes(doc), ['input.not-html']);
  });
  it('keeps the plain-text path as it was', () => {
    const { doc } = run({ bytes: Buffer.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94]), mediaType: 'text/plain' });
    assert.equal(doc.rawText, '“Café”');
    assert.equal(doc.mediaType, 'text/plain');
    assert.deepEqual(doc.issues.map((i) => [i.code, i.message]), [['input.legacy-encoding', 'not valid UTF-8; decoded as Windows-1252']]);
  });
});
