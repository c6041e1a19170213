// Accounts, on PGlite and on PostgreSQL: argon2id passwords, hashed session tokens, sign-in rate
// limit, signing out here and everywhere, invitations.
import { expect, it } from 'vitest';
import { hashPassword } from '../../src/server/auth/secrets';
import { describeEachDatabase } from './helpers/databases';
import { emailOf, makeBoard, type Board } from './helpers/board';

const PASSWORD = 'correct horse battery';
const limit = { maxFailures: 3, windowSeconds: 600 };

async function withPassword(b: Board, role: 'chair' | 'governor' = 'chair') {
  await b.db.query('UPDATE people SET password_hash = $2 WHERE person_id = $1', [b.personIds[role], await hashPassword(PASSWORD)]);
}
const login = (b: Board, email: string, password: string, remoteAddress = '127.0.0.1') =>
  b.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress });
const me = (b: Board, token: string) => b.app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${token}` } });

describeEachDatabase('accounts', (get) => {
  it('A1 signs in with the right password; keeps only an argon2id hash and the token’s SHA-256', async () => {
    const b = await makeBoard(get().db, { loginLimit: limit });
    await withPassword(b);
    const res = await login(b, 'CHAIR@test.example', PASSWORD);
    expect(res.statusCode).toBe(200);
    const { token, expiresAt, person } = res.json();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Date(expiresAt).getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);
    expect(person).toEqual({ id: b.personIds.chair, name: 'The chair', email: emailOf('chair') });
    const stored = await b.db.query<{ password_hash: string }>('SELECT password_hash FROM people WHERE person_id = $1', [
      b.personIds.chair,
    ]);
    expect(stored[0]!.password_hash).toMatch(/^\$argon2id\$/);
    const sessions = await b.db.query<{ token_hash: string }>('SELECT token_hash FROM sessions');
    expect(sessions.some((s) => s.token_hash === token)).toBe(false);
    const who = await me(b, token);
    expect(who.json()).toEqual({ person, memberships: [{ schoolId: b.schoolId, schoolName: 'Test Primary School', role: 'chair' }] });
    expect(who.headers['cache-control']).toBe('no-store');
  });

  it('A1 a wrong password and an unknown email get the same answer', async () => {
    const b = await makeBoard(get().db, { loginLimit: limit });
    await withPassword(b);
    const wrong = await login(b, emailOf('chair'), 'not the password');
    const unknown = await login(b, 'nobody@test.example', PASSWORD);
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({ error: 'That email and password do not match an account.', code: 'bad-credentials' });
    }
    expect((await b.app.inject({ method: 'GET', url: '/api/me' })).statusCode).toBe(401);
    expect((await me(b, 'x'.repeat(43))).json()).toEqual({ error: 'Your session has ended: sign in again.', code: 'signed-out' });
  });

  it('A2 sign-in is rate-limited per email, from any address, even for the right password', async () => {
    const b = await makeBoard(get().db, { loginLimit: limit });
    await withPassword(b);
    for (let i = 0; i < limit.maxFailures; i++) expect((await login(b, emailOf('chair'), 'guess')).statusCode).toBe(401);
    const blocked = await login(b, emailOf('chair'), PASSWORD);
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(500);
    expect(blocked.json()).toEqual({ error: 'Too many attempts to sign in: try again in 10 minutes.', code: 'rate-limited' });
    // The limit is the email's wherever the guesses come from (another address is refused too); the
    // address may still sign in as someone else; once the window has passed, the email may sign in.
    expect((await login(b, emailOf('chair'), PASSWORD, '192.0.2.7')).statusCode).toBe(429);
    await withPassword(b, 'governor');
    expect((await login(b, emailOf('governor'), PASSWORD)).statusCode).toBe(200);
    await b.db.query("UPDATE login_attempts SET window_start = now() - interval '11 minutes'");
    expect((await login(b, emailOf('chair'), PASSWORD)).statusCode).toBe(200);
  });

  it('A3 signing out ends this session; signing out everywhere ends all of them, and no one else’s', async () => {
    const b = await makeBoard(get().db, { loginLimit: limit });
    await withPassword(b);
    const phone = (await login(b, emailOf('chair'), PASSWORD)).json().token as string;
    const laptop = (await login(b, emailOf('chair'), PASSWORD)).json().token as string;
    const out = await b.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { authorization: `Bearer ${phone}` } });
    expect(out.statusCode).toBe(200);
    expect((await me(b, phone)).statusCode).toBe(401);
    expect((await me(b, laptop)).statusCode).toBe(200);
    const everywhere = await b.app.inject({
      method: 'POST',
      url: '/api/auth/logout-everywhere',
      headers: { authorization: `Bearer ${laptop}` },
    });
    expect(everywhere.statusCode).toBe(200);
    for (const token of [laptop, b.tokens.chair]) expect((await me(b, token)).statusCode).toBe(401);
    expect((await me(b, b.tokens.governor)).statusCode).toBe(200);
  });

  it('A4 an expired session is refused', async () => {
    const b = await makeBoard(get().db);
    await b.db.query("UPDATE sessions SET expires_at = now() - interval '1 second' WHERE person_id = $1", [b.personIds.clerk]);
    expect((await me(b, b.tokens.clerk)).statusCode).toBe(401);
    expect((await b.pull('clerk')).statusCode).toBe(401);
  });

  it('A5 the chair invites; the invitee sets a password, joins with a session, and the link works once', async () => {
    const b = await makeBoard(get().db);
    const byGovernor = await b.app.inject({
      method: 'POST',
      url: `/api/schools/${b.schoolId}/invites`,
      headers: b.auth('governor'),
      payload: { email: 'new@test.example', role: 'governor' },
    });
    expect(byGovernor.statusCode).toBe(403);
    const invite = await b.app.inject({
      method: 'POST',
      url: `/api/schools/${b.schoolId}/invites`,
      headers: b.auth('chair'),
      payload: { email: 'New@Test.example', role: 'governor' },
    });
    expect(invite.statusCode).toBe(201);
    const { token, link } = invite.json();
    expect(link).toBe(`/join#invite=${token}`);
    const short = await b.app.inject({ method: 'POST', url: '/api/invites/accept', payload: { token, name: 'Nia', password: 'short' } });
    expect(short.statusCode).toBe(400);
    expect(short.json().problems).toEqual([{ field: 'password', message: 'Choose a password of at least 10 characters' }]);
    const accepted = await b.app.inject({
      method: 'POST',
      url: '/api/invites/accept',
      payload: { token, name: 'Nia Evans', password: PASSWORD },
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({
      schoolId: b.schoolId,
      role: 'governor',
      person: { name: 'Nia Evans', email: 'new@test.example' },
    });
    const pulled = await b.pullAll('governor');
    expect(pulled.changes).toEqual([
      expect.objectContaining({ kind: 'memberships', data: expect.objectContaining({ displayName: 'Nia Evans', role: 'governor' }) }),
    ]);
    const session = accepted.json().token as string;
    expect((await me(b, session)).json().memberships).toEqual([
      { schoolId: b.schoolId, schoolName: 'Test Primary School', role: 'governor' },
    ]);
    expect((await login(b, 'new@test.example', PASSWORD)).statusCode).toBe(200);
    const reused = await b.app.inject({
      method: 'POST',
      url: '/api/invites/accept',
      payload: { token, name: 'Someone else', password: 'another password' },
    });
    expect(reused.statusCode).toBe(410);
    expect(reused.json().code).toBe('invite-gone');
  });

  it('A5 an expired invite is refused; an invite to an existing account needs its password', async () => {
    const b = await makeBoard(get().db);
    await withPassword(b, 'governor');
    const make = async (email: string) =>
      (
        await b.app.inject({
          method: 'POST',
          url: `/api/schools/${b.schoolId}/invites`,
          headers: b.auth('clerk'),
          payload: { email, role: 'officer' },
        })
      ).json().token as string;
    const old = await make('late@test.example');
    await b.db.query("UPDATE invites SET expires_at = now() - interval '1 minute'");
    expect(
      (await b.app.inject({ method: 'POST', url: '/api/invites/accept', payload: { token: old, name: 'Late', password: PASSWORD } }))
        .statusCode,
    ).toBe(410);
    const existing = await make(emailOf('governor'));
    const wrong = await b.app.inject({
      method: 'POST',
      url: '/api/invites/accept',
      payload: { token: existing, name: 'Gov', password: 'not my password' },
    });
    expect(wrong.statusCode).toBe(401);
    const right = await b.app.inject({
      method: 'POST',
      url: '/api/invites/accept',
      payload: { token: existing, name: 'Gov', password: PASSWORD },
    });
    expect(right.statusCode).toBe(200);
    expect(right.json().person.id).toBe(b.personIds.governor);
  });

  it('A5 the token carries the school id; a link made before it did (the secret alone) still works, once', async () => {
    const b = await makeBoard(get().db);
    const invite = await b.app.inject({
      method: 'POST',
      url: `/api/schools/${b.schoolId}/invites`,
      headers: b.auth('chair'),
      payload: { email: 'old@test.example', role: 'governor' },
    });
    const token = invite.json().token as string;
    expect(token).toMatch(new RegExp(`^${b.schoolId}\\.[A-Za-z0-9_-]{43}$`));
    const accept = (t: string) =>
      b.app.inject({ method: 'POST', url: '/api/invites/accept', payload: { token: t, name: 'Old Link', password: PASSWORD } });
    const otherSchool = token.replace(/^[0-9a-f]{8}/, '00000000');
    expect((await accept(otherSchool)).statusCode).toBe(410);
    const secretAlone = token.slice(token.indexOf('.') + 1);
    expect((await accept(secretAlone)).json()).toMatchObject({ schoolId: b.schoolId, role: 'governor' });
    expect((await accept(token)).statusCode).toBe(410);
  });
});
