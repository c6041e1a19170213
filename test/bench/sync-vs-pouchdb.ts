// Steward's sync beside PouchDB's (issue 16), in the same run, on the same machine and in the same
// headless Chromium, so the figures that count are ratios (the machine is shared and noisy).
//   first sync: a fresh device gets the generated ~20,000-record board (test/bench/large-board.ts)
//         into the browser's IndexedDB. Steward: the app's own pull (src/sync/cycle.ts pullAll, pages
//         of 500 as the app asks) from the real server on PostgreSQL (test/bench/sync-server.ts), into
//         a Dexie StewardDb. PouchDB 9: `replicate.from` into its IndexedDB adapter from express-pouchdb
//         (what pouchdb-server runs) on PouchDB's memory adapter, holding the same records, one
//         document each (the record's JSON with `_id` and `kind`), with PouchDB's default batches and
//         with batches of 500. Each on a fresh browser context, alternating, median of
//         BENCH_VS_POUCH_RUNS (3). Budget: Steward ÷ the faster PouchDB ≤ 0.5×.
//   edit load: BENCH_VS_POUCH_DEVICES (10) devices on one board, each editing its own plan about every
//         BENCH_VS_POUCH_EDIT_MS (500) for BENCH_VS_POUCH_SECONDS (15), each hearing of the others'
//         edits as its system does (test/bench/baselines/edit-load.ts; Node clients over HTTP): the
//         time from an edit to another device having it (p50, p99), and edits delivered a second.
// Both servers run in their own process on a loopback port. Env: BENCH_DATABASE_URL as the sync bench.
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import pg from 'pg';
import type { Browser } from 'playwright-core';
import { tickHlc, type RecordKind } from '../../src/domain';
import { migrate, type SqlClient } from '../../src/server/db';
import { openPostgres } from '../../src/server/db/postgres';
import { insertRecords, serverRecord } from '../../src/server/sync/store';
import { launchBrowser } from '../e2e/browser';
import {
  fillDatabase,
  pouchBrowserBuild,
  startPouchServer,
  stewardDeviceBuild,
  stopPouchServer,
  type PouchServer,
} from './baselines/pouch-kit';
import { buildLargeBoard } from './large-board';
import { judged, median, type Bench, type Budgets, type Figure } from './shared';
import { pouchEditLoad, stewardEditLoad, type LoadResult } from './baselines/edit-load';
import { addMember, addSchool, startServer, stopServer } from './sync-setup';
import type { ChildProcess } from 'node:child_process';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const RUNS = env('BENCH_VS_POUCH_RUNS', 3);
const DEVICES = env('BENCH_VS_POUCH_DEVICES', 10);
const EDIT_MS = env('BENCH_VS_POUCH_EDIT_MS', 500);
const SECONDS = env('BENCH_VS_POUCH_SECONDS', 15);
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const budgets = {
  firstSync: { most: 0.5, unit: '×', source: 'issue 16 (Steward ÷ PouchDB, first sync of the ~20,000-record board)' },
} satisfies Budgets;

type Row = { kind: RecordKind; r: Record<string, unknown> };

/** The generated board written into Steward's PostgreSQL, with a chair to pull it: its records and the chair's token. */
async function seedLargeBoard(db: SqlClient): Promise<{ schoolId: string; token: string; rows: Row[] }> {
  const large = buildLargeBoard();
  const schoolId = large.schools![0]!.id;
  const hlc = tickHlc(null, Date.now(), 'server');
  const rows = (Object.entries(large) as [RecordKind, Record<string, unknown>[]][]).flatMap(([kind, list]) =>
    list.map((r) => ({ kind, r })),
  );
  await db.transaction(async (tx) => {
    await tx.query('INSERT INTO schools (school_id, name) VALUES ($1, $2)', [schoolId, 'Large Board School']);
    await tx.query('INSERT INTO school_versions (school_id, version) VALUES ($1, $2)', [schoolId, rows.length]);
    await insertRecords(
      tx,
      schoolId,
      rows.map(({ kind, r }, i) => serverRecord(kind, r, i + 1, hlc)),
    );
  });
  const token = await addMember(db, schoolId, 'chair');
  for (const table of ['records', 'school_versions', 'memberships', 'schools', 'people', 'sessions']) await db.exec(`ANALYZE ${table}`);
  return { schoolId, token, rows };
}

/** A blank page on `origin` (no app, no service worker) in a fresh context, with `script` added. */
async function pageWith(browser: Browser, origin: string, script: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route(`${origin}/__bench`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' }),
  );
  await page.goto(`${origin}/__bench`);
  await page.addScriptTag({ content: script });
  return { page, close: () => context.close() };
}

async function stewardFirstSync(browser: Browser, base: string, bundle: string, token: string, schoolId: string) {
  const { page, close } = await pageWith(browser, base, bundle);
  try {
    return await page.evaluate(
      ([t, s]) =>
        (
          window as unknown as {
            stewardDevice: { firstSync: (t: string, s: string) => Promise<{ ms: number; fetchMs: number; records: number }> };
          }
        ).stewardDevice.firstSync(t, s),
      [token, schoolId] as const,
    );
  } finally {
    await close();
  }
}

async function pouchFirstSync(browser: Browser, pouch: PouchServer, build: string, dbName: string, batch?: number) {
  const { page, close } = await pageWith(browser, pouch.base, build);
  try {
    return await page.evaluate(
      async ([remote, size]) => {
        type Db = { replicate: { from: (r: string, o: object) => Promise<unknown> }; info: () => Promise<{ doc_count: number }> };
        const PouchDB = (window as unknown as { PouchDB: new (name: string) => Db }).PouchDB;
        const local = new PouchDB(`bench-${crypto.randomUUID()}`);
        const t0 = performance.now();
        await local.replicate.from(remote, size ? { batch_size: size } : {});
        const ms = performance.now() - t0;
        return { ms, records: (await local.info()).doc_count };
      },
      [`${pouch.base}/${dbName}`, batch ?? 0] as const,
    );
  } finally {
    await close();
  }
}

async function measure(): Promise<Figure[]> {
  const name = `steward_bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  let db: SqlClient | undefined;
  let server: { child: ChildProcess; base: string } | undefined;
  let pouch: PouchServer | undefined;
  let browser: Browser | undefined;
  try {
    db = await openPostgres({ connectionString: url.toString(), max: 4 });
    await migrate(db);
    const board = await seedLargeBoard(db);
    [server, pouch] = await Promise.all([startServer(url.toString()), startPouchServer()]);
    await fillDatabase(
      pouch.base,
      'board',
      board.rows.map(({ kind, r }) => ({ ...r, _id: r.id, kind })),
    );
    const [bundle, pouchBuild] = await Promise.all([stewardDeviceBuild(), Promise.resolve(pouchBrowserBuild())]);
    browser = await launchBrowser();
    const size = board.rows.length;
    const check = (who: string, got: { records: number }) => {
      if (got.records < size) throw new Error(`${who} ended with ${got.records} records, expected ${size}`);
    };
    // Warm up each once (the servers' JIT and caches, the browser's).
    check('Steward', await stewardFirstSync(browser, server.base, bundle, board.token, board.schoolId));
    check('PouchDB', await pouchFirstSync(browser, pouch, pouchBuild, 'board'));
    const figures: Figure[] = [
      { measure: 'load average (1 min) at the start, for reading the rest', value: Number(loadavg()[0]!.toFixed(2)), unit: '' },
    ];
    const steward: number[] = [];
    const fetching: number[] = [];
    const pouchDefault: number[] = [];
    const pouch500: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const s = await stewardFirstSync(browser, server.base, bundle, board.token, board.schoolId);
      check('Steward', s);
      steward.push(s.ms);
      fetching.push(s.fetchMs);
      const d = await pouchFirstSync(browser, pouch, pouchBuild, 'board');
      check('PouchDB', d);
      pouchDefault.push(d.ms);
      const f = await pouchFirstSync(browser, pouch, pouchBuild, 'board', 500);
      check('PouchDB', f);
      pouch500.push(f.ms);
    }
    const [st, pd, pf] = [median(steward), median(pouchDefault), median(pouch500)];
    figures.push(
      { measure: `first sync into IndexedDB, ${size} records: Steward (pages of 500, from PostgreSQL)`, value: Math.round(st), unit: 'ms' },
      {
        measure: '    of which fetching, parsing and checking the pages (the rest is writing them)',
        value: Math.round(median(fetching)),
        unit: 'ms',
      },
      { measure: '  PouchDB replicate.from pouchdb-server, default batches (100)', value: Math.round(pd), unit: 'ms' },
      { measure: '  PouchDB replicate.from pouchdb-server, batches of 500', value: Math.round(pf), unit: 'ms' },
      judged({ measure: '  Steward ÷ the faster PouchDB', value: ratio(st, Math.min(pd, pf)), unit: '×' }, budgets.firstSync),
    );

    // The steady edit load, Steward then PouchDB, each after a short warm-up of its own.
    const editBoard = await addSchool(db, 'Busy Board');
    const tokens = await Promise.all(Array.from({ length: DEVICES }, () => addMember(db!, editBoard, 'governor')));
    await stewardEditLoad(server.base, editBoard, tokens, EDIT_MS, 2);
    await pouchEditLoad(pouch.base, DEVICES, EDIT_MS, 2);
    figures.push({ measure: 'load average (1 min) before the edit load', value: Number(loadavg()[0]!.toFixed(2)), unit: '' });
    const st2 = await stewardEditLoad(server.base, editBoard, tokens, EDIT_MS, SECONDS);
    const pd2 = await pouchEditLoad(pouch.base, DEVICES, EDIT_MS, SECONDS);
    const offered = `${DEVICES} devices, an edit each every ${EDIT_MS / 1000} s on average`;
    const of = (who: string, r: LoadResult): Figure[] => [
      { measure: `edit load (${offered}), ${who}: edit to another device, p50`, value: Math.round(r.p50), unit: 'ms' },
      { measure: `  ${who}: p99`, value: Math.round(r.p99), unit: 'ms' },
      { measure: `  ${who}: edits reaching other devices (${r.edits} edits made)`, value: Math.round(r.delivered), unit: '/s' },
    ];
    figures.push(
      ...of('Steward', st2),
      ...of('PouchDB', pd2),
      { measure: '  Steward ÷ PouchDB, p50 (lower is faster)', value: ratio(st2.p50, pd2.p50), unit: '×' },
      { measure: '  Steward ÷ PouchDB, p99', value: ratio(st2.p99, pd2.p99), unit: '×' },
      {
        measure: '  Steward ÷ PouchDB, edits reaching other devices (higher is more)',
        value: ratio(st2.delivered, pd2.delivered),
        unit: '×',
      },
      { measure: 'load average (1 min) at the end', value: Number(loadavg()[0]!.toFixed(2)), unit: '' },
    );
    return figures;
  } finally {
    await browser?.close();
    if (server) await stopServer(server.child);
    if (pouch) await stopPouchServer(pouch.child);
    await db?.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

const syncVsPouchdb: Bench = {
  name: 'sync-vs-pouchdb',
  budgets,
  description:
    'Steward sync beside PouchDB + pouchdb-server, same run and browser: first sync of the ~20,000-record board, a steady edit load',
  run: measure,
};
export default syncVsPouchdb;
