// Summarises a V8 CPU profile (node --cpu-prof) by function: self time, time including callees, and where the time
// under one function goes. The profile of a benchmark starts with loading models and the JIT warming up; --from
// leaves out the first share of its time, so the table is of the work done per page.
// Run: node dist/scripts/profile-summary.js <profile.cpuprofile | directory> [--from 0.5] [--top 40] [--under NAME]
//   e.g. node --cpu-prof --cpu-prof-dir=/tmp/prof dist/bench/pipeline-html.js --rounds 3 --english-only
//        node dist/scripts/profile-summary.js /tmp/prof --from 0.5 --under 'tagDocument '
// A function is named "name file:line" (file relative to dist/, or to node_modules/); --under takes the beginning of
// such a name, and lists the callees of the first frame on each stack that starts so (with "(self)" for its own time).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileRow {
  name: string;
  ms: number;
  /** Of the time summarised. */
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  self: ProfileRow[];
  inclusive: ProfileRow[];
  /** With `under`: the time below the first frame named so on each stack, by callee. */
  under?: ProfileRow[];
}

/** "name file:line", with the file relative to dist/ or node_modules/ (line numbers in the profile are 0-based). */
export function frameName(frame: CpuProfile['nodes'][number]['callFrame']): string {
  const file = frame.url.replace(/^.*\/dist\//, '').replace(/^.*\/node_modules\//, '');
  return `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
}

/**
 * Self and inclusive time per function over the samples after the first `from` share of the profile's time (0: all).
 * A sample's time is the delta to the next sample, as Chrome's DevTools count it; a function recursing counts once
 * per sample in the inclusive column.
 */
export function summariseProfile(profile: CpuProfile, options: { from?: number; under?: string } = {}): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const names = new Map(profile.nodes.map((n) => [n.id, frameName(n.callFrame)]));
  const start = profile.startTime + (profile.endTime - profile.startTime) * (options.from ?? 0);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const under = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, us: number): void => {
    map.set(key, (map.get(key) ?? 0) + us);
  };
  let total = 0;
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i] ?? 0;
    if (at < start) continue;
    const us = profile.timeDeltas[i + 1] ?? 0;
    total += us;
    const leaf = profile.samples[i]!;
    add(self, names.get(leaf)!, us);
    const stack: string[] = [];
    for (let id: number | undefined = leaf; id !== undefined && byId.has(id); id = parent.get(id)) stack.push(names.get(id)!);
    for (const name of new Set(stack)) add(inclusive, name, us);
    if (options.under !== undefined) {
      // The outermost frame so named: its whole subtree, recursion included.
      let k = -1;
      for (let j = stack.length - 1; j >= 0; j--) {
        if (stack[j]!.startsWith(options.under)) {
          k = j;
          break;
        }
      }
      if (k >= 0) add(under, k === 0 ? '(self)' : stack[k - 1]!, us);
    }
  }
  const rows = (map: Map<string, number>): ProfileRow[] =>
    [...map].map(([name, us]) => ({ name, ms: us / 1000, share: total > 0 ? us / total : 0 })).sort((a, b) => b.ms - a.ms);
  return { totalMs: total / 1000, self: rows(self), inclusive: rows(inclusive), ...(options.under !== undefined ? { under: rows(under) } : {}) };
}

/** The newest .cpuprofile of a directory, or the file itself. */
function profilePath(path: string): string {
  if (!statSync(path).isDirectory()) return path;
  const files = readdirSync(path).filter((f) => f.endsWith('.cpuprofile')).sort();
  if (files.length === 0) throw new Error(`no .cpuprofile in ${path}`);
  return join(path, files[files.length - 1]!);
}

function main(): void {
  const [path] = process.argv.slice(2);
  const option = (name: string): string | undefined => {
    const at = process.argv.indexOf(name);
    return at >= 0 ? process.argv[at + 1] : undefined;
  };
  if (!path) {
    console.log('usage: node dist/scripts/profile-summary.js <profile.cpuprofile | directory> [--from 0.5] [--top 40] [--under NAME]');
    process.exit(1);
  }
  const top = Number(option('--top') ?? 40);
  const under = option('--under');
  const summary = summariseProfile(JSON.parse(readFileSync(profilePath(path), 'utf8')) as CpuProfile, { from: Number(option('--from') ?? 0), ...(under !== undefined ? { under } : {}) });
  const print = (title: string, rows: readonly ProfileRow[]): void => {
    console.log(title);
    for (const row of rows.slice(0, top)) console.log(`${(100 * row.share).toFixed(2).padStart(6)}%  ${row.ms.toFixed(0).padStart(7)} ms  ${row.name}`);
  };
  console.log(`${summary.totalMs.toFixed(0)} ms of samples summarised`);
  if (summary.under) {
    const within = summary.under.reduce((sum, row) => sum + row.share, 0);
    print(`under ${under} (${(100 * within).toFixed(2)}% in all), by callee:`, summary.under);
    return;
  }
  print('self time:', summary.self);
  print('including callees:', summary.inclusive);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
