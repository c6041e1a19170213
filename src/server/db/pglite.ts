// The embedded database: PostgreSQL compiled to WebAssembly (PGlite), in a data directory or in memory.
import { mkdirSync } from 'node:fs';
import { PGlite, types, type Transaction as PgliteTransaction } from '@electric-sql/pglite';
import type { Queryable, SqlClient } from './client';

/** bigint columns as numbers, as on `pg` (versions stay far below 2^53). */
export const pgliteParsers = { [types.INT8]: (value: string) => Number(value) };

function wrap(target: PGlite | PgliteTransaction): Queryable {
  return {
    async query<R extends object>(text: string, params: readonly unknown[] = []) {
      const result = await target.query<R>(text, params as unknown[]);
      return result.rows;
    },
    async exec(sql: string) {
      await target.exec(sql);
    },
  };
}

/** A SqlClient over an open PGlite (made with `parsers: pgliteParsers`). */
export function pgliteClient(pg: PGlite): SqlClient {
  const outer = wrap(pg);
  return {
    dialect: 'pglite',
    query: outer.query,
    exec: outer.exec,
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    // One process holds the embedded database, so the connection is never lost: onResumed never runs.
    async listen(channel, onMessage) {
      const stop = await pg.listen(channel, onMessage);
      return () => stop();
    },
    close: () => pg.close(),
  };
}

/**
 * Open PGlite in `dataDir` (created if missing), or in memory when it is undefined. `loadDataDir`
 * starts it from a saved data directory (a tarball from dumpDataDir) instead of running initdb.
 */
export async function openPglite(dataDir?: string, loadDataDir?: Blob): Promise<SqlClient> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pg = new PGlite({ dataDir, parsers: pgliteParsers, loadDataDir });
  await pg.waitReady;
  return pgliteClient(pg);
}
