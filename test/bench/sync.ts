// Sync server figures (design.md §5), against a real PostgreSQL in a database made for the run and
// dropped after it. The server runs in its own process (test/bench/sync-server.ts) on a loopback
// port; clients speak real HTTP to it with fetch (keep-alive), from this process.
//   push: many devices on many boards each send their outbox in batches; mutations/s over the whole
//         run (wall time, first request to last answer), and the same with every device on one board
//   pull: 50 and 200 devices at once, each pulling in a closed loop the few changes since its cursor
//         (what a device does when told to pull); p50/p99 of the request time seen by the client.
//         Closed loop (pull again the moment the answer comes) is a saturation test; then the same
//         200 devices paced, each pulling about once a second (BENCH_SYNC_PACE_MS)
//   first sync: a fresh device pulls the demo board and a generated board of ~20,000 records from
//         cursor 0, every page (limit 1,000) until `more` is false; then the same, applying each page
//         to a Dexie StewardDb (src/data/db.ts) on fake-indexeddb
// Env: BENCH_DATABASE_URL (default TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test;
// the bench connects there to CREATE and DROP its own database), BENCH_SYNC_BOARDS (20),
// BENCH_SYNC_PUSH_CLIENTS (40), BENCH_SYNC_PUSHES (10 per client), BENCH_SYNC_BATCH (100),
// BENCH_SYNC_PULLS (requests per client, 25), BENCH_SYNC_RUNS (first-sync runs, median; 3),
// BENCH_SYNC_POOL (the server's PostgreSQL connections, 10), BENCH_SYNC_PACE_MS (1000) and
// BENCH_SYNC_PACE_SECONDS (10) for the paced pulls.
// The pieces: sync-setup.ts (boards, sessions, the server process), sync-push.ts (pushing
// devices), sync-pull.ts (pulling devices and first sync).
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import pg from 'pg';
import { v7 } from 'uuid';
import { buildDemoBoard, tickHlc, todayIso, type RecordKind, type Role } from '../../src/domain';
import { migrate, type SqlClient } from '../../src/server/db';
import { openPostgres } from '../../src/server/db/postgres';
import { seedDemo } from '../../src/server/demo';
import { insertRecords, serverRecord } from '../../src/server/sync/store';
import { createCitusDatabase, isCitus } from '../citus/cluster';
import { boardSize, buildLargeBoard } from './large-board';
import { judged, median, type Bench, type Budgets, type Figure } from './shared';
import { firstSync, pacedPullLoad, pullLoad } from './sync-pull';
import { push, PushClient, pushRun } from './sync-push';
import { addMember, addSchool, serverCpu, sessionsOf, startServer, stopServer } from './sync-setup';
import type { ChildProcess } from 'node:child_process';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const BOARDS = env('BENCH_SYNC_BOARDS', 20);
const PUSH_CLIENTS = env('BENCH_SYNC_PUSH_CLIENTS', 40);
const PUSHES = env('BENCH_SYNC_PUSHES', 10);
const BATCH = env('BENCH_SYNC_BATCH', 100);
const PULLS = env('BENCH_SYNC_PULLS', 25);
const RUNS = env('BENCH_SYNC_RUNS', 3);
const PACE_MS = env('BENCH_SYNC_PACE_MS', 1000);
const PACE_SECONDS = env('BENCH_SYNC_PACE_SECONDS', 10);
const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** The bars this bench is held to. */
const budgets = {
  push: { least: 5000, unit: 'mutations/s', source: 'design.md §5 (two cores, PostgreSQL)' },
  pullP99: { most: 50, unit: 'ms', source: 'design.md §5 (200 devices)' },
  firstSync: { most: 3000, unit: 'ms', source: 'design.md §5 (the ~20,000-record board, loopback)' },
} satisfies Budgets;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const round1 = (n: number) => Math.round(n * 10) / 10;

async function measure(): Promise<Figure[]> {
  const name = `steward_bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  await admin.connect();
  // On a Citus coordinator the database is made on every node, with the workers registered in it,
  // and the migrations distribute its tables (BENCH_DATABASE_URL from `bash scripts/citus/start.sh`).
  const citus = (await isCitus(adminUrl)) ? await createCitusDatabase(adminUrl, name) : null;
  if (!citus) await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = citus?.url ?? url.toString();
  console.log(`sync bench on ${citus ? 'Citus (coordinator and workers)' : 'PostgreSQL'} at ${new URL(adminUrl).host}`);
  let db: SqlClient | undefined;
  let server: { child: ChildProcess; base: string } | undefined;
  try {
    db = await openPostgres({ connectionString: databaseUrl, max: 4 });
    await migrate(db);
    const figures: Figure[] = [];

    // Boards for pushing, two kinds of load.
    const pushers: PushClient[] = [];
    for (let s = 0; s < BOARDS; s += 1) {
      const schoolId = await addSchool(db, `Push School ${s + 1}`);
      for (let c = s; c < PUSH_CLIENTS; c += BOARDS) pushers.push(new PushClient(schoolId, await addMember(db, schoolId, 'chair')));
    }
    const oneBoard = await addSchool(db, 'One Busy Board');
    const contenders = await Promise.all(
      Array.from({ length: 10 }, async () => new PushClient(oneBoard, await addMember(db!, oneBoard, 'governor'))),
    );

    // The demo board, and the generated ~20,000-record board.
    const demoId = (await seedDemo(db))!;
    const large = buildLargeBoard();
    const largeId = large.schools![0]!.id;
    const hlc = tickHlc(null, Date.now(), 'server');
    const largeRecords = (Object.entries(large) as [RecordKind, Record<string, unknown>[]][]).flatMap(([kind, list]) =>
      list.map((r) => ({ kind, r })),
    );
    await db.transaction(async (tx) => {
      await tx.query('INSERT INTO schools (school_id, name) VALUES ($1, $2)', [largeId, 'Large Board School']);
      await tx.query('INSERT INTO school_versions (school_id, version) VALUES ($1, $2)', [largeId, largeRecords.length]);
      await insertRecords(
        tx,
        largeId,
        largeRecords.map(({ kind, r }, i) => serverRecord(kind, r, i + 1, hlc)),
      );
    });
    for (const role of ['chair', 'vice-chair', 'governor', 'governor', 'clerk', 'headteacher', 'officer'] as Role[])
      await addMember(db, largeId, role);
    // Named, one at a time: Citus sends ANALYZE of a distributed table to its shards (not a bare ANALYZE).
    for (const table of ['records', 'applied_mutations', 'school_versions', 'memberships', 'schools', 'people', 'sessions'])
      await db.exec(`ANALYZE ${table}`);
    const largeTokens = (await sessionsOf(db, largeId)).map((s) => s.token);
    const demoChair = (await sessionsOf(db, demoId)).find((s) => s.role === 'chair')!.token;
    const largeChair = (await sessionsOf(db, largeId)).find((s) => s.role === 'chair')!.token;
    const demoSize = Object.values(buildDemoBoard(todayIso(), v7)).reduce((n, list) => n + (list?.length ?? 0), 0);

    server = await startServer(databaseUrl);
    const { base } = server;
    const running = server;

    // Warm up: every code path once (JIT, connection pool, plans).
    for (const c of [...pushers, ...contenders]) await push(base, c, 10);
    await pullLoad(base, largeTokens, largeId, largeRecords.length - 20, 20, 5);
    await firstSync(base, largeChair, largeId, false);

    // The machine may be shared: say how busy it was (two cores: above 2 means work was waiting).
    figures.push({ measure: 'load average (1 min) at the start, for reading the rest', value: Number(loadavg()[0]!.toFixed(2)), unit: '' });
    const cpu0 = await serverCpu(running.child);
    const manyBoards = await pushRun(base, pushers, PUSHES, BATCH);
    const pushCpu = (await serverCpu(running.child)) - cpu0;
    figures.push(
      judged(
        {
          measure: `push: ${pushers.length} devices on ${BOARDS} boards, ${PUSHES} × ${BATCH} mutations each`,
          value: Math.round(manyBoards),
          unit: 'mutations/s',
        },
        budgets.push,
      ),
    );
    figures.push({
      measure: "  the Node server process's CPU time per 1,000 of those mutations",
      value: Math.round((pushCpu / (pushers.length * PUSHES * BATCH)) * 1000),
      unit: 'ms',
    });
    const oneBoardRate = await pushRun(base, contenders, PUSHES, BATCH);
    figures.push({
      measure: `push: ${contenders.length} devices on 1 board (one lock), ${PUSHES} × ${BATCH} each`,
      value: Math.round(oneBoardRate),
      unit: 'mutations/s',
    });
    const single = await pushRun(base, [pushers[0]!], PUSHES, BATCH);
    figures.push({ measure: `push: 1 device alone, ${PUSHES} × ${BATCH}`, value: Math.round(single), unit: 'mutations/s' });

    // Pulls: the 20 changes since the device's cursor, on the ~20,000-record board.
    const since = largeRecords.length - 20;
    const alone = await pullLoad(base, largeTokens, largeId, since, 1, 100);
    figures.push({ measure: 'pull, 1 device alone (20 changes since its cursor): p50', value: round1(percentile(alone, 50)), unit: 'ms' });
    for (const clients of [50, 200]) {
      const t0 = performance.now();
      const c0 = await serverCpu(running.child);
      const times = await pullLoad(base, largeTokens, largeId, since, clients, PULLS);
      const seconds = (performance.now() - t0) / 1000;
      const cpuPerPull = ((await serverCpu(running.child)) - c0) / times.length;
      const p99 = percentile(times, 99);
      figures.push({ measure: `pull, ${clients} devices at once: p50`, value: round1(percentile(times, 50)), unit: 'ms' });
      const p99Figure = { measure: `pull, ${clients} devices at once: p99`, value: round1(p99), unit: 'ms' };
      figures.push(clients === 200 ? judged(p99Figure, budgets.pullP99) : p99Figure);
      figures.push({ measure: `pull, ${clients} devices at once: answered`, value: Math.round(times.length / seconds), unit: 'pulls/s' });
      figures.push({ measure: "  the Node server process's CPU time per pull", value: round1(cpuPerPull), unit: 'ms' });
    }
    // The same 200 devices, each pulling about once a second rather than again the moment it is answered.
    const paced = await pacedPullLoad(base, largeTokens, largeId, since, 200, PACE_MS, PACE_SECONDS);
    const pacedP99 = percentile(paced, 99);
    const offered = Math.round((200 * 1000) / PACE_MS);
    figures.push({
      measure: `pull, 200 devices each pulling every ${PACE_MS / 1000} s on average (${offered} pulls/s offered): p50`,
      value: round1(percentile(paced, 50)),
      unit: 'ms',
    });
    figures.push(
      judged(
        { measure: `pull, 200 devices each pulling every ${PACE_MS / 1000} s on average: p99`, value: round1(pacedP99), unit: 'ms' },
        budgets.pullP99,
      ),
    );

    // First sync of a fresh device.
    for (const [label, schoolId, token, size] of [
      ['demo board', demoId, demoChair, demoSize],
      [`generated board (${boardSize(large)} records)`, largeId, largeChair, largeRecords.length],
    ] as const) {
      const server = [];
      const device = [];
      for (let i = 0; i < RUNS; i += 1) server.push(await firstSync(base, token, schoolId, false));
      for (let i = 0; i < RUNS; i += 1) device.push(await firstSync(base, token, schoolId, true));
      const got = server[0]!;
      if (got.records < size) throw new Error(`the ${label} pull gave ${got.records} records, expected at least ${size}`);
      const big = size >= 10_000;
      figures.push({
        measure: `first sync, ${label}: all ${got.pages} pages (${got.records} records, ${(got.bytes / 1e6).toFixed(1)} MB)`,
        value: Math.round(median(server.map((r) => r.ms))),
        unit: 'ms',
      });
      const applied = median(device.map((r) => r.ms));
      const appliedFigure = {
        measure: `first sync, ${label}: pulled and written to Dexie (fake-indexeddb)`,
        value: Math.round(applied),
        unit: 'ms',
      };
      figures.push(big ? judged(appliedFigure, budgets.firstSync) : appliedFigure);
    }
    return figures;
  } finally {
    if (server) await stopServer(server.child);
    await db?.close();
    if (citus) await citus.drop();
    else await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

const syncBench: Bench = {
  name: 'sync',
  budgets,
  description: 'sync server on PostgreSQL over loopback HTTP: push throughput, pull latency under 50/200 devices, first sync of a board',
  run: measure,
};
export default syncBench;
