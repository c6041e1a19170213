// The deterministic multi-device simulation (docs/sync-protocol.md, S1–S18 and C1–C3): a chair, a
// governor, a headteacher and a clerk, each with their own store and the real sync engine, edit a
// small board offline with the real commands while the network between them and the real server
// (on PGlite) drops, duplicates, delays and reorders requests and the server crashes mid-push and
// restarts. When everything settles, every store must equal the server's view for its role, the
// server must hold the last write per field by clock of every applied change, every change must be
// applied or refused-and-shown, and restricted rows must never reach a role that may not see them.
//
// 200 seeds by default (about two minutes on two cores);
// SIM_SEEDS=1000 npx vitest run --project server test/server/sync-simulation.test.ts  runs more
// (SIM_FROM=1001 starts further on).
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareHlc, recordKindNames, sameJson, type Role } from '../../src/domain';
import { openPglite } from '../../src/server/db/pglite';
import type { SqlClient } from '../../src/server/db';
import { discardChange, SyncApi, SyncError } from '../../src/sync';
import { pullAll } from '../../src/sync/cycle';
import { pgliteTemplate } from './helpers/pgliteTemplate';
import { protocol } from './helpers/board';
import { addBoard, noFaults, prng, SimServer, type Faults } from './helpers/sim';
import { buildBoard, ChangeLog, makeDevice, randomEdit, type SimDevice } from './helpers/simBoard';

const ROLES: readonly Role[] = ['chair', 'governor', 'headteacher', 'clerk'];
const EXPECTED_REFUSAL = /Only the chair, vice-chair or clerk can change the school|is locked: this change was not saved|that you can see/;
const SEEDS = Number(process.env.SIM_SEEDS ?? 200);
/** The first seed (SIM_FROM=301 SIM_SEEDS=500 runs seeds 301–800). */
const FROM = Number(process.env.SIM_FROM ?? 1);
const STEPS = 30;

let db: SqlClient;
let server: SimServer;
beforeAll(async () => {
  db = await openPglite(undefined, await pgliteTemplate(true));
  server = await new SimServer(db).start();
});
afterAll(async () => {
  await server?.close();
  await db?.close();
});

type Rows = Map<string, Record<string, unknown>>;
const key = (kind: string, id: string) => `${kind}/${id}`;

/** Everything a role may see, as the server sends it from 0 (the role's view). */
async function serverView(token: string, schoolId: string): Promise<Rows> {
  const rows: Rows = new Map();
  let since = 0;
  for (;;) {
    const res = await server.app.inject({
      method: 'GET',
      url: '/api/sync/pull',
      query: { schoolId, since: String(since), limit: '1000' },
      headers: { ...protocol, authorization: `Bearer ${token}` },
    });
    expect(res.statusCode).toBe(200);
    const page = res.json() as { changes: { kind: string; id: string; data: Record<string, unknown> }[]; cursor: number; more: boolean };
    for (const c of page.changes) rows.set(key(c.kind, c.id), c.data);
    since = page.cursor;
    if (!page.more) return rows;
  }
}

async function deviceView(d: SimDevice, schoolId: string): Promise<Rows> {
  const rows: Rows = new Map();
  for (const kind of recordKindNames) {
    for (const r of await d.store.records(kind).where('schoolId').equals(schoolId).toArray())
      rows.set(key(kind, r.id), r as unknown as Record<string, unknown>);
  }
  return rows;
}

function randomFaults(r: () => number): Faults {
  return { dropRequest: r() * 0.15, dropResponse: r() * 0.15, duplicate: r() * 0.15, delay: r() * 0.15, crashPush: r() * 0.04 };
}

/**
 * A pull while changes are waiting, as when the person edits during a sync (after its push): C2 lays
 * them back on top. A lost connection just ends it (the engine would try again).
 */
async function pullWithChangesWaiting(d: SimDevice, token: string, schoolId: string): Promise<void> {
  const api = new SyncApi('http://sim.invalid', d.net.fetch, () => token);
  try {
    await pullAll(d.store, api, schoolId, { batchSize: 10, pageSize: 5, now: Date.now });
  } catch (err) {
    if (!(err instanceof SyncError && err.retryable)) throw err;
  }
}

async function syncUntilOk(d: SimDevice): Promise<void> {
  for (let i = 0; i < 5; i++) if ((await d.engine.syncNow()).ok) return;
  const outcome = await d.engine.syncNow();
  if (!outcome.ok) throw new Error(`${d.role} could not sync on a good network: ${outcome.error.message}`);
}

export interface ScenarioReport {
  seed: number;
  edits: Record<string, number>;
  refused: number;
  restarts: number;
}

/** One seeded scenario, start to finish, with every check. */
async function scenario(seed: number): Promise<ScenarioReport> {
  const r = prng(seed);
  const { schoolId, members } = await addBoard(db, ROLES, `s${seed}`);
  const devices: SimDevice[] = [];
  for (const [i, role] of ROLES.entries())
    devices.push(await makeDevice(server, role, members[role].token, schoolId, prng(seed * 7919 + i), `s${seed}`));
  const log = new ChangeLog();
  const [chair] = devices as [SimDevice];
  const restartsBefore = server.restarts;
  try {
    await buildBoard(chair, schoolId);
    await log.record(chair);
    for (const d of devices) await syncUntilOk(d);

    for (const d of devices) d.net.faults = randomFaults(r);
    const edits: Record<string, number> = {};
    let demoted = false;
    for (let step = 0; step < STEPS; step++) {
      const d = devices[Math.floor(r() * devices.length)]!;
      const what = r();
      if (what < 0.55) {
        const done = await randomEdit(d, schoolId, r);
        edits[done] = (edits[done] ?? 0) + 1;
        await log.record(d);
      } else if (what < 0.78) await d.engine.syncNow();
      else if (what < 0.8 && !demoted) {
        // S14: the chair makes the governor a headteacher: the governor's device must start the board again (C3).
        const res = await server.app.inject({
          method: 'PATCH',
          url: `/api/schools/${schoolId}/members/${members.governor.personId}`,
          payload: { role: 'headteacher' },
          headers: { ...protocol, authorization: `Bearer ${members.chair.token}` },
        });
        expect(res.statusCode).toBe(200);
        demoted = true;
        edits['S14 governor made headteacher'] = (edits['S14 governor made headteacher'] ?? 0) + 1;
      } else if (what < 0.88) await pullWithChangesWaiting(d, members[d.role].token, schoolId);
      else if (what < 0.95) await d.net.releaseHeld();
      else await server.restart();
    }

    // The network heals; every held request arrives at last; everyone syncs until nothing moves.
    for (const d of devices) d.net.faults = noFaults;
    for (const d of devices) await d.net.releaseHeld(true);
    for (let round = 0; round < 2; round++) for (const d of devices) await syncUntilOk(d);

    // Before anyone discards anything (which fetches the board again): already the server's view.
    await checkStores(devices, schoolId, members, true);
    // C1: whatever is left in an outbox was refused, kept with a reason a person can read.
    const refused: string[] = [];
    for (const d of devices) {
      for (const e of await d.store.outbox.toArray()) {
        expect(e.rejected, `${d.role} still has an unsent ${e.kind} change`).toBeDefined();
        expect(e.rejected!.reason).toMatch(EXPECTED_REFUSAL);
        refused.push(e.mutationId);
        await discardChange(d.store, e.seq!);
      }
    }
    for (let round = 0; round < 2; round++) for (const d of devices) await syncUntilOk(d);

    await checkSettled(devices, schoolId, members, log, refused, demoted ? ['governor'] : []);
    return { seed, edits, refused: refused.length, restarts: server.restarts - restartsBefore };
  } finally {
    for (const d of devices) await d.store.delete();
  }
}

/**
 * Every device's store is the server's view for its role — apart from records with a refused change
 * still on the device (C1 keeps it shown until the person discards it), when `refusedKept`.
 */
async function checkStores(
  devices: SimDevice[],
  schoolId: string,
  members: Record<Role, { token: string }>,
  refusedKept: boolean,
): Promise<void> {
  for (const d of devices) {
    const kept = new Set((await d.store.outbox.toArray()).map((e) => key(e.kind, e.recordId)));
    if (!refusedKept) expect(kept.size, `${d.role}'s outbox`).toBe(0);
    const want = await serverView(members[d.role].token, schoolId);
    const have = await deviceView(d, schoolId);
    const keys = (rows: Rows) => [...rows.keys()].filter((k) => !kept.has(k)).sort();
    expect(keys(have), `${d.role}'s records`).toEqual(keys(want));
    for (const [k, row] of want) if (!kept.has(k)) expect(have.get(k), `${d.role}'s ${k}`).toEqual(row);
  }
}

async function checkSettled(
  devices: SimDevice[],
  schoolId: string,
  members: Record<Role, { token: string }>,
  log: ChangeLog,
  refused: string[],
  roleChanged: Role[],
): Promise<void> {
  await checkStores(devices, schoolId, members, false);

  // No change lost, none applied twice: the server applied each change not refused exactly once…
  const applied = await db.query<{ mutation_id: string; n: number }>(
    'SELECT mutation_id, count(*)::int AS n FROM applied_mutations WHERE school_id = $1 GROUP BY mutation_id',
    [schoolId],
  );
  const appliedIds = new Set(applied.map((a) => a.mutation_id));
  expect(applied.every((a) => a.n === 1)).toBe(true);
  for (const id of log.all.keys()) if (!refused.includes(id)) expect(appliedIds.has(id), `change ${id} was lost`).toBe(true);
  for (const id of appliedIds) expect(log.all.has(id), `the server applied a change no device made: ${id}`).toBe(true);

  // …and holds, for every field, the value of the applied change with the latest clock (the oracle).
  const oracle = new Map<string, Map<string, { hlc: string; value: unknown }>>();
  for (const e of log.all.values()) {
    if (!appliedIds.has(e.mutationId)) continue;
    const fields = oracle.get(key(e.kind, e.recordId)) ?? new Map<string, { hlc: string; value: unknown }>();
    for (const [f, value] of Object.entries(e.fields)) {
      const prev = fields.get(f);
      if (!prev || compareHlc(e.hlc, prev.hlc) > 0) fields.set(f, { hlc: e.hlc, value });
    }
    oracle.set(key(e.kind, e.recordId), fields);
  }
  const everything = await serverView(members.chair.token, schoolId);
  // Member records are the server's own (A5, S14): the devices' changes are everything else.
  expect([...everything.keys()].filter((k) => !k.startsWith('memberships/')).sort()).toEqual([...oracle.keys()].sort());
  for (const [k, fields] of oracle) {
    const data = everything.get(k)!;
    for (const [f, { value }] of fields)
      expect(sameJson(data[f], value ?? undefined), `${k} ${f}: ${JSON.stringify(data[f])} ≠ ${JSON.stringify(value)}`).toBe(true);
  }

  // S12: rows made for the chairs only (or Part B) never reached a role that may not see them, not even by id.
  const madeFor = (visibility: string) =>
    [...log.all.values()].filter((e) => e.op === 'create' && e.fields.visibility === visibility).map((e) => e.recordId);
  for (const d of devices) {
    if (roleChanged.includes(d.role)) continue; // it could see Part B before; its store was checked against its new role above
    const hidden = d.role === 'chair' ? [] : d.role === 'headteacher' ? [...madeFor('chairs'), ...madeFor('partB')] : madeFor('chairs');
    const body = d.net.bodies.join('\n');
    for (const id of hidden) expect(body.includes(id), `${d.role} was sent ${id}`).toBe(false);
  }
}

/** Seeds that once failed, kept as regression tests (name: what went wrong). */
const regressions: Record<string, number> = {
  // Found by breaking the clock check in layOnTop on purpose: a device laid its earlier unsent title
  // over a later one it had pulled, and kept showing it after the server (rightly) kept the later one.
  'C2 an unsent change is not laid over a later write pulled meanwhile': 18,
  // A real bug: after a role change the device pulled from 0 in small pages, and every cursor below the
  // version of the change was answered with another reset, for ever. Pulls now carry `access` (S14).
  'S14 C3 after a role change, paging from 0 is not reset again and again': 2,
  // A real bug: a reset dropped the board's records before fetching them again, so a lost connection
  // mid-fetch left the device with no school at all (the app would have shown the welcome screen).
  'C3 a reset keeps the old copy until the whole board has been fetched again': 254,
};

describe('sync simulation: devices, a faulty network and a crashing server', () => {
  for (const [name, seed] of Object.entries(regressions)) {
    it(`regression seed ${seed}: ${name}`, async () => {
      await scenario(seed);
    });
  }

  it(
    `S1 S2 S7 S12 S13 S14 C1 C2 C3: ${SEEDS} seeded scenarios settle to the server's view for every role, nothing lost or applied twice`,
    { timeout: 600_000 },
    async () => {
      const totals = { refused: 0, restarts: 0, edits: {} as Record<string, number> };
      for (let seed = FROM; seed < FROM + SEEDS; seed++) {
        let report: ScenarioReport;
        try {
          report = await scenario(seed);
        } catch (err) {
          throw new Error(`seed ${seed} failed: ${(err as Error).message}`, { cause: err });
        }
        totals.refused += report.refused;
        totals.restarts += report.restarts;
        for (const [k, n] of Object.entries(report.edits)) totals.edits[k] = (totals.edits[k] ?? 0) + n;
      }
      // The scenarios really exercised what they claim to (not a test that cannot fail for want of trying).
      expect(totals.restarts).toBeGreaterThan(0);
      expect(totals.refused).toBeGreaterThan(0);
      expect(totals.edits['S13 open or close a plan'] ?? 0).toBeGreaterThan(0);
      expect(totals.edits['finalise review'] ?? 0).toBeGreaterThan(0);
      expect(totals.edits['S14 governor made headteacher'] ?? 0).toBeGreaterThan(0);
    },
  );
});
