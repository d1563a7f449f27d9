/**
 * `wirewatch eval events --format petr --data FILE [--dictionaries DIR]`: the
 * PETRARCH validation records coded with the suite's own dictionaries (by default
 * the PETR.Validate.* files beside the records), scored on exact (source, target,
 * code) triples per record. The records carry their Penn Treebank parse, which the
 * coder reads instead of our parser: the suite tests dictionary semantics
 * (compound actors, agents, synsets, patterns), not parsing.
 */
import { dirname } from 'node:path';
import { EventCoder } from '../../stages/events/coder.js';
import { readRawDictionaries } from '../../stages/events/event-resources.js';
import { f1, round4, type EvalReport } from '../task.js';
import { frameFromTree, parseTree } from './penn-tree.js';
import { readPetrRecords, type PetrRecord } from './petr-records.js';
import { GoldDataError } from '../gold-data-error.js';

const key = (c: { source: string; target: string; code: string }): string => `${c.source}>${c.target}:${c.code}`;

export interface PetrRecordResult {
  id: string;
  category: string;
  gold: string[];
  system: string[];
}

/** The record's codings; a record whose parse is malformed (the suite has some on purpose) codes nothing. */
export function codeRecord(coder: EventCoder, r: PetrRecord): string[] | Error {
  let tree;
  try {
    tree = parseTree(r.parse);
  } catch (e) {
    return e as Error;
  }
  return coder.code(frameFromTree(tree, (w) => coder.verbs.isVerb(w), r.date)).map(key);
}

export function evaluatePetr(dataPath: string, options: { dictionaries?: string; limit?: number } = {}): EvalReport {
  const records = readPetrRecords(dataPath).slice(0, options.limit);
  if (records.length === 0) throw new GoldDataError(`no PETRARCH <Sentence> records with parses in ${dataPath}`);
  // PETRARCH2 semantics: pattern words are whole words (see VerbCoder).
  const coder = new EventCoder(readRawDictionaries(options.dictionaries ?? dirname(dataPath)), { stems: false });
  let tp = 0;
  let goldN = 0;
  let sysN = 0;
  const byCategory = new Map<string, { tp: number; gold: number; system: number }>();
  const misses: PetrRecordResult[] = [];
  const malformed: string[] = [];
  for (const r of records) {
    const gold = new Set(r.codings.map(key));
    const coded = codeRecord(coder, r);
    if (coded instanceof Error) malformed.push(r.id);
    const system = new Set(coded instanceof Error ? [] : coded);
    const hit = [...system].filter((s) => gold.has(s)).length;
    tp += hit;
    goldN += gold.size;
    sysN += system.size;
    const c = byCategory.get(r.category) ?? { tp: 0, gold: 0, system: 0 };
    byCategory.set(r.category, { tp: c.tp + hit, gold: c.gold + gold.size, system: c.system + system.size });
    if (hit !== gold.size || hit !== system.size) misses.push({ id: r.id, category: r.category, gold: [...gold], system: [...system] });
  }
  const precision = sysN === 0 ? 0 : tp / sysN;
  const recall = goldN === 0 ? 0 : tp / goldN;
  return {
    task: 'events',
    format: 'petr',
    n: goldN,
    precision: round4(precision),
    recall: round4(recall),
    f1: round4(f1(precision, recall)),
    details: {
      records: records.length,
      gold: goldN,
      system: sysN,
      correct: tp,
      malformed,
      byCategory: Object.fromEntries([...byCategory].map(([k, v]) => [k, { ...v, recall: round4(v.gold ? v.tp / v.gold : 1) }])),
      misses: misses.slice(0, 400),
    },
  };
}
