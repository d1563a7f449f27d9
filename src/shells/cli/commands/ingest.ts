import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { ingestFiles, type IngestReport } from '../../../ingest/ingest-files.js';
import { DEFAULT_CONFIG } from '../../../pipeline/config.js';
import { CliError, EXIT } from '../exit-codes.js';
import { listInputs } from '../../../sources/files.js';
import { day, fit, writeLine, type CliState, type Io } from '../output.js';
import { parseByteSize } from '../options.js';
import { withStore } from '../store-access.js';

const MARK = { inserted: '+', updated: '~', unchanged: '=' } as const;

function printSummary(io: Io, report: IngestReport, dbPath: string, total: number): void {
  const out = io.stdout;
  for (const d of report.documents) {
    writeLine(out, `${MARK[d.outcome]} ${d.id}  ${day(d.published)}  ${fit(d.source, 16).padEnd(16)}  ${fit(d.title, 60).padEnd(60)}  ${d.paragraphs} ¶, ${d.entities} entities`);
  }
  const c = report.counts;
  writeLine(out, `${c.inserted} new, ${c.updated} updated, ${c.unchanged} unchanged, ${c.rejected} rejected. The store at ${dbPath} holds ${total} documents.`);
}

export function registerIngest(program: Command, io: Io, state: CliState): void {
  program
    .command('ingest')
    .description('analyse files and folders of news texts and web pages into the store (re-ingesting changes nothing)')
    .argument('<inputs...>', 'files or folders of .txt and .html/.htm files (also gzipped: .html.gz)')
    .option('--db <path>', 'the store (default: $WIREWATCH_DB or ~/.local/share/wirewatch/wirewatch.db)')
    .option('--json', 'print the report as JSON')
    .option('--max-bytes <size>', 'reject inputs larger than this, compressed or not (e.g. 10MB)', parseByteSize, DEFAULT_CONFIG.maxInputBytes)
    .action(async (inputs: string[], opts: { db?: string; json?: boolean; maxBytes: number }) => {
      // Nothing to read means nothing to store: say so before creating a database.
      const listed = listInputs(inputs);
      if (listed.files.length === 0) {
        for (const p of listed.problems) writeLine(io.stderr, `wirewatch: ${p.path}: ${p.code}: ${p.message}`);
        throw new CliError(`no .txt or .html files to ingest in ${inputs.join(', ')}`, EXIT.input);
      }
      await withStore(io, opts.db, { create: true }, async (store, dbPath) => {
        const bar = io.stderr.isTTY ? new cliProgress.SingleBar({ stream: io.stderr, format: 'ingest [{bar}] {value}/{total} files · {eta_formatted} left', hideCursor: true }, cliProgress.Presets.shades_classic) : undefined;
        let started = false;
        const report = await ingestFiles(inputs, store, {
          config: { maxInputBytes: opts.maxBytes },
          onProgress: ({ done, total }) => {
            if (!bar) return;
            if (!started) { bar.start(total, 0); started = true; }
            bar.update(done);
          },
        });
        bar?.stop();
        for (const r of report.rejected) writeLine(io.stderr, `wirewatch: ${r.path}: ${r.code}: ${r.message}`);
        const stats = await store.stats();
        if (opts.json) writeLine(io.stdout, JSON.stringify({ db: dbPath, ...report, storeDocuments: stats.documents }));
        else printSummary(io, report, dbPath, stats.documents);
        const stored = report.documents.length;
        if (stored === 0 && report.counts.rejected > 0) state.exitCode = EXIT.input;
        else if (report.counts.rejected > 0) state.exitCode = EXIT.partial;
      });
    });
}
