/**
 * Synthetic but realistic news articles for scale tests and benchmarks: sentences of
 * the bundled example articles (examples/*.txt) recombined, with a headline, a
 * dateline, a date and sentences naming countries and capitals (world-countries), so
 * that a corpus of 100,000 has a varied vocabulary and rare terms as real news does.
 * Deterministic: the same count and seed give the same articles; every article's
 * text differs, so each is its own document.
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { EXAMPLES_DIR } from './paths.js';

interface Country {
  name: { common: string };
  capital?: string[];
  demonyms?: { eng?: { m: string } };
}

const require = createRequire(import.meta.url);
const COUNTRIES = (require('world-countries') as Country[]).filter((c) => c.capital?.[0] && c.demonyms?.eng?.m);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const VERBS = ['said', 'warned', 'announced', 'denied', 'confirmed', 'told reporters', 'added'];
const ACTORS = ['the foreign ministry', 'a government spokesman', 'the defence minister', 'opposition leaders', 'the central bank', 'local officials', 'the prime minister', 'rebel commanders', 'aid agencies', 'the electoral commission'];
const TOPICS = ['talks would resume', 'the border would stay closed', 'fuel prices would rise', 'troops had withdrawn', 'the budget would pass', 'sanctions had hurt exports', 'the ceasefire was holding', 'elections would be delayed', 'grain shipments had resumed', 'protesters had been detained'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export interface SyntheticArticle {
  /** A file name: `article-000042.txt`. */
  name: string;
  text: string;
}

/** Body sentences of the example articles: paragraph lines of 60+ characters, split at sentence ends. */
function exampleSentences(): string[] {
  const sentences: string[] = [];
  for (const file of readdirSync(EXAMPLES_DIR).filter((name) => name.endsWith('.txt')).sort()) {
    for (const paragraph of readFileSync(join(EXAMPLES_DIR, file), 'utf8').split(/\n\s*\n/u)) {
      const line = paragraph.replace(/\s+/gu, ' ').trim();
      if (line.length < 60 || !/[.!?"”]$/u.test(line)) continue;
      // Drop a dateline prefix ("BAGHDAD (Reuters) - ") so it is not repeated mid-article.
      const body = line.replace(/^[A-Z][A-Z ,]+(?:\([^)]*\))?\s+[-–—]\s+/u, '');
      sentences.push(...body.split(/(?<=[.!?]["”]?)\s+(?=["“A-Z])/u).filter((s) => s.length >= 30));
    }
  }
  return sentences;
}

/** mulberry32: a small seeded generator, so corpora are reproducible. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * @example
 *   for (const article of syntheticArticles(1000)) writeFileSync(join(dir, article.name), article.text);
 */
export function* syntheticArticles(count: number, seed = 1): Generator<SyntheticArticle> {
  const sentences = exampleSentences();
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  for (let index = 0; index < count; index++) {
    const country = pick(COUNTRIES);
    const other = pick(COUNTRIES);
    const capital = country.capital![0]!;
    const year = 2015 + Math.floor(next() * 10);
    const month = pick(MONTHS);
    const day = 1 + Math.floor(next() * 28);
    const body: string[] = [];
    const paragraphs = 3 + Math.floor(next() * 5);
    for (let p = 0; p < paragraphs; p++) {
      const parts = [pick(sentences)];
      if (next() < 0.5) parts.push(pick(sentences));
      if (next() < 0.6) {
        parts.push(`${capitalise(pick(ACTORS))} in ${capital} ${pick(VERBS)} on ${pick(WEEKDAYS)} that ${pick(TOPICS)} after meetings with ${other.demonyms!.eng!.m} envoys.`);
      }
      body.push(parts.join(' '));
    }
    // The serial keeps every text distinct, as distinct articles are.
    body.push(`Reporting by the ${country.demonyms!.eng!.m} desk; story ${index + 1} of ${count} (seed ${seed}).`);
    const headline = `${country.name.common} ${pick(['says', 'warns', 'denies', 'confirms'])} ${pick(TOPICS)}`;
    const text = [
      headline,
      `Published: ${month} ${day}, ${year}`,
      `${capital.toUpperCase()} (Wirewatch) - ${body[0]}`,
      ...body.slice(1),
    ].join('\n\n');
    yield { name: `article-${String(index).padStart(6, '0')}.txt`, text: `${text}\n` };
  }
}

/** Writes `count` articles as .txt files into `dir` (created if needed); returns their paths. */
export function writeSyntheticCorpus(dir: string, count: number, seed = 1): string[] {
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  for (const article of syntheticArticles(count, seed)) {
    const path = join(dir, article.name);
    writeFileSync(path, article.text);
    paths.push(path);
  }
  return paths;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
