import { analysisVersion, analyze, type AnalyzeOptions } from '../pipeline/analyze.js';
import type { AnalysedDocument } from '../model/schema.js';
import type { PutOutcome, Store } from '../store/store.js';
import { DEFAULT_CONFIG } from '../pipeline/config.js';
import { isProblem, listInputs, readInput, type InputProblem } from '../sources/files.js';

/** Documents written per transaction: large enough to amortise commits, small enough that a crash loses little work. */
export const INGEST_BATCH_SIZE = 64;

export interface IngestedDocument {
  path: string;
  id: string;
  title: string;
  published?: string;
  source: string;
  outcome: PutOutcome;
  paragraphs: number;
  entities: number;
  issues: string[];
}

export interface IngestReport {
  documents: IngestedDocument[];
  rejected: InputProblem[];
  counts: Record<PutOutcome | 'rejected', number>;
}

export interface IngestProgress {
  done: number;
  total: number;
}

/**
 * Analyses files and folders of news texts into a store. Each batch is written in
 * one transaction, so an interruption leaves whole documents only; running it again
 * skips what is stored with the same analysis (content ids make it idempotent).
 */
export async function ingestFiles(
  paths: readonly string[],
  store: Store,
  options: AnalyzeOptions & { onProgress?: (p: IngestProgress) => void } = {},
): Promise<IngestReport> {
  const maxBytes = options.config?.maxInputBytes ?? DEFAULT_CONFIG.maxInputBytes;
  const version = analysisVersion(options.stages);
  const { files, problems } = listInputs(paths);
  const report: IngestReport = { documents: [], rejected: [...problems], counts: { inserted: 0, updated: 0, unchanged: 0, rejected: problems.length } };
  let batch: { doc: AnalysedDocument; path: string }[] = [];

  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const outcomes = await store.putMany(batch.map((b) => b.doc), version);
    batch.forEach(({ doc, path }, i) => {
      const outcome = outcomes[i]!;
      report.counts[outcome]++;
      report.documents.push({
        path, id: doc.id, title: doc.title, source: doc.source.name, outcome,
        paragraphs: doc.paragraphs.length, entities: doc.entities.length, issues: doc.issues.map((x) => x.code),
        ...(doc.published ? { published: doc.published } : {}),
      });
    });
    batch = [];
  };

  for (const [index, path] of files.entries()) {
    const raw = readInput(path, maxBytes);
    if (isProblem(raw)) {
      report.rejected.push(raw);
      report.counts.rejected++;
    } else {
      const result = analyze(raw, options);
      if (result.ok) batch.push({ doc: result.document, path });
      else {
        report.rejected.push({ path, code: result.rejection.code, message: result.rejection.message });
        report.counts.rejected++;
      }
    }
    if (batch.length >= INGEST_BATCH_SIZE) await flush();
    options.onProgress?.({ done: index + 1, total: files.length });
  }
  await flush();
  return report;
}
