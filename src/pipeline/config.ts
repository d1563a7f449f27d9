/** Limits and switches every stage can read. Defaults are what a laptop user wants. */
export interface PipelineConfig {
  /** Inputs larger than this are rejected before they are read (bytes). */
  maxInputBytes: number;
  /** Bodies longer than this are cut at a paragraph boundary, with an issue (characters). */
  maxTextChars: number;
  /** Keep token annotations in the output (large; recomputed cheaply). */
  keepTokens: boolean;
}

export const DEFAULT_CONFIG: PipelineConfig = {
  // 10 MiB: a long news article is ~50 KB of text; anything near this is not one article.
  maxInputBytes: 10 * 1024 * 1024,
  // 1M characters ≈ 150k words: far beyond any article, small enough to stay fast.
  maxTextChars: 1_000_000,
  keepTokens: false,
};
