/** A search snippet marks matched words between « and » (src/query/results.ts); split it for safe rendering. */
export interface SnippetPart {
  text: string;
  hit: boolean;
}

/**
 * @example snippetParts('a «b» c') → [{text:'a ',hit:false},{text:'b',hit:true},{text:' c',hit:false}]
 */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const re = /«([^«»]*)»/g;
  let last = 0;
  for (let m = re.exec(snippet); m; m = re.exec(snippet)) {
    if (m.index > last) parts.push({ text: snippet.slice(last, m.index), hit: false });
    if (m[1]) parts.push({ text: m[1], hit: true });
    last = m.index + m[0].length;
  }
  if (last < snippet.length) parts.push({ text: snippet.slice(last), hit: false });
  return parts;
}
