import type { HtmlExtractor } from '../../stages/extract/html/extractor.js';
import type { EvalOptions, EvalTask } from '../task.js';
import { findExtractor, HTML_EXTRACTORS } from './extractors.js';
import { evaluateHtmlDate } from './htmldate-eval.js';
import { evaluateTrafilatura } from './trafilatura-eval.js';
import { evaluateZyte } from './zyte-eval.js';

/** The names `--extractor` takes. */
export const EXTRACTOR_NAMES: readonly string[] = Object.keys(HTML_EXTRACTORS);

/** The extractor the options name, ours by default; an unknown name is a usage error the CLI reports. */
function extractorFor(options: EvalOptions): HtmlExtractor {
  const name = options.extractor ?? 'wirewatch';
  const extractor = findExtractor(name);
  if (!extractor) throw new RangeError(`unknown extractor ${name}; known: ${EXTRACTOR_NAMES.join(', ')}`);
  return extractor;
}

/** Body and metadata extraction from HTML pages, on trafilatura's or Zyte's benchmark. */
export const extractTask: EvalTask = {
  name: 'extract',
  description: 'HTML article extraction: body snippet or shingle P/R/F1, title/author/date accuracy, pages/s (--extractor to compare)',
  formats: {
    trafilatura: {
      data: "trafilatura's evaluation folder: evaldata.json and html/*.gz (../shared/data/extract/trafilatura-eval)",
      run: (dataPath, options) => evaluateTrafilatura(dataPath, extractorFor(options), options.limit),
    },
    zyte: {
      data: 'the Zyte article-extraction-benchmark folder: ground-truth.json and html/<id>.html.gz',
      run: (dataPath, options) => evaluateZyte(dataPath, extractorFor(options), options.limit),
    },
  },
};

/** The publication date of HTML pages, day-exact, on htmldate's evaluation set. */
export const dateTask: EvalTask = {
  name: 'date',
  description: 'publication date from HTML: day-exact accuracy (--extractor to compare)',
  formats: {
    htmldate: {
      data: "htmldate's evaluation folder: eval_default.json and html/*.gz (../shared/data/extract/htmldate-eval)",
      run: (dataPath, options) => evaluateHtmlDate(dataPath, extractorFor(options), options.limit),
    },
  },
};
