/**
 * Wirewatch as a library.
 *
 * @example
 *   import { analyze, SqliteStore } from 'wirewatch';
 *   const result = analyze(articleText);
 *   if (result.ok) {
 *     const store = SqliteStore.open('news.db');
 *     await store.put(result.document, analysisVersion());
 *   }
 */
export * from './model/index.js';
export { analyze, analysisVersion, type AnalyzeOptions, type AnalyzeResult } from './pipeline/analyze.js';
export { PIPELINE } from './pipeline/registry.js';
export type { Stage, StageContext } from './pipeline/stage.js';
export { DEFAULT_CONFIG, type PipelineConfig } from './pipeline/config.js';
export type { Logger } from './pipeline/logger.js';
export type { Store, PutOutcome, SearchResult, SearchHit } from './store/store.js';
export { SqliteStore } from './store/sqlite/sqlite-store.js';
export { openStore } from './store/open.js';
export { ingestFiles, type IngestReport } from './ingest/ingest-files.js';
export { ingestInputs, type IngestItem } from './ingest/ingest-inputs.js';
export { inputId } from './ingest/input-id.js';
export { PostgresStore } from './store/postgres/postgres-store.js';
export { IngestQueue, type QueueSettings, type QueueStatus } from './queue/ingest-queue.js';
export { enqueueInputs, type EnqueueReport } from './queue/enqueue.js';
export { inputToJob, urlToJob, type IngestJob } from './queue/job.js';
export { runWorker, type WorkerOptions, type WorkerReport, type JobEvent } from './queue/worker.js';
export { rawInputFromBytes } from './sources/files.js';
export { Fetcher, type FetcherOptions, type FetchResult } from './fetch/fetcher.js';
export { openSources, type SourceInputs, type SourceInputOptions } from './ingest/source-inputs.js';
export { fetchRawInput, webItems } from './sources/web.js';
export { warcItems } from './sources/warc.js';
export type { SourceFilters } from './sources/filters.js';
export { fingerprint } from './dedup/minhash.js';
export { linkNearDuplicates, nearDuplicatesFor } from './dedup/near-duplicates.js';
export type { NearDuplicateRecord } from './store/store.js';
