import { AnalysedDocument, SCHEMA_VERSION, type DocumentIssue } from '../model/schema.js';
import type { RawInput, WorkingDocument } from '../model/working-document.js';
import { DEFAULT_CONFIG, type PipelineConfig } from './config.js';
import { silentLogger, type Logger } from './logger.js';
import { PIPELINE } from './registry.js';
import { runStages, type Rejection } from './runner.js';
import type { Stage, StageContext } from './stage.js';

export interface AnalyzeOptions {
  config?: Partial<PipelineConfig>;
  logger?: Logger;
  now?: () => Date;
  stages?: readonly Stage[];
}

export type AnalyzeResult =
  | { ok: true; document: AnalysedDocument }
  | { ok: false; rejection: Rejection; issues: DocumentIssue[] };

/**
 * Identifies the analysis a document went through: the schema version and every
 * stage of the registry with its version (both media types' paths: one string
 * for a store, so a changed HTML stage re-analyses text too, which is merely slower). A store keeps it beside each document, so re-ingesting
 * with the same pipeline is a no-op and a newer pipeline replaces old results.
 */
export function analysisVersion(stages: readonly Stage[] = PIPELINE): string {
  return [`schema@${SCHEMA_VERSION}`, ...stages.map((s) => `${s.name}@${s.version}`)].join(',');
}

export function makeContext(options: AnalyzeOptions = {}): StageContext {
  return {
    config: { ...DEFAULT_CONFIG, ...options.config },
    logger: options.logger ?? silentLogger,
    now: options.now ?? (() => new Date()),
  };
}

/**
 * Turns a finished working document into the public shape; undefined when it lacks a field that shape requires (a
 * stage failed before filling it). analyze() then checks it against the schema.
 */
function finalise(doc: WorkingDocument, keepTokens: boolean): AnalysedDocument | undefined {
  if (doc.id === undefined || doc.title === undefined || doc.source === undefined || doc.text === undefined) return undefined;
  return {
    schemaVersion: SCHEMA_VERSION,
    id: doc.id,
    title: doc.title,
    ...(doc.published !== undefined ? { published: doc.published } : {}),
    source: doc.source,
    ...(doc.byline !== undefined ? { byline: doc.byline } : {}),
    ...(doc.dateline !== undefined ? { dateline: doc.dateline } : {}),
    language: doc.language ?? 'und',
    text: doc.text,
    paragraphs: doc.paragraphs ?? [],
    sentences: doc.sentences ?? [],
    ...(keepTokens && doc.tokens ? { tokens: doc.tokens } : {}),
    entities: doc.entities ?? [],
    quotes: doc.quotes ?? [],
    times: doc.times ?? [],
    events: doc.events ?? [],
    places: doc.places ?? [],
    issues: doc.issues,
    provenance: doc.provenance,
  };
}

/**
 * Why a document that no stage rejected still cannot be returned: a stage failed
 * (a bug, recorded as stage.failed) before the fields every document needs were
 * filled. Reported as a rejection so a batch goes on and the input is named.
 */
function incomplete(doc: WorkingDocument): Rejection {
  const failure = doc.issues.find((i) => i.code === 'stage.failed');
  if (failure) return { code: 'stage.failed', stage: failure.stage, message: `${failure.message} (a bug; the document is incomplete)` };
  return { code: 'stage.contract', stage: 'analyze', message: 'the stages left the document without its required fields (a bug)' };
}

/**
 * Analyses one news text into a document, or says why it could not.
 *
 * @example
 *   const result = analyze('Iraq warns factions\n\nBAGHDAD (Reuters) - Iraq’s prime minister …');
 *   if (result.ok) console.log(result.document.title, result.document.entities);
 */
export function analyze(input: RawInput | string, options: AnalyzeOptions = {}): AnalyzeResult {
  const raw: RawInput = typeof input === 'string' ? { text: input, mediaType: 'text/plain' } : input;
  const ctx = makeContext(options);
  const { doc, rejected } = runStages(options.stages ?? PIPELINE, raw, ctx);
  if (rejected) return { ok: false, rejection: rejected, issues: doc.issues };
  const document = finalise(doc, ctx.config.keepTokens);
  if (!document) return { ok: false, rejection: incomplete(doc), issues: doc.issues };
  // The schema check costs ~1.1 ms of the ~30 a news page takes (bench/pipeline-html.ts), and it is kept: the stores
  // parse what they read, so a document a stage bug made invalid would be stored and then fail every read of it.
  // Refused here, it is one coded rejection of one input instead.
  const checked = AnalysedDocument.safeParse(document);
  if (!checked.success) {
    const first = checked.error.issues[0];
    const where = first ? `${first.path.join('.')}: ${first.message}` : 'invalid';
    return { ok: false, rejection: { code: 'stage.contract', stage: 'analyze', message: `the analysed document does not fit the schema (${where}; a bug)` }, issues: doc.issues };
  }
  return { ok: true, document };
}
