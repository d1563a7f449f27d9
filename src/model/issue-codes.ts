/**
 * Every expected problem a stage can record on a document, with what it means.
 * `rejects: true` means nothing useful can be produced and the runner stops:
 * the input is reported as rejected and never stored.
 */
export interface IssueCodeInfo {
  severity: 'info' | 'warning' | 'error';
  rejects: boolean;
  description: string;
}

export const ISSUE_CODES = {
  'input.empty': { severity: 'error', rejects: true, description: 'The input has no content (0 bytes or only whitespace).' },
  'input.binary': { severity: 'error', rejects: true, description: 'The input is binary data, not text.' },
  'input.too-large': { severity: 'error', rejects: true, description: 'The input exceeds the configured size limit.' },
  'input.unreadable': { severity: 'error', rejects: true, description: 'The input could not be read (missing, a directory, no permission).' },
  'input.legacy-encoding': { severity: 'info', rejects: false, description: 'The input was decoded from a legacy (non-Unicode) encoding: the one the HTTP header or the page declares, or Windows-1252 for bytes that are not valid UTF-8.' },
  'input.encoding-mismatch': { severity: 'info', rejects: false, description: 'The declared encoding contradicts the bytes (valid UTF-8 under a legacy label, or no valid UTF-8 under a UTF-8 label); the bytes won.' },
  'input.decode-errors': { severity: 'warning', rejects: false, description: 'Some bytes are not valid in the encoding used; each became U+FFFD.' },
  'input.corrupt-gzip': { severity: 'error', rejects: true, description: 'The input is gzip-compressed and the compressed data is damaged.' },
  'input.truncated-gzip': { severity: 'warning', rejects: false, description: 'The gzip stream ends early (an interrupted download); the part before the cut was used.' },
  'input.not-html': { severity: 'info', rejects: false, description: 'The input was given as HTML (by its name) but contains no markup; it was read as plain text.' },
  'extract.no-body': { severity: 'error', rejects: true, description: 'No article body remained after boilerplate removal.' },
  'extract.short-body': { severity: 'warning', rejects: false, description: 'The article body is very short; it may be a teaser or a listing.' },
  'extract.no-title': { severity: 'warning', rejects: false, description: 'No title line was found; the first sentence stands in.' },
  'extract.no-date': { severity: 'info', rejects: false, description: 'No publication date was found in the text.' },
  'extract.no-source': { severity: 'info', rejects: false, description: 'No outlet name was found in the text or URL; the source is "unknown".' },
  'extract.html-truncated': { severity: 'warning', rejects: false, description: 'The page exceeded the HTML size limit and was cut before parsing; whatever came later in the page was not read.' },
  'extract.truncated': { severity: 'warning', rejects: false, description: 'The body exceeded maxTextChars and was cut at a paragraph boundary (or, in an over-long paragraph, at a sentence end or space).' },
  'published.no-timezone': { severity: 'info', rejects: false, description: 'The publication time has no known time zone; it is given without an offset.' },
  'quotes.truncated': { severity: 'warning', rejects: false, description: 'The document is longer than the quotes stage reads (150,000 characters); quotes were found in its first sentences only.' },
  'places.truncated': { severity: 'info', rejects: false, description: 'The document names more places than the places stage resolves in one document (a list or a table, not an article): only the first are resolved.' },
  'times.no-anchor': { severity: 'info', rejects: false, description: 'The document has no publication date to anchor relative times on; "yesterday", "on Monday" and "last year" are left unresolved (X in their values).' },
  'language.uncertain': { severity: 'info', rejects: false, description: 'The text is too short or mixed for a reliable language guess.' },
  'language.mixed': { severity: 'info', rejects: false, description: 'Some paragraphs are reliably in another language than English: their sentences are not coded for events.' },
  'language.unsupported': { severity: 'warning', rejects: false, description: 'The language is not English: events are not coded (the verb dictionaries are English); the other English-trained stages ran and may be poor.' },
  'events.sentence-cap': { severity: 'info', rejects: false, description: 'A sentence gave more events than the per-sentence cap (a list, or an ambiguous parse); the events of its main clauses were kept.' },
  'events.long-sentence': { severity: 'info', rejects: false, description: 'A sentence longer than the event coder takes (a table or a run-on) was not coded.' },
  'events.truncated': { severity: 'warning', rejects: false, description: 'The document has more sentences than the event coder reads; only the first were coded.' },
  'syntax.long-sentence': { severity: 'info', rejects: false, description: 'A sentence longer than the parser takes at once (usually a list or a table run together) was parsed in pieces, each with a root of its own.' },
  'fetch.bad-url': { severity: 'error', rejects: true, description: 'The URL is not an absolute http(s) URL (another scheme, a typo, credentials in it).' },
  'fetch.refused-private-address': { severity: 'error', rejects: true, description: 'The URL points at a private, loopback, link-local or otherwise non-public address (directly, after DNS resolution or after a redirect); refused unless private addresses are allowed (--allow-private).' },
  'fetch.robots-disallowed': { severity: 'error', rejects: true, description: "The site's robots.txt disallows this URL for Wirewatch's user agent." },
  'fetch.robots-unavailable': { severity: 'error', rejects: true, description: "The site's robots.txt could not be read (a server error or no connection); as RFC 9309 asks, the whole site is treated as disallowed for now." },
  'fetch.timeout': { severity: 'error', rejects: true, description: 'The server did not answer, or did not finish sending, within the timeout (after the retries).' },
  'fetch.too-large': { severity: 'error', rejects: true, description: 'The response is larger than the size limit (declared or counted while streaming, compressed or decompressed); the download was aborted at the limit.' },
  'fetch.http-status': { severity: 'error', rejects: true, description: 'The server answered with an error status (4xx, or 5xx/429 after the retries).' },
  'fetch.too-many-redirects': { severity: 'error', rejects: true, description: 'The URL redirects more times than allowed, or in a loop, or to a non-http(s) URL.' },
  'fetch.network': { severity: 'error', rejects: true, description: 'The connection failed: the name does not resolve, the server refuses or resets the connection, TLS fails.' },
  'fetch.bad-encoding': { severity: 'error', rejects: true, description: 'The response declares a Content-Encoding that is unknown or whose data is corrupt.' },
  'fetch.unsupported-type': { severity: 'error', rejects: true, description: 'The response is not a web page, text, feed or sitemap (an image, a PDF, a video).' },
  'source.bad-feed': { severity: 'error', rejects: true, description: 'The feed (RSS, Atom, RDF or JSON Feed) could not be parsed.' },
  'source.bad-sitemap': { severity: 'error', rejects: true, description: 'The sitemap or sitemap index could not be parsed, or nests deeper than allowed.' },
  'source.bad-warc': { severity: 'error', rejects: true, description: 'The WARC file is damaged (unreadable record headers or gzip data); the records before the damage were read.' },
  'source.warc-record-too-large': { severity: 'error', rejects: true, description: 'A WARC record holds a page larger than the size limit; it was skipped without being read whole.' },
  'stage.failed': { severity: 'error', rejects: false, description: 'A stage threw an unexpected error; its output is missing. This is a bug.' },
  'stage.skipped': { severity: 'warning', rejects: false, description: 'A stage was skipped because a field it requires is missing.' },
  'stage.contract': { severity: 'error', rejects: false, description: 'A stage did not assign a field it declares. This is a bug.' },
} as const satisfies Record<string, IssueCodeInfo>;

export type IssueCode = keyof typeof ISSUE_CODES;

export function issueCodeInfo(code: IssueCode): IssueCodeInfo {
  return ISSUE_CODES[code];
}
