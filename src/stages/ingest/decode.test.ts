import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decodeBytes, sniffBinary } from './decode.js';

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
