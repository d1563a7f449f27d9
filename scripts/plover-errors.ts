/**
 * Error analysis of the PLOVER evaluation on its development half (the records at
 * even positions; the odd ones are held out and never looked at here). Each miss is
 * put in one group:
 *   none-verb     no PLOVER event, and no word of the gold event text is a dictionary verb
 *   none          no PLOVER event, though a gold event word is a dictionary verb (parse, actors, null pattern)
 *   main-choice   one of our events has the gold type, but not the main one
 *   type          none of our events has the gold type (the verb sense, or a mapping)
 *   source        the type is right but the source actor's text does not match
 *
 *   node dist/scripts/plover-errors.js [--data FILE] [--group none] [--all]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SHARED_DIR } from '../src/test-support/paths.js';
import { EventCoder } from '../src/stages/events/coder.js';
import { loadEventDictionaries } from '../src/stages/events/event-resources.js';
import { eventsOfText, mainEvent, OLD_PLOVER_LABELS, sourceMatches, type GsrRecord, gsrActors, ploverRecords } from '../src/eval/events/plover-eval.js';

const { values } = parseArgs({ options: { data: { type: 'string' }, group: { type: 'string' }, all: { type: 'boolean', default: false } } });
const dataPath = values.data ?? join(SHARED_DIR, 'data', 'events', 'gold', 'plover-gsr', 'PLOVER_GSR_CAMEO.txt');
const records: GsrRecord[] = ploverRecords(readFileSync(dataPath, 'utf8')).filter((_, i) => i % 2 === 0);
const coder = new EventCoder(loadEventDictionaries());
const groups = new Map<string, string[]>();
const add = (g: string, line: string): void => {
  const list = groups.get(g) ?? [];
  list.push(line);
  groups.set(g, list);
};

for (const r of records) {
  const gold = OLD_PLOVER_LABELS[r.event] ?? r.event;
  const events = eventsOfText(r.text!, r.date);
  const best = mainEvent(events);
  const words = r.text!.toUpperCase().split(/[^A-Z'-]+/);
  const goldWords = new Set((r.eventText ?? '').toUpperCase().split(/\s+/));
  const golds = gsrActors(r.source).map((a) => a.actorText ?? '');
  const all = events.map((e) => `${e.cameo}/${e.plover ?? '-'} ${e.source?.text ?? '?'} > ${e.target?.text ?? '?'}${e.kind === 'reported' ? '' : ` (${e.kind})`}`);
  let group: string | undefined;
  if (!best) group = words.some((w) => goldWords.has(w) && coder.verbs.isVerb(w)) ? 'none' : 'none-verb';
  else if (best.plover !== gold) group = events.some((e) => e.plover === gold) ? 'main-choice' : 'type';
  else if (golds.length > 0 && !sourceMatches(golds, best.source?.text ?? '')) group = 'source';
  else if (values.all) group = 'right';
  if (!group) continue;
  add(group, `${r.id} gold ${gold} [${r.eventText}] src [${golds.join('; ')}] | ours ${best ? `${best.plover} ${best.cameo} src [${best.source?.text ?? ''}]` : 'none'} | all: ${all.join(', ')}\n    ${r.text}`);
}

const total = records.length;
for (const [g, lines] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`${g}: ${lines.length} of ${total}`);
  if (!values.group || values.group === g) for (const l of lines) console.log(`  ${l}`);
}
