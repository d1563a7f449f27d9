#!/usr/bin/env node
import { processIo } from './output.js';
import { runCli } from './program.js';

// A closed pipe (`wirewatch search x | head`) is a normal way for a reader to stop.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2), processIo());
