// What Citus makes of a statement: EXPLAIN it (with its parameters) and read the distributed plan.
import type { Queryable, SqlClient, Transaction } from '../../src/server/db';

export interface Statement {
  text: string;
  params: readonly unknown[];
}

/** A client that notes every statement it runs (also those inside transactions) while `on`. */
export function recording(db: SqlClient): { db: SqlClient; statements: Statement[]; on: boolean } {
  const rec = { db, statements: [] as Statement[], on: false };
  const note = (q: Queryable): Queryable => ({
    query: (text, params = []) => {
      if (rec.on) rec.statements.push({ text, params });
      return q.query(text, params);
    },
    exec: (sql) => q.exec(sql),
  });
  const outer = note(db);
  rec.db = {
    ...db,
    dialect: db.dialect,
    query: outer.query,
    exec: outer.exec,
    transaction: (fn) => db.transaction((tx: Transaction) => fn(note(tx))),
    listen: db.listen.bind(db),
    close: db.close.bind(db),
  };
  return rec;
}

export interface Plan {
  /** Citus's executor for the statement, or null when it touches no distributed or reference table. */
  provider: string | null;
  /** Shards (tasks) each distributed part of the statement runs on. */
  tasks: number[];
  /** The workers (host:port) the tasks run on. */
  nodes: string[];
}

function walk(node: unknown, plan: Plan): void {
  if (Array.isArray(node)) return node.forEach((n) => walk(n, plan));
  if (!node || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  if (typeof o['Custom Plan Provider'] === 'string' && o['Custom Plan Provider'].startsWith('Citus'))
    plan.provider ??= o['Custom Plan Provider'];
  const job = o.Job as { 'Task Count'?: number; Tasks?: { Node?: string }[] } | undefined;
  if (job && typeof job['Task Count'] === 'number') {
    plan.tasks.push(job['Task Count']);
    for (const t of job.Tasks ?? []) if (t.Node) plan.nodes.push(/port=(\d+)/.exec(t.Node)?.[1] ?? t.Node);
  }
  for (const value of Object.values(o)) walk(value, plan);
}

/** EXPLAIN (not run) a statement as the server ran it. */
export async function planOf(db: Queryable, s: Statement): Promise<Plan> {
  const rows = await db.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (FORMAT JSON) ${s.text}`, s.params);
  const plan: Plan = { provider: null, tasks: [], nodes: [] };
  walk(rows[0]!['QUERY PLAN'], plan);
  return plan;
}

/** A router plan: one task on one shard (or no distributed table at all), no coordinator INSERT … SELECT. */
export const isRouter = (p: Plan) =>
  p.provider === null || (p.provider === 'Citus Adaptive' && p.tasks.length > 0 && p.tasks.every((t) => t === 1));
