/**
 * Synthetic but realistic news articles for scale tests and benchmarks: news sentences
 * recombined, with a headline, a dateline, a date and sentences naming countries and
 * capitals (world-countries), so a large corpus has rare terms as real news does.
 *
 * The sentences come from the bundled example articles (examples/*.txt: about 40, the
 * default, always there), or with `source: 'tempeval'` from the ~250 wire stories of
 * TempEval-3's training set in ../shared (read in place, never copied; absent in a
 * user's clone, then the examples are used). With 40 sentences every common word is
 * in most articles — fine for crash tests, unlike real news for search latency; the
 * wire stories give thousands of sentences and a realistic spread of terms.
 *
 * Deterministic: the same count, seed and source give the same articles; every
 * article's text differs, so each is its own document.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { EXAMPLES_DIR, SHARED_DIR } from './paths.js';

/** TempEval-3 training stories (TimeBank and AQUAINT wire news), TimeML. */
export const TEMPEVAL_DIR = join(SHARED_DIR, 'data', 'time', 'tempeval3-train');

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

/** Sentences of the wire stories' <TEXT>, tags removed; undefined when ../shared is absent. */
function tempevalSentences(): string[] | undefined {
  if (!existsSync(TEMPEVAL_DIR)) return undefined;
  const sentences: string[] = [];
  for (const part of ['timebank', 'aquaint']) {
    const dir = join(TEMPEVAL_DIR, part);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.tml')).sort()) {
      const text = /<TEXT>([\s\S]*?)<\/TEXT>/u.exec(readFileSync(join(dir, file), 'utf8'))?.[1] ?? '';
      const plain = text.replace(/<[^>]+>/gu, '').replace(/&amp;/gu, '&').replace(/``|''/gu, '"').replace(/\s+/gu, ' ');
      for (const sentence of plain.split(/(?<=[.!?]["”]?)\s+(?=["“A-Z])/u)) {
        const trimmed = sentence.trim();
        // Whole sentences only: datelines ("NAIROBI, Kenya (AP) _") and fragments are left out.
        if (trimmed.length >= 40 && /[.!?"”]$/u.test(trimmed) && !/ _ /u.test(trimmed)) sentences.push(trimmed);
      }
    }
  }
  return sentences.length > 0 ? sentences : undefined;
}

export type SentenceSource = 'examples' | 'tempeval';

/** The sentences of `source`, and the source they really came from (tempeval falls back to examples without ../shared). */
export function newsSentences(source: SentenceSource = 'examples'): { sentences: string[]; source: SentenceSource } {
  const wire = source === 'tempeval' ? tempevalSentences() : undefined;
  return wire ? { sentences: wire, source: 'tempeval' } : { sentences: exampleSentences(), source: 'examples' };
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
export function* syntheticArticles(count: number, seed = 1, source: SentenceSource = 'examples'): Generator<SyntheticArticle> {
  const { sentences } = newsSentences(source);
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
