import { DEFAULT_CONFIG } from '../pipeline/config.js';
import { listInputs, readInput } from '../sources/files.js';
import { ingestInputs, type IngestItem, type IngestOptions, type IngestReport } from './ingest-inputs.js';
import type { InputProblem } from '../sources/files.js';
import type { Store } from '../store/store.js';

export { INGEST_BATCH_SIZE, type IngestedDocument, type IngestProgress, type IngestReport } from './ingest-inputs.js';

/**
 * Analyses files and folders of news texts into a store (see ingestInputs): each
 * batch is one transaction, and running it again after an interruption skips the
 * files already finished and goes on with the rest.
 */
export async function ingestFiles(
  paths: readonly string[],
  store: Store,
  options: IngestOptions = {},
): Promise<IngestReport> {
  const maxBytes = options.config?.maxInputBytes ?? DEFAULT_CONFIG.maxInputBytes;
  const { items, problems } = fileItems(paths, maxBytes);
  const report = await ingestInputs(items, store, { ...options, total: items.length });
  report.rejected.unshift(...problems);
  report.counts.rejected += problems.length;
  return report;
}

/** The files under `paths` as ingest items (read when their turn comes), and the paths that could not be listed. */
export function fileItems(paths: readonly string[], maxBytes: number): { items: IngestItem[]; problems: InputProblem[] } {
  const { files, problems } = listInputs(paths);
  return { items: files.map((path) => ({ label: path, read: () => readInput(path, maxBytes) })), problems };
}
