/**
 * PETRARCH validation records (PETR.UnitTest.records.xml): each <Sentence> with its
 * date, id, category, text, Penn Treebank parse and expected <EventCoding>s
 * (source, target, CAMEO code), or `noevents` / `error` when nothing should be coded.
 */
import { readFileSync } from 'node:fs';

export interface PetrCoding {
  source: string;
  target: string;
  code: string;
}

export interface PetrRecord {
  id: string;
  category: string;
  /** YYYYMMDD. */
  date: string;
  text: string;
  parse: string;
  codings: PetrCoding[];
  /** Marked `noevents` or `error`: nothing should be coded. */
  expectsNone: boolean;
}

const MAX_FILE_BYTES = 50 * 1024 * 1024;

const attr = (s: string, name: string): string | undefined => new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`).exec(s)?.[1];

export function readPetrRecords(path: string): PetrRecord[] {
  const xml = readFileSync(path, 'utf8');
  if (xml.length > MAX_FILE_BYTES) throw new RangeError(`${path} is over ${MAX_FILE_BYTES} bytes`);
  const records: PetrRecord[] = [];
  // Commented-out records are not records.
  const live = xml.replace(/<!--[\s\S]*?-->/g, '');
  for (const m of live.matchAll(/<Sentence\b([^>]*)>([\s\S]*?)<\/Sentence>/g)) {
    const head = m[1]!;
    const body = m[2]!;
    const parse = /<Parse>([\s\S]*?)<\/Parse>/.exec(body)?.[1]?.trim();
    const text = /<Text>([\s\S]*?)<\/Text>/.exec(body)?.[1]?.replace(/\s+/g, ' ').trim();
    if (!parse || !text) continue;
    const codings: PetrCoding[] = [];
    let expectsNone = false;
    for (const c of body.matchAll(/<EventCoding\b([^>]*)>/g)) {
      const a = c[1]!;
      if (/noevents|error\s*=/.test(a)) {
        expectsNone = true;
        continue;
      }
      codings.push({ source: attr(a, 'sourcecode') ?? '', target: attr(a, 'targetcode') ?? '', code: attr(a, 'eventcode') ?? '' });
    }
    records.push({ id: attr(head, 'id') ?? '', category: attr(head, 'category') ?? '', date: attr(head, 'date') ?? '', text, parse, codings, expectsNone });
  }
  return records;
}
