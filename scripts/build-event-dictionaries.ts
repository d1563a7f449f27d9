/**
 * Builds resources/events/*.json.gz, the data the event coder reads at run time:
 *
 *   node dist/scripts/build-event-dictionaries.js [--data ../shared/data]
 *
 * - verbs.json.gz: the PETRARCH CAMEO verb dictionary (CAMEO.verbpatterns.150430.txt: synsets,
 *   verb synonym blocks with their forms and codes, patterns with source/target slots);
 * - actors.json.gz: the Phoenix actor dictionaries (countries, international, non-state
 *   military) with their date-ranged codes;
 * - agents.json.gz, discards.json.gz, issues.json.gz: Phoenix agents, discard list (without the phrases that
 *   only mark a look back in time: timeReferenceDiscard), issue phrases;
 * - cameo.json.gz: the CAMEO code table: names, PLOVER type/mode/context from CAMEO2PLOVER-2021.txt (appeals
 *   typed as requests: withAppealsAsRequests; the codes the PLOVER manual types otherwise: withManualCorrections),
 *   Goldstein weights and the names the PLOVER table lacks from resources/events/cameo-goldstein.tsv.
 * PETRARCH and Phoenix dictionaries: MIT (Open Event Data Alliance); CAMEO2PLOVER: CC BY-SA 4.0. See NOTICE.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { parseCameoToPlover, parseGoldsteinTable, withAppealsAsRequests, withManualCorrections, type CameoCode } from '../src/stages/events/cameo.js';
import { parseActorDictionary, parseAgentDictionary, parseDiscards, parseIssues, parseVerbDictionary, timeReferenceDiscard } from '../src/stages/events/dictionary-format.js';
import { EVENT_RESOURCES_DIR, RESOURCE_FILES } from '../src/stages/events/event-resources.js';
import { SHARED_DIR } from '../src/test-support/paths.js';

const { values } = parseArgs({ options: { data: { type: 'string', default: join(SHARED_DIR, 'data') } } });
const dictDir = join(values.data!, 'events', 'dictionaries');
const read = (...p: string[]): string => readFileSync(join(dictDir, ...p), 'latin1');

function write(name: string, data: unknown): void {
  const bytes = gzipSync(JSON.stringify(data), { level: 9 });
  writeFileSync(join(EVENT_RESOURCES_DIR, name), bytes);
  console.log(`${name}: ${Array.isArray(data) ? `${data.length} entries, ` : ''}${bytes.length} bytes`);
}

mkdirSync(EVENT_RESOURCES_DIR, { recursive: true });
const verbs = parseVerbDictionary(read('petrarch2', 'CAMEO.verbpatterns.150430.txt'));
console.log(`verbs: ${verbs.verbs.length} verbs, ${verbs.blocks.length} blocks, ${verbs.blocks.reduce((n, b) => n + b.patterns.length, 0)} patterns, ${Object.keys(verbs.synsets).length} synsets`);
write(RESOURCE_FILES.verbs, verbs);
write(
  RESOURCE_FILES.actors,
  ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt'].flatMap((f) => parseActorDictionary(read('petrarch2', f))),
);
write(RESOURCE_FILES.agents, parseAgentDictionary(read('petrarch2', 'Phoenix.agents.txt')));
write(RESOURCE_FILES.discards, parseDiscards(read('petrarch2', 'Phoenix.discards.txt')).filter((d) => !timeReferenceDiscard(d.phrase)));
write(RESOURCE_FILES.issues, parseIssues(read('petrarch2', 'Phoenix.IssueCoding.txt')));

const codes = new Map<string, CameoCode>(parseCameoToPlover(read('plover', 'CAMEO2PLOVER-2021.txt')).map((c) => [c.code, c]));
for (const row of parseGoldsteinTable(readFileSync(join(EVENT_RESOURCES_DIR, 'cameo-goldstein.tsv'), 'utf8'))) {
  const entry = codes.get(row.code) ?? { code: row.code, name: '' };
  if (row.goldstein !== undefined) entry.goldstein = row.goldstein;
  if (row.name && !entry.name) entry.name = row.name;
  // A root's own name ("Demand") is the CAMEO name; the PLOVER table's root lines carry the PLOVER type there, and so
  // does its line for 100 ("100: REQUEST, , # REQUEST").
  if (row.name && (row.code.length === 2 || entry.name === entry.plover)) entry.name = row.name;
  codes.set(row.code, entry);
}
write(RESOURCE_FILES.cameo, [...withManualCorrections(withAppealsAsRequests(codes)).values()].sort((a, b) => a.code.localeCompare(b.code)));
