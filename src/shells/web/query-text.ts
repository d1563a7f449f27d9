/**
 * Writing the search language (src/query/parse.ts) from the dashboard's controls:
 * a facet click or a filter box adds a field term to the user's query, quoted when
 * the value has spaces or quotation marks, so the API parses it back as one value.
 */

/** `field:value`, quoted when needed. */
export function fieldTerm(field: string, value: string): string {
  const v = value.trim();
  return /^[\p{L}\p{N}_.\-*<>=]+$/u.test(v) ? `${field}:${v}` : `${field}:"${v.replace(/"/g, '')}"`;
}

/** The user's query and further terms joined by AND (implicit: juxtaposition), the user's part in parentheses when it has OR. */
export function withTerms(query: string, terms: readonly string[]): string {
  const base = query.trim();
  const extra = terms.filter((t) => t.trim() !== '');
  if (extra.length === 0) return base;
  const head = base === '' ? [] : [/\bOR\b/i.test(base) ? `(${base})` : base];
  return [...head, ...extra].join(' ');
}

/** A date range term from optional ends (YYYY-MM-DD): date:a..b, date:>=a, date:<=b. */
export function dateTerm(from: string, to: string, field = 'date'): string | undefined {
  if (from && to) return `${field}:${from}..${to}`;
  if (from) return `${field}:>=${from}`;
  if (to) return `${field}:<=${to}`;
  return undefined;
}

/**
 * The events views' "Likely right only" toggle: events of confidence 0.5 or more, right 79% of the time on judged
 * pages against 42% for all events (src/stages/events/event-confidence.ts). On unless the address says `likely=all`,
 * so a link without the parameter opens filtered, as the page does.
 */
export const LIKELY_RIGHT = { term: fieldTerm('confidence', '>=0.5'), param: 'likely', off: 'all' } as const;

/** Whether the toggle is on in these address parameters. */
export function likelyRightOnly(params: Readonly<Record<string, string | undefined>>): boolean {
  return params[LIKELY_RIGHT.param] !== LIKELY_RIGHT.off;
}

/** The address parameter of the toggle: none when on (the default), `all` when off. */
export function likelyRightParam(on: boolean): string | undefined {
  return on ? undefined : LIKELY_RIGHT.off;
}

/** The query an event view sends for its events: the user's, with the toggle's term when it is on. */
export function eventsQuery(q: string, params: Readonly<Record<string, string | undefined>>): string {
  return withTerms(q, likelyRightOnly(params) ? [LIKELY_RIGHT.term] : []);
}
