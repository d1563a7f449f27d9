/**
 * The `events` evaluation task: PETRARCH validation records (`petr`) and PLOVER
 * gold-standard records (`plover`). See petr-eval.ts and plover-eval.ts.
 */
import type { EvalTask } from '../task.js';
import { evaluatePetr } from './petr-eval.js';
import { evaluatePlover } from './plover-eval.js';

export const eventsTask: EvalTask = {
  name: 'events',
  description: 'event coding (CAMEO/PLOVER): exact (source, target, code) on PETRARCH records; PLOVER event type and source actor',
  formats: {
    petr: {
      data: 'PETR.UnitTest.records.xml (../shared/data/events/gold/petr-unit-tests); --dictionaries DIR, else the PETR.Validate.* files beside it',
      run: (dataPath, options) => Promise.resolve(evaluatePetr(dataPath, options)),
    },
    plover: {
      data: 'PLOVER_GSR_CAMEO.txt (../shared/data/events/gold/plover-gsr)',
      run: (dataPath, options) => Promise.resolve(evaluatePlover(dataPath, options)),
    },
  },
};
