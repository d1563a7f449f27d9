/**
 * Reads the Local-Global Lexicon corpus (Lieberman, Samet and Sankaranarayanan 2010):
 * an XML file of <article docid> elements with <text> and <toponyms>, each toponym a
 * character span with, where the annotators resolved it, a GeoNames <gaztag> (id,
 * feature class and code, lat, lon). The structure is regular, so a few patterns read it.
 */
import { readFileSync } from 'node:fs';
import { GoldDataError } from '../gold-data-error.js';

export interface LglToponym {
  start: number;
  end: number;
  phrase: string;
  /** Absent when the annotators did not resolve the toponym. */
  gold?: { geonamesId: number; name: string; featureClass: string; featureCode: string; lat: number; lon: number };
}

export interface LglArticle {
  docid: string;
  title: string;
  domain: string;
  text: string;
  toponyms: LglToponym[];
}

/** The size the reader refuses above: LGL is 3.4 MB. */
const MAX_BYTES = 64 * 1024 * 1024;

const ARTICLE = /<article docid="([^"]*)">([\s\S]*?)<\/article>/g;
const TOPONYM = /<toponym>([\s\S]*?)<\/toponym>/g;
const field = (xml: string, name: string): string | undefined => new RegExp(`<${name}(?: [^>]*)?>([\\s\\S]*?)</${name}>`).exec(xml)?.[1];
const unescapeXml = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const cdata = (s: string): string => {
  const m = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(s);
  return m ? m[1]! : unescapeXml(s);
};

export function parseLgl(xml: string): LglArticle[] {
  const articles: LglArticle[] = [];
  for (const a of xml.matchAll(ARTICLE)) {
    const body = a[2]!;
    const text = cdata(field(body, 'text') ?? '');
    const toponyms: LglToponym[] = [];
    for (const t of (field(body, 'toponyms') ?? '').matchAll(TOPONYM)) {
      const x = t[1]!;
      const toponym: LglToponym = { start: Number(field(x, 'start')), end: Number(field(x, 'end')), phrase: unescapeXml(field(x, 'phrase') ?? '') };
      const gaz = /<gaztag geonameid="(\d+)">([\s\S]*?)<\/gaztag>/.exec(x);
      const lat = gaz ? Number(field(gaz[2]!, 'lat')) : NaN;
      const lon = gaz ? Number(field(gaz[2]!, 'lon')) : NaN;
      if (gaz && Number.isFinite(lat) && Number.isFinite(lon)) {
        toponym.gold = {
          geonamesId: Number(gaz[1]), name: unescapeXml(field(gaz[2]!, 'name') ?? ''), featureClass: field(gaz[2]!, 'fclass') ?? '',
          featureCode: field(gaz[2]!, 'fcode') ?? '', lat, lon,
        };
      }
      if (Number.isInteger(toponym.start) && toponym.end > toponym.start) toponyms.push(toponym);
    }
    articles.push({ docid: a[1]!, title: unescapeXml(field(body, 'title') ?? ''), domain: field(body, 'domain') ?? '', text, toponyms });
  }
  return articles;
}

export function readLgl(path: string): LglArticle[] {
  const xml = readFileSync(path, 'utf8');
  if (xml.length > MAX_BYTES) throw new RangeError(`${path}: ${xml.length} characters, more than the ${MAX_BYTES} this reader takes`);
  const articles = parseLgl(xml);
  if (articles.length === 0) throw new GoldDataError(`${path}: no <article> elements: not an LGL file`);
  return articles;
}

/** The documented split: articles with an even docid are the dev half (tuning), odd ones are held out. */
export const lglSplit = (a: LglArticle): 'dev' | 'heldout' => (Number(a.docid) % 2 === 0 ? 'dev' : 'heldout');
