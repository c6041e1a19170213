// Many devices listening (design.md §5, issue 16 item 5): event streams (S18) held open against the
// real server on a real PostgreSQL, in a database made for the run and dropped after it.
//   one process: BENCH_STREAMS_BOARDS (500) boards × BENCH_STREAMS_PER_BOARD (10) devices, every
//     device with its stream open on one server process; then a chair on each board in turn pushes
//     one small change, BENCH_STREAMS_RATE (50) pushes a second for BENCH_STREAMS_SECONDS (10): the
//     time from the push being sent to each listening device of that board hearing `changed`,
//     p50/p99 over every delivery; then a burst, a push to every board at once. Memory per open
//     stream is the server's RSS after opening them less before, over the streams.
//   two processes: the same devices, half on each of two server processes on the same database;
//     every push taken by the first, so the second's devices hear through NOTIFY/LISTEN only.
//   going up: BENCH_STREAMS_STEPS (e.g. "10000,15000") opens that many streams on one process
//     (more devices per board) and reports memory, file descriptors, event-loop delay and delivery,
//     to see what gives first. Each stream holds one socket in the server and one here: the bench
//     needs a file descriptor limit above twice the largest step (`ulimit -n`).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import pg from 'pg';
import { migrate, type SqlClient } from '../../src/server/db';
import { openPostgres } from '../../src/server/db/postgres';
import { measureDeliveries, type Listening } from './streams-load';
import { openStream, percentile, seedBoards, serverStats, startServer, stopServer, type Board, type Server } from './streams-kit';
import type { Bench, Figure } from './shared';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const BOARDS = env('BENCH_STREAMS_BOARDS', 500);
const PER_BOARD = env('BENCH_STREAMS_PER_BOARD', 10);
const RATE = env('BENCH_STREAMS_RATE', 50);
const SECONDS = env('BENCH_STREAMS_SECONDS', 10);
const STEPS = (process.env.BENCH_STREAMS_STEPS ?? '').split(',').filter(Boolean).map(Number);
const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const P99_BAR = 100; // ms, a push to every listening device of its board

const round1 = (n: number) => Math.round(n * 10) / 10;

/** This process's soft limit on open files: each stream holds one here and one in the server. */
function fileLimit(): number {
  const line = /^Max open files\s+(\d+|unlimited)/m.exec(readFileSync('/proc/self/limits', 'utf8'))?.[1];
  return line === undefined || line === 'unlimited' ? Infinity : Number(line);
}

/** Open `perBoard` streams on every board, spread over `servers` in turn, a hundred at a time. */
async function openAll(boards: Board[], perBoard: number, servers: Server[], listening: Listening): Promise<() => void> {
  listening.reset();
  const todo = boards.flatMap((b) => Array.from({ length: perBoard }, (_, i) => ({ b, i })));
  const open: { close(): void }[] = [];
  for (let at = 0; at < todo.length; at += 100) {
    const part = todo.slice(at, at + 100);
    open.push(
      ...(await Promise.all(
        part.map(({ b, i }, n) => {
          const server = servers[(at + n) % servers.length]!;
          return openStream(server, b.schoolId, b.tokens[i % b.tokens.length]!, listening.heard(b.schoolId, server.port));
        }),
      )),
    );
  }
  return () => open.forEach((s) => s.close());
}

async function connections(admin: pg.Client, name: string): Promise<number> {
  const rows = await admin.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
  return rows.rows[0]!.n;
}

async function measure(): Promise<Figure[]> {
  const most = Math.max(BOARDS * PER_BOARD, ...STEPS.map((n) => Math.ceil(n / BOARDS) * BOARDS));
  if (fileLimit() < most + 500)
    throw new Error(`${most} streams need more open files than this shell allows (${fileLimit()}): run \`ulimit -n ${most + 1000}\` first`);
  const name = `steward_bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  let db: SqlClient | undefined;
  const servers: Server[] = [];
  const figures: Figure[] = [];
  const add = (measure: string, value: number, unit: string, bar?: number) =>
    figures.push({ measure, value: round1(value), unit, ...(bar === undefined ? {} : { budget: `≤ ${bar} ${unit}`, pass: value <= bar }) });
  try {
    db = await openPostgres({ connectionString: databaseUrl, max: 4 });
    await migrate(db);
    const boards = await seedBoards(db, BOARDS, PER_BOARD);
    for (const table of ['schools', 'school_versions', 'people', 'memberships', 'sessions']) await db.exec(`ANALYZE ${table}`);
    figures.push({ measure: 'load average (1 min) at the start, for reading the rest', value: Number(loadavg()[0]!.toFixed(2)), unit: '' });

    // One process.
    const a = await startServer(databaseUrl);
    servers.push(a);
    const listening = measureDeliveries(boards);
    const before = await serverStats(a);
    const t0 = performance.now();
    let closeAll = await openAll(boards, PER_BOARD, [a], listening);
    const streams = BOARDS * PER_BOARD;
    add(`one process: ${streams} streams on ${BOARDS} boards opened (100 at a time)`, (performance.now() - t0) / 1000, 's');
    const opened = await serverStats(a);
    add(
      '  server memory per open stream (RSS after less before, over the streams)',
      ((opened.rssMb - before.rssMb) * 1024) / streams,
      'KB',
    );
    add('  … of it JavaScript heap', ((opened.heapMb - before.heapMb) * 1024) / streams, 'KB');
    add('  server file descriptors open', opened.fds, '');
    add('  PostgreSQL connections of the server', await connections(admin, name), '');
    await listening.paced(a, RATE, 3); // warm-up: every code path of push and stream once (JIT, pool, plans)
    const pacedFrom = await serverStats(a);
    const paced = await listening.paced(a, RATE, SECONDS);
    const pacedStats = await serverStats(a);
    add(`  push to a board (${RATE}/s for ${SECONDS} s) reaches its ${PER_BOARD} devices: p50`, percentile(paced.ms, 50), 'ms');
    add(`  … p99 (${paced.ms.length} deliveries, ${paced.missing} missing)`, percentile(paced.ms, 99), 'ms', P99_BAR);
    add('  … the push answered: p50', percentile(paced.answered, 50), 'ms');
    add('  … p99', percentile(paced.answered, 99), 'ms');
    add('  … each delivery after its push was answered: p50', percentile(paced.afterAnswer, 50), 'ms');
    add('  … p99', percentile(paced.afterAnswer, 99), 'ms');
    add('  server event-loop delay meanwhile: p99', pacedStats.lagP99Ms, 'ms');
    add("  server CPU per push delivered to all its board's streams", (pacedStats.cpuMs - pacedFrom.cpuMs) / paced.pushes, 'ms');
    const burst = await listening.burst(a);
    const burstStats = await serverStats(a);
    add(`  a push to each of the ${BOARDS} boards at once: p50`, percentile(burst.ms, 50), 'ms');
    add(`  … p99 (${burst.ms.length} deliveries, ${burst.missing} missing)`, percentile(burst.ms, 99), 'ms');
    add('  … the pushes answered: p99', percentile(burst.answered, 99), 'ms');
    add('  server event-loop delay in the burst: max', burstStats.lagMaxMs, 'ms');
    closeAll();

    // Two processes on the same PostgreSQL: half the devices on each, every push taken by the first.
    const b = await startServer(databaseUrl);
    servers.push(b);
    closeAll = await openAll(boards, PER_BOARD, [a, b], listening);
    await listening.paced(a, RATE, 3);
    add(`two processes: ${streams} streams, half on each; PostgreSQL connections of both`, await connections(admin, name), '');
    const two = await listening.paced(a, RATE, SECONDS);
    for (const [label, s] of [
      ['the process that took the push', a],
      ['the other process (through NOTIFY)', b],
    ] as const) {
      const ms = two.byPort.get(s.port) ?? [];
      add(`  devices on ${label}: p50`, percentile(ms, 50), 'ms');
      add(`  … p99 (${ms.length} deliveries)`, percentile(ms, 99), 'ms', P99_BAR);
    }
    add('  deliveries missing', two.missing, '');
    closeAll();
    await stopServer(b);
    servers.pop();

    // Going up on one process: more devices per board.
    for (const step of STEPS) {
      const perBoard = Math.ceil(step / BOARDS);
      const base = await serverStats(a);
      closeAll = await openAll(boards, perBoard, [a], listening);
      const held = await serverStats(a);
      const up = await listening.paced(a, RATE, SECONDS);
      const after = await serverStats(a);
      add(`going up: ${BOARDS * perBoard} streams on one process: RSS`, held.rssMb, 'MB');
      add('  memory per stream', ((held.rssMb - base.rssMb) * 1024) / (BOARDS * perBoard), 'KB');
      add('  file descriptors', held.fds, '');
      add('  event-loop delay under the paced pushes: p99 / max', after.lagP99Ms, 'ms');
      add('  … max', after.lagMaxMs, 'ms');
      add(`  delivery p50 (${up.ms.length} deliveries, ${up.missing} missing)`, percentile(up.ms, 50), 'ms');
      add('  delivery p99', percentile(up.ms, 99), 'ms');
      closeAll();
    }
    return figures;
  } finally {
    for (const s of servers) await stopServer(s);
    await db?.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

const bench: Bench = {
  name: 'streams',
  description: `${BOARDS * PER_BOARD} event streams on ${BOARDS} boards, on one and on two server processes: push-to-device delivery, memory per stream`,
  run: measure,
};
export default bench;
