/**
 * The young-generation size the analysing processes and threads run with.
 *
 * Analysis makes many short-lived objects per article (tokens, features, parse trees, candidate events). With V8's
 * default semi-spaces (16 MB on 64-bit Node 20) the scavenger runs every few articles and copies whatever the current
 * article still holds each time; with 64 MB it runs a quarter as often (bench/pipeline-html.ts; figures in the README).
 */
export const SEMI_SPACE_MB = 64;

/** The Node flag that sets it for a process: V8 reads it at start-up only (v8.setFlagsFromString later has no effect). */
export const SEMI_SPACE_FLAG = `--max-semi-space-size=${SEMI_SPACE_MB}`;

/** The same for a worker thread (resourceLimits): V8's young generation is three semi-spaces (two, and one for large objects). */
export const YOUNG_GENERATION_MB = 3 * SEMI_SPACE_MB;
