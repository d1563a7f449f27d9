/**
 * The dashboard's only way to data: the HTTP API under /api on the same origin
 * (src/shells/api). Errors come back as ApiError with the server's message, so every
 * page can show what went wrong instead of a blank.
 */
import type { AnalysedDocument } from '../../src/model/schema.js';
import type { DocumentHit, EntityCount, EventRecord, Facets, QuoteRecord, TimelinePoint } from '../../src/query/results.js';

export type { AnalysedDocument, DocumentHit, EntityCount, EventRecord, Facets, QuoteRecord, TimelinePoint };

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string,
  ) {
    super(message);
  }
}

export interface Page<T> {
  items: T[];
  total?: number;
  /** Opaque cursor of the next page; absent on the last. */
  next?: string;
}

type Params = Record<string, string | number | undefined>;

export function apiUrl(path: string, params: Params = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, String(value));
  const qs = search.toString();
  return `/api/${path}${qs ? '?' + qs : ''}`;
}

export async function getJson<T>(path: string, params: Params = {}, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(apiUrl(path, params), { headers: { accept: 'application/json' }, signal });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError('The Wirewatch server did not answer. Is `wirewatch serve` still running?', 0);
  }
  const body = await response.text();
  let json: unknown;
  try {
    json = body === '' ? undefined : JSON.parse(body);
  } catch {
    throw new ApiError(`The server sent something that is not JSON (HTTP ${response.status}).`, response.status);
  }
  if (!response.ok) {
    const err = (json ?? {}) as { error?: unknown; message?: unknown; code?: unknown };
    const detail = typeof err.error === 'object' && err.error !== null ? (err.error as { message?: unknown; code?: unknown }) : err;
    const message = typeof detail.message === 'string' ? detail.message : typeof err.error === 'string' ? err.error : `HTTP ${response.status}`;
    throw new ApiError(message, response.status, typeof detail.code === 'string' ? detail.code : undefined);
  }
  return json as T;
}

/** Follows cursors until `max` items or the end: for views that aggregate (timeline, network, map). */
export async function getAll<T>(path: string, params: Params, max: number, signal?: AbortSignal): Promise<{ items: T[]; complete: boolean }> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await getJson<Page<T>>(path, { ...params, limit: Math.min(500, max - items.length), cursor }, signal);
    items.push(...page.items);
    cursor = page.next;
  } while (cursor && items.length < max);
  return { items, complete: cursor === undefined };
}
