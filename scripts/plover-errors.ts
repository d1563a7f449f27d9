/**
 * Error analysis of the PLOVER evaluation on its development half (the records at
 * even positions; the odd ones are held out and never looked at here). Each miss is
 * put in one group:
 *   none-verb     no event, and no word of the gold event text is a dictionary verb
 *   none-clause   no event, a gold event word is a dictionary verb but not a coded clause (parse, null pattern)
 *   none-actor    no event though a clause's verb codes: no side is an actor
 *   type-sense    our main event is on a gold event word but its PLOVER type is another (the verb sense)
 *   type-other    our main event is on another verb than the gold event words
 *   type-unmapped the main verb codes a CAMEO code without a PLOVER type (01 statements, 02 appeals)
 *   source        the type is right but the source phrase does not match
 *
 *   node dist/scripts/plover-errors.js [--data FILE] [--group none-verb] [--all]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SHARED_DIR } from '../src/test-support/paths.js';
import { EventCoder } from '../src/stages/events/coder.js';
import { loadCameoTable, loadEventDictionaries } from '../src/stages/events/event-resources.js';
import { phraseTokens } from '../src/stages/events/sentence-frame.js';
import { codeText, mainEvent, OLD_PLOVER_LABELS, sourceMatches, type GsrRecord, gsrActors, ploverRecords } from '../src/eval/events/plover-eval.js';

const { values } = parseArgs({ options: { data: { type: 'string' }, group: { type: 'string' }, all: { type: 'boolean', default: false } } });
const dataPath = values.data ?? join(SHARED_DIR, 'data', 'events', 'gold', 'plover-gsr', 'PLOVER_GSR_CAMEO.txt');
const records: GsrRecord[] = ploverRecords(readFileSync(dataPath, 'utf8')).filter((_, i) => i % 2 === 0);
const coder = new EventCoder(loadEventDictionaries());
const cameo = loadCameoTable();
const groups = new Map<string, string[]>();
const add = (g: string, line: string): void => {
  const list = groups.get(g) ?? [];
  list.push(line);
  groups.set(g, list);
};
const stemOf = (w: string): string => w.toUpperCase().replace(/(ING|ED|ES|S|E)$/, '');

for (const r of records) {
  const gold = OLD_PLOVER_LABELS[r.event] ?? r.event;
  const sentences = codeText(coder, r.text!, r.date?.replaceAll('-', ''));
  const best = mainEvent(sentences, cameo);
  const goldWords = (r.eventText ?? '').split(/\s+/).filter(Boolean).map(stemOf);
  const isGoldWord = (w: string): boolean => goldWords.some((g) => g.length > 1 && stemOf(w) === g);
  const golds = gsrActors(r.source).map((a) => a.actorText ?? '');
  const all = sentences.flatMap((s) => s.events.map((e) => `${e.code}/${cameo.describe(e.code)?.plover ?? '-'}@${s.frame.words[s.frame.clauses[e.clause]!.verb]} ${e.source || '?'}>${e.target || '?'}`));
  const ours = best ? phraseTokens(best.e.sourcePhrase ?? { start: 0, end: 0, own: [], parts: [], mods: [] }).map((i) => best.s.frame.words[i]).join(' ') : '';
  const verb = best ? best.s.frame.words[best.s.frame.clauses[best.e.clause]!.verb]! : '';
  let group: string | undefined;
  if (!best) {
    const words = sentences.flatMap((s) => s.frame.words);
    const dictGold = words.filter((w) => isGoldWord(w) && coder.verbs.isVerb(w));
    const clauseVerbs = sentences.flatMap((s) => s.frame.clauses.map((c) => s.frame.words[c.verb]!));
    const anyCoded = sentences.some((s) => s.events.length > 0);
    if (anyCoded) group = 'type-unmapped';
    else if (dictGold.length === 0) group = 'none-verb';
    else if (!clauseVerbs.some(isGoldWord)) group = 'none-clause';
    else group = 'none-actor';
  } else if (best.type !== gold) group = isGoldWord(verb) ? 'type-sense' : 'type-other';
  else if (golds.length > 0 && !sourceMatches(golds, ours)) group = 'source';
  else if (values.all) group = 'right';
  if (!group) continue;
  add(group, `${r.id} gold ${gold} [${r.eventText}] src [${golds.join('; ')}] | ours ${best ? `${best.type} ${best.e.code} @${verb} src [${ours}]` : 'none'} | all: ${all.join(', ')}\n    ${r.text}`);
}

const total = records.length;
for (const [g, lines] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`${g}: ${lines.length} of ${total}`);
  if (!values.group || values.group === g) for (const l of lines) console.log(`  ${l}`);
}
