// A real PostgreSQL server through a `pg` connection pool.
import pg from 'pg';
import type { Queryable, SqlClient } from './client';
import { listenOnPostgres } from './postgresListen';

export interface PostgresOptions {
  /** postgres://user:password@host:port/database */
  connectionString: string;
  /** Tables live in this schema (tests use a fresh one each); default: the server's search_path. */
  schema?: string;
  /** Connections in the pool (default 10). */
  max?: number;
}

const INT8 = 20;
const typeParsers = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8 ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

function wrap(target: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<R extends object>(text: string, params: readonly unknown[] = []) {
      const result = await target.query(text, params as unknown[]);
      return result.rows as R[];
    },
    async exec(sql: string) {
      await target.query(sql);
    },
  };
}

export async function openPostgres(opts: PostgresOptions): Promise<SqlClient> {
  if (opts.schema !== undefined && !SCHEMA_NAME.test(opts.schema)) throw new Error(`Not a schema name: "${opts.schema}"`);
  const pool = new pg.Pool({
    connectionString: opts.connectionString,
    max: opts.max ?? 10,
    types: typeParsers,
    options: opts.schema ? `-c search_path=${opts.schema}` : undefined,
    connectionTimeoutMillis: 5_000,
  });
  // An idle connection that the server drops must not crash the process.
  pool.on('error', (err) => console.error('steward: PostgreSQL connection error', err.message));
  if (opts.schema) {
    const admin = await pool.connect();
    try {
      await admin.query(`CREATE SCHEMA IF NOT EXISTS ${opts.schema}`);
    } finally {
      admin.release();
    }
  } else {
    await pool.query('SELECT 1');
  }
  const outer = wrap(pool);
  return {
    dialect: 'postgres',
    query: outer.query,
    exec: outer.exec,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    listen: (channel, onMessage, onResumed) => listenOnPostgres({ connectionString: opts.connectionString, channel, onMessage, onResumed }),
    close: () => pool.end(),
  };
}
