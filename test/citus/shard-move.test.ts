// Moving a school to another worker while its devices push (npm run test:citus): Citus copies the
// school's co-located shards (citus_move_shard_placement, logical replication) and switches over. Every
// push is answered and applied once: nothing lost, duplicated or refused; devices see only slower answers.
import type { AddressInfo } from 'node:net';
import { describe, expect, it, onTestFinished } from 'vitest';
import { Device, records } from '../server/helpers/board';
import { citusUrl, noCluster, workersOf } from './cluster';
import { citusBoard, nodeOf } from './server-processes';

const DEVICES = 4;
const BATCH = 20;

describe.skipIf(noCluster)('moving a school between workers on Citus', () => {
  it('a school moved while four devices push: every push answered, every change applied once and pulled once', async () => {
    const { b, db, drop } = await citusBoard('move');
    onTestFinished(async () => {
      await b.app.close(); // before the database goes (dropping it ends its connections)
      await drop();
    });
    await b.app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(b.app.server.address() as AddressInfo).port}`;
    const before = await nodeOf(db, 'records', b.schoolId);
    const target = (await workersOf(citusUrl)).find((w) => w.port !== before.port)!;

    let moving: 'before' | 'during' | 'after' = 'before';
    const seen = { before: [] as number[], during: [] as number[], after: [] as number[] };
    const refused: string[] = [];
    const created: string[] = [];
    let pushesAfter = 0;
    /** A device: pushes batches of new plans, each sent again (same mutation ids) until answered 200. */
    const device = async (role: 'chair' | 'governor' | 'clerk' | 'vice-chair') => {
      const dev = new Device(b.schoolId);
      while (moving !== 'after' || pushesAfter < DEVICES * 3) {
        const batch = Array.from({ length: BATCH }, () => dev.create('plans', records.plan(b.schoolId)));
        for (;;) {
          const t0 = performance.now();
          const phase = moving;
          const res = await fetch(`${base}/api/sync/push`, {
            method: 'POST',
            headers: { ...b.auth(role), 'content-type': 'application/json' },
            body: JSON.stringify({ schoolId: b.schoolId, mutations: batch }),
          }).catch((err: Error) => ({ status: 0, text: async () => err.message }));
          seen[phase].push(performance.now() - t0);
          if (res.status === 200) break;
          refused.push(`${phase}: ${res.status} ${(await res.text()).slice(0, 200)}`);
        }
        created.push(...batch.map((m) => m.recordId));
        if (moving === 'after') pushesAfter += 1;
      }
    };
    const devices = Promise.all((['chair', 'governor', 'clerk', 'vice-chair'] as const).map(device));
    while (created.length < DEVICES * BATCH * 3) await new Promise((resolve) => setTimeout(resolve, 20));
    moving = 'during';
    await db.query(`SELECT citus_move_shard_placement($1, '127.0.0.1', $2, $3, $4, shard_transfer_mode => 'force_logical')`, [
      before.shardId,
      before.port,
      target.host,
      target.port,
    ]);
    moving = 'after';
    await devices;

    // The school's shards of every co-located table moved together.
    for (const table of ['schools', 'school_versions', 'memberships', 'records', 'applied_mutations', 'file_refs'])
      expect((await nodeOf(db, table, b.schoolId)).port, table).toBe(target.port);
    // What the devices saw: every push answered, some of them slower while the shard was copied.
    console.log(
      `shard move: ${seen.during.length} pushes during the move (slowest ${Math.round(Math.max(...seen.during))} ms), ` +
        `slowest before ${Math.round(Math.max(...seen.before))} ms, after ${Math.round(Math.max(...seen.after))} ms; ${refused.length} refused`,
    );
    expect(refused).toEqual([]);
    expect(seen.during.length).toBeGreaterThan(0);
    // Nothing lost or duplicated: one version per change, each record and mutation once, all pulled.
    const total = created.length;
    const counts = await db.query<{ records: number; applied: number; version: number; versions: number }>(
      `SELECT (SELECT count(*)::int FROM records WHERE school_id = $1 AND kind = 'plans') AS records,
              (SELECT count(*)::int FROM applied_mutations WHERE school_id = $1) AS applied,
              (SELECT version FROM school_versions WHERE school_id = $1) AS version,
              (SELECT count(DISTINCT version)::int FROM records WHERE school_id = $1) AS versions`,
      [b.schoolId],
    );
    expect(counts[0]).toEqual({ records: total, applied: total, version: total, versions: total });
    const pulled = await b.pullAll('governor', 0, 1000);
    expect(pulled.changes.map((c) => c.id).sort()).toEqual([...created].sort());
    expect(pulled.cursor).toBe(total);
  });
});
