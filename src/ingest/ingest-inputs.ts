import { analysisVersion, analyze, type AnalyzeOptions } from '../pipeline/analyze.js';
import type { AnalysedDocument } from '../model/schema.js';
import type { RawInput } from '../model/working-document.js';
import type { InputRecord, PutOutcome, Store } from '../store/store.js';
import type { InputProblem } from '../sources/files.js';
import { inputId } from './input-id.js';
import { nearDuplicatesFor } from '../dedup/near-duplicates.js';

/** Documents written per transaction: large enough to amortise commits, small enough that a crash loses little work. */
export const INGEST_BATCH_SIZE = 64;

/**
 * Rejections that depend on limits given at run time, not on the input and the
 * analysis: not recorded, so a rerun with a higher --max-bytes tries again.
 */
const LIMIT_REJECTIONS: ReadonlySet<string> = new Set(['input.too-large']);

/** Whether a rejection belongs in the input ledger (it would recur under the same analysis), or may change with the limits. */
export const isLastingRejection = (code: string): boolean => !LIMIT_REJECTIONS.has(code);

/** One input to ingest: a name for reports, and how to read it (lazily, so only a batch is in memory). */
export interface IngestItem {
  /** A path or URL, for reports. */
  label: string;
  read: () => RawInput | InputProblem | Promise<RawInput | InputProblem>;
}

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
  /** Inputs a previous run had finished under the same analysis: not analysed again (counted as unchanged or rejected). */
  resumed: number;
}

export interface IngestProgress {
  done: number;
  total?: number;
}

export type IngestOptions = AnalyzeOptions & {
  onProgress?: (progress: IngestProgress) => void;
  /** How many inputs there are, when known, for progress. */
  total?: number;
};

interface Pending {
  doc: AnalysedDocument;
  label: string;
}

/**
 * Analyses inputs into a store, in batches of INGEST_BATCH_SIZE, each written in one
 * transaction together with the ledger of the inputs it finished (Store.putMany
 * `inputs`). A crash leaves whole batches only; running again skips every input the
 * ledger holds under the same analysis (no second analysis, no second document) and
 * picks up with the first one it does not.
 *
 * @example
 *   const items = urls.map((url) => ({ label: url, read: () => fetchAsRawInput(url) }));
 *   const report = await ingestInputs(items, store);
 */
export async function ingestInputs(
  items: Iterable<IngestItem> | AsyncIterable<IngestItem>,
  store: Store,
  options: IngestOptions = {},
): Promise<IngestReport> {
  const version = analysisVersion(options.stages);
  const report: IngestReport = {
    documents: [],
    rejected: [],
    counts: { inserted: 0, updated: 0, unchanged: 0, rejected: 0 },
    resumed: 0,
  };
  let batch: Pending[] = [];
  let records: InputRecord[] = [];
  let done = 0;

  const reject = (problem: InputProblem): void => {
    report.rejected.push(problem);
    report.counts.rejected++;
  };
  const flush = async (): Promise<void> => {
    if (batch.length === 0 && records.length === 0) return;
    const docs = batch.map((pending) => pending.doc);
    const outcomes = await store.putMany(docs, version, { inputs: records, nearDuplicates: await nearDuplicatesFor(docs, store) });
    batch.forEach(({ doc, label }, index) => addDocument(report, doc, label, outcomes[index]!));
    batch = [];
    records = [];
  };

  for await (const item of items) {
    const raw = await item.read();
    if ('code' in raw) reject(raw);
    else {
      const id = inputId(raw);
      const finished = (await store.processedInputs([id], version)).get(id);
      const stored = finished?.docId === undefined ? undefined : await store.get(finished.docId);
      if (finished?.rejection) {
        report.resumed++;
        reject({ path: item.label, code: finished.rejection.code as InputProblem['code'], message: finished.rejection.message });
      } else if (stored) {
        report.resumed++;
        addDocument(report, stored, item.label, 'unchanged');
      } else {
        const result = analyze(raw, options);
        if (result.ok) {
          batch.push({ doc: result.document, label: item.label });
          records.push({ inputId: id, docId: result.document.id });
        } else {
          reject({ path: item.label, code: result.rejection.code, message: result.rejection.message });
          if (isLastingRejection(result.rejection.code)) {
            records.push({ inputId: id, rejection: { code: result.rejection.code, message: result.rejection.message } });
          }
        }
      }
    }
    if (batch.length >= INGEST_BATCH_SIZE || records.length >= INGEST_BATCH_SIZE) await flush();
    done++;
    options.onProgress?.({ done, ...(options.total !== undefined ? { total: options.total } : {}) });
  }
  await flush();
  return report;
}

function addDocument(report: IngestReport, doc: AnalysedDocument, label: string, outcome: PutOutcome): void {
  report.counts[outcome]++;
  report.documents.push({
    path: label,
    id: doc.id,
    title: doc.title,
    source: doc.source.name,
    outcome,
    paragraphs: doc.paragraphs.length,
    entities: doc.entities.length,
    issues: doc.issues.map((issue) => issue.code),
    ...(doc.published ? { published: doc.published } : {}),
  });
}
