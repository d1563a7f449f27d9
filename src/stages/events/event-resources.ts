/**
 * The committed event-coding resources (resources/events/*.json.gz, written by
 * scripts/build-event-dictionaries.ts) and the reader of a folder of raw
 * PETRARCH dictionaries (for a test suite that brings its own).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { packageRoot } from '../../ner/package-root.js';
import { CameoTable, type CameoCode } from './cameo.js';
import {
  parseActorDictionary,
  parseAgentDictionary,
  parseDiscards,
  parseVerbDictionary,
  type ActorEntry,
  type AgentEntry,
  type DiscardEntry,
  type IssueEntry,
  type VerbDictionary,
} from './dictionary-format.js';
import { withBaseCodes } from './verb-senses.js';

export const EVENT_RESOURCES_DIR = join(packageRoot(), 'resources', 'events');

/** What the coder reads: one verb dictionary, actors, agents and discards. */
export interface EventDictionaries {
  verbs: VerbDictionary;
  actors: ActorEntry[];
  agents: AgentEntry[];
  discards: DiscardEntry[];
  issues: IssueEntry[];
}

export const RESOURCE_FILES = {
  verbs: 'verbs.json.gz',
  actors: 'actors.json.gz',
  agents: 'agents.json.gz',
  discards: 'discards.json.gz',
  issues: 'issues.json.gz',
  cameo: 'cameo.json.gz',
} as const;

function readJsonGz<T>(path: string): T {
  return JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as T;
}

let cached: EventDictionaries | undefined;
let cachedCameo: CameoTable | undefined;

/** The committed dictionaries (read once), with the base codes verb-senses.ts gives verbs PETRARCH leaves without one. */
export function loadEventDictionaries(dir = EVENT_RESOURCES_DIR): EventDictionaries {
  if (cached && dir === EVENT_RESOURCES_DIR) return cached;
  const d: EventDictionaries = {
    verbs: withBaseCodes(readJsonGz(join(dir, RESOURCE_FILES.verbs))),
    actors: readJsonGz(join(dir, RESOURCE_FILES.actors)),
    agents: readJsonGz(join(dir, RESOURCE_FILES.agents)),
    discards: readJsonGz(join(dir, RESOURCE_FILES.discards)),
    issues: readJsonGz(join(dir, RESOURCE_FILES.issues)),
  };
  if (dir === EVENT_RESOURCES_DIR) cached = d;
  return d;
}

/** The committed CAMEO code table (read once). */
export function loadCameoTable(dir = EVENT_RESOURCES_DIR): CameoTable {
  if (cachedCameo && dir === EVENT_RESOURCES_DIR) return cachedCameo;
  const t = new CameoTable(readJsonGz<CameoCode[]>(join(dir, RESOURCE_FILES.cameo)));
  if (dir === EVENT_RESOURCES_DIR) cachedCameo = t;
  return t;
}

/**
 * Raw PETRARCH dictionaries from a folder, found by their names: `*verbs*`,
 * `*actors*` (all of them), `*agents*`, `*discards*` (PETR.Validate.*, or the Phoenix set).
 */
export function readRawDictionaries(dir: string): EventDictionaries {
  if (!existsSync(dir)) throw new Error(`dictionary folder not found: ${dir}`);
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  const read = (f: string): string => readFileSync(join(dir, f), 'latin1');
  const pick = (re: RegExp): string[] => files.filter((f) => re.test(f)).sort();
  const verbFiles = pick(/verb/i);
  if (verbFiles.length === 0) throw new Error(`no verb dictionary (*verbs*.txt) in ${dir}`);
  return {
    verbs: parseVerbDictionary(read(verbFiles[0]!)),
    actors: pick(/actors/i).flatMap((f) => parseActorDictionary(read(f))),
    agents: pick(/agents/i).flatMap((f) => parseAgentDictionary(read(f))),
    discards: pick(/discards/i).flatMap((f) => parseDiscards(read(f))),
    issues: [],
  };
}
