// The seven findings of the hardening review (issue 11), one test each, named by the rule it proves,
// on PGlite and on PostgreSQL. Each failed on the code before the fix.
import type { AddressInfo } from 'node:net';
import { v7 } from 'uuid';
import { expect, it } from 'vitest';
import { wire } from '../../src/domain';
import { hashPassword } from '../../src/server/auth/secrets';
import { describeEachDatabase } from './helpers/databases';
import { Device, emailOf, makeBoard, protocol, records, type Board } from './helpers/board';
import { routesOf, snapshot } from './helpers/junk';

const PASSWORD = 'correct horse battery';
const withPassword = async (b: Board, role: 'chair' | 'governor') =>
  b.db.query('UPDATE people SET password_hash = $2 WHERE person_id = $1', [b.personIds[role], await hashPassword(PASSWORD)]);
const login = (b: Board, email: string, password: string) =>
  b.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
const nested = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

describeEachDatabase('hardening', (get) => {
  it('S16 JSON nested 7,000 levels deep gets a 400 on every route (and inside a push’s fields), never a 500', async () => {
    const b = await makeBoard(get().db);
    const before = await snapshot(b.db);
    const bodies = [
      `{"email": ${nested(7000)}, "password": "x"}`,
      `{"schoolId": "${b.schoolId}", "mutations": [{"fields": ${nested(7000)}}]}`,
    ];
    for (const route of routesOf(b).filter((r) => r.method !== 'GET'))
      for (const payload of bodies) {
        const res = await b.app.inject({
          method: route.method,
          url: route.url,
          payload,
          headers: { ...b.auth('chair'), 'content-type': 'application/json' },
        });
        expect(res.statusCode, `${route.method} ${route.url}: ${res.body.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
        expect(res.statusCode, `${route.method} ${route.url}: ${res.body.slice(0, 200)}`).toBeLessThan(500);
      }
    const deep = await b.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: bodies[0],
      headers: { 'content-type': 'application/json' },
    });
    expect(deep.json()).toMatchObject({ error: `The request is nested more than ${wire.MAX_JSON_DEPTH} levels deep.` });
    expect(await snapshot(b.db)).toEqual(before);
  });

  it('A2 25 wrong passwords for one email sent at once: at most 5 are checked, the rest are 429', async () => {
    const b = await makeBoard(get().db);
    await withPassword(b, 'chair');
    const answers = await Promise.all(Array.from({ length: 25 }, () => login(b, emailOf('chair'), 'a wrong guess')));
    const codes = answers.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 401).length).toBe(5);
    expect(codes.filter((c) => c === 429).length).toBe(20);
    expect((await login(b, emailOf('chair'), PASSWORD)).statusCode).toBe(429);
  });

  it('A2 A5 accepting an invitation is under the same limit, and a wrong password gets sign-in’s answer', async () => {
    const b = await makeBoard(get().db);
    await withPassword(b, 'governor');
    // Any signed-in person can make a board of their own and invite an email to it.
    const own = v7();
    expect(
      (await b.app.inject({ method: 'POST', url: '/api/schools', payload: { schoolId: own, name: 'Mine' }, headers: b.auth('officer') }))
        .statusCode,
    ).toBe(201);
    const invite = async () => {
      const res = await b.app.inject({
        method: 'POST',
        url: `/api/schools/${own}/invites`,
        payload: { email: emailOf('governor'), role: 'governor' },
        headers: b.auth('officer'),
      });
      return (res.json() as { token: string }).token;
    };
    const token = await invite();
    const accept = (password: string) =>
      b.app.inject({ method: 'POST', url: '/api/invites/accept', payload: { token, name: 'G', password } });
    const wrong = await accept('not the password!');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toEqual((await login(b, 'nobody@test.example', 'not the password!')).json());
    const answers = await Promise.all(Array.from({ length: 25 }, () => accept('another wrong guess')));
    expect(answers.filter((r) => r.statusCode === 401).length).toBe(4);
    expect(answers.filter((r) => r.statusCode === 429).length).toBe(21);
    // The right password at either door is refused while the email is limited.
    expect((await accept(PASSWORD)).statusCode).toBe(429);
    expect((await login(b, emailOf('governor'), PASSWORD)).statusCode).toBe(429);
  });

  it('S6 a push naming fields its kind does not have is refused, and keeps no clock or author of them', async () => {
    const b = await makeBoard(get().db);
    const d = new Device(b.schoolId);
    const action = records.action(b.schoolId);
    await b.push('chair', [d.create('actions', action)]);
    const sizeOf = async () =>
      (
        await b.db.query<{ n: number }>(
          `SELECT (octet_length(data::text) + octet_length(field_clocks::text) + octet_length(coalesce(field_authors::text, '')))::int AS n
             FROM records WHERE id = $1`,
          [action.id],
        )
      )[0]!.n;
    const size = await sizeOf();
    const admin = await b.push('chair', [d.update('actions', action.id, { isAdmin: true })]);
    expect(admin.json().results[0]).toMatchObject({ status: 'rejected', reason: 'The action was not saved: it has no field "isAdmin".' });
    const invented = Object.fromEntries(Array.from({ length: 4000 }, (_, i) => [`invented${i}`, 1]));
    for (const lead of ['A', 'B', 'C']) {
      const res = await b.push('chair', [d.update('actions', action.id, { lead, ...invented })]);
      expect(res.json().results[0]).toMatchObject({ status: 'rejected' });
    }
    expect(await sizeOf()).toBe(size);
    const [row] = await b.db.query<{ field_clocks: Record<string, string> }>('SELECT field_clocks FROM records WHERE id = $1', [action.id]);
    expect(Object.keys(row!.field_clocks)).not.toContain('isAdmin');
  });

  it('S16 a body over the limit reaches fetch as a 413, sent with a length or in chunks', async () => {
    const b = await makeBoard(get().db);
    await b.app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(b.app.server.address() as AddressInfo).port}`;
    const big = JSON.stringify({ schoolId: b.schoolId, mutations: [], padding: 'x'.repeat(wire.PUSH_BODY_LIMIT + 1) });
    const headers = { ...b.auth('chair'), 'content-type': 'application/json' };
    const sized = await fetch(`${base}/api/sync/push`, { method: 'POST', headers, body: big });
    expect(sized.status).toBe(413);
    expect(await sized.json()).toMatchObject({ code: 'too-large' });
    const chunks = new ReadableStream<Uint8Array>({
      start(c) {
        for (let at = 0; at < big.length; at += 1024 * 1024) c.enqueue(new TextEncoder().encode(big.slice(at, at + 1024 * 1024)));
        c.close();
      },
    });
    const chunked = await fetch(`${base}/api/sync/push`, { method: 'POST', headers, body: chunks, duplex: 'half' } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(await chunked.json()).toMatchObject({ code: 'too-large' });
  });

  it('S18 an open stream ends when its session is signed out, signed out everywhere, or its member removed', async () => {
    const b = await makeBoard(get().db);
    await b.app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(b.app.server.address() as AddressInfo).port}`;
    const open = async (role: 'governor' | 'clerk' | 'officer') => {
      const res = await fetch(`${base}/api/sync/events?schoolId=${b.schoolId}`, { headers: b.auth(role) });
      expect(res.status).toBe(200);
      return { text: readAll(res) };
    };
    const governor = await open('governor');
    const clerk = await open('clerk');
    const officer = await open('officer');
    await b.app.inject({ method: 'POST', url: '/api/auth/logout', headers: b.auth('governor') });
    expect(await governor.text).toMatch(/event: ended\ndata: \{"code":"signed-out"/);
    await b.app.inject({ method: 'POST', url: '/api/auth/logout-everywhere', headers: b.auth('clerk') });
    expect(await clerk.text).toMatch(/event: ended\ndata: \{"code":"signed-out"/);
    await b.app.inject({ method: 'DELETE', url: `/api/schools/${b.schoolId}/members/${b.personIds.officer}`, headers: b.auth('chair') });
    expect(await officer.text).toMatch(/event: ended\ndata: \{"code":"removed"/);
  });

  it('S12 only the chair, vice-chair or clerk change who can see a record, and never to a level they cannot see', async () => {
    const b = await makeBoard(get().db);
    const d = new Device(b.schoolId);
    const partB = records.action(b.schoolId, { visibility: 'partB' });
    await b.push('chair', [d.create('actions', partB)]);
    const lowered = await b.push('governor', [d.update('actions', partB.id, { visibility: 'board' })]);
    expect(lowered.json().results[0]).toMatchObject({
      status: 'rejected',
      reason: 'Only the chair, vice-chair or clerk can change who can see a record.',
    });
    const raised = await b.push('clerk', [d.update('actions', partB.id, { visibility: 'chairs' })]);
    expect(raised.json().results[0]).toMatchObject({ status: 'rejected' });
    expect((await b.push('clerk', [d.update('actions', partB.id, { visibility: 'board' })])).json().results[0]).toMatchObject({
      status: 'applied',
    });
    // A governor still chooses, when making a record, any level they see.
    expect(
      (await b.push('governor', [d.create('actions', records.action(b.schoolId, { visibility: 'partB' }))])).json().results[0],
    ).toMatchObject({
      status: 'applied',
    });
  });

  it('S19 a device without today’s protocol is told to update the app, and nothing is read or written', async () => {
    const b = await makeBoard(get().db);
    const before = await snapshot(b.db);
    const d = new Device(b.schoolId);
    for (const version of [undefined, '1', String(wire.PROTOCOL_VERSION + 1)]) {
      const res = await b.app.inject({
        method: 'POST',
        url: '/api/sync/push',
        payload: { schoolId: b.schoolId, mutations: [d.create('plans', records.plan(b.schoolId))] },
        headers: { authorization: b.auth('chair').authorization, [wire.PROTOCOL_HEADER]: version as string },
      });
      expect(res.statusCode).toBe(426);
      expect(res.json().code).toBe(version === undefined || version === '1' ? 'update-app' : 'update-server');
    }
    expect(await snapshot(b.db)).toEqual(before);
    expect((await b.app.inject({ method: 'GET', url: '/api/health', headers: { [wire.PROTOCOL_HEADER]: '1' } })).statusCode).toBe(200);
    expect(protocol[wire.PROTOCOL_HEADER]).toBe(String(wire.PROTOCOL_VERSION));
  });

  it('S16 a request with a field the contract does not have is refused with a 400 naming it', async () => {
    const b = await makeBoard(get().db);
    const res = await b.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'a@b.example', password: 'x', isAdmin: true },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toBe('The sign-in was not valid: Unknown field "isAdmin": remove it');
  });
});

/** The whole text of a stream, once the server ends it. */
async function readAll(res: Response): Promise<string> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return text;
    text += decoder.decode(value, { stream: true });
  }
}
