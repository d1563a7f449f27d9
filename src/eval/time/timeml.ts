/**
 * Reads TimeML (.tml) files as TempEval-3 distributes them: the document creation
 * time (the DCT's TIMEX3) and the <TEXT> section as plain text, with every TIMEX3
 * inside it as a span into that text. EVENT, SIGNAL and other tags are dropped;
 * their content stays in the text.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { GoldDataError } from '../gold-data-error.js';

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
  mod?: string;
}

export interface TimeMlDocument {
  /** The file name without its folder. */
  name: string;
  /** The DCT's value: `1998-08-07` or `1999-05-05T21:01`. */
  dct: string;
  /** The <TEXT> section without markup. */
  text: string;
  timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const ENTITY = /&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi;
const TAG = /<(\/?)([A-Za-z][\w:-]*)([^>]*?)(\/?)>/g;
const ATTRIBUTE = /([\w:-]+)\s*=\s*"([^"]*)"/g;

function decodeEntities(s: string): string {
  return s.replace(ENTITY, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function attributes(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of source.matchAll(ATTRIBUTE)) out[m[1]!] = decodeEntities(m[2]!);
  return out;
}

/** Parses one TimeML document; throws a clear error when it has no DCT or no <TEXT>. */
export function parseTimeMl(xml: string, name = 'document'): TimeMlDocument {
  const dctTag = /<DCT>\s*<TIMEX3([^>]*)>/.exec(xml);
  const dct = dctTag ? attributes(dctTag[1]!).value : undefined;
  if (!dct) throw new GoldDataError(`${name}: no DCT with a TIMEX3 value`);
  const open = xml.indexOf('<TEXT>');
  const close = xml.lastIndexOf('</TEXT>');
  if (open < 0 || close < open) throw new GoldDataError(`${name}: no <TEXT> section`);
  const body = xml.slice(open + '<TEXT>'.length, close);

  let text = '';
  let last = 0;
  const timexes: GoldTimex[] = [];
  let current: { start: number; attrs: Record<string, string> } | undefined;
  for (const m of body.matchAll(TAG)) {
    text += decodeEntities(body.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[2] !== 'TIMEX3' || m[4] === '/') continue;
    if (m[1] === '') {
      current = { start: text.length, attrs: attributes(m[3]!) };
    } else if (current) {
      const { attrs } = current;
      timexes.push({
        start: current.start, end: text.length, text: text.slice(current.start),
        type: attrs.type ?? 'DATE', value: attrs.value ?? '', ...(attrs.mod ? { mod: attrs.mod } : {}),
      });
      current = undefined;
    }
  }
  text += decodeEntities(body.slice(last));
  return { name, dct, text, timexes };
}

/** Every .tml file under a folder (recursively) or the one file given, sorted by path. */
export function timeMlFiles(path: string): string[] {
  if (statSync(path).isFile()) return [path];
  const out: string[] = [];
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const full = join(path, entry.name);
    if (entry.isDirectory()) out.push(...timeMlFiles(full));
    else if (entry.name.endsWith('.tml')) out.push(full);
  }
  return out.sort();
}

export function readTimeMl(file: string): TimeMlDocument {
  return parseTimeMl(readFileSync(file, 'utf8'), basename(file));
}
