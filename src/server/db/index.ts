// Open the server's database: PostgreSQL when DATABASE_URL is set, else the embedded PGlite.
import type { SqlClient } from './client';
import { migrate } from './migrate';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';

export type { Queryable, SqlClient, Transaction } from './client';
export { migrate, loadMigrations } from './migrate';

export interface DatabaseOptions {
  /** A postgres:// URL; when absent, PGlite in `dataDir` (in memory when that is absent too). */
  databaseUrl?: string;
  dataDir?: string;
}

/** Open the database and bring its schema up to date. */
export async function openDatabase(opts: DatabaseOptions): Promise<SqlClient> {
  const db = opts.databaseUrl ? await openPostgres({ connectionString: opts.databaseUrl }) : await openPglite(opts.dataDir);
  try {
    await migrate(db);
  } catch (err) {
    await db.close();
    throw err;
  }
  return db;
}
