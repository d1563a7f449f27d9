/**
 * Writes an export to a Node stream with backpressure: text is gathered into pieces
 * of about 64 KiB (one write per row would spend more time in the stream than in
 * the export), and when the stream's buffer is full the export waits for 'drain'
 * before reading further — so a slow reader (a pipe, an HTTP client) holds the
 * store walk back instead of letting rows pile up in memory.
 */
/** Characters gathered before a write. */
export const WRITE_PIECE = 64 * 1024;

/** Writes every chunk to `out` (it is not ended); rejects on the stream's first error. */
export async function writeChunks(chunks: AsyncIterable<string>, out: NodeJS.WritableStream): Promise<void> {
  let failure: unknown;
  const onError = (error: unknown): void => {
    failure ??= error;
  };
  out.on('error', onError);
  try {
    let piece = '';
    const flush = async (): Promise<void> => {
      if (failure !== undefined) throw failure;
      const full = !out.write(piece);
      piece = '';
      if (full) await drained(out);
    };
    for await (const chunk of chunks) {
      piece += chunk;
      if (piece.length >= WRITE_PIECE) await flush();
    }
    if (piece.length > 0) await flush();
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
