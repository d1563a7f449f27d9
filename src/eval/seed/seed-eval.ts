import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../pipeline/analyze.js';
import { f1, round4, type EvalReport, type EvalTask } from '../task.js';
import { readSeedGold } from './gold.js';
import { articleChecks, entityChecks, entityScores, eventChecks, placeChecks, quoteChecks, timeChecks, type SeedCheck } from './seed-checks.js';
import { GoldDataError } from '../gold-data-error.js';

/**
 * The seed evaluation: every *.gold.json in a folder, beside the text it annotates.
 * precision/recall/F1 are for entities (the only scored NLP output so far);
 * the article checks and every other area's checks are in details.
 */
export async function evaluateSeed(dir: string): Promise<EvalReport> {
  const golds = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort();
  if (golds.length === 0) throw new GoldDataError(`no *.gold.json files in ${dir}`);
  const checks: (SeedCheck & { file: string })[] = [];
  let tp = 0, predicted = 0, goldMust = 0, found = 0;
  for (const goldFile of golds) {
    const gold = readSeedGold(join(dir, goldFile));
    const path = join(dir, gold.file);
    const result = analyze({ bytes: readFileSync(path), mediaType: 'text/plain', path });
    if (!result.ok) {
      checks.push({ file: gold.file, area: 'article', name: 'analysed', ok: false, detail: result.rejection.message });
      continue;
    }
    const doc = result.document;
    for (const c of [...articleChecks(doc, gold), ...entityChecks(doc, gold), ...quoteChecks(doc, gold), ...timeChecks(doc, gold), ...eventChecks(doc, gold), ...placeChecks(doc, gold)]) checks.push({ ...c, file: gold.file });
    const s = entityScores(doc, gold);
    tp += s.tp; predicted += s.predicted; goldMust += s.goldMust; found += s.found;
  }
  const precision = predicted === 0 ? 0 : tp / predicted;
  const recall = goldMust === 0 ? 0 : found / goldMust;
  const byArea = (area: SeedCheck['area']) => {
    const these = checks.filter((c) => c.area === area);
    return { passed: these.filter((c) => c.ok).length, total: these.length, failed: these.filter((c) => !c.ok).map((c) => `${c.file}: ${c.name} (${c.detail})`) };
  };
  return {
    task: 'seed', format: 'gold', n: golds.length,
    precision: round4(precision), recall: round4(recall), f1: round4(f1(precision, recall)),
    details: { article: byArea('article'), entities: byArea('entities'), quotes: byArea('quotes'), times: byArea('times'), events: byArea('events'), places: byArea('places') },
  };
}

export const seedTask: EvalTask = {
  name: 'seed',
  description: 'the hand-annotated founding examples: article checks, and entity P/R/F1',
  formats: { gold: { data: 'a folder of *.gold.json files beside the texts they annotate (../shared/examples)', run: evaluateSeed } },
};
