import type { EvalTask } from './task.js';
import { seedTask } from './seed/seed-eval.js';
import { dateTask, extractTask } from './extract/tasks.js';
import { nerTask } from './ner/ner-eval.js';
import { posTask } from './pos/pos-eval.js';
import { parseTask } from './parse/parse-eval.js';
import { timeTask } from './time/time-eval.js';
import { quoteTask } from './quotes/quote-eval.js';
import { geoTask } from './geo/geo-eval.js';
import { eventsTask } from './events/events-eval.js';

/** The evaluation tasks `wirewatch eval <task>` knows, one explicit list. Later issues add theirs here. */
export const EVAL_TASKS: readonly EvalTask[] = [seedTask, extractTask, dateTask, nerTask, posTask, parseTask, timeTask, quoteTask, eventsTask, geoTask];

export function findEvalTask(name: string): EvalTask | undefined {
  return EVAL_TASKS.find((t) => t.name === name);
}
