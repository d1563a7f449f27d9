import type { IssueCode } from '../model/issue-codes.js';
import type { DocumentField, MediaType, WorkingDocument } from '../model/working-document.js';
import type { PipelineConfig } from './config.js';
import type { Logger } from './logger.js';

/** What every stage gets besides the document: nothing global, everything injected. */
export interface StageContext {
  config: PipelineConfig;
  logger: Logger;
  /** The clock, injectable so tests are deterministic. */
  now: () => Date;
}

/** What a stage's run() may report back to the runner besides filling the document. */
export interface StageResult {
  /** Which method of a cascade produced the output (recorded in provenance). */
  method?: string;
}

/**
 * A stage: one small, pure step over one document. It declares the fields it
 * needs (`requires`) and the fields it fills (`assigns`); the runner checks both.
 * Expected problems are recorded with `addIssue`; only programmer errors throw.
 */
export interface Stage {
  name: string;
  /** Bump when the output for the same input can change. */
  version: string;
  requires: readonly DocumentField[];
  assigns: readonly DocumentField[];
  /**
   * The media types this stage applies to (see WorkingDocument.mediaType); absent
   * means every input. A stage that does not apply is passed over silently: it is
   * another path through the same registry, not a failure.
   */
  mediaTypes?: readonly MediaType[];
  run(doc: WorkingDocument, ctx: StageContext): StageResult | void;
}

/** Thrown by a stage when its input must be rejected as a whole (empty, binary, …). */
export class RejectInput extends Error {
  constructor(
    readonly code: IssueCode,
    message: string,
  ) {
    super(message);
    this.name = 'RejectInput';
  }
}
