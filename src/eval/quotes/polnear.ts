/**
 * The PolNeAR corpus (Newell, Margolin & Ruths, LREC 2018) in its released
 * layout: `<split>/text/<article>.txt` and `<split>/attributions/<article>_<annotator>.ann`,
 * brat standoff with Source, Cue and Content spans joined by Attribution events.
 * An article annotated by several annotators has one .ann per annotator.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Span } from '../../model/schema.js';
import { parseBrat } from './brat.js';
import { GoldDataError } from '../gold-data-error.js';

/** One gold attribution: its content, cue and source spans (each may be discontinuous, the source absent). */
export interface GoldAttribution {
  content: Span[];
  cue: Span[];
  source: Span[];
}

export interface PolnearAnnotation {
  /** The article name (the .txt file without extension). */
  article: string;
  annotator: string;
  text: string;
  attributions: GoldAttribution[];
  /** Annotation lines that could not be read. */
  skipped: number;
}

const ANN_NAME = /^(.*)_([0-9a-f]+)\.ann$/u;

/** The annotation files of a PolNeAR split folder (or of its attributions/ folder), sorted; throws a clear error on another layout. */
export function listPolnearAnnotations(dir: string): { ann: string; txt: string; article: string; annotator: string }[] {
  const annDir = existsSync(join(dir, 'attributions')) ? join(dir, 'attributions') : dir;
  const textDir = existsSync(join(dir, 'text')) ? join(dir, 'text') : join(annDir, '..', 'text');
  if (!existsSync(textDir)) throw new GoldDataError(`${dir}: not a PolNeAR split (expected text/ and attributions/ folders)`);
  return readdirSync(annDir)
    .filter((f) => f.endsWith('.ann'))
    .sort()
    .flatMap((f) => {
      const m = ANN_NAME.exec(basename(f));
      if (!m) return [];
      const txt = join(textDir, `${m[1]}.txt`);
      return existsSync(txt) ? [{ ann: join(annDir, f), txt, article: m[1]!, annotator: m[2]! }] : [];
    });
}

const spansOf = (doc: ReturnType<typeof parseBrat>, ids: readonly string[] | undefined): Span[] =>
  (ids ?? []).flatMap((id) => doc.spans.get(id)?.fragments ?? []).sort((a, b) => a.start - b.start);

/** Reads one annotation file: every Attribution (with or without source) that has a content span. */
export function readPolnearAnnotation(entry: { ann: string; txt: string; article: string; annotator: string }, text = readFileSync(entry.txt, 'utf8')): PolnearAnnotation {
  const doc = parseBrat(readFileSync(entry.ann, 'utf8'), text);
  const attributions: GoldAttribution[] = [];
  for (const event of doc.events) {
    if (!event.type.startsWith('Attribution')) continue;
    const content = spansOf(doc, event.args.get('Content'));
    if (content.length === 0) continue;
    attributions.push({ content, cue: spansOf(doc, event.args.get('Cue')), source: spansOf(doc, event.args.get('Source')) });
  }
  return { article: entry.article, annotator: entry.annotator, text, attributions, skipped: doc.skipped };
}
