/**
 * Analysis off the HTTP thread: POST /api/analyze hands its input to one worker
 * thread, so a page that takes seconds to analyse does not hold every other request
 * (searches, pages, exports) for those seconds. Jobs queue in the thread; beyond
 * MAX_WAITING the server answers 503 rather than pile up work and memory. The thread
 * starts on the first job, never keeps the process alive, and is started again if it
 * dies (the jobs in it then fail, as internal errors).
 */
import { Worker } from 'node:worker_threads';
import type { RawInput } from '../../model/working-document.js';
import type { AnalyzeResult } from '../../pipeline/analyze.js';
import type { AnalysisJob } from './analysis-worker.js';
import { ApiError } from './errors.js';

/** Jobs in the thread at once (the one running and those waiting): each holds its input, up to the body limit. */
export const MAX_WAITING = 8;

interface Pending {
  resolve: (result: AnalyzeResult) => void;
  reject: (error: Error) => void;
}

export class AnalysisThread {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  analyze(raw: RawInput, maxInputBytes: number): Promise<AnalyzeResult> {
    if (this.pending.size >= MAX_WAITING) {
      return Promise.reject(new ApiError(503, 'api.busy', `${MAX_WAITING} analyses are already waiting; try again shortly`));
    }
    const id = this.nextId++;
    const job: AnalysisJob = { id, raw, maxInputBytes };
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.thread().postMessage(job);
    });
  }

  /** Stops the thread; jobs still in it fail. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
    this.failAll(new Error('the analysis thread was stopped'));
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./analysis-worker.js', import.meta.url));
    worker.unref();
    worker.on('message', (message: { id: number; result?: AnalyzeResult; error?: string }) => {
      const job = this.pending.get(message.id);
      if (!job) return;
      this.pending.delete(message.id);
      if (message.result) job.resolve(message.result);
      else job.reject(new Error(`analysis failed: ${message.error ?? 'no result'}`));
    });
    const lost = (why: string): void => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.failAll(new Error(why));
    };
    worker.on('error', (error) => lost(`the analysis thread failed: ${error.message}`));
    worker.on('exit', (code) => lost(`the analysis thread exited (code ${code})`));
    this.worker = worker;
    return worker;
  }

  private failAll(error: Error): void {
    for (const job of this.pending.values()) job.reject(error);
    this.pending.clear();
  }
}
