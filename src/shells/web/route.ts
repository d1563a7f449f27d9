/**
 * The dashboard's address: `#/page/arg?key=value`. A hash route needs no server-side
 * fallback, survives reloads and can be bookmarked or shared.
 */
export const PAGES = ['search', 'article', 'events', 'timeline', 'map', 'network', 'entity'] as const;
export type PageName = (typeof PAGES)[number];

export interface Route {
  page: PageName;
  /** The path argument: a document id or an entity name. */
  arg?: string;
  params: Record<string, string>;
}

export function parseRoute(hash: string): Route {
  const body = hash.replace(/^#\/?/, '');
  const q = body.indexOf('?');
  const path = q < 0 ? body : body.slice(0, q);
  const params = Object.fromEntries(new URLSearchParams(q < 0 ? '' : body.slice(q + 1)));
  const [head, ...rest] = path.split('/');
  const page = (PAGES as readonly string[]).includes(head ?? '') ? (head as PageName) : 'search';
  const arg = rest.length > 0 ? decodeURIComponent(rest.join('/')) : undefined;
  return arg === undefined ? { page, params } : { page, arg, params };
}

/** `#/article/abc?q=x`: empty parameters are left out. */
export function href(page: PageName, arg?: string, params: Record<string, string | undefined> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const qs = search.toString();
  return `#/${page}${arg === undefined ? '' : '/' + encodeURIComponent(arg)}${qs ? '?' + qs : ''}`;
}
