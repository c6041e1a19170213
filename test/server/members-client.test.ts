// The app's side of running a board's membership (A3, A5, S14, C3) against the real server on
// PGlite: SyncApi's invite, change-role and remove calls, and the engine joining from an invite and
// signing out everywhere.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import type { Role } from '../../src/domain';
import { createRecord, getCurrentSchoolId, membersOf, openDb, type StewardDb } from '../../src/data';
import { openPglite } from '../../src/server/db/pglite';
import type { SqlClient } from '../../src/server/db';
import { hashPassword } from '../../src/server/auth/secrets';
import { alwaysOnline, readSession, SyncApi, SyncEngine, syncNotice } from '../../src/sync';
import { saveSession } from '../../src/sync/session';
import { pgliteTemplate } from './helpers/pgliteTemplate';
import { addSchool, makeBoard, type Board } from './helpers/board';
import { injectFetch } from './helpers/sim';

let db: SqlClient;
beforeAll(async () => {
  db = await openPglite(undefined, await pgliteTemplate(true));
});
afterAll(async () => {
  await db?.close();
});

const SERVER = 'http://test.invalid';
const noWait = async () => undefined;
const stores: StewardDb[] = [];
afterAll(async () => {
  for (const s of stores) await s.delete();
});

function newDevice(b: Board): { store: StewardDb; engine: SyncEngine } {
  const store = openDb(`members-${v7()}`);
  stores.push(store);
  return { store, engine: new SyncEngine({ store, network: alwaysOnline, fetch: injectFetch(() => b.app), sleep: noWait }) };
}

async function signedInDevice(b: Board, role: Role) {
  const d = newDevice(b);
  await saveSession(d.store, {
    serverUrl: SERVER,
    token: b.tokens[role],
    expiresAt: '2099-01-01T00:00:00.000Z',
    person: { id: b.personIds[role], name: `The ${role}`, email: `${role}@test.example` },
    boards: [{ schoolId: b.schoolId, schoolName: 'Test Primary School', role: role }],
  });
  return d;
}

const apiAs = (b: Board, role: Role) =>
  new SyncApi(
    SERVER,
    injectFetch(() => b.app),
    () => b.tokens[role],
  );
const tokenOf = (link: string) => link.replace('/join#invite=', '');

describe('members from the app: invite, join, change role, remove, sign out everywhere', () => {
  it('A5 S14 C3 the chair invites, the invitee joins on their device and gets the board; a role change and a removal reach it', async () => {
    const b = await makeBoard(db);
    const chair = apiAs(b, 'chair');
    await expect(apiAs(b, 'governor').invite(b.schoolId, 'sam@test.example', 'governor')).rejects.toMatchObject({
      kind: 'refused',
      status: 403,
      message: 'Only the chair or clerk can invite, change or remove members.',
    });
    const invite = await chair.invite(b.schoolId, 'sam@test.example', 'governor');
    expect(invite).toMatchObject({
      email: 'sam@test.example',
      role: 'governor',
      link: expect.stringMatching(new RegExp(`^/join#invite=${b.schoolId}\\.[A-Za-z0-9_-]{43}$`)),
    });
    expect(new Date(invite.expiresAt).getTime() - Date.now()).toBeGreaterThan(6.9 * 86_400_000);

    const sam = newDevice(b);
    const session = await sam.engine.acceptInvite(SERVER, tokenOf(invite.link), ' Sam Patel ', 'a long password');
    expect(session).toMatchObject({
      serverUrl: SERVER,
      person: { name: 'Sam Patel', email: 'sam@test.example' },
      boards: [{ schoolId: b.schoolId, schoolName: 'Test Primary School', role: 'governor' }],
    });
    expect(await readSession(sam.store)).toEqual(session);
    expect(await getCurrentSchoolId(sam.store)).toBe(b.schoolId);
    expect((await sam.engine.syncNow()).ok).toBe(true);
    expect((await membersOf(b.schoolId, sam.store)).map((m) => [m.displayName, m.role])).toEqual([['Sam Patel', 'governor']]);

    // The link works once.
    await expect(
      newDevice(b).engine.acceptInvite(SERVER, tokenOf(invite.link), 'Someone else', 'another long password'),
    ).rejects.toMatchObject({
      kind: 'refused',
      status: 410,
      message: 'This invite link has been used or has expired: ask the chair or clerk for a new one.',
    });

    await expect(chair.changeRole(b.schoolId, session.person.id, 'vice-chair')).resolves.toEqual({
      personId: session.person.id,
      role: 'vice-chair',
    });
    expect((await sam.engine.syncNow()).ok).toBe(true);
    expect((await membersOf(b.schoolId, sam.store))[0]?.role).toBe('vice-chair');

    await expect(chair.removeMember(b.schoolId, session.person.id)).resolves.toEqual({ personId: session.person.id, removed: true });
    const after = await sam.engine.syncNow();
    expect(after).toMatchObject({ ok: false, error: { kind: 'removed' } });
    expect(await syncNotice(sam.store)).toMatch(/^You were removed from the board of Test Primary School on \d\d\/\d\d\/\d{4}/);
    expect(await readSession(sam.store)).toBeNull();
    expect(await membersOf(b.schoolId, sam.store)).toEqual([]);
  });

  it('A5 joining with an email that has an account needs its password; the board keeps a chair or clerk (409 in words)', async () => {
    const b = await makeBoard(db);
    await db.query('UPDATE people SET password_hash = $2 WHERE person_id = $1', [
      b.personIds.officer,
      await hashPassword('the officer’s password'),
    ]);
    const invite = await apiAs(b, 'clerk').invite(b.schoolId, 'officer@test.example', 'governor');
    const device = newDevice(b);
    await expect(device.engine.acceptInvite(SERVER, tokenOf(invite.link), 'The officer', 'not the password')).rejects.toMatchObject({
      kind: 'bad-credentials',
      message: 'You already have a Steward account with this email: enter its password to join this board.',
    });
    await expect(apiAs(b, 'chair').removeMember(b.schoolId, b.personIds.clerk)).resolves.toMatchObject({ removed: true });
    await expect(apiAs(b, 'chair').changeRole(b.schoolId, b.personIds.chair, 'governor')).rejects.toMatchObject({
      kind: 'refused',
      status: 409,
      message: 'The board must keep a chair or clerk: appoint another first.',
    });
  });

  it('A5 C5 joining a second board from a device that shows another: the board joined is shown, and both are synced', async () => {
    const b = await makeBoard(db);
    const other = await addSchool(db, 'Other Primary School');
    await db.query('INSERT INTO memberships (school_id, person_id, role, record_id) VALUES ($1, $2, $3, $4)', [
      other,
      b.personIds.clerk,
      'clerk',
      v7(),
    ]);
    await db.query('UPDATE people SET password_hash = $2 WHERE person_id = $1', [
      b.personIds.chair,
      await hashPassword('the chair’s password'),
    ]);
    const chair = newDevice(b);
    await chair.engine.signIn(SERVER, 'chair@test.example', 'the chair’s password');
    expect(await getCurrentSchoolId(chair.store)).toBe(b.schoolId);
    const invite = await apiAs(b, 'clerk').invite(other, 'chair@test.example', 'governor');
    const session = await chair.engine.acceptInvite(SERVER, tokenOf(invite.link), 'The chair', 'the chair’s password');
    expect(session.boards[0]).toEqual({ schoolId: other, schoolName: 'Other Primary School', role: 'governor' });
    expect(await getCurrentSchoolId(chair.store)).toBe(other);
    expect(session.boards.map((m) => m.schoolId).sort()).toEqual([b.schoolId, other].sort());
  });

  it('A3 signing out everywhere ends the sessions of every device of the person, and keeps this device’s board', async () => {
    const b = await makeBoard(db);
    const here = await signedInDevice(b, 'chair');
    const there = await signedInDevice(b, 'chair');
    await createRecord(
      'plans',
      b.schoolId,
      { title: 'Not sent yet', startDate: '2026-09-01', endDate: '2027-07-20', visibility: 'board' },
      here.store,
    );
    await here.engine.signOut({ everywhere: true });
    expect(await readSession(here.store)).toBeNull();
    expect(await here.store.outbox.count()).toBe(1);
    expect((await here.store.records('plans').toArray()).map((p) => p.title)).toEqual(['Not sent yet']);
    expect(await there.engine.syncNow()).toMatchObject({ ok: false, error: { kind: 'signed-out' } });
    expect((await readSession(there.store))?.token).toBeNull();
    await expect(here.engine.signOut({ everywhere: true })).rejects.toMatchObject({ kind: 'signed-out' });
  });
});
