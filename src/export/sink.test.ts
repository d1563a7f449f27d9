import assert from 'node:assert/strict';
import { PassThrough, Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { ExportOutputClosed, toReadableStream, WRITE_PIECE, writeChunks } from './sink.js';

const ROW = 'x'.repeat(999) + '\n';
const ROWS = 2000; // about 30 pieces of 64 KiB

/** Rows on demand, counting how many were asked for. */
function counted(): { rows: AsyncGenerator<string>; pulled: () => number } {
  let pulled = 0;
  async function* rows(): AsyncGenerator<string> {
    for (let i = 0; i < ROWS; i++) {
      pulled++;
      yield ROW;
    }
  }
  return { rows: rows(), pulled: () => pulled };
}

const tick = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('writeChunks', () => {
  it('stops pulling rows while the output is full, resumes on drain, and writes everything in order', async () => {
    const held: (() => void)[] = [];
    const received: Buffer[] = [];
    const slow = new Writable({ highWaterMark: 1024, write(chunk: Buffer, _encoding, done) { received.push(chunk); held.push(done); } });
    const { rows, pulled } = counted();
    const writing = writeChunks(rows, slow);
    await tick(50);
    const whileBlocked = pulled();
    await tick(50);
    assert.equal(pulled(), whileBlocked, 'no row is pulled while the output is full');
    assert.ok(whileBlocked * ROW.length <= 2 * WRITE_PIECE, `at most about one piece is read ahead (pulled ${whileBlocked} rows)`);
    const release = setInterval(() => held.splice(0).forEach((done) => done()), 1);
    try {
      await writing;
    } finally {
      clearInterval(release);
    }
    assert.equal(pulled(), ROWS);
    assert.equal(Buffer.concat(received).toString(), ROW.repeat(ROWS));
  });

  it('rejects when the output fails', async () => {
    const failing = new Writable({ write(_chunk, _encoding, done) { done(new Error('disk full')); } });
    await assert.rejects(writeChunks(counted().rows, failing), /disk full/u);
  });

  it('rejects with ExportOutputClosed when the reader goes away mid-export', async () => {
    const out = new PassThrough({ highWaterMark: 1024 });
    const writing = writeChunks(counted().rows, out);
    await tick(20);
    out.destroy();
    await assert.rejects(writing, (e) => e instanceof ExportOutputClosed);
  });
});

describe('toReadableStream', () => {
  it('is pulled: rows are read only as the reader asks, and cancelling ends the source', async () => {
    const { rows, pulled } = counted();
    const stream = toReadableStream(rows);
    await tick(20);
    assert.equal(pulled(), 0, 'nothing is read before the first pull');
    const reader = stream.getReader();
    const first = await reader.read();
    assert.ok(first.value!.length >= WRITE_PIECE);
    await tick(20);
    assert.ok(pulled() * ROW.length <= 3 * WRITE_PIECE, `read ahead at most a couple of pieces (pulled ${pulled()} rows)`);
    await reader.cancel();
    const after = pulled();
    await tick(20);
    assert.equal(pulled(), after);
    assert.ok(after < ROWS);
  });

  it('carries every byte, multi-byte characters included', async () => {
    async function* text(): AsyncGenerator<string> {
      for (let i = 0; i < 5000; i++) yield `«${i}» 😀 \uFEFF\n`;
    }
    const body = await new Response(toReadableStream(text())).text();
    assert.equal(body, Array.from({ length: 5000 }, (_, i) => `«${i}» 😀 \uFEFF\n`).join(''));
  });
});
