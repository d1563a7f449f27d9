/** What every evaluation reports; tasks add their own details. */
export interface EvalReport {
  task: string;
  format: string;
  /** Number of evaluated items (documents, spans, records: the task says which). */
  n: number;
  precision: number;
  recall: number;
  f1: number;
  details?: Record<string, unknown>;
}

/** Options the CLI passes through to a task; a task ignores what it has no use for. */
export interface EvalOptions {
  /** The HTML extractor to score (`wirewatch`, `readability`, `text`), for extraction tasks. */
  extractor?: string;
  /** A folder of dictionaries the task should read instead of its committed ones (events: PETRARCH dictionaries). */
  dictionaries?: string;
  /** Evaluate only the first N items: for quick looks while developing, never for reported numbers. */
  limit?: number;
}

export interface EvalTask {
  name: string;
  description: string;
  /** Formats this task reads, with what `--data` points at for each. */
  formats: Record<string, { data: string; run: (dataPath: string, options: EvalOptions) => Promise<EvalReport> }>;
}

export function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** Rounds to 4 decimals for reports. */
export const round4 = (x: number): number => Math.round(x * 10000) / 10000;
