/**
 * Error analysis for the HTML metadata resolvers (title, author, publication
 * date): prints gold against ours, with the evidence of ours, for every miss on
 * one half of trafilatura-eval or htmldate-eval, and the accuracy of both halves.
 *
 *   node dist/scripts/metadata-misses.js --field title            # trafilatura-eval, even half
 *   node dist/scripts/metadata-misses.js --field author --half odd --quiet
 *   node dist/scripts/metadata-misses.js --field htmldate
 *
 * Analyse the even half (entries 0, 2, 4 … of the JSON files) and only check
 * that the odd half moves the same way: looking at odd-half misses is tuning on
 * the held-out data.
 */
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { parseHtml } from '../src/stages/extract/html/dom.js';
import { extractMetadata, type PageMetadata } from '../src/stages/extract/html/metadata.js';
import { findPagePath, readJson, readPage } from '../src/eval/extract/pages.js';
import { dayOf, goldAuthorString, matchAuthor, matchTitle, sameDay } from '../src/eval/extract/metadata-match.js';
import { SHARED_DIR } from '../src/test-support/paths.js';

const { values } = parseArgs({ options: { field: { type: 'string', default: 'title' }, half: { type: 'string', default: 'even' }, quiet: { type: 'boolean', default: false } } });
const field = values.field!;
if (!['title', 'author', 'date', 'htmldate'].includes(field)) throw new Error('--field is title, author, date or htmldate');

interface Item {
  file: string;
  title?: string | null;
  author?: string | string[] | null;
  date?: string | null;
}

const dataset = field === 'htmldate' ? join(SHARED_DIR, 'data/extract/htmldate-eval') : join(SHARED_DIR, 'data/extract/trafilatura-eval');
const entries = Object.entries(readJson<Record<string, Item>>(join(dataset, field === 'htmldate' ? 'eval_default.json' : 'evaldata.json')));
const reference = new Date();

/** The gold value of the field, or undefined when the entry has none. */
function gold(item: Item): string | undefined {
  if (field === 'title') return item.title?.trim() ? item.title : undefined;
  if (field === 'author') return item.author && goldAuthorString(item.author).trim() ? goldAuthorString(item.author) : undefined;
  return item.date && dayOf(item.date) ? item.date : undefined;
}

function correct(item: Item, got: PageMetadata): boolean {
  if (field === 'title') return matchTitle(item.title!, got.title).strict;
  if (field === 'author') return matchAuthor(item.author!, got.author).strict;
  return sameDay(item.date!, got.published);
}

const ours = (got: PageMetadata): string | undefined => (field === 'title' ? got.title : field === 'author' ? got.author : got.published);
const evidenceKey = field === 'title' || field === 'author' ? field : 'published';

const score = { even: { correct: 0, total: 0 }, odd: { correct: 0, total: 0 } };
entries.forEach(([url, item], i) => {
  const expected = gold(item);
  const path = findPagePath(join(dataset, 'html'), item.file);
  if (!expected || !path) return;
  const got = extractMetadata(parseHtml(readPage(path)), url, reference);
  const half = i % 2 === 0 ? 'even' : 'odd';
  const ok = correct(item, got);
  score[half].total++;
  if (ok) score[half].correct++;
  if (!ok && half === values.half && !values.quiet) {
    console.log(`#${i} ${url}\n  gold ${JSON.stringify(expected)}\n  ours ${JSON.stringify(ours(got))} [${got.evidence[evidenceKey] ?? 'none'}]`);
  }
});
for (const half of ['even', 'odd'] as const) {
  const { correct: c, total } = score[half];
  console.log(`${half}: ${c}/${total} = ${(total === 0 ? 0 : c / total).toFixed(4)}`);
}
