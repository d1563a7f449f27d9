/**
 * Trains the events' confidence model (src/stages/events/event-confidence.ts) on the judged events of real pages
 * (eval/events-judged.json), the documents at even positions only (the development half: `eval events --format
 * judged` reports the odd ones as held out), and writes resources/events/confidence.json. Deterministic: the events
 * in document and sentence order, no shuffling. Also prints each half's precision and recall at confidence ≥ 0.5 for
 * a model trained on the other half.
 *
 *   npm run build && node dist/scripts/train-event-confidence.js [--data ../shared/data]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { codeJudgedDocuments, codedEventKey, eventKey, readJudgedSet } from '../src/eval/events/judged-eval.js';
import { CONFIDENCE_MODEL_FILE, confidenceFeatures, LIKELY_RIGHT, scoreConfidence, trainConfidenceModel } from '../src/stages/events/event-confidence.js';
import { EVENT_RESOURCES_DIR } from '../src/stages/events/event-resources.js';
import { SHARED_DIR } from '../src/test-support/paths.js';

const { values } = parseArgs({ options: { data: { type: 'string' } } });
const dataDir = values.data ?? join(SHARED_DIR, 'data');

const set = readJudgedSet();
const verdicts = new Map(set.judgements.map((j) => [eventKey(j), j.verdict]));
const half = (parity: number): string[] => set.documents.filter((_, i) => i % 2 === parity);
const examplesOf = (documents: readonly string[]) => codeJudgedDocuments(dataDir, documents).events
  .filter((c) => verdicts.has(codedEventKey(c)))
  .map((c) => ({ features: confidenceFeatures(c.event), right: verdicts.get(codedEventKey(c)) === 'right' }));

const development = examplesOf(half(0));
const heldOut = examplesOf(half(1));
const ABOUT = `Logistic regression over event-record features (event-confidence.ts), trained by scripts/train-event-confidence.ts on ${development.length} judged events of the development half of eval/events-judged.json`;

function report(name: string, model: ReturnType<typeof trainConfidenceModel>, test: typeof development): void {
  const kept = test.filter((x) => scoreConfidence(model, x.features) >= LIKELY_RIGHT);
  const right = test.filter((x) => x.right).length;
  const keptRight = kept.filter((x) => x.right).length;
  console.log(`${name}: all ${test.length} events, precision ${(right / test.length).toFixed(3)}; confidence >= ${LIKELY_RIGHT}: ${kept.length} events, precision ${(keptRight / Math.max(1, kept.length)).toFixed(3)}, recall ${(keptRight / Math.max(1, right)).toFixed(3)}`);
}

const model = trainConfidenceModel(development, ABOUT);
report('held-out half, model of the development half', model, heldOut);
report('development half, model of the held-out half (check only)', trainConfidenceModel(heldOut, 'check'), development);
writeFileSync(join(EVENT_RESOURCES_DIR, CONFIDENCE_MODEL_FILE), JSON.stringify(model, null, 1) + '\n');
console.log(`wrote ${join(EVENT_RESOURCES_DIR, CONFIDENCE_MODEL_FILE)}: ${Object.keys(model.weights).length} weights`);
