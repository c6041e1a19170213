// Real server processes on a database of the cluster (test/bench/sync-server.ts, forked), and a
// fresh Citus database with a board on it, for the tests that need more than one process or node.
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { migrate, type SqlClient } from '../../src/server/db';
import { openPostgres } from '../../src/server/db/postgres';
import { makeBoard, type Board } from '../server/helpers/board';
import { citusUrl, createCitusDatabase } from './cluster';

const serverScript = path.join(import.meta.dirname, '..', 'bench', 'sync-server.ts');

/** Start the server in its own process on `url`; its base URL and a function that stops it. */
export async function serverProcess(url: string): Promise<{ base: string; stop: () => Promise<void> }> {
  const child: ChildProcess = fork(serverScript, [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BENCH_SYNC_DATABASE_URL: url, BENCH_SYNC_POOL: '4' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`the server process stopped (${code}) before listening`)));
  });
  return {
    base: `http://127.0.0.1:${port}`,
    // As the bench does: ask it to close, and end it if it is still waiting on open connections after 5 s.
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send('close');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (child.exitCode === null) child.kill();
    },
  };
}

/** A database of its own on the cluster, migrated (so distributed), with a board on it. */
export async function citusBoard(label: string): Promise<{ db: SqlClient; url: string; b: Board; drop: () => Promise<void> }> {
  const made = await createCitusDatabase(citusUrl, `steward_${label}_${randomBytes(4).toString('hex')}`);
  const db = await openPostgres({ connectionString: made.url, max: 6 });
  await migrate(db);
  const b = await makeBoard(db);
  return {
    db,
    url: made.url,
    b,
    drop: async () => {
      await db.close();
      await made.drop();
    },
  };
}

/** The worker (its port) holding the shard of `table` that has this school's rows. */
export async function nodeOf(db: SqlClient, table: string, schoolId: string): Promise<{ shardId: number; port: number }> {
  const rows = await db.query<{ shardid: number; nodeport: number }>(
    `SELECT shardid, nodeport FROM citus_shards WHERE table_name = $1::regclass
        AND shardid = get_shard_id_for_distribution_column($1, $2::uuid)`,
    [table, schoolId],
  );
  return { shardId: rows[0]!.shardid, port: rows[0]!.nodeport };
}
