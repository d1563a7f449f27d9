/**
 * Bound parameters of one statement. Every value a user typed reaches the database
 * through here, never spliced into SQL text: SQLite statements name them (@p1, @p2…),
 * PostgreSQL numbers them ($1, $2…).
 */
export type SqlValue = string | number | null;

export class SqlParams {
  readonly values: SqlValue[] = [];

  constructor(private readonly style: 'named' | 'numbered') {}

  /** Binds `value` and returns its placeholder. */
  add(value: SqlValue): string {
    this.values.push(value);
    return this.style === 'named' ? `@p${this.values.length}` : `$${this.values.length}`;
  }

  /** The values by name, for better-sqlite3's named parameters. */
  named(): Record<string, SqlValue> {
    return Object.fromEntries(this.values.map((value, index) => [`p${index + 1}`, value]));
  }
}
