import type { Command } from 'commander';
import { analyze } from '../../../pipeline/analyze.js';
import { isQuotation, type AnalysedDocument } from '../../../model/schema.js';
import type { RawInput } from '../../../model/working-document.js';
import { isProblem, listInputs, rawInputFromBytes, readInput, type InputProblem } from '../../../sources/files.js';
import { CliError, EXIT } from '../exit-codes.js';
import { eventLines, fit, placeLines, quoteLines, timeLines, writeLine, type CliState, type Io } from '../output.js';
import { parseByteSize, parseHttpUrl } from '../options.js';
import { DEFAULT_CONFIG } from '../../../pipeline/config.js';
import { LIKELY_RIGHT } from '../../../stages/events/event-confidence.js';

async function readStdin(io: Io, maxBytes: number): Promise<RawInput | InputProblem> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of io.stdin) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buf.length;
    if (size > maxBytes) return { path: '-', code: 'input.too-large', message: `standard input exceeds ${maxBytes} bytes (--max-bytes)` };
    chunks.push(buf);
  }
  return rawInputFromBytes(Buffer.concat(chunks));
}

export function printReadable(io: Io, doc: AnalysedDocument): void {
  const out = io.stdout;
  writeLine(out, doc.title);
  writeLine(out, `${doc.published ?? 'no date'} · ${doc.source.name} · ${doc.language} · id ${doc.id}`);
  writeLine(out, `${doc.paragraphs.length} paragraphs, ${doc.sentences.length} sentences, ${doc.entities.length} entities`);
  for (const e of doc.entities) writeLine(out, `  ${e.type.padEnd(6)} ${e.name}${e.mentions.length > 1 ? ` (×${e.mentions.length})` : ''}`);
  for (const issue of doc.issues) writeLine(out, `  ! ${issue.code}: ${issue.message}`);
  // What was said first; what people think, want, back or what polls show after it, apart.
  const quotations = doc.quotes.filter(isQuotation);
  const others = doc.quotes.filter((q) => !isQuotation(q));
  if (quotations.length > 0) writeLine(out, `${quotations.length} quote${quotations.length === 1 ? '' : 's'}`);
  for (const line of quoteLines(doc, quotations)) writeLine(out, line);
  if (others.length > 0) writeLine(out, `${others.length} other attribution${others.length === 1 ? '' : 's'} (thought, intent, stance, evidence)`);
  for (const line of quoteLines(doc, others)) writeLine(out, line);
  if (doc.times.length > 0) writeLine(out, `${doc.times.length} time expression${doc.times.length === 1 ? '' : 's'}`);
  for (const line of timeLines(doc)) writeLine(out, line);
  if (doc.places.length > 0) writeLine(out, `${doc.places.length} place mention${doc.places.length === 1 ? '' : 's'}`);
  for (const line of placeLines(doc)) writeLine(out, line);
  if (doc.events.length > 0) writeLine(out, `${doc.events.length} event${doc.events.length === 1 ? '' : 's'} (confidence under ${LIKELY_RIGHT}: unsure)`);
  for (const line of eventLines(doc)) writeLine(out, line);
  writeLine(out);
  for (const p of doc.paragraphs) writeLine(out, fit(doc.text.slice(p.start, p.end), 300) + '\n');
}

export function registerAnalyze(program: Command, io: Io, state: CliState): void {
  program
    .command('analyze')
    .description('analyse news texts and web pages and print the result (files, folders, or - for standard input)')
    .argument('<inputs...>', 'files (.txt, .html, .htm, .xhtml, also gzipped: .html.gz), folders of them, or - for standard input')
    .option('--json', 'one JSON value: an object for one input, an array for several (default)')
    .option('--jsonl', 'one JSON object per line')
    .option('--pretty', 'a readable summary instead of JSON')
    .option('--tokens', 'include token annotations in the JSON')
    .option('--max-bytes <size>', 'reject inputs larger than this, compressed or not (e.g. 10MB)', parseByteSize, DEFAULT_CONFIG.maxInputBytes)
    .option('--url <url>', "the input's original address (a saved page): gives the source domain, a date from the URL and the id", parseHttpUrl)
    .action(async (inputs: string[], opts: { json?: boolean; jsonl?: boolean; pretty?: boolean; tokens?: boolean; maxBytes: number; url?: string }) => {
      const formats = [opts.json, opts.jsonl, opts.pretty].filter(Boolean).length;
      if (formats > 1) throw new CliError('choose one of --json, --jsonl, --pretty', EXIT.usage);
      const config = { maxInputBytes: opts.maxBytes, keepTokens: Boolean(opts.tokens) };
      const fromStdin = inputs.includes('-');
      const listed = listInputs(inputs.filter((i) => i !== '-'));
      const raws: (RawInput | InputProblem)[] = [...listed.problems];
      if (fromStdin) raws.push(await readStdin(io, opts.maxBytes));
      for (const file of listed.files) raws.push(readInput(file, opts.maxBytes));
      if (raws.length === 0) throw new CliError(`no .txt or .html files found in ${inputs.join(', ')}`, EXIT.input);
      if (opts.url !== undefined) {
        // One address for several documents would give them one id: refuse rather than merge them.
        if (raws.length > 1) throw new CliError('--url names one page: give exactly one input file with it', EXIT.usage);
        for (const raw of raws) if (!isProblem(raw)) raw.url = opts.url;
      }

      const docs: AnalysedDocument[] = [];
      let rejected = 0;
      for (const raw of raws) {
        if (isProblem(raw)) {
          rejected++;
          writeLine(io.stderr, `wirewatch: ${raw.path}: ${raw.code}: ${raw.message}`);
          continue;
        }
        const result = analyze(raw, { config });
        if (!result.ok) {
          rejected++;
          writeLine(io.stderr, `wirewatch: ${raw.path ?? '-'}: ${result.rejection.code}: ${result.rejection.message}`);
          continue;
        }
        docs.push(result.document);
        if (opts.jsonl) writeLine(io.stdout, JSON.stringify(result.document));
        if (opts.pretty) printReadable(io, result.document);
      }
      if (!opts.jsonl && !opts.pretty && docs.length > 0) {
        writeLine(io.stdout, JSON.stringify(docs.length === 1 && raws.length === 1 ? docs[0] : docs, null, 2));
      }
      if (docs.length === 0) state.exitCode = EXIT.input;
      else if (rejected > 0) state.exitCode = EXIT.partial;
    });
}
