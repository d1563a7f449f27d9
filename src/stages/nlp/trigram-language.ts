import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';

/**
 * franc-min's `francAll`, computed the same way on the same models, several times faster.
 * franc keeps each language's model as an object of 300 trigrams and looks every trigram
 * of the text up in each of the script's 44 models in turn; here the models are inverted
 * once into one map from trigram to its rank in every language, so a text costs one lookup
 * per distinct trigram. The distances are sums of integers, so the order of the trigrams
 * does not matter, and the result (ranking, ties and normalised scores) is franc's to the
 * bit: trigram-language.test.ts compares the two on real texts of every script.
 */

/** franc's constants: it reads at most this much of a text… */
const MAX_LENGTH = 2048;
/** …and a trigram missing from a language's model counts this far off. */
const MAX_DIFFERENCE = 300;

export type LanguageScore = [language: string, score: number];

interface ScriptModel {
  languages: string[];
  /** Trigram → the languages whose model has it, with its rank there: [language index, rank, language index, rank, …]. */
  ranks: Map<string, Uint16Array>;
}

const scriptModels = new Map<string, ScriptModel>();

/** The script's models inverted, built on first use (franc: the lowest rank of a trigram listed twice wins). */
function scriptModel(script: string): ScriptModel {
  let model = scriptModels.get(script);
  if (model) return model;
  const byLanguage = data[script]!;
  const languages = Object.keys(byLanguage);
  const lists = new Map<string, number[]>();
  languages.forEach((language, index) => {
    const rankOf = new Map<string, number>();
    const trigrams = byLanguage[language]!.split('|');
    for (let rank = trigrams.length - 1; rank >= 0; rank--) rankOf.set(trigrams[rank]!, rank);
    for (const [trigram, rank] of rankOf) {
      let list = lists.get(trigram);
      if (!list) lists.set(trigram, (list = []));
      list.push(index, rank);
    }
  });
  const ranks = new Map<string, Uint16Array>();
  for (const [trigram, list] of lists) ranks.set(trigram, Uint16Array.from(list));
  model = { languages, ranks };
  scriptModels.set(script, model);
  return model;
}

/** franc's script choice: the first script whose characters occur most (as a share of the text). */
function topScript(value: string): [string | undefined, number] {
  let top: string | undefined;
  let topCount = -1;
  for (const script of Object.keys(expressions)) {
    const count = (value.match(expressions[script]!)?.length ?? 0) / value.length || 0;
    if (count > topCount) {
      topCount = count;
      top = script;
    }
  }
  return [top, topCount];
}

/** trigram-utils' counts: ASCII punctuation and digits to spaces, whitespace collapsed, lower case, padded. */
function trigramCounts(value: string): Map<string, number> {
  const padded = ` ${value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const trigram = padded.slice(i, i + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return counts;
}

/**
 * Every language of the text's script with franc's score (1 for the best, lower for the
 * others), best first; `[['und', 1]]` when nothing can be told. Same options as franc's
 * `minLength`; franc's `only`/`ignore` lists are not needed here.
 */
export function languageScores(text: string, minLength = 10): LanguageScore[] {
  if (!text || text.length < minLength) return [['und', 1]];
  const value = text.slice(0, MAX_LENGTH);
  const [script, share] = topScript(value);
  if (!script || !(script in data)) return !script || share === 0 ? [['und', 1]] : [[script, 1]];
  const { languages, ranks } = scriptModel(script);
  const counts = trigramCounts(value);
  // Every trigram starts as missing from every model; those a model has get their true difference instead.
  const distances = new Array<number>(languages.length).fill(MAX_DIFFERENCE * counts.size);
  for (const [trigram, count] of counts) {
    const row = ranks.get(trigram);
    if (!row) continue;
    for (let i = 0; i < row.length; i += 2) distances[row[i]!]! += Math.abs(count - row[i + 1]! - 1) - MAX_DIFFERENCE;
  }
  const scored: LanguageScore[] = languages.map((language, l) => [language, distances[l]!]);
  scored.sort((a, b) => a[1] - b[1]);
  const min = scored[0]![1];
  const max = value.length * MAX_DIFFERENCE - min;
  for (const entry of scored) entry[1] = 1 - (entry[1] - min) / max || 0;
  return scored;
}
