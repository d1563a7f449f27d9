import type { IssueCode } from '../model/issue-codes.js';
import type { MediaType, RawInput, WorkingDocument } from '../model/working-document.js';
import { addIssue } from './issues.js';
import { RejectInput, type Stage, type StageContext } from './stage.js';

export interface Rejection {
  code: IssueCode;
  stage: string;
  message: string;
}

export interface RunOutcome {
  doc: WorkingDocument;
  /** Set when a stage rejected the input as a whole; the document must not be stored. */
  rejected?: Rejection;
}

const isMissing = (doc: WorkingDocument, field: keyof WorkingDocument): boolean => doc[field] === undefined;

/** Whether a stage applies to an input of this media type (stages without a declaration apply to all). */
export const appliesTo = (stage: Stage, mediaType: MediaType): boolean => stage.mediaTypes === undefined || stage.mediaTypes.includes(mediaType);

/**
 * Runs stages in order over one input. For each stage it checks the declared
 * `requires` (a stage whose inputs are missing is skipped with an issue), times
 * the run, turns a thrown RejectInput into a rejection and any other throw into a
 * `stage.failed` issue (a bug, but one document must not take down a batch), and
 * checks the declared `assigns` afterwards.
 */
export function runStages(stages: readonly Stage[], raw: RawInput, ctx: StageContext): RunOutcome {
  const doc: WorkingDocument = { raw, issues: [], provenance: [] };
  for (const stage of stages) {
    // The media type decode settled on, else what the source said.
    if (!appliesTo(stage, doc.mediaType ?? raw.mediaType)) continue;
    const missing = stage.requires.filter((f) => isMissing(doc, f));
    if (missing.length > 0) {
      addIssue(doc, stage.name, 'stage.skipped', `missing ${missing.join(', ')}`);
      continue;
    }
    const started = performance.now();
    let method: string | undefined;
    try {
      method = stage.run(doc, ctx)?.method;
    } catch (error) {
      if (error instanceof RejectInput) {
        addIssue(doc, stage.name, error.code, error.message);
        return { doc, rejected: { code: error.code, stage: stage.name, message: error.message } };
      }
      const message = error instanceof Error ? error.message : String(error);
      ctx.logger.debug(`stage ${stage.name} threw`, { stack: error instanceof Error ? error.stack : undefined });
      addIssue(doc, stage.name, 'stage.failed', message);
      continue;
    }
    const ms = Math.round((performance.now() - started) * 1000) / 1000;
    doc.provenance.push(method ? { stage: stage.name, version: stage.version, ms, method } : { stage: stage.name, version: stage.version, ms });
    const unassigned = stage.assigns.filter((f) => isMissing(doc, f));
    if (unassigned.length > 0) addIssue(doc, stage.name, 'stage.contract', `did not assign ${unassigned.join(', ')}`);
  }
  return { doc };
}

/** The media types a stage list distinguishes; one path when no stage declares any. */
function mediaTypePaths(stages: readonly Stage[]): (MediaType | undefined)[] {
  const declared = new Set(stages.flatMap((s) => s.mediaTypes ?? []));
  return declared.size === 0 ? [undefined] : [...declared];
}

/**
 * Checks that a stage list can run in order: unique names, and on the path of
 * every media type, each requirement assigned by an earlier stage on that path.
 */
export function checkStageOrder(stages: readonly Stage[], initial: readonly (keyof WorkingDocument)[] = ['raw']): string[] {
  const problems = new Set<string>();
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) problems.add(`duplicate stage name ${stage.name}`);
    names.add(stage.name);
  }
  for (const mediaType of mediaTypePaths(stages)) {
    const available = new Set<string>(initial);
    for (const stage of stages) {
      if (mediaType !== undefined && !appliesTo(stage, mediaType)) continue;
      for (const f of stage.requires) {
        if (!available.has(f)) problems.add(`${stage.name} requires ${f}, which no earlier stage assigns${mediaType ? ` (on the ${mediaType} path)` : ''}`);
      }
      for (const f of stage.assigns) available.add(f);
    }
  }
  return [...problems];
}
