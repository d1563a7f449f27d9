/**
 * `wirewatch eval time --format timeml --data DIR`: TempEval-3's time-expression
 * scores (strict and relaxed span P/R/F1, value accuracy over matched spans,
 * value F1) over every .tml file under DIR, anchored on each file's DCT. Each
 * subfolder is also scored on its own (tempeval3-train: timebank, the part the
 * rules were tuned on, and aquaint, held out).
 */
import { relative, sep } from 'node:path';
import { splitSentences } from '../../stages/nlp/sentences.js';
import { parseAnchor } from '../../stages/times/anchor.js';
import { tagTimes } from '../../stages/times/tag-times.js';
import type { Span } from '../../model/schema.js';
import { round4, type EvalReport, type EvalTask } from '../task.js';
import { readTimeMl, timeMlFiles, type TimeMlDocument } from './timeml.js';
import { addCounts, countTimexes, emptyCounts, scoreTimexes, type TimexCounts, type TimexScores } from './timex-scores.js';
import { GoldDataError } from '../gold-data-error.js';

/** Paragraphs are blank-line separated in TimeML text, as in our plain-text input; sentences are split within them. */
export function sentencesOf(text: string): Span[] {
  const sentences: Span[] = [];
  const paragraph = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g;
  for (const m of text.matchAll(paragraph)) sentences.push(...splitSentences(text, m.index, m.index + m[0].length));
  return sentences;
}

export function countDocument(doc: TimeMlDocument): TimexCounts {
  const system = tagTimes(doc.text, { anchor: parseAnchor(doc.dct), sentences: sentencesOf(doc.text) });
  return countTimexes(doc.timexes, system);
}

const rounded = (s: TimexScores) => ({
  strict: { precision: round4(s.strict.precision), recall: round4(s.strict.recall), f1: round4(s.strict.f1) },
  relaxed: { precision: round4(s.relaxed.precision), recall: round4(s.relaxed.recall), f1: round4(s.relaxed.f1) },
  valueAccuracy: round4(s.valueAccuracy),
  value: { precision: round4(s.value.precision), recall: round4(s.value.recall), f1: round4(s.value.f1) },
});

export async function evaluateTimeMl(dataPath: string, limit?: number): Promise<EvalReport> {
  const files = timeMlFiles(dataPath).slice(0, limit);
  if (files.length === 0) throw new GoldDataError(`no .tml files under ${dataPath}`);
  let total = emptyCounts();
  const byPart = new Map<string, TimexCounts>();
  const started = performance.now();
  let characters = 0;
  for (const file of files) {
    const doc = readTimeMl(file);
    characters += doc.text.length;
    const counts = countDocument(doc);
    total = addCounts(total, counts);
    const parts = relative(dataPath, file).split(sep);
    const part = parts.length > 1 ? parts[0]! : '.';
    byPart.set(part, addCounts(byPart.get(part) ?? emptyCounts(), counts));
  }
  const ms = performance.now() - started;
  const scores = scoreTimexes(total);
  return {
    task: 'time', format: 'timeml', n: total.gold,
    precision: round4(scores.relaxed.precision), recall: round4(scores.relaxed.recall), f1: round4(scores.relaxed.f1),
    details: {
      documents: files.length,
      ...rounded(scores),
      counts: total,
      parts: Object.fromEntries([...byPart].map(([part, counts]) => [part, { documents: files.filter((f) => relative(dataPath, f).split(sep)[0] === part).length, ...rounded(scoreTimexes(counts)), counts }])),
      msPerDocument: Math.round((ms / files.length) * 100) / 100,
      charactersPerSecond: Math.round(characters / (ms / 1000)),
      scoring: 'TempEval-3: TIMEX3 inside <TEXT> (the DCT excluded); relaxed = any overlap; value compared as a string for each system expression against the gold one it overlaps most; n = gold expressions; precision/recall/f1 = relaxed span',
    },
  };
}

export const timeTask: EvalTask = {
  name: 'time',
  description: 'time expressions: strict and relaxed span P/R/F1, value accuracy and value F1 (TempEval-3), anchored on each document\'s DCT',
  formats: {
    timeml: { data: 'a folder of TimeML .tml files with TIMEX3 tags and a DCT (../shared/data/time/tempeval3-train); subfolders are also scored apart', run: (path, options) => evaluateTimeMl(path, options.limit) },
  },
};
