/**
 * Keeps eval/events-judged.json (the judged set of `eval events --format judged`):
 *
 *   node dist/scripts/events-judge.js --init      chooses the documents (once): the English pages among the
 *                                                 first 400 of trafilatura-eval, and every 20th PolNeAR train article
" *   node dist/scripts/events-judge.js --add-aquaint  appends every 3rd AQUAINT wire article of TempEval-3 (once)
 *   node dist/scripts/events-judge.js --add-timebank appends every 6th TimeBank article of TempEval-3 (once)
 *   node dist/scripts/events-judge.js --list      codes the documents and lists the events not yet judged,
 *                                                 numbered, with their sentences (saves the listing in /tmp)
 *   node dist/scripts/events-judge.js --record F  adds verdicts from F, one per line: `N right` or
 *                                                 `N wrong <why>` (N from the last --list)
 *
 * The judge reads each sentence and decides whether it reports the coded interaction:
 * criteria in the file's `about`. Judgements are ours (no text of the documents is
 * stored: a sentence is a hash, actors are their short texts).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../src/pipeline/analyze.js';
import {
  codedEventKey, codeJudgedDocuments, eventKey, JUDGEMENTS_PATH, polnearFiles, readJudgedDocument, readJudgedSet,
  type CodedEvent, type Judgement, type JudgedSet,
} from '../src/eval/events/judged-eval.js';
import { readJson } from '../src/eval/extract/pages.js';
import type { TrafilaturaItem } from '../src/eval/extract/trafilatura-eval.js';
import { SHARED_DIR } from '../src/test-support/paths.js';

const { values } = parseArgs({ options: { init: { type: 'boolean' }, 'add-aquaint': { type: 'boolean' }, 'add-timebank': { type: 'boolean' }, list: { type: 'boolean' }, record: { type: 'string' }, data: { type: 'string' } } });
const dataDir = values.data ?? join(SHARED_DIR, 'data');
const LISTING = '/tmp/wirewatch-events-unjudged.json';
const TRAFILATURA_PAGES = 400;
const POLNEAR_EVERY = 20;
const AQUAINT_EVERY = 3;
const TIMEBANK_EVERY = 6;

const ABOUT = [
  'Events the pipeline coded on real documents, judged by reading the evidence sentence (in its paragraph).',
  'right: the sentence reports (as fact, claim, quote, plan or denial: the kind is not judged) an action of the source',
  'actor of the coded CAMEO root category, towards the target when a target is given; the actors are the doers and',
  'receivers in the sentence (an actor text that is part of the right one, e.g. a surname, counts as right).',
  'wrong, with why: "no event" (no interaction of any category: a figure of speech, an object that is a thing, a',
  'headline fragment), "wrong category" (an interaction, but another root), "wrong actor" (the source or target is',
  'not who acts or is acted on). Whether the actors are political is not judged (a company\'s statement is a statement).',
  'Documents: the English pages among the first 400 of trafilatura-eval (../shared/data/extract) and every 20th',
  'article of PolNeAR train (../shared/data/quotes/polnear). Kept by scripts/events-judge.ts.',
].join(' ');

/**
 * Appends every `every`-th article of a TempEval-3 folder to the set (once), and says so in its `about`. Appended, so
 * the halves by position stay as they were for the documents already there.
 */
function appendTempEval(folder: string, every: number, what: string): void {
  const set = readJudgedSet();
  const files = readdirSync(join(dataDir, 'time', 'tempeval3-train', folder)).filter((f) => f.endsWith('.tml')).sort();
  const added = files.filter((_, i) => i % every === 0).map((f) => `timeml:${folder}/${f}`).filter((id) => !set.documents.includes(id));
  if (added.length > 0) {
    set.documents.push(...added);
    set.about = set.about.replace(/ Kept by scripts/u, ` Added later: ${what} of TempEval-3 (../shared/data/time). Kept by scripts`);
    save(set);
  }
  console.log(`${added.length} documents added (${set.documents.length} in all)`);
}

function save(set: JudgedSet): void {
  writeFileSync(JUDGEMENTS_PATH(), JSON.stringify(set, null, 1).replace(/\n {2,}/gu, ' ').replace(/\n \}/gu, ' }') + '\n');
}

if (values.init) {
  if (existsSync(JUDGEMENTS_PATH())) throw new Error(`${JUDGEMENTS_PATH()} exists: the document list is fixed once judged`);
  const entries = Object.values(readJson<Record<string, TrafilaturaItem>>(join(dataDir, 'extract', 'trafilatura-eval', 'evaldata.json'))).slice(0, TRAFILATURA_PAGES);
  const documents: string[] = [];
  for (const item of entries) {
    const id = `trafilatura:${item.file}`;
    let english = false;
    try {
      const result = analyze(readJudgedDocument(dataDir, id));
      english = result.ok && result.document.language === 'en';
    } catch {
      continue; // a page file missing from the set
    }
    if (english) documents.push(id);
  }
  polnearFiles(dataDir, 'train').forEach((file, i) => i % POLNEAR_EVERY === 0 && documents.push(`polnear:train/${file}`));
  save({ about: ABOUT, documents, judgements: [] });
  console.log(`${documents.length} documents`);
} else if (values['add-aquaint']) {
  // Second round (2026-11-27): international wire news, where events are what the articles are about (the first
  // round's web pages and campaign news gave few right events outside statements).
  appendTempEval('aquaint', AQUAINT_EVERY, `every ${AQUAINT_EVERY}rd AQUAINT article`);
} else if (values['add-timebank']) {
  // Third round (2026-11-27): TimeBank's broadcast and wire news of 1989-1998 (ABC, CNN, AP, NYT, PRI, VOA, WSJ), so
  // that the confidence model, trained on the development half, sees more conflict and diplomacy reporting.
  appendTempEval('timebank', TIMEBANK_EVERY, `every ${TIMEBANK_EVERY}th TimeBank article`);
} else if (values.list) {
  const set = readJudgedSet();
  const judged = new Set(set.judgements.map(eventKey));
  const { events } = codeJudgedDocuments(dataDir, set.documents);
  const unjudged = events.filter((e) => !judged.has(codedEventKey(e)));
  writeFileSync(LISTING, JSON.stringify(unjudged));
  unjudged.forEach((c, n) => {
    const e = c.event;
    console.log(`#${n} ${c.doc.slice(0, 60)} | ${e.cameo} ${e.plover ?? '-'} ${e.kind} | ${e.source?.text ?? '∅'} → ${e.target?.text ?? '∅'}\n    ${c.sentenceText.replace(/\s+/gu, ' ').slice(0, 400)}`);
  });
  console.error(`${unjudged.length} unjudged of ${events.length} events`);
} else if (values.record) {
  const set = readJudgedSet();
  const listing = JSON.parse(readFileSync(LISTING, 'utf8')) as CodedEvent[];
  const known = new Set(set.judgements.map(eventKey));
  let added = 0;
  for (const line of readFileSync(values.record, 'utf8').split('\n')) {
    const m = /^#?(\d+)\s+(right|wrong)\s*(.*)$/u.exec(line.trim());
    if (!m) continue;
    const coded = listing[Number(m[1])];
    if (!coded) throw new Error(`no event #${m[1]} in the last listing`);
    const judgement: Judgement = {
      doc: coded.doc, sentence: coded.sentence, cameoRoot: coded.event.cameoRoot, source: coded.event.source?.text ?? '', target: coded.event.target?.text ?? '',
      verdict: m[2] as Judgement['verdict'], cameo: coded.event.cameo, ...(m[2] === 'wrong' ? { why: m[3]!.trim() || 'unspecified' } : {}),
    };
    if (known.has(eventKey(judgement))) continue;
    known.add(eventKey(judgement));
    set.judgements.push(judgement);
    added++;
  }
  save(set);
  console.log(`${added} judgements added (${set.judgements.length} in all)`);
} else {
  console.error('one of --init, --list, --record FILE');
  process.exit(2);
}
