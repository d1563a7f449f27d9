// Benchmark: the places stage alone (detection over the entity stage's output, resolution, metonymy)
// on LGL's local news articles, one thread.
// Run: npm run build && node dist/bench/places-throughput.js [--data FILE] [--seconds N]
// Prints the gazetteer's load time and heap, and the CPU milliseconds per article of the places
// stage (entities are found once beforehand and are not timed). CPU time (process.cpuUsage), not
// wall time: the machine is shared; the median of several passes.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readLgl } from '../src/eval/geo/lgl.js';
import type { Entity } from '../src/model/schema.js';
import { findEntities } from '../src/stages/entities/entity-stage.js';
import { getPlaceGazetteer } from '../src/stages/geo/gazetteer.js';
import { findPlaces } from '../src/stages/geo/places.js';
import { splitSentences } from '../src/stages/nlp/sentences.js';
import { tokenize } from '../src/stages/nlp/tokenize.js';
import { SHARED_DIR } from '../src/test-support/paths.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: join(SHARED_DIR, 'data', 'geo', 'lgl', 'lgl.xml') },
    seconds: { type: 'string', default: '3' },
  },
});
if (!existsSync(values.data!)) {
  console.log(`places bench skipped: no data at ${values.data} (../shared is not beside this checkout)`);
  process.exit(0);
}

const cpuMs = (start: NodeJS.CpuUsage): number => {
  const u = process.cpuUsage(start);
  return (u.user + u.system) / 1000;
};

const heapBefore = process.memoryUsage().heapUsed;
let started = process.cpuUsage();
const gazetteer = getPlaceGazetteer();
const loadMs = cpuMs(started);
const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;

const articles: { text: string; entities: Entity[] }[] = readLgl(values.data!).map((a) => {
  const sentences = splitSentences(a.text, 0, a.text.length);
  const tokens = sentences.flatMap((s) => tokenize(a.text, s.start, s.end));
  return { text: a.text, entities: findEntities(a.text, tokens, sentences) };
});

const passes: number[] = [];
let places = 0;
const deadline = Number(values.seconds) * 1000;
const total = process.cpuUsage();
while (cpuMs(total) < deadline || passes.length < 3) {
  started = process.cpuUsage();
  places = 0;
  for (const a of articles) places += findPlaces(a.text, a.entities).length;
  passes.push(cpuMs(started) / articles.length);
}
passes.sort((a, b) => a - b);
const median = passes[Math.floor(passes.length / 2)]!;
console.log(`places: gazetteer ${gazetteer.size} places loaded in ${loadMs.toFixed(0)} ms CPU, +${heapMb.toFixed(0)} MB heap`);
console.log(`places: ${median.toFixed(3)} ms CPU per article (median of ${passes.length} passes over ${articles.length} LGL articles, ${(places / articles.length).toFixed(1)} places each)`);
