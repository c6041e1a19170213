// A6: a board kept on a device only is put on the server (POST /api/schools), on PGlite and PostgreSQL.
import { v7 } from 'uuid';
import { expect, it } from 'vitest';
import { describeEachDatabase } from './helpers/databases';
import { Device, makeBoard, type Board } from './helpers/board';

const create = (b: Board, token: string | undefined, payload: unknown) =>
  b.app.inject({
    method: 'POST',
    url: '/api/schools',
    payload: payload as object,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
const me = (b: Board, token: string) => b.app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${token}` } });
const auth = (token: string) => ({ authorization: `Bearer ${token}` });

describeEachDatabase('uploading a board', (get) => {
  it('A6 a signed-in person puts a device’s board on the server as its chair; the server writes their member record; the board’s records follow by push', async () => {
    const b = await makeBoard(get().db);
    const schoolId = v7();
    const res = await create(b, b.tokens.governor, { schoolId, name: '  Oak Lane School ' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ schoolId, schoolName: 'Oak Lane School', role: 'chair' });
    // The person is now on two boards.
    expect((await me(b, b.tokens.governor)).json().memberships).toEqual([
      { schoolId, schoolName: 'Oak Lane School', role: 'chair' },
      { schoolId: b.schoolId, schoolName: 'Test Primary School', role: 'governor' },
    ]);
    const pulled = await b.app.inject({
      method: 'GET',
      url: '/api/sync/pull',
      query: { schoolId, since: '0' },
      headers: b.auth('governor'),
    });
    expect(pulled.json().changes).toEqual([
      expect.objectContaining({
        kind: 'memberships',
        data: expect.objectContaining({ personId: b.personIds.governor, role: 'chair', displayName: 'The governor' }),
      }),
    ]);
    const device = new Device(schoolId);
    const school = {
      id: schoolId,
      schoolId,
      name: 'Oak Lane School',
      educationPhase: 'Primary',
      riskCategory: 4,
      improvementPhase: 'Repair',
      createdAt: '2026-11-20T09:00:00.000Z',
      updatedAt: '2026-11-20T09:00:00.000Z',
      deleted: false,
      visibility: 'board',
    };
    const pushed = await b.push('governor', [device.create('schools', school)], schoolId);
    expect(pushed.json().results).toEqual([expect.objectContaining({ status: 'applied' })]);
    // No one else on the first board is a member of the new one.
    const other = await b.app.inject({ method: 'GET', url: '/api/sync/pull', query: { schoolId, since: '0' }, headers: b.auth('chair') });
    expect(other.statusCode).toBe(403);
  });

  it('A6 the uploader may be the clerk; not any other role', async () => {
    const b = await makeBoard(get().db);
    const schoolId = v7();
    const headteacher = await create(b, b.tokens.chair, { schoolId, name: 'Elm School', role: 'headteacher' });
    expect(headteacher.statusCode).toBe(400);
    expect(headteacher.json().problems).toEqual([{ field: 'role', message: 'Choose chair or clerk' }]);
    const clerk = await create(b, b.tokens.chair, { schoolId, name: 'Elm School', role: 'clerk' });
    expect(clerk.statusCode).toBe(201);
    expect(clerk.json()).toEqual({ schoolId, schoolName: 'Elm School', role: 'clerk' });
    const invite = await b.app.inject({
      method: 'POST',
      url: `/api/schools/${schoolId}/invites`,
      headers: b.auth('chair'),
      payload: { email: 'new@test.example', role: 'governor' },
    });
    expect(invite.statusCode).toBe(201);
  });

  it('A6 a board already on the server is refused with 409 in words, and nothing is written', async () => {
    const b = await makeBoard(get().db);
    const count = async () =>
      (
        await b.db.query<{ n: number }>(
          'SELECT (SELECT count(*) FROM memberships) + (SELECT count(*) FROM records) + (SELECT count(*) FROM schools) AS n',
        )
      )[0]!.n;
    const before = await count();
    const res = await create(b, b.tokens.officer, { schoolId: b.schoolId, name: 'Test Primary School' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toEqual({
      error: expect.stringMatching(/^This board is already on the server: sign in as one of its members/),
      code: 'school-exists',
    });
    expect(await count()).toBe(before);
    // Uploading twice from the same device: the second is refused the same way.
    const schoolId = v7();
    expect((await create(b, b.tokens.chair, { schoolId, name: 'Ash School' })).statusCode).toBe(201);
    expect((await create(b, b.tokens.chair, { schoolId, name: 'Ash School' })).statusCode).toBe(409);
  });

  it('A6 S16 A4 bad bodies get 400 naming the field; no session gets 401; nothing is written', async () => {
    const b = await makeBoard(get().db);
    const schools = async () => (await b.db.query<{ n: number }>('SELECT count(*)::int AS n FROM schools'))[0]!.n;
    expect((await create(b, undefined, { schoolId: v7(), name: 'X' })).statusCode).toBe(401);
    const blank = await create(b, b.tokens.chair, { schoolId: v7(), name: '   ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().problems).toEqual([{ field: 'name', message: 'Enter the school’s name' }]);
    const badId = await create(b, b.tokens.chair, { schoolId: 'not-an-id', name: 'X' });
    expect(badId.json().problems).toEqual([{ field: 'schoolId', message: 'Must be a valid id' }]);
    const nul = await create(b, b.tokens.chair, { schoolId: v7(), name: 'A\u0000B' });
    expect(nul.statusCode).toBe(400);
    expect(await schools()).toBe(1);
    const loggedOut = await b.app.inject({ method: 'POST', url: '/api/auth/logout', headers: auth(b.tokens.clerk), payload: {} });
    expect(loggedOut.statusCode).toBe(200);
    expect((await create(b, b.tokens.clerk, { schoolId: v7(), name: 'Y' })).statusCode).toBe(401);
    expect(await schools()).toBe(1);
  });
});
