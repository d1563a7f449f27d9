import type { WorkingDocument } from '../model/working-document.js';
import { DEFAULT_CONFIG } from '../pipeline/config.js';
import { silentLogger } from '../pipeline/logger.js';
import type { StageContext } from '../pipeline/stage.js';

/** A working document whose body is `text`, with one paragraph per blank-line-separated block. */
export function documentFromText(text: string): WorkingDocument {
  const paragraphs: NonNullable<WorkingDocument['paragraphs']> = [];
  let start = 0;
  for (const block of text.split('\n\n')) {
    paragraphs.push({ start, end: start + block.length, kind: 'body' });
    start += block.length + 2;
  }
  return { raw: { mediaType: 'text/plain', text }, text, paragraphs, issues: [], provenance: [] };
}

/** A deterministic stage context for tests. */
export const testContext: StageContext = { config: DEFAULT_CONFIG, logger: silentLogger, now: () => new Date('2024-01-01T00:00:00Z') };
