// One small interface over PostgreSQL, so the same SQL runs on a real server (`pg`) and on the
// embedded PGlite. See docs/decisions/0003-sql-client-over-pg-and-pglite.md.

/** Anything that runs one SQL statement with $1, $2… parameters and gives back its rows. */
export interface Queryable {
  /**
   * Run one statement. Parameters are strings, numbers, booleans or null (send JSON as a string
   * and cast it: `$1::jsonb`). bigint columns come back as numbers, jsonb as parsed values,
   * timestamptz as Date.
   */
  query<R extends object = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<R[]>;
  /** Run several statements with no parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export type Transaction = Queryable;

export interface SqlClient extends Queryable {
  readonly dialect: 'postgres' | 'pglite';
  /**
   * Run `fn` in one transaction: committed when it resolves, rolled back when it throws. Inside,
   * use only `tx` (on PGlite the outer client waits until the transaction ends).
   */
  transaction<T>(fn: (tx: Transaction) => Promise<T>): Promise<T>;
  /**
   * LISTEN on a channel: `onMessage` gets each NOTIFY payload (sent by any server on this database,
   * after its transaction commits). `onResumed` is called when a lost connection for it is back (news
   * may have been missed meanwhile). Resolves once listening; the function it gives stops.
   */
  listen(channel: string, onMessage: (payload: string) => void, onResumed?: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
