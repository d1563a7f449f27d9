import type { IssueCode } from '../model/issue-codes.js';

/** What one URL gave: its bytes, "not modified since you asked", or a coded reason it gave nothing. */
export type FetchResult = FetchedResource | NotModified | FetchFailure;

export interface FetchedResource {
  ok: true;
  notModified: false;
  /** The URL asked for. */
  url: string;
  /** The URL the bytes came from, after redirects. */
  finalUrl: string;
  status: number;
  /** The body, Content-Encoding undone. */
  bytes: Uint8Array;
  contentType?: string;
  contentLanguage?: string;
  /** Validators for the next conditional GET. */
  etag?: string;
  lastModified?: string;
}

export interface NotModified {
  ok: true;
  notModified: true;
  url: string;
  finalUrl: string;
  status: 304;
  etag?: string;
  lastModified?: string;
}

export interface FetchFailure {
  ok: false;
  url: string;
  code: IssueCode;
  message: string;
  /** The HTTP status, when the server answered. */
  status?: number;
}
