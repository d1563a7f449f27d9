// Measures near-duplicate detection on real articles and near-copies made from them by general edits.
// Run: npm run build && node dist/scripts/measure-dedup.js
//
// Originals: the plain-text examples (examples/*.txt, the development part: thresholds were looked at
// against these) and the HTML fixtures (test/fixtures/html/*.html, held out), each analysed by the real
// pipeline so dedup sees the clean body it sees in production. Each original gets copies made by edits
// that re-posting sites make, every one a general operation (no text-specific rule):
//   repost    another headline line, an outlet's dateline and a closing "share" line
//   trimmed   the last 40% of paragraphs dropped
//   lead      only the first half of the paragraphs
//   edited    one word in twenty replaced by a word from elsewhere in the text, one sentence dropped
//   reworded  one word in four replaced, paragraphs in another order (a heavy rewrite: counted as a copy
//             in the gold, so a miss here shows the limit of shingle similarity)
// Pairs: every pair among originals and copies; gold = same original. Predicted = LSH candidate and the
// DUPLICATE_RULES say copy (comparePrints), and, for clusters, what linkNearDuplicates does in order.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { comparePrints, linkNearDuplicates } from '../src/dedup/near-duplicates.js';
import { fingerprint } from '../src/dedup/minhash.js';
import { analyze } from '../src/pipeline/analyze.js';
import { rawInputFromBytes } from '../src/sources/files.js';
import type { NearDuplicateRecord } from '../src/store/store.js';
import { EXAMPLES_DIR, FIXTURES_DIR } from '../src/test-support/paths.js';

/** A small seeded generator (mulberry32): the copies are the same on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const paragraphs = (text: string): string[] => text.split(/\n+/).filter((p) => p.trim() !== '');

function replaceWords(text: string, share: number, rand: () => number): string {
  const words = text.split(/(\s+)/);
  const pool = words.filter((w) => /\p{L}{3,}/u.test(w));
  return words.map((w) => (/\p{L}/u.test(w) && rand() < share ? pool[Math.floor(rand() * pool.length)]! : w)).join('');
}

const EDITS: Record<string, (text: string, title: string, rand: () => number) => string> = {
  repost: (text, title) => `${title.split(' ').reverse().join(' ')}\n\nVALLEY HERALD (Wire) —\n\n${text}\n\nShare this story with your friends.`,
  trimmed: (text) => {
    const ps = paragraphs(text);
    return ps.slice(0, Math.max(1, Math.ceil(ps.length * 0.6))).join('\n\n');
  },
  lead: (text) => {
    const ps = paragraphs(text);
    return ps.slice(0, Math.max(1, Math.ceil(ps.length / 2))).join('\n\n');
  },
  edited: (text, _title, rand) => {
    const sentences = text.split(/(?<=[.!?])\s+/);
    if (sentences.length > 3) sentences.splice(Math.floor(rand() * sentences.length), 1);
    return replaceWords(sentences.join(' '), 0.05, rand);
  },
  reworded: (text, _title, rand) => {
    const ps = paragraphs(replaceWords(text, 0.25, rand));
    for (let i = ps.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [ps[i], ps[j]] = [ps[j]!, ps[i]!];
    }
    return ps.join('\n\n');
  },
};

interface Doc {
  id: string;
  group: string;
  edit: string;
  text: string;
}

function originals(dir: string, extension: string): { name: string; text: string; title: string }[] {
  return readdirSync(dir).filter((f) => f.endsWith(extension)).sort().flatMap((name) => {
    const result = analyze(rawInputFromBytes(readFileSync(join(dir, name)), { path: join(dir, name) }));
    return result.ok ? [{ name, text: result.document.text, title: result.document.title }] : [];
  });
}

function makeSet(sources: { name: string; text: string; title: string }[], seed: number): Doc[] {
  const rand = random(seed);
  return sources.flatMap((o) => [
    { id: `${o.name}`, group: o.name, edit: 'original', text: o.text },
    ...Object.entries(EDITS).map(([edit, apply]) => ({ id: `${o.name}~${edit}`, group: o.name, edit, text: apply(o.text, o.title, rand) })),
  ]);
}

async function measure(label: string, docs: Doc[]): Promise<void> {
  const prints = docs.map((d) => ({ doc: d, print: fingerprint(d.text) }));
  const unprinted = prints.filter((p) => !p.print).map((p) => p.doc.id);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const missedByEdit: Record<string, number> = {};
  const pairsByEdit: Record<string, number> = {};
  for (let i = 0; i < prints.length; i++) {
    for (let j = i + 1; j < prints.length; j++) {
      const a = prints[i]!;
      const b = prints[j]!;
      const gold = a.doc.group === b.doc.group;
      const predicted = a.print && b.print ? (({ candidate, copy }) => candidate && copy)(comparePrints(a.print, b.print)) : false;
      if (gold && predicted) tp++;
      else if (!gold && predicted) fp++;
      else if (gold && !predicted) fn++;
      if (gold && (a.doc.edit === 'original' || b.doc.edit === 'original')) {
        const edit = a.doc.edit === 'original' ? b.doc.edit : a.doc.edit;
        pairsByEdit[edit] = (pairsByEdit[edit] ?? 0) + 1;
        if (!predicted) missedByEdit[edit] = (missedByEdit[edit] ?? 0) + 1;
      }
    }
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  // Clusters as ingest makes them: originals first, then copies, each linked against all before it.
  const stored: NearDuplicateRecord[] = [];
  const ordered = [...docs.filter((d) => d.edit === 'original'), ...docs.filter((d) => d.edit !== 'original')];
  for (const d of ordered) {
    const [record] = await linkNearDuplicates([d], async (bands) => stored.filter((r) => r.bands.some((b) => bands.includes(b))));
    if (record) stored.push(record);
  }
  const clusterOf = new Map(stored.map((r) => [r.docId, r.clusterId]));
  const copies = docs.filter((d) => d.edit !== 'original');
  const joined = copies.filter((d) => clusterOf.get(d.id) !== undefined && clusterOf.get(d.id) === clusterOf.get(d.group)).length;
  const wrong = copies.filter((d) => clusterOf.get(d.id) !== undefined && clusterOf.get(d.id) !== d.id && clusterOf.get(d.id) !== clusterOf.get(d.group)).length;
  const originalsMerged = docs.filter((d) => d.edit === 'original' && clusterOf.has(d.id) && clusterOf.get(d.id) !== d.id).length;
  console.log(`${label}: ${docs.filter((d) => d.edit === 'original').length} originals, ${copies.length} copies, ${docs.length * (docs.length - 1) / 2} pairs`);
  console.log(`  pairs: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`);
  console.log(`  copies missed against their original, by edit: ${Object.keys(pairsByEdit).map((e) => `${e} ${missedByEdit[e] ?? 0}/${pairsByEdit[e]}`).join(', ')}`);
  console.log(`  clusters: ${joined}/${copies.length} copies joined their original's cluster, ${wrong} joined another story's, ${originalsMerged} originals merged into another story`);
  if (unprinted.length > 0) console.log(`  too short to fingerprint: ${unprinted.join(', ')}`);
}

const development = makeSet(originals(EXAMPLES_DIR, '.txt'), 1);
const heldOut = makeSet(originals(join(FIXTURES_DIR, 'html'), '.html'), 2);
await measure('development (examples/*.txt)', development);
await measure('held out (test/fixtures/html)', heldOut);
await measure('both together (cross-set false positives count too)', [...development, ...heldOut]);
