// Several boards on one device (C5), uploading a board kept on the device only (A6) and signing out
// (C6): the app's sync engine against the real server on PGlite.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import { buildDemoBoard, todayIso } from '../../src/domain';
import { createRecord, getCurrentSchoolId, importBoard, openDb, setCurrentSchool, type StewardDb } from '../../src/data';
import { openPglite } from '../../src/server/db/pglite';
import type { SqlClient } from '../../src/server/db';
import { hashPassword } from '../../src/server/auth/secrets';
import { alwaysOnline, boardsOnDevice, changesNeedingAttention, readSession, SyncEngine, syncNotice, unsyncedCounts } from '../../src/sync';
import { pgliteTemplate } from './helpers/pgliteTemplate';
import { addSchool, Device, emailOf, makeBoard, type Board } from './helpers/board';
import { injectFetch } from './helpers/sim';

let db: SqlClient;
beforeAll(async () => {
  db = await openPglite(undefined, await pgliteTemplate(true));
});
const stores: StewardDb[] = [];
afterAll(async () => {
  for (const s of stores) await s.delete();
  await db?.close();
});

const PASSWORD = 'a long password';
const noWait = async () => undefined;
const school = (id: string, name = 'Test Primary School') => ({
  id,
  name,
  educationPhase: 'Primary' as const,
  riskCategory: 4 as const,
  improvementPhase: 'Repair' as const,
});
const plan = (title: string) => ({ title, startDate: '2026-09-01', endDate: '2027-07-20', visibility: 'board' as const });

function engineFor(b: Board) {
  const store = openDb(`boards-${v7()}`);
  stores.push(store);
  return { store, engine: new SyncEngine({ store, network: alwaysOnline, fetch: injectFetch(() => b.app), sleep: noWait }) };
}

/** The board's governor, with a password, also on a second board (as chair) that has a plan on it. */
async function twoBoards() {
  const b = await makeBoard(db);
  await db.query('UPDATE people SET password_hash = $2 WHERE person_id = $1', [b.personIds.governor, await hashPassword(PASSWORD)]);
  await putSchool(b, b.schoolId, 'Test Primary School');
  const second = await addSchool(db, 'Oak Lane School');
  await db.query('INSERT INTO memberships (school_id, person_id, role, record_id) VALUES ($1, $2, $3, $4)', [
    second,
    b.personIds.governor,
    'chair',
    v7(),
  ]);
  await db.query('INSERT INTO memberships (school_id, person_id, role, record_id) VALUES ($1, $2, $3, $4)', [
    second,
    b.personIds.chair,
    'clerk',
    v7(),
  ]);
  await putSchool(b, second, 'Oak Lane School');
  return { b, second };
}

/** The school's own record on the server (makeBoard makes none). */
async function putSchool(b: Board, schoolId: string, name: string) {
  const at = new Date().toISOString();
  const record = { ...school(schoolId, name), schoolId, createdAt: at, updatedAt: at, deleted: false, visibility: 'board' };
  const pushed = await b.push(schoolId === b.schoolId ? 'chair' : 'governor', [new Device(schoolId).create('schools', record)], schoolId);
  expect(pushed.json().results[0].status).toBe('applied');
}

describe('several boards on one device', () => {
  it('C5 a board the person joins after signing in is taken in, and synced, when the app starts or comes back', async () => {
    const b = await makeBoard(db);
    await db.query('UPDATE people SET password_hash = $2 WHERE person_id = $1', [b.personIds.governor, await hashPassword(PASSWORD)]);
    await putSchool(b, b.schoolId, 'Test Primary School');
    const store = openDb(`boards-${v7()}`);
    stores.push(store);
    const resume = new Set<() => void>();
    const engine = new SyncEngine({
      store,
      network: alwaysOnline,
      fetch: injectFetch(() => b.app),
      sleep: noWait,
      onResume: (fn) => (resume.add(fn), () => resume.delete(fn)),
    });
    await engine.signIn('http://test.invalid', emailOf('governor'), PASSWORD);
    expect((await engine.syncNow()).ok).toBe(true);

    const later = await addSchool(db, 'Oak Lane School');
    await db.query('INSERT INTO memberships (school_id, person_id, role, record_id) VALUES ($1, $2, $3, $4)', [
      later,
      b.personIds.governor,
      'chair',
      v7(),
    ]);
    await putSchool(b, later, 'Oak Lane School');
    await db.query("UPDATE memberships SET role = 'vice-chair' WHERE school_id = $1 AND person_id = $2", [
      b.schoolId,
      b.personIds.governor,
    ]);
    const stop = engine.start();
    try {
      await expect
        .poll(async () => (await readSession(store))?.boards?.map((x) => [x.schoolName, x.role]), { timeout: 15_000 })
        .toEqual([
          ['Test Primary School', 'vice-chair'],
          ['Oak Lane School', 'chair'],
        ]);
      await expect.poll(() => store.schools.get(later), { timeout: 15_000 }).toMatchObject({ name: 'Oak Lane School' });
      expect(await getCurrentSchoolId(store)).toBe(b.schoolId); // the board shown stays shown
      // Joined while the app was in the background: taken in when it comes back.
      const third = await addSchool(db, 'Elm Road School');
      await db.query('INSERT INTO memberships (school_id, person_id, role, record_id) VALUES ($1, $2, $3, $4)', [
        third,
        b.personIds.governor,
        'chair',
        v7(),
      ]);
      await putSchool(b, third, 'Elm Road School');
      for (const fn of resume) fn();
      await expect.poll(() => store.schools.get(third), { timeout: 15_000 }).toMatchObject({ name: 'Elm Road School' });
    } finally {
      stop();
    }
  });

  it('C5 signing in takes in every board of the person; each is pushed and pulled, the one shown first', async () => {
    const { b, second } = await twoBoards();
    const { store, engine } = engineFor(b);
    const session = await engine.signIn('http://test.invalid', emailOf('governor'), PASSWORD);
    expect(session.boards).toEqual([
      { schoolId: second, schoolName: 'Oak Lane School', role: 'chair' },
      { schoolId: b.schoolId, schoolName: 'Test Primary School', role: 'governor' },
    ]);
    expect(await getCurrentSchoolId(store)).toBe(second);
    expect((await engine.syncNow()).ok).toBe(true);
    expect(await store.schools.get(second)).toMatchObject({ name: 'Oak Lane School' });
    // A change on each board reaches that board only.
    await setCurrentSchool(b.schoolId, store);
    await createRecord('plans', b.schoolId, plan('Reading plan'), store);
    await createRecord('plans', second, plan('Maths plan'), store);
    expect(await engine.syncNow()).toMatchObject({ ok: true, pushed: 2, rejected: 0 });
    expect(await store.outbox.count()).toBe(0);
    const onFirst = await b.pullAll('governor');
    expect(onFirst.changes.map((c) => (c.data as { title?: string } | undefined)?.title).filter(Boolean)).toEqual(['Reading plan']);
    expect((await boardsOnDevice(store)).map((x) => [x.name, x.where, x.role, x.current])).toEqual([
      ['Oak Lane School', 'shared', 'chair', false],
      ['Test Primary School', 'shared', 'governor', true],
    ]);
  });

  it('C5 C3 removed from one board: that board is taken off and the person told; the other stays and keeps syncing', async () => {
    const { b, second } = await twoBoards();
    const { store, engine } = engineFor(b);
    await engine.signIn('http://test.invalid', emailOf('governor'), PASSWORD);
    expect((await engine.syncNow()).ok).toBe(true);
    await createRecord('plans', b.schoolId, plan('Kept plan'), store);
    const removed = await b.app.inject({
      method: 'DELETE',
      url: `/api/schools/${second}/members/${b.personIds.governor}`,
      headers: b.auth('chair'),
    });
    expect(removed.statusCode).toBe(200);
    expect(await engine.syncNow()).toMatchObject({ ok: true, pushed: 1 });
    expect(await store.schools.get(second)).toBeUndefined();
    expect(await store.plans.where('schoolId').equals(b.schoolId).count()).toBe(1);
    expect(await syncNotice(store)).toMatch(/^You were removed from the board of Oak Lane School on \d\d\/\d\d\/\d{4}/);
    expect((await readSession(store))?.boards).toEqual([{ schoolId: b.schoolId, schoolName: 'Test Primary School', role: 'governor' }]);
    expect(await getCurrentSchoolId(store)).toBe(b.schoolId);
    expect((await engine.syncNow()).ok).toBe(true);
  });

  it('A6 C5 a board kept on this device only is uploaded with its records; its members are left to invite; the person’s other device then has both', async () => {
    const b = await makeBoard(db);
    await putSchool(b, b.schoolId, 'Test Primary School');
    await db.query('UPDATE people SET password_hash = $2 WHERE person_id = $1', [b.personIds.governor, await hashPassword(PASSWORD)]);
    const { store, engine } = engineFor(b);
    const local = v7();
    await createRecord('schools', local, school(local, 'Elm School'), store);
    await createRecord('plans', local, plan('Elm plan'), store);
    await createRecord('memberships', local, { personId: v7(), role: 'governor', displayName: 'Ann Lee' }, store);
    await setCurrentSchool(local, store);
    await engine.signIn('http://test.invalid', emailOf('governor'), PASSWORD);
    expect((await engine.syncNow()).ok).toBe(true);
    // Device-only boards are never pushed unless uploaded.
    expect(await store.outbox.where('schoolId').equals(local).count()).toBe(3);
    expect((await boardsOnDevice(store)).map((x) => [x.name, x.where])).toEqual([
      ['Elm School', 'device'],
      ['Test Primary School', 'shared'],
    ]);

    const up = await engine.uploadBoard(local, 'chair');
    expect(up.membership).toEqual({ schoolId: local, schoolName: 'Elm School', role: 'chair' });
    expect(up.notInvited).toEqual(['Ann Lee (governor)']);
    expect(up.outcome).toMatchObject({ ok: true, pushed: 2, rejected: 0 });
    expect(await store.outbox.count()).toBe(0);
    expect(await syncNotice(store)).toMatch(
      /Members are not uploaded \(each needs their own sign-in\): Ann Lee \(governor\) can join with an invitation: invite them under Settings → Board members\.$/,
    );
    expect((await store.memberships.where('schoolId').equals(local).toArray()).map((m) => [m.displayName, m.role])).toEqual([
      ['The governor', 'chair'],
    ]);
    expect((await boardsOnDevice(store)).find((x) => x.schoolId === local)).toMatchObject({ where: 'shared', role: 'chair' });
    expect(await engine.uploadBoard(local, 'chair').catch((e: Error) => e.message)).toMatch(/^This board is already on the server/);

    const other = engineFor(b);
    await other.engine.signIn('http://test.invalid', emailOf('governor'), PASSWORD);
    expect((await other.engine.syncNow()).ok).toBe(true);
    expect((await other.store.plans.where('schoolId').equals(local).toArray()).map((p) => p.title)).toEqual(['Elm plan']);
    expect((await boardsOnDevice(other.store)).map((x) => x.name)).toEqual(['Elm School', 'Test Primary School']);
  });

  it('A6 S10 S11 the demo board loaded on a device uploads whole as its chair (locks sent after the parts they lock), its members named; as the clerk its finalised reviews and approved minutes are refused and kept', async () => {
    const b = await makeBoard(db);
    await putSchool(b, b.schoolId, 'Test Primary School');
    for (const role of ['chair', 'clerk'] as const) {
      await db.query('UPDATE people SET password_hash = $2 WHERE person_id = $1', [b.personIds[role], await hashPassword(PASSWORD)]);
      const { store, engine } = engineFor(b);
      const board = buildDemoBoard(todayIso(), v7);
      await importBoard(board, store);
      const demoId = board.schools![0]!.id;
      const sent = await store.outbox
        .where('schoolId')
        .equals(demoId)
        .filter((e) => e.kind !== 'memberships')
        .count();
      await engine.signIn('http://test.invalid', emailOf(role), PASSWORD);
      const up = await engine.uploadBoard(demoId, role);
      expect(up.notInvited).toHaveLength((board.memberships ?? []).length);
      const refused = role === 'chair' ? 0 : 3;
      expect(up.outcome).toMatchObject({ ok: true, pushed: sent - refused, rejected: refused });
      const onServer = await db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM records WHERE school_id = $1 AND kind <> 'memberships'",
        [demoId],
      );
      expect(onServer[0]!.n).toBe(sent - refused);
      if (role === 'clerk') {
        expect((await changesNeedingAttention(store, demoId)).map((c) => c.reason).sort()).toEqual([
          'Only the chair or vice-chair can approve the minutes.',
          'Only the chair or vice-chair can finalise a review.',
          'Only the chair or vice-chair can finalise a review.',
        ]);
      }
    }
  });

  it('C6 signing out counts what is not synced; it can keep the boards on this device, or take them off (the device-only board stays)', async () => {
    const { b, second } = await twoBoards();
    const { store, engine } = engineFor(b);
    const local = v7();
    await createRecord('schools', local, school(local, 'Elm School'), store);
    await engine.signIn('http://test.invalid', emailOf('governor'), PASSWORD);
    expect((await engine.syncNow()).ok).toBe(true);
    await createRecord('plans', second, plan('Unsent'), store);
    await createRecord('plans', b.schoolId, { ...plan('Refused'), visibility: 'chairs' }, store);
    await engine.syncNow();
    await createRecord('plans', second, plan('Unsent too'), store);
    expect(await unsyncedCounts(store)).toEqual({ waiting: 1, refused: 1, boards: 2 });
    await engine.signOut({ removeBoards: true });
    expect(await readSession(store)).toBeNull();
    expect((await boardsOnDevice(store)).map((x) => [x.name, x.where])).toEqual([['Elm School', 'device']]);
    expect(await getCurrentSchoolId(store)).toBe(local);
    expect(await store.outbox.where('schoolId').anyOf([second, b.schoolId]).count()).toBe(0);

    const kept = engineFor(b);
    await kept.engine.signIn('http://test.invalid', emailOf('governor'), PASSWORD);
    expect((await kept.engine.syncNow()).ok).toBe(true);
    await kept.engine.signOut();
    expect((await boardsOnDevice(kept.store)).map((x) => [x.name, x.where])).toEqual([
      ['Oak Lane School', 'server'],
      ['Test Primary School', 'server'],
    ]);
  });
});
