/** A query that cannot be read: what is wrong and where, for a user to fix it. */
export class QueryError extends Error {
  constructor(
    readonly code: 'query.syntax' | 'query.bad-value' | 'query.empty' | 'query.too-complex',
    message: string,
    /** Where the problem is in the query text: [start, end) in UTF-16 code units. */
    readonly at: { start: number; end: number },
  ) {
    super(message);
    this.name = 'QueryError';
  }

  /** The message with the position, 1-based as editors count columns. */
  describe(): string {
    return `${this.message} (at character ${this.at.start + 1})`;
  }
}
