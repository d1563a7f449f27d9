#!/usr/bin/env node
import { needsRelaunch, relaunch } from './relaunch.js';

// A closed pipe (`wirewatch search x | head`) is a normal way for a reader to stop.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const args = process.argv.slice(2);
if (needsRelaunch(args, process.execArgv, process.env)) {
  process.exitCode = await relaunch(process.argv[1]!, args);
} else {
  // Imported here, not above: a process that only relaunches need not load the pipeline.
  const [{ runCli }, { processIo }] = await Promise.all([import('./program.js'), import('./output.js')]);
  process.exitCode = await runCli(args, processIo());
}
