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

/**
 * The characters of all models, numbered from 1 (0: in no model). franc-min's models use
 * 265 characters, so a trigram of them packs into one small integer (10 bits a character),
 * which a Map looks up without a string and its hash: the scoring stays fast when the rest
 * of the pipeline has pushed the models out of the CPU caches.
 */
const CODE_BITS = 10;
let charCodes: Uint16Array | undefined;

function modelCharCodes(): Uint16Array {
  if (charCodes) return charCodes;
  const codes = new Uint16Array(0x10000);
  let next = 1;
  for (const languages of Object.values(data)) {
    for (const model of Object.values(languages)) {
      for (let i = 0; i < model.length; i++) {
        const unit = model.charCodeAt(i);
        if (codes[unit] === 0 && model[i] !== '|') codes[unit] = next++;
      }
    }
  }
  if (next >= 1 << CODE_BITS) throw new Error(`trigram-language: ${next - 1} model characters do not fit ${CODE_BITS} bits`);
  return (charCodes = codes);
}

/** A trigram's packed number, or -1 when one of its characters is in no model (so neither is the trigram). */
function trigramKey(codes: Uint16Array, text: string, at: number): number {
  const a = codes[text.charCodeAt(at)]!;
  const b = codes[text.charCodeAt(at + 1)]!;
  const c = codes[text.charCodeAt(at + 2)]!;
  return a === 0 || b === 0 || c === 0 ? -1 : (((a << CODE_BITS) | b) << CODE_BITS) | c;
}

interface ScriptModel {
  languages: string[];
  /** Packed trigram → where its entries start in `pairs`, times 64, plus how many languages have it. */
  ranks: Map<number, number>;
  /** For each trigram, the languages whose model has it with its rank there: [language index, rank, language index, rank, …]. */
  pairs: Uint16Array;
}

const scriptModels = new Map<string, ScriptModel>();

/** The script's models inverted, built on first use (franc: the lowest rank of a trigram listed twice wins). */
function scriptModel(script: string): ScriptModel {
  let model = scriptModels.get(script);
  if (model) return model;
  const codes = modelCharCodes();
  const byLanguage = data[script]!;
  const languages = Object.keys(byLanguage);
  const lists = new Map<number, number[]>();
  languages.forEach((language, index) => {
    const rankOf = new Map<number, number>();
    const trigrams = byLanguage[language]!.split('|');
    for (let rank = trigrams.length - 1; rank >= 0; rank--) rankOf.set(trigramKey(codes, trigrams[rank]!, 0), rank);
    for (const [key, rank] of rankOf) {
      let list = lists.get(key);
      if (!list) lists.set(key, (list = []));
      list.push(index, rank);
    }
  });
  const ranks = new Map<number, number>();
  const flat: number[] = [];
  for (const [key, list] of lists) {
    ranks.set(key, (flat.length / 2) * 64 + list.length / 2);
    flat.push(...list);
  }
  model = { languages, ranks, pairs: Uint16Array.from(flat) };
  scriptModels.set(script, model);
  return model;
}

/**
 * How many matches a global pattern has in a text, as `text.match(pattern).length` counts them, without the array of
 * matches (a Latin text's array held every letter). For patterns that match no empty string, as franc's script
 * expressions and a letter class: test() goes on from each match's end, as match() does.
 */
export function countMatches(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let count = 0;
  while (pattern.test(text)) count++;
  return count;
}

/** franc's script choice: the first script whose characters occur most (as a share of the text). */
function topScript(value: string): [string | undefined, number] {
  let top: string | undefined;
  let topCount = -1;
  for (const script of Object.keys(expressions)) {
    const count = countMatches(expressions[script]!, value) / value.length || 0;
    if (count > topCount) {
      topCount = count;
      top = script;
    }
  }
  return [top, topCount];
}

/**
 * trigram-utils' trigrams (ASCII punctuation and digits to spaces, whitespace collapsed, lower
 * case, padded), counted: those of model characters by packed number, and how many distinct
 * trigrams the text has in all (the others are in no model and count as missing from each).
 */
function trigramCounts(value: string): { counts: Map<number, number>; distinct: number } {
  const padded = ` ${value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `;
  const codes = modelCharCodes();
  const counts = new Map<number, number>();
  const others = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const key = trigramKey(codes, padded, i);
    if (key < 0) others.add(padded.slice(i, i + 3));
    else counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return { counts, distinct: counts.size + others.size };
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
  const { languages, ranks, pairs } = scriptModel(script);
  const { counts, distinct } = trigramCounts(value);
  // Every trigram starts as missing from every model; those a model has get their true difference instead.
  const distances = new Array<number>(languages.length).fill(MAX_DIFFERENCE * distinct);
  for (const [key, count] of counts) {
    const entry = ranks.get(key);
    if (entry === undefined) continue;
    const from = 2 * Math.floor(entry / 64);
    const to = from + 2 * (entry % 64);
    for (let i = from; i < to; i += 2) distances[pairs[i]!]! += Math.abs(count - pairs[i + 1]! - 1) - MAX_DIFFERENCE;
  }
  const scored: LanguageScore[] = languages.map((language, l) => [language, distances[l]!]);
  scored.sort((a, b) => a[1] - b[1]);
  const min = scored[0]![1];
  const max = value.length * MAX_DIFFERENCE - min;
  for (const entry of scored) entry[1] = 1 - (entry[1] - min) / max || 0;
  return scored;
}
