/**
 * The `events` evaluation task: PETRARCH validation records (`petr`) and PLOVER
 * gold-standard records (`plover`), and precision on ordinary news against our own
 * judgements (`judged`). See petr-eval.ts, plover-eval.ts and judged-eval.ts.
 */
import type { EvalTask } from '../task.js';
import { evaluateJudged } from './judged-eval.js';
import { evaluatePetr } from './petr-eval.js';
import { evaluatePlover } from './plover-eval.js';

export const eventsTask: EvalTask = {
  name: 'events',
  description: 'event coding (CAMEO/PLOVER): exact (source, target, code) on PETRARCH records; PLOVER event type and source actor; precision on real news against judged events',
  formats: {
    petr: {
      data: 'PETR.UnitTest.records.xml (../shared/data/events/gold/petr-unit-tests); --dictionaries DIR, else the PETR.Validate.* files beside it',
      run: (dataPath, options) => Promise.resolve(evaluatePetr(dataPath, options)),
    },
    plover: {
      data: 'PLOVER_GSR_CAMEO.txt (../shared/data/events/gold/plover-gsr)',
      run: (dataPath, options) => Promise.resolve(evaluatePlover(dataPath, options)),
    },
    judged: {
      data: '../shared/data (the documents of eval/events-judged.json: English trafilatura-eval pages, PolNeAR train articles)',
      run: (dataPath, options) => Promise.resolve(evaluateJudged(dataPath, options)),
    },
  },
};
