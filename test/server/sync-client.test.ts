// The app's sync engine (src/sync) against the real server on PGlite, one rule at a time. Refused
// changes and who changed what are in sync-client-attention.test.ts; the many-device simulation with
// a faulty network in sync-simulation.test.ts.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import { createRecord, getCurrentSchoolId, openDb, updateRecord } from '../../src/data';
import { openPglite } from '../../src/server/db/pglite';
import type { SqlClient } from '../../src/server/db';
import { hashPassword } from '../../src/server/auth/secrets';
import { alwaysOnline, readSession, SyncApi, SyncEngine, syncNotice, type FetchLike } from '../../src/sync';
import { pullAll } from '../../src/sync/cycle';
import { readCursor } from '../../src/sync/local';
import { saveSession } from '../../src/sync/session';
import { pgliteTemplate } from './helpers/pgliteTemplate';
import { makeBoard } from './helpers/board';
import { injectFetch } from './helpers/sim';
import { chairWithSchool, deleteStores, device, noWait, planInput, school, stores, synced } from './helpers/clientDevice';

let db: SqlClient;
beforeAll(async () => {
  db = await openPglite(undefined, await pgliteTemplate(true));
});
afterAll(async () => {
  await deleteStores();
  await db?.close();
});

describe('sync engine against the real server', () => {
  it('A1 signs in with email and password, keeps the session on the device and chooses the board; says what is wrong otherwise', async () => {
    const b = await makeBoard(db, { loginLimit: { maxFailures: 2, windowSeconds: 900 } });
    const personId = v7();
    await db.query('INSERT INTO people (person_id, email, name, password_hash) VALUES ($1, $2, $3, $4)', [
      personId,
      'vc@test.example',
      'Vic Chair',
      await hashPassword('a long password'),
    ]);
    await db.query('INSERT INTO memberships (school_id, person_id, role, record_id) VALUES ($1, $2, $3, $4)', [
      b.schoolId,
      personId,
      'vice-chair',
      v7(),
    ]);
    const store = openDb(`client-signin-${v7()}`);
    stores.push(store);
    const engine = new SyncEngine({ store, network: alwaysOnline, fetch: injectFetch(() => b.app), sleep: noWait });

    await expect(engine.signIn('http://test.invalid', 'vc@test.example', 'wrong')).rejects.toMatchObject({
      kind: 'bad-credentials',
      message: 'That email and password do not match an account: check them and try again.',
    });
    await expect(engine.signIn('http://test.invalid', 'vc@test.example', 'wrong again')).rejects.toMatchObject({ kind: 'bad-credentials' });
    await expect(engine.signIn('http://test.invalid', 'vc@test.example', 'a long password')).rejects.toMatchObject({
      kind: 'rate-limited',
      message: expect.stringMatching(/^Too many attempts to sign in: try again in 15 minutes\.$/),
    });
    const offline = new SyncEngine({
      store,
      network: alwaysOnline,
      fetch: () => Promise.reject(new TypeError('fetch failed')),
      sleep: noWait,
    });
    await expect(offline.signIn('http://test.invalid', 'vc@test.example', 'a long password')).rejects.toMatchObject({
      kind: 'offline',
      message: expect.stringContaining('could not be reached'),
    });

    await db.query('DELETE FROM login_attempts');
    const session = await engine.signIn(' http://test.invalid ', ' vc@test.example ', 'a long password');
    expect(session).toMatchObject({
      serverUrl: 'http://test.invalid',
      person: { id: personId, name: 'Vic Chair' },
      boards: [{ schoolId: b.schoolId, role: 'vice-chair' }],
    });
    expect(await readSession(store)).toEqual(session);
    expect(await getCurrentSchoolId(store)).toBe(b.schoolId);
  });

  it('S1 sends the outbox oldest first in batches, and removes an entry only when the server says it was applied; the status says how far it has gone', async () => {
    const b = await makeBoard(db);
    const pushes: string[][] = [];
    const inject = injectFetch(() => b.app);
    const spy: FetchLike = (url, init) => {
      if (url.includes('/push'))
        pushes.push((JSON.parse(String(init?.body)) as { mutations: { mutationId: string }[] }).mutations.map((m) => m.mutationId));
      return inject(url, init);
    };
    const chair = await device(b, 'chair', { fetch: spy, batchSize: 2 });
    await createRecord('schools', b.schoolId, school(b.schoolId), chair.store);
    for (let i = 1; i <= 4; i++) await createRecord('plans', b.schoolId, planInput(`Plan ${i}`), chair.store);
    const order = (await chair.store.outbox.orderBy('seq').toArray()).map((e) => e.mutationId);
    const seen: string[] = [];
    chair.engine.subscribe(() => {
      const p = chair.engine.getStatus().progress;
      if (p) seen.push(p.phase === 'sending' ? `sent ${p.done} of ${p.total}` : `fetched ${p.done}`);
    });
    await synced(chair);
    expect(pushes).toEqual([order.slice(0, 2), order.slice(2, 4), order.slice(4)]);
    expect(await chair.store.outbox.count()).toBe(0);
    // The header shows how far it has gone (sent of waiting, then fetched), and nothing once done.
    expect(seen).toEqual(['sent 0 of 5', 'sent 2 of 5', 'sent 4 of 5', 'fetched 5']);
    expect(chair.engine.getStatus()).toEqual({ state: 'idle', message: '' });
  });

  it('S2 network errors and 5xx are retried with growing waits; a push whose answer was lost is applied once', async () => {
    let crash = true;
    const b = await makeBoard(db, {
      sync: {
        beforeCommit: async () => {
          if (crash) {
            crash = false;
            throw new Error('crash before commit');
          }
        },
      },
    });
    const inject = injectFetch(() => b.app);
    let lose = 2;
    const flaky: FetchLike = async (url, init) => {
      const res = await inject(url, init);
      if (url.includes('/push') && res.ok && lose-- > 0) throw new TypeError('fetch failed (answer lost)');
      return res;
    };
    const waits: number[] = [];
    const chair = await device(b, 'chair', { fetch: flaky, sleep: async (ms) => void waits.push(ms), attempts: 5 });
    await createRecord('schools', b.schoolId, school(b.schoolId), chair.store);
    const outcome = await synced(chair);
    expect(outcome.pushed).toBe(1);
    expect(waits).toHaveLength(3); // the 500, then two lost answers
    expect(waits[1]!).toBeGreaterThanOrEqual(1000);
    expect(waits[2]!).toBeGreaterThanOrEqual(2000);
    const applied = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM applied_mutations WHERE school_id = $1', [b.schoolId]);
    expect(applied[0]!.n).toBe(1);
  });

  it('S2 a request that never answers (a connection stalled as the network went) counts as offline, so later syncs are not held up', async () => {
    const b = await makeBoard(db);
    const inject = injectFetch(() => b.app);
    let stall = true;
    const stalls: FetchLike = (url, init) => {
      if (!stall) return inject(url, init);
      stall = false;
      return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    };
    const store = openDb(`client-stall-${v7()}`);
    stores.push(store);
    const engine = new SyncEngine({ store, network: alwaysOnline, fetch: stalls, sleep: noWait, requestTimeoutMs: 200 });
    await saveSession(store, {
      serverUrl: 'http://test.invalid',
      token: b.tokens.chair,
      expiresAt: '2099-01-01T00:00:00.000Z',
      person: { id: b.personIds.chair, name: 'The chair', email: 'chair@test.example' },
      boards: [{ schoolId: b.schoolId, schoolName: 'Test Primary School', role: 'chair' }],
    });
    await createRecord('schools', b.schoolId, school(b.schoolId), store);
    expect(await engine.syncNow()).toMatchObject({ ok: true, pushed: 1 });
  });

  it('C2 a pulled record keeps the fields this device changed and has not sent; a field it lost by clock takes the board’s value', async () => {
    const b = await makeBoard(db);
    const chair = await device(b, 'chair');
    const governor = await device(b, 'governor');
    await createRecord('schools', b.schoolId, school(b.schoolId), chair.store);
    const plan = await createRecord('plans', b.schoolId, planInput('Raising standards'), chair.store);
    await synced(chair);
    await synced(governor);

    await updateRecord('plans', plan.id, { title: 'Governor’s title (earlier)' }, governor.store);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await updateRecord('plans', plan.id, { title: 'Chair’s title (later)', endDate: '2027-07-21' }, chair.store);
    await updateRecord('plans', plan.id, { startDate: '2026-09-02' }, governor.store);
    await synced(chair);

    const api = new SyncApi(
      'http://test.invalid',
      injectFetch(() => b.app),
      () => b.tokens.governor,
    );
    await pullAll(governor.store, api, b.schoolId, { batchSize: 100, pageSize: 100, now: Date.now });
    const mixed = await governor.store.plans.get(plan.id);
    expect(mixed).toMatchObject({ title: 'Chair’s title (later)', endDate: '2027-07-21', startDate: '2026-09-02' });
    const clock = (await governor.store.meta.get('clock'))!.value;
    const server = (await b.pullAll('governor')).changes.find((c) => c.id === plan.id) as { hlc: string };
    expect(clock > server.hlc).toBe(true); // C2: the clock took in the pulled stamp

    await synced(governor);
    const view = (await b.pullAll('chair')).changes.find((c) => c.id === plan.id) as { data: Record<string, unknown> };
    expect(await governor.store.plans.get(plan.id)).toEqual(view.data);
    await synced(chair);
    expect(await chair.store.plans.get(plan.id)).toEqual(view.data);
  });

  it('S5 nothing is lost when the app is killed mid-pull: the cursor moves only with its page stored', async () => {
    const b = await makeBoard(db);
    const chair = await device(b, 'chair');
    await createRecord('schools', b.schoolId, school(b.schoolId), chair.store);
    for (let i = 1; i <= 4; i++) await createRecord('plans', b.schoolId, planInput(`Plan ${i}`), chair.store);
    await synced(chair);
    const inject = injectFetch(() => b.app);
    let pulls = 0;
    const dies: FetchLike = (url, init) =>
      url.includes('/pull') && ++pulls === 2 ? Promise.reject(new TypeError('killed')) : inject(url, init);
    const governor = await device(b, 'governor', { fetch: dies, pageSize: 2, attempts: 1 });
    expect((await governor.engine.syncNow()).ok).toBe(false);
    expect(await readCursor(governor.store, b.schoolId)).toBe(2);
    expect((await governor.store.plans.count()) + (await governor.store.schools.count())).toBe(2);
    await synced(governor);
    expect(await governor.store.plans.count()).toBe(4);
    expect(await readCursor(governor.store, b.schoolId)).toBe(5);
  });

  it('S14 C3 a role change starts the board again under the new role, keeping unsent changes, and is not reset again while paging from 0', async () => {
    const b = await makeBoard(db);
    const chair = await device(b, 'chair');
    await createRecord('schools', b.schoolId, school(b.schoolId), chair.store);
    const partB = await createRecord('plans', b.schoolId, planInput('Staffing (Part B)', 'partB'), chair.store);
    await synced(chair);
    const governor = await device(b, 'governor');
    await synced(governor);
    expect(await governor.store.plans.get(partB.id)).toBeDefined();
    const mine = await createRecord('plans', b.schoolId, planInput('Made offline'), governor.store);

    const res = await b.app.inject({
      method: 'PATCH',
      url: `/api/schools/${b.schoolId}/members/${b.personIds.governor}`,
      payload: { role: 'headteacher' },
      headers: b.auth('chair'),
    });
    expect(res.statusCode).toBe(200);
    const api = new SyncApi(
      'http://test.invalid',
      injectFetch(() => b.app),
      () => b.tokens.governor,
    );
    // Pages of one: every cursor on the way is below the version of the role change (found by simulation seed 2).
    await pullAll(governor.store, api, b.schoolId, { batchSize: 100, pageSize: 1, now: Date.now });
    expect(await governor.store.plans.get(partB.id)).toBeUndefined();
    expect(await governor.store.plans.get(mine.id)).toMatchObject({ title: 'Made offline' });
    expect(await governor.store.schools.get(b.schoolId)).toBeDefined();
    expect(await governor.store.outbox.count()).toBe(1);
    expect(await syncNotice(governor.store)).toMatch(/role on this board has changed/);
    await synced(governor);
    expect(await governor.store.outbox.count()).toBe(0);
  });

  it('A3 A4 an ended session keeps every unsent change and asks to sign in again; signing out ends the session on the server', async () => {
    const b = await makeBoard(db);
    const chair = await device(b, 'chair');
    await createRecord('schools', b.schoolId, school(b.schoolId), chair.store);
    await db.query('UPDATE sessions SET revoked_at = now()');
    expect(await chair.engine.syncNow()).toMatchObject({ ok: false, error: { kind: 'signed-out' } });
    expect(chair.engine.getStatus()).toEqual({
      state: 'signed-out',
      message: 'You have been signed out of the board’s server: sign in again to share your changes.',
    });
    expect(await readSession(chair.store)).toMatchObject({ token: null, boards: [{ schoolId: b.schoolId }] });
    expect(await chair.store.outbox.count()).toBe(1);

    const fresh = await device(b, 'governor');
    const token = (await readSession(fresh.store))!.token!;
    await db.query('UPDATE sessions SET revoked_at = NULL');
    await fresh.engine.signOut();
    expect(await readSession(fresh.store)).toBeNull();
    const after = await b.app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${token}` } });
    expect(after.statusCode).toBe(401);
  });

  it('C3 a member removed from the board has it taken off the device and is told why', async () => {
    const b = await makeBoard(db);
    await chairWithSchool(b);
    const governor = await device(b, 'governor');
    await synced(governor);
    const res = await b.app.inject({
      method: 'DELETE',
      url: `/api/schools/${b.schoolId}/members/${b.personIds.governor}`,
      headers: b.auth('chair'),
    });
    expect(res.statusCode).toBe(200);
    const outcome = await governor.engine.syncNow();
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'removed' } });
    expect(await governor.store.schools.count()).toBe(0);
    expect(await readSession(governor.store)).toBeNull();
    expect(await syncNotice(governor.store)).toMatch(
      /^You were removed from the board of Test Primary School on \d\d\/\d\d\/\d{4}, so its records are no longer sent to this device\.$/,
    );
    expect(governor.engine.getStatus()).toMatchObject({ state: 'signed-out', message: expect.stringMatching(/removed from the board/) });
  });

  it('S18 a device listening to the events stream pulls when another device pushes', async () => {
    const b = await makeBoard(db);
    const url = await b.app.listen({ port: 0, host: '127.0.0.1' });
    const chair = await device(b, 'chair', { fetch: (u, i) => fetch(u, i), serverUrl: url });
    const governor = await device(b, 'governor', {
      fetch: (u, i) => fetch(u, i),
      serverUrl: url,
      sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 50))),
    });
    const stop = governor.engine.start();
    try {
      await createRecord('schools', b.schoolId, school(b.schoolId), chair.store);
      await synced(chair);
      const deadline = Date.now() + 10_000;
      while (!(await governor.store.schools.get(b.schoolId)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
      expect(await governor.store.schools.get(b.schoolId)).toMatchObject({ name: 'Test Primary School' });
    } finally {
      stop();
    }
  });

  it('a device syncs when the app comes back to the front, and stops listening for it when stopped', async () => {
    const b = await makeBoard(db);
    const chair = await chairWithSchool(b);
    const resume = new Set<() => void>();
    const { store, engine } = await device(b, 'governor', { onResume: (fn) => (resume.add(fn), () => resume.delete(fn)) });
    const stop = engine.start();
    try {
      await expect.poll(() => store.schools.get(b.schoolId), { timeout: 15_000 }).toBeDefined();
      await updateRecord('schools', b.schoolId, { name: 'Renamed while the governor’s app slept' }, chair.store);
      await synced(chair);
      expect(resume.size).toBe(1);
      for (const fn of resume) fn();
      await expect
        .poll(async () => (await store.schools.get(b.schoolId))?.name, { timeout: 15_000 })
        .toBe('Renamed while the governor’s app slept');
    } finally {
      stop();
    }
    expect(resume.size).toBe(0); // stopped listening
  });
});
