// The Citus cluster that `npm run test:citus` starts (scripts/citus/start.sh): its coordinator's URL,
// and fresh databases on it. Citus keeps its metadata per database, so a new database needs the
// extension on every node and the workers registered in it before the server's migrations run.
import pg from 'pg';

/** The coordinator's database (made ready by start.sh). */
export const citusUrl = process.env.CITUS_DATABASE_URL ?? '';
export const noCluster = citusUrl
  ? null
  : 'CITUS_DATABASE_URL is not set: run these with `npm run test:citus`, which starts a Citus cluster first.';

const NAME = /^[a-z_][a-z0-9_]{0,62}$/;

async function run<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const at = (url: string, host: string, port: number, database: string) => {
  const u = new URL(url);
  u.hostname = host;
  u.port = String(port);
  u.pathname = `/${database}`;
  return u.toString();
};

/** Whether the database at this URL is a Citus coordinator (the extension, with workers). */
export async function isCitus(url: string): Promise<boolean> {
  return run(url, async (c) => {
    const ext = await c.query("SELECT 1 FROM pg_extension WHERE extname = 'citus'");
    if (ext.rowCount === 0) return false;
    return (
      ((await c.query("SELECT count(*)::int AS n FROM pg_dist_node WHERE groupid > 0 AND noderole = 'primary'")).rows[0].n as number) > 0
    );
  });
}

/** The workers registered with the coordinator at `url` (host, port). */
export async function workersOf(url: string): Promise<{ host: string; port: number }[]> {
  return run(url, async (c) => {
    const rows = await c.query<{ nodename: string; nodeport: number }>(
      "SELECT nodename, nodeport FROM pg_dist_node WHERE groupid > 0 AND noderole = 'primary' ORDER BY nodeport",
    );
    return rows.rows.map((r) => ({ host: r.nodename, port: r.nodeport }));
  });
}

/**
 * Make database `name` on the coordinator at `url` and on each of its workers, with the extension on
 * every node and the workers registered in it; returns its URL and a function that drops it everywhere.
 */
export async function createCitusDatabase(url: string, name: string): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!NAME.test(name)) throw new Error(`Not a database name: "${name}"`);
  const coordinator = new URL(url);
  const workers = await workersOf(url);
  const nodes = [{ host: coordinator.hostname, port: Number(coordinator.port || 5432) }, ...workers];
  for (const n of nodes) {
    await run(at(url, n.host, n.port, 'postgres'), (c) => c.query(`CREATE DATABASE ${name}`));
    await run(at(url, n.host, n.port, name), (c) => c.query('CREATE EXTENSION citus'));
  }
  const made = at(url, coordinator.hostname, nodes[0]!.port, name);
  await run(made, async (c) => {
    await c.query('SELECT citus_set_coordinator_host($1, $2)', [nodes[0]!.host, nodes[0]!.port]);
    for (const w of workers) await c.query('SELECT citus_add_node($1, $2)', [w.host, w.port]);
  });
  return {
    url: made,
    drop: async () => {
      for (const n of nodes) await run(at(url, n.host, n.port, 'postgres'), (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
