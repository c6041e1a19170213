// The steady edit load of the side-by-side bench (test/bench/sync-vs-pouchdb.ts): `devices` devices
// on one board, each editing its own plan about every `gapMs` (random gaps, so they do not edit in
// step) for `seconds`, and each learning of the others' edits the way its system does it.
//   Steward: push the one change (POST /api/sync/push), hear `changed` on the events stream (S18)
//         and pull since its cursor (one pull at a time, again at once if told meanwhile).
//   PouchDB: put the document in the device's own PouchDB (memory adapter, in Node), with a live
//         two-way `sync` to pouchdb-server (its push listens to local changes, its pull long-polls
//         the server's _changes).
// Each edit carries who made it and when (this process's clock), so each device that receives it
// gives one propagation time: edit made → in the other device's hands. An edit overtaken by the
// same device's next one before another device pulls is not seen by it (both systems send the
// latest state), so `delivered` is the edits seen by other devices per second.
import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import { v7 } from 'uuid';
import { tickHlc, type HlcStamp } from '../../../src/domain';
import { openStream, percentile, type Stream } from '../streams-kit';
import { protocolHeader } from '../sync-setup';
import { pullOnce } from '../sync-pull';

export interface LoadResult {
  p50: number;
  p99: number;
  delivered: number;
  edits: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const stamp = (device: number) => `edit|${device}|${performance.now()}`;

/** Reads an edit's stamp: who made it and when, or null for a title that is not one. */
function readStamp(title: unknown): { device: number; at: number } | null {
  const parts = typeof title === 'string' ? title.split('|') : [];
  return parts[0] === 'edit' ? { device: Number(parts[1]), at: Number(parts[2]) } : null;
}

/** Every device edits in a loop until `seconds` are up; `seen` collects each receiving device's propagation times. */
async function drive(devices: number, gapMs: number, seconds: number, edit: (device: number) => Promise<void>): Promise<number> {
  const end = performance.now() + seconds * 1000;
  let edits = 0;
  await Promise.all(
    Array.from({ length: devices }, async (_, d) => {
      await sleep(Math.random() * gapMs);
      while (performance.now() < end) {
        const t0 = performance.now();
        await edit(d);
        edits += 1;
        await sleep(Math.max(0, gapMs * 2 * Math.random() - (performance.now() - t0)));
      }
    }),
  );
  return edits;
}

const summary = (times: number[], edits: number, seconds: number): LoadResult => ({
  p50: percentile(times, 50),
  p99: percentile(times, 99),
  delivered: times.length / seconds,
  edits,
});

/** Steward: `tokens` are the devices' sessions on `schoolId` (one each), each with a plan of its own made here. */
export async function stewardEditLoad(
  base: string,
  schoolId: string,
  tokens: string[],
  gapMs: number,
  seconds: number,
): Promise<LoadResult> {
  const port = Number(new URL(base).port);
  const nodeIds = tokens.map(() => `bench${randomBytes(4).toString('hex')}`);
  const clocks: (HlcStamp | null)[] = tokens.map(() => null);
  const plans = tokens.map(() => v7());
  const send = async (d: number, op: 'create' | 'update', fields: Record<string, unknown>) => {
    const now = Date.now();
    const hlc = (clocks[d] = tickHlc(clocks[d]!, now, nodeIds[d]!));
    const mutation = { mutationId: v7(), schoolId, kind: 'plans', recordId: plans[d]!, op, fields, hlc };
    const res = await fetch(`${base}/api/sync/push`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens[d]}`, 'content-type': 'application/json', ...protocolHeader },
      body: JSON.stringify({ schoolId, mutations: [mutation] }),
    });
    const text = await res.text();
    if (res.status !== 200 || !text.includes('"applied"')) throw new Error(`an edit push answered ${res.status}: ${text.slice(0, 300)}`);
  };
  const at = new Date().toISOString();
  for (let d = 0; d < tokens.length; d += 1) {
    const plan = { id: plans[d], schoolId, createdAt: at, updatedAt: at, deleted: false, visibility: 'board' };
    await send(d, 'create', { ...plan, title: `Plan ${d}`, startDate: '2026-09-01', endDate: '2027-07-20', priorities: [] });
  }
  const times: number[] = [];
  const cursors = tokens.map(() => 0);
  const pulling = tokens.map(() => false);
  const again = tokens.map(() => false);
  let counting = false;
  const pull = async (d: number) => {
    if (pulling[d]) return void (again[d] = true);
    pulling[d] = true;
    do {
      again[d] = false;
      for (let more = true; more;) {
        const { page } = await pullOnce(base, tokens[d]!, schoolId, cursors[d]!, 500);
        const now = performance.now();
        for (const c of page.changes) {
          const edit = readStamp(c.data?.title);
          if (counting && edit && edit.device !== d) times.push(now - edit.at);
        }
        cursors[d] = page.cursor;
        more = page.more;
      }
    } while (again[d]);
    pulling[d] = false;
  };
  await Promise.all(tokens.map((_, d) => pull(d)));
  const streams: Stream[] = await Promise.all(
    tokens.map((token, d) =>
      openStream({ port, base, child: undefined as never }, schoolId, token, () => void pull(d).catch(console.error)),
    ),
  );
  try {
    counting = true;
    const edits = await drive(tokens.length, gapMs, seconds, (d) =>
      send(d, 'update', { title: stamp(d), updatedAt: new Date().toISOString() }),
    );
    await sleep(1000); // the last edits' way to the others
    return summary(times, edits, seconds);
  } finally {
    for (const s of streams) s.close();
  }
}

interface Pouch {
  put(doc: object): Promise<{ rev: string }>;
  replicate: { from(remote: string): Promise<unknown> };
  sync(remote: string, opts: object): { on(event: string, fn: (info: never) => void): unknown; cancel(): void };
  destroy(): Promise<unknown>;
}

/** PouchDB: `devices` devices, each with its own in-memory PouchDB synced live with `remote` (a database made here). */
export async function pouchEditLoad(server: string, devices: number, gapMs: number, seconds: number): Promise<LoadResult> {
  const require = createRequire(import.meta.url);
  const PouchDB = (require('pouchdb') as { plugin: (p: unknown) => new (name: string, o: object) => Pouch }).plugin(
    require('pouchdb-adapter-memory'),
  );
  const remote = `${server}/edits-${randomBytes(4).toString('hex')}`;
  const hub = new PouchDB(remote, {});
  const revs: string[] = [];
  for (let d = 0; d < devices; d += 1) revs.push((await hub.put({ _id: `plan-${d}`, title: `Plan ${d}` })).rev);
  const locals = Array.from(
    { length: devices },
    (_, d) => new PouchDB(`device-${d}-${randomBytes(4).toString('hex')}`, { adapter: 'memory' }),
  );
  await Promise.all(locals.map((l) => l.replicate.from(remote)));
  const times: number[] = [];
  let counting = false;
  const syncs = locals.map((local, d) => {
    const sync = local.sync(remote, { live: true, retry: true });
    sync.on('change', (info: { direction: string; change: { docs: { title?: string }[] } }) => {
      if (info.direction !== 'pull') return;
      const now = performance.now();
      for (const doc of info.change.docs) {
        const edit = readStamp(doc.title);
        if (counting && edit && edit.device !== d) times.push(now - edit.at);
      }
    });
    return sync;
  });
  try {
    await sleep(500); // the live feeds open
    counting = true;
    const edits = await drive(devices, gapMs, seconds, async (d) => {
      revs[d] = (await locals[d]!.put({ _id: `plan-${d}`, _rev: revs[d], title: stamp(d) })).rev;
    });
    await sleep(1000);
    return summary(times, edits, seconds);
  } finally {
    for (const s of syncs) s.cancel();
    await Promise.all(locals.map((l) => l.destroy()));
  }
}
