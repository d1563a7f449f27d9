/**
 * The analysis thread's entry (analysis-thread.ts): analyses what it is sent, one
 * job at a time, and posts each result back with its job id. The pipeline's models
 * load here, on the first job, not in the thread that answers HTTP.
 */
import { parentPort } from 'node:worker_threads';
import type { RawInput } from '../../model/working-document.js';
import { analyze } from '../../pipeline/analyze.js';

export interface AnalysisJob {
  id: number;
  raw: RawInput;
  maxInputBytes: number;
}

const port = parentPort;
if (!port) throw new Error('analysis-worker.js runs as a worker thread (see analysis-thread.ts)');
port.on('message', (job: AnalysisJob) => {
  try {
    port.postMessage({ id: job.id, result: analyze(job.raw, { config: { maxInputBytes: job.maxInputBytes } }) });
  } catch (error) {
    port.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
});
