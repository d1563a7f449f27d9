import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { EVAL_TASKS, findEvalTask } from '../../../eval/registry.js';
import { EXTRACTOR_NAMES } from '../../../eval/extract/tasks.js';
import { isGoldDataProblem } from '../../../eval/gold-data-error.js';
import type { EvalOptions, EvalReport } from '../../../eval/task.js';
import { CliError, EXIT } from '../exit-codes.js';
import { parsePositiveInt } from '../options.js';
import { writeLine, type CliState, type Io } from '../output.js';

export function registerEval(program: Command, io: Io, _state: CliState): void {
  const tasks = EVAL_TASKS.map((t) => `  ${t.name}: ${t.description}\n${Object.entries(t.formats).map(([f, x]) => `    --format ${f}: ${x.data}`).join('\n')}`).join('\n');
  program
    .command('eval')
    .description('evaluate a stage on gold data and print precision, recall and F1')
    .argument('<task>', 'the task to evaluate')
    .requiredOption('--format <fmt>', 'the format of the gold data')
    .requiredOption('--data <path>', 'where the gold data is')
    .option('--json', 'print the report as one JSON object on the last line')
    .option('--extractor <name>', `extraction tasks: the extractor to score (${EXTRACTOR_NAMES.join(', ')})`, 'wirewatch')
    .option('--dictionaries <dir>', 'events: a folder of PETRARCH dictionaries to code with (petr: by default the PETR.Validate.* files beside the records)')
    .option('--limit <n>', 'only the first n items (a quick look; never for reported numbers)', parsePositiveInt)
    .addHelpText('after', `\nTasks:\n${tasks}`)
    .action(async (name: string, opts: { format: string; data: string; json?: boolean; extractor: string; limit?: number; dictionaries?: string }) => {
      const task = findEvalTask(name);
      if (!task) throw new CliError(`unknown eval task ${name}; known: ${EVAL_TASKS.map((t) => t.name).join(', ')}`, EXIT.notFound);
      const format = task.formats[opts.format];
      if (!format) throw new CliError(`task ${name} has no format ${opts.format}; known: ${Object.keys(task.formats).join(', ')}`, EXIT.usage);
      if (!existsSync(opts.data)) throw new CliError(`no gold data at ${opts.data}`, EXIT.input);
      if (!EXTRACTOR_NAMES.includes(opts.extractor)) throw new CliError(`unknown extractor ${opts.extractor}; known: ${EXTRACTOR_NAMES.join(', ')}`, EXIT.usage);
      const options: EvalOptions = { extractor: opts.extractor };
      if (opts.limit !== undefined) options.limit = opts.limit;
      if (opts.dictionaries !== undefined) options.dictionaries = opts.dictionaries;
      let report: EvalReport;
      try {
        report = await format.run(opts.data, options);
      } catch (error) {
        if (isGoldDataProblem(error)) throw new CliError(`cannot read ${opts.data} as ${name} --format ${opts.format} (${format.data}): ${error.message}`, EXIT.input);
        throw error;
      }
      if (opts.json) {
        writeLine(io.stdout, JSON.stringify(report));
        return;
      }
      writeLine(io.stdout, `${report.task} (${report.format}) on ${report.n} items: precision ${report.precision.toFixed(3)}, recall ${report.recall.toFixed(3)}, F1 ${report.f1.toFixed(3)}`);
      if (report.details) writeLine(io.stdout, JSON.stringify(report.details, null, 2));
    });
}
