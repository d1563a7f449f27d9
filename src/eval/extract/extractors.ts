import type { HtmlExtractor } from '../../stages/extract/html/extractor.js';
import { naiveTextExtractor } from '../../stages/extract/html/naive-text-extractor.js';
import { readabilityExtractor } from '../../stages/extract/html/readability-extractor.js';
import { wirewatchHtmlExtractor } from '../../stages/extract/html/wirewatch-extractor.js';

/**
 * The HTML extractors the evaluation and the benchmark can compare, by the name
 * `--extractor` takes: ours, Mozilla's Readability as the reference, and the naive
 * text dump cleaned by our plain-text stages as the baseline.
 */
export const HTML_EXTRACTORS: Readonly<Record<string, HtmlExtractor>> = {
  wirewatch: wirewatchHtmlExtractor,
  readability: readabilityExtractor,
  text: naiveTextExtractor,
};

export function findExtractor(name: string): HtmlExtractor | undefined {
  return Object.hasOwn(HTML_EXTRACTORS, name) ? HTML_EXTRACTORS[name] : undefined;
}
