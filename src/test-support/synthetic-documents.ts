/**
 * Analysed documents for store benchmarks, built straight from the synthetic articles
 * (src/test-support/synthetic-news.ts) without running the pipeline — a store
 * benchmark measures the store, and 100,000 articles through the whole analysis would
 * take the better part of an hour on this machine. Each document has what an analysed
 * one has for a store: title, body, paragraphs and sentences, a date, and entities
 * (countries, capitals and the people of the example articles) with their mentions.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { AnalysedDocument, SCHEMA_VERSION, type Entity, type EntityType } from '../model/schema.js';
import { syntheticArticles, type SentenceSource } from './synthetic-news.js';

interface Country {
  name: { common: string };
  capital?: string[];
}

const require = createRequire(import.meta.url);
const COUNTRIES = require('world-countries') as Country[];

const NAMES: readonly [string, EntityType][] = [
  ...COUNTRIES.map((c) => [c.name.common, 'GPE'] as [string, EntityType]),
  ...COUNTRIES.flatMap((c) => (c.capital ?? []).map((capital) => [capital, 'GPE'] as [string, EntityType])),
  ['Muqtada al-Sadr', 'PERSON'],
  ['Mustafa al-Kadhimi', 'PERSON'],
  ['Qassem Soleimani', 'PERSON'],
  ['Mohamed Hamdan Dagalo', 'PERSON'],
  ['Reuters', 'ORG'],
  ['United Nations', 'ORG'],
  ['Pentagon', 'ORG'],
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function* syntheticDocuments(count: number, seed = 1, source: SentenceSource = 'examples'): Generator<AnalysedDocument> {
  for (const article of syntheticArticles(count, seed, source)) {
    const [title = '', dateLine = '', ...body] = article.text.trim().split('\n\n');
    const text = body.join('\n\n');
    const paragraphs: AnalysedDocument['paragraphs'] = [];
    let start = 0;
    for (const paragraph of body) {
      paragraphs.push({ start, end: start + paragraph.length, kind: 'body' });
      start += paragraph.length + 2;
    }
    const date = /(\w+) (\d+), (\d{4})/u.exec(dateLine);
    const published = date ? `${date[3]}-${String(MONTHS.indexOf(date[1]!) + 1).padStart(2, '0')}-${date[2]!.padStart(2, '0')}` : undefined;
    yield AnalysedDocument.parse({
      schemaVersion: SCHEMA_VERSION,
      id: createHash('sha256').update(text).digest('hex').slice(0, 24),
      title,
      ...(published ? { published } : {}),
      source: { name: 'Wirewatch Synthetic' },
      language: 'en',
      text,
      paragraphs,
      sentences: paragraphs.map(({ start: s, end }) => ({ start: s, end })),
      entities: entitiesIn(text),
      quotes: [],
      times: [],
      events: [],
      places: [],
      issues: [],
      provenance: [{ stage: 'bench-synthetic', version: '1', ms: 0 }],
    });
  }
}

function entitiesIn(text: string): Entity[] {
  const entities: Entity[] = [];
  for (const [name, type] of NAMES) {
    const mentions = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      mentions.push({ start: at, end: at + name.length, text: name });
    }
    if (mentions.length > 0) entities.push({ id: `e${entities.length + 1}`, name, type, mentions, aliases: [], roles: [] });
  }
  return entities;
}
