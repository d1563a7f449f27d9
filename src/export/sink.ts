/**
 * Where an export goes, with backpressure either way: text is gathered into pieces
 * of about 64 KiB (one write per row would spend more time in the stream than in
 * the export), and a piece is made only when the reader can take it — a Node stream
 * waits for 'drain', a web stream is pulled — so a slow reader (a pipe, an HTTP
 * client) holds the store walk back instead of letting rows pile up in memory.
 */
/** Characters gathered before a write. */
export const WRITE_PIECE = 64 * 1024;

/** The chunks gathered into pieces of at least `size` characters (the last may be shorter). */
export async function* pieces(chunks: AsyncIterable<string>, size = WRITE_PIECE): AsyncGenerator<string> {
  let piece = '';
  for await (const chunk of chunks) {
    piece += chunk;
    if (piece.length >= size) {
      yield piece;
      piece = '';
    }
  }
  if (piece.length > 0) yield piece;
}

/**
 * A web ReadableStream of UTF-8 bytes (for a fetch Response, as Hono returns), pulled:
 * nothing is read from the store until the client asks, and a client that goes away
 * (cancel) ends the walk. No piece is made ahead of a read (highWaterMark 0).
 */
export function toReadableStream(chunks: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const iterator = pieces(chunks)[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await iterator.return?.(undefined);
    },
  }, { highWaterMark: 0 });
}

/** Writes every chunk to `out` (it is not ended); rejects on the stream's first error. */
export async function writeChunks(chunks: AsyncIterable<string>, out: NodeJS.WritableStream): Promise<void> {
  let failure: unknown;
  const onError = (error: unknown): void => {
    failure ??= error;
  };
  out.on('error', onError);
  try {
    for await (const piece of pieces(chunks)) {
      if (failure !== undefined) throw failure;
      if (!out.write(piece)) await drained(out);
    }
    if (failure !== undefined) throw failure;
  } finally {
    out.off('error', onError);
  }
}

/** Resolves on 'drain'; rejects on an error, or when the stream closes first (a reader hung up). */
function drained(out: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve, reject) => {
    const settle = (error?: unknown): void => {
      out.off('drain', onDrain);
      out.off('error', onError);
      out.off('close', onClose);
      if (error === undefined) resolve();
      else reject(error);
    };
    const onDrain = (): void => settle();
    const onError = (error: unknown): void => settle(error ?? new Error('the output failed'));
    const onClose = (): void => settle(new ExportOutputClosed());
    out.on('drain', onDrain);
    out.on('error', onError);
    out.on('close', onClose);
  });
}

/** The output went away before the export ended (a closed pipe or HTTP connection). */
export class ExportOutputClosed extends Error {
  constructor() {
    super('the output closed before the export ended');
    this.name = 'ExportOutputClosed';
  }
}
