// Run a server test suite against each database: the embedded PGlite (in memory) and a real
// PostgreSQL (TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test) in a fresh schema.
// On CI (CI=true) an unreachable PostgreSQL FAILS the suite; elsewhere it is skipped with a warning.
// TEST_DATABASES=postgres runs only the PostgreSQL half (`npm run test:citus` points it at a Citus
// coordinator: a fresh schema there works as on plain PostgreSQL, since Citus makes the schema and
// the shards of its tables on the workers, and the suite's migrations distribute its tables).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { migrate, type SqlClient } from '../../../src/server/db';
import { openPglite } from '../../../src/server/db/pglite';
import { pgliteTemplate } from './pgliteTemplate';
import { openPostgres } from '../../../src/server/db/postgres';

export const testDatabaseUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const onCi = process.env.CI === 'true' || process.env.CI === '1';

async function reachable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: testDatabaseUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (err) {
    return (err as Error).message;
  } finally {
    await client.end().catch(() => undefined);
  }
}
const postgresProblem = await reachable();

export type DatabaseName = 'pglite' | 'postgres';
const databaseNames = (['pglite', 'postgres'] as const).filter((n) =>
  (process.env.TEST_DATABASES ?? 'pglite,postgres').split(',').includes(n),
);

/** A database made for one suite: fresh, migrated, and dropped afterwards. */
export interface SuiteDatabase {
  name: DatabaseName;
  db: SqlClient;
}

/** A fresh database: PGlite in memory, or a new schema on PostgreSQL (dropped by `drop`). */
export async function openFresh(name: DatabaseName, migrated = false): Promise<{ db: SqlClient; drop: () => Promise<void> }> {
  if (name === 'pglite') {
    const db = await openPglite(undefined, await pgliteTemplate(migrated));
    return { db, drop: () => db.close() };
  }
  const schema = `steward_test_${randomBytes(6).toString('hex')}`;
  const db = await openPostgres({ connectionString: testDatabaseUrl, schema, max: 6 });
  return {
    db,
    drop: async () => {
      await db.exec(`DROP SCHEMA ${schema} CASCADE`);
      await db.close();
    },
  };
}

/** Empty every table (the schema stays). */
export async function truncateAll(db: SqlClient): Promise<void> {
  await db.exec(
    'TRUNCATE applied_mutations, records, file_chunks, file_refs, files, invites, memberships, school_versions, schools, sessions, login_attempts, people CASCADE',
  );
}

/**
 * `describe` the suite once per database. `body` gets a function that returns the suite's database
 * (ready inside tests and hooks). With `migrated: false` the database is left empty.
 */
export function describeEachDatabase(title: string, body: (get: () => SuiteDatabase) => void, opts: { migrated?: boolean } = {}): void {
  for (const name of databaseNames) {
    if (name === 'postgres' && postgresProblem) {
      if (onCi) {
        describe(`${title} [postgres]`, () => {
          it('needs PostgreSQL, which CI must provide', () => {
            throw new Error(`PostgreSQL at ${testDatabaseUrl} is not reachable: ${postgresProblem}`);
          });
        });
      } else {
        console.warn(`Skipping "${title}" on PostgreSQL (${testDatabaseUrl} not reachable: ${postgresProblem}). On CI this fails.`);
        describe.skip(`${title} [postgres]`, () => body(() => ({ name, db: null as unknown as SqlClient })));
      }
      continue;
    }
    describe(`${title} [${name}]`, () => {
      let suite: SuiteDatabase | undefined;
      let drop: (() => Promise<void>) | undefined;
      beforeAll(async () => {
        const migrated = opts.migrated !== false;
        const opened = await openFresh(name, migrated);
        drop = opened.drop;
        if (migrated && name === 'postgres') await migrate(opened.db);
        suite = { name, db: opened.db };
      });
      afterAll(async () => {
        await drop?.();
      });
      body(() => {
        if (!suite) throw new Error('The database is not open yet: use it inside a test or hook.');
        return suite;
      });
    });
  }
}
